namespace NewsLens.Training.Corpora;

/// <summary>One gold word: its syllables (as written, NFC), its POS tag and its NER tag where the corpus has them.</summary>
/// <param name="Syllables">The word's syllables; at least one.</param>
/// <param name="Pos">The corpus's POS tag, or null.</param>
/// <param name="Ner">The corpus's BIO entity tag ("B-PER", "O"), or null.</param>
public sealed record GoldWord(string[] Syllables, string? Pos = null, string? Ner = null)
{
    /// <summary>The word with its syllables joined by spaces ("Hà Nội").</summary>
    public string Text => string.Join(' ', Syllables);
}

/// <summary>One gold sentence of a corpus.</summary>
/// <param name="Id">A stable id: the corpus's sentence id, or "file:line".</param>
/// <param name="Words">The gold words.</param>
public sealed record GoldSentence(string Id, IReadOnlyList<GoldWord> Words)
{
    /// <summary>Number of syllables.</summary>
    public int SyllableCount
    {
        get
        {
            int n = 0;
            foreach (GoldWord w in Words)
                n += w.Syllables.Length;
            return n;
        }
    }

    /// <summary>All syllables in order.</summary>
    public string[] Syllables()
    {
        var all = new string[SyllableCount];
        int i = 0;
        foreach (GoldWord w in Words)
        {
            foreach (string s in w.Syllables)
                all[i++] = s;
        }
        return all;
    }

    /// <summary>The sentence as plain text: syllables separated by spaces.</summary>
    public string Text => string.Join(' ', Syllables());
}

/// <summary>The dataset layouts NewsLens reads.</summary>
public enum CorpusFormat
{
    /// <summary>CoNLL-U (Universal Dependencies): FORM holds a word, its syllables separated by spaces.</summary>
    Conllu,
    /// <summary>The VLSP 2013 POS test copy: <c>word TAB gold TAB predicted</c>, tags prefixed "B-", blank line between sentences.</summary>
    Vlsp2013Columns,
    /// <summary>VietTreebank: one sentence per line of <c>word/TAG</c>, syllables joined by "_".</summary>
    VietTreebankSlash,
    /// <summary>VLSP 2016 NER: <c>word TAB POS TAB chunk TAB NER [TAB NER2]</c>, syllables joined by "_" or " ".</summary>
    Vlsp2016Columns,
}
