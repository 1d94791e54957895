using System.Text;

namespace NewsLens.Training.Corpora;

/// <summary>
/// Reads the gold-standard datasets in <c>../shared/data</c> and recognizes their layout from the first lines,
/// so that <c>newslens eval … --gold FILE</c> needs no format flag.
/// </summary>
public static class CorpusReader
{
    /// <summary>Recognizes the layout of a dataset file from its first non-empty lines.</summary>
    /// <exception cref="InvalidDataException">When no known layout matches, with what was seen.</exception>
    public static CorpusFormat Detect(string path)
    {
        var sample = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
                continue;
            sample.Add(line);
            if (sample.Count >= 40)
                break;
        }
        if (sample.Count == 0)
            throw new InvalidDataException($"{path}: the file is empty");
        return Detect(sample) ?? throw new InvalidDataException(
            $"{path}: unknown layout (expected CoNLL-U, VLSP 2013 'word<TAB>B-TAG<TAB>B-TAG', VietTreebank 'word/TAG' lines or VLSP 2016 'word<TAB>POS<TAB>chunk<TAB>NER'); first line: {Truncate(sample[0])}");
    }

    internal static CorpusFormat? Detect(IReadOnlyList<string> lines)
    {
        int conllu = 0, vlsp2013 = 0, vlsp2016 = 0, slash = 0, data = 0;
        foreach (string line in lines)
        {
            if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("#\t", StringComparison.Ordinal))
            {
                if (line.StartsWith("# sent_id", StringComparison.Ordinal) || line.StartsWith("# text", StringComparison.Ordinal))
                    conllu++;
                continue;
            }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
                continue;
            data++;
            string[] cols = line.Split('\t');
            if (cols.Length == 10 && cols[0].Length > 0 && char.IsAsciiDigit(cols[0][0]))
                conllu++;
            else if (cols.Length == 3 && cols[1].StartsWith("B-", StringComparison.Ordinal))
                vlsp2013++;
            else if (cols.Length is 4 or 5 && IsBio(cols[3]))
                vlsp2016++;
            else if (cols.Length == 1 && LooksSlashTagged(line))
                slash++;
        }
        if (data == 0)
            return null;
        int best = Math.Max(Math.Max(conllu, vlsp2013), Math.Max(vlsp2016, slash));
        if (best < Math.Max(1, data / 2))
            return null;
        if (best == conllu)
            return CorpusFormat.Conllu;
        if (best == vlsp2013)
            return CorpusFormat.Vlsp2013Columns;
        if (best == vlsp2016)
            return CorpusFormat.Vlsp2016Columns;
        return CorpusFormat.VietTreebankSlash;
    }

    /// <summary>Reads every sentence of a dataset file in the given layout.</summary>
    public static IEnumerable<GoldSentence> Read(string path, CorpusFormat format) => format switch
    {
        CorpusFormat.Conllu => ReadConllu(path),
        CorpusFormat.Vlsp2013Columns => ReadColumns(path, wordCol: 0, posCol: 1, nerCol: -1, stripB: true),
        CorpusFormat.Vlsp2016Columns => ReadColumns(path, wordCol: 0, posCol: 1, nerCol: 3, stripB: false),
        CorpusFormat.VietTreebankSlash => ReadSlash(path),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Reads a dataset file after recognizing its layout.</summary>
    public static (CorpusFormat Format, IReadOnlyList<GoldSentence> Sentences) Read(string path)
    {
        CorpusFormat format = Detect(path);
        return (format, Read(path, format).ToList());
    }

    /// <summary>A short human name of a layout.</summary>
    public static string Describe(CorpusFormat format) => format switch
    {
        CorpusFormat.Conllu => "CoNLL-U",
        CorpusFormat.Vlsp2013Columns => "VLSP 2013 three-column (word, gold, predicted)",
        CorpusFormat.Vlsp2016Columns => "VLSP 2016 columns (word, POS, chunk, NER)",
        CorpusFormat.VietTreebankSlash => "VietTreebank word/TAG lines",
        _ => format.ToString(),
    };

    private static IEnumerable<GoldSentence> ReadConllu(string path)
    {
        var words = new List<GoldWord>();
        string? id = null;
        int lineNo = 0, start = 1;
        foreach (string line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                    yield return new GoldSentence(id ?? $"{Path.GetFileName(path)}:{start}", words.ToArray());
                words.Clear();
                id = null;
                start = lineNo + 1;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id", StringComparison.Ordinal))
                    id = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
                continue;
            }
            string[] cols = line.Split('\t');
            if (cols.Length < 4 || cols[0].Contains('-', StringComparison.Ordinal) || cols[0].Contains('.', StringComparison.Ordinal))
                continue; // multiword-token ranges and empty nodes are not surface words
            words.Add(new GoldWord(SplitSyllables(Brackets(cols[1]), underscores: false), cols[3], null));
        }
        if (words.Count > 0)
            yield return new GoldSentence(id ?? $"{Path.GetFileName(path)}:{start}", words.ToArray());
    }

    private static IEnumerable<GoldSentence> ReadColumns(string path, int wordCol, int posCol, int nerCol, bool stripB)
    {
        var words = new List<GoldWord>();
        int lineNo = 0, start = 1;
        foreach (string line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0)
                    yield return new GoldSentence($"{Path.GetFileName(path)}:{start}", words.ToArray());
                words.Clear();
                start = lineNo + 1;
                continue;
            }
            string[] cols = line.Split('\t');
            if (cols.Length <= Math.Max(wordCol, posCol))
                continue;
            string pos = cols[posCol];
            if (stripB && pos.StartsWith("B-", StringComparison.Ordinal))
                pos = pos[2..];
            string? ner = nerCol >= 0 && cols.Length > nerCol ? cols[nerCol] : null;
            string[] syllables = SplitSyllables(Brackets(cols[wordCol]), underscores: true);
            if (syllables.Length > 0)
                words.Add(new GoldWord(syllables, pos, ner));
        }
        if (words.Count > 0)
            yield return new GoldSentence($"{Path.GetFileName(path)}:{start}", words.ToArray());
    }

    private static IEnumerable<GoldSentence> ReadSlash(string path)
    {
        int lineNo = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNo++;
            var words = new List<GoldWord>();
            foreach (string item in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int slash = item.LastIndexOf('/');
                string word = Brackets(slash > 0 ? item[..slash] : item);
                string? tag = slash > 0 ? item[(slash + 1)..] : null;
                string[] syllables = SplitSyllables(word, underscores: true);
                if (syllables.Length > 0)
                    words.Add(new GoldWord(syllables, string.IsNullOrEmpty(tag) ? null : tag, null));
            }
            if (words.Count > 0)
                yield return new GoldSentence($"{Path.GetFileName(path)}:{lineNo}", words.ToArray());
        }
    }

    /// <summary>
    /// VietTreebank and the UD VTB dev file write round brackets as the words LBKT and RBKT: read them as the
    /// brackets they stand for, so that text, training data and de-duplication all see "(" and ")".
    /// </summary>
    internal static string Brackets(string word) => word switch { "LBKT" => "(", "RBKT" => ")", _ => word };

    /// <summary>Splits a gold word into syllables at spaces (and underscores where the layout joins with them).</summary>
    internal static string[] SplitSyllables(string word, bool underscores)
    {
        // "_" alone (or "__") is a word, not a joiner.
        if (underscores && word.Trim('_').Length > 0)
            return word.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
        return word.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool LooksSlashTagged(string line)
    {
        string[] items = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0)
            return false;
        int tagged = 0;
        foreach (string item in items)
        {
            int slash = item.LastIndexOf('/');
            if (slash > 0 && slash >= item.Length - 6)
                tagged++;
        }
        return tagged * 10 >= items.Length * 8;
    }

    private static bool IsBio(string tag) =>
        tag == "O" || tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal);

    private static string Truncate(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
