using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsLens.Text.Normalization;
using NewsLens.Training.Corpora;
using NewsLens.Vietnamese.Ner;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Training.Ner;

/// <summary>One sentence of NER data: normalized words (syllables separated by spaces), POS tags and BIO label ids.</summary>
/// <param name="Words">The words.</param>
/// <param name="Pos">One POS tag per word (VietTreebank tag set, from our tagger), filled by <see cref="NerData.TagPos"/>.</param>
/// <param name="Labels">One BIO label id (<see cref="NerTagger.BioLabels"/>) per word.</param>
public sealed record NerSentenceData(string[] Words, string[] Pos, int[] Labels);

/// <summary>One document of NER data (a news article): its id and sentences.</summary>
public sealed record NerDocumentData(string Id, IReadOnlyList<NerSentenceData> Sentences)
{
    /// <summary>Number of words.</summary>
    public int WordCount => Sentences.Sum(s => s.Words.Length);
}

/// <summary>An article with inline ENAMEX markup (VLSP 2018): the text without tags and its top-level entities as character spans.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Text">The text with the tags removed.</param>
/// <param name="Entities">Top-level entities: start, end (half-open UTF-16 offsets into <paramref name="Text"/>) and type.</param>
public sealed record EnamexDocument(string Id, string Text, IReadOnlyList<(int Start, int End, string Type)> Entities);

/// <summary>Reads the NER datasets: VLSP 2016 columns grouped into documents, and VLSP 2018 ENAMEX articles.</summary>
public static class NerData
{
    /// <summary>
    /// Reads a VLSP 2016 column file as documents: when <c>doc_index.tsv</c> (doc_id, first_sentence, n_sentences)
    /// lies beside it and matches, one document per row; otherwise each sentence is its own document.
    /// </summary>
    public static List<NerDocumentData> ReadVlsp2016(string path)
    {
        List<GoldSentence> sentences = [.. CorpusReader.Read(path, CorpusFormat.Vlsp2016Columns)];
        var docs = new List<NerDocumentData>();
        string index = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "doc_index.tsv");
        var ranges = new List<(string Id, int First, int Count)>();
        if (File.Exists(index))
        {
            foreach (string line in File.ReadLines(index).Skip(1))
            {
                string[] cols = line.Split('\t');
                if (cols.Length >= 3 && int.TryParse(cols[1], CultureInfo.InvariantCulture, out int first) && int.TryParse(cols[2], CultureInfo.InvariantCulture, out int count))
                    ranges.Add((cols[0], first - 1, count));
            }
            if (ranges.Count == 0 || ranges[^1].First + ranges[^1].Count != sentences.Count)
                ranges.Clear();
        }
        if (ranges.Count == 0)
        {
            for (int i = 0; i < sentences.Count; i++)
                ranges.Add((sentences[i].Id, i, 1));
        }
        foreach ((string id, int first, int count) in ranges)
            docs.Add(new NerDocumentData(id, sentences.Skip(first).Take(count).Select(FromGold).ToList()));
        return docs;
    }

    /// <summary>A gold sentence as NER data (POS left empty; see <see cref="TagPos"/>).</summary>
    public static NerSentenceData FromGold(GoldSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = new string[sentence.Words.Count];
        var labels = new int[words.Length];
        int previousType = -1;
        for (int i = 0; i < words.Length; i++)
        {
            GoldWord w = sentence.Words[i];
            words[i] = string.Join(' ', w.Syllables.Select(VietnameseNormalizer.Canonicalize));
            int label = BioSpans.IdOf(w.Ner);
            int type = BioSpans.TypeOf(label);
            // An I- label after O or another type begins an entity (conlleval): store it as B-.
            if (type >= 0 && !BioSpans.IsBegin(label) && type != previousType)
                label--;
            labels[i] = label;
            previousType = type;
        }
        return new NerSentenceData(words, new string[words.Length], labels);
    }

    /// <summary>Fills the POS tags of every sentence with our tagger (as the pipeline would).</summary>
    public static void TagPos(IEnumerable<NerDocumentData> docs, PosTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(tagger);
        var ids = new int[256];
        foreach (NerDocumentData d in docs)
        {
            foreach (NerSentenceData s in d.Sentences)
            {
                if (ids.Length < s.Words.Length)
                    ids = new int[s.Words.Length * 2];
                Span<int> tags = ids.AsSpan(0, s.Words.Length);
                tagger.Tag(s.Words, tags);
                for (int i = 0; i < tags.Length; i++)
                    s.Pos[i] = tagger.Tags[tags[i]];
            }
        }
    }

    /// <summary>Reads VLSP 2018 articles: a JSON-lines file (one object with "id" and "text" per line) or one text file with ENAMEX tags.</summary>
    public static List<EnamexDocument> ReadEnamex(string path)
    {
        var docs = new List<EnamexDocument>();
        if (IsJsonLines(path))
        {
            foreach (string line in File.ReadLines(path))
            {
                if (line.Length == 0)
                    continue;
                using var json = JsonDocument.Parse(line);
                string id = json.RootElement.TryGetProperty("id", out JsonElement idElement) ? idElement.ToString() : (docs.Count + 1).ToString(CultureInfo.InvariantCulture);
                docs.Add(ParseEnamex(id, json.RootElement.GetProperty("text").GetString() ?? ""));
            }
        }
        else
        {
            docs.Add(ParseEnamex(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));
        }
        return docs;
    }

    /// <summary>True when the file looks like VLSP 2018 data: JSON lines with a "text" field, or text with ENAMEX tags.</summary>
    public static bool LooksLikeEnamex(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[65536];
        int n = reader.ReadBlock(buffer, 0, buffer.Length);
        var head = new string(buffer, 0, n);
        return head.Contains("<ENAMEX", StringComparison.Ordinal);
    }

    private static bool IsJsonLines(string path)
    {
        using var reader = new StreamReader(path);
        int c;
        while ((c = reader.Read()) >= 0 && char.IsWhiteSpace((char)c))
        {
        }
        return c == '{';
    }

    /// <summary>
    /// Removes <c>&lt;ENAMEX TYPE="…"&gt;</c> and <c>&lt;/ENAMEX&gt;</c> tags (nothing else: the text may hold a literal
    /// '&lt;') and returns the outermost entities with offsets into the text without tags.
    /// </summary>
    public static EnamexDocument ParseEnamex(string id, string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var text = new StringBuilder(marked.Length);
        var entities = new List<(int, int, string)>();
        var open = new Stack<(int Start, string Type)>();
        const string Close = "</ENAMEX>";
        int i = 0;
        while (i < marked.Length)
        {
            if (marked[i] == '<')
            {
                if (string.CompareOrdinal(marked, i, Close, 0, Close.Length) == 0)
                {
                    if (open.Count > 0)
                    {
                        var (start, type) = open.Pop();
                        if (open.Count == 0)
                            entities.Add(Trim(text, start, text.Length, type));
                    }
                    i += Close.Length;
                    continue;
                }
                if (string.CompareOrdinal(marked, i, "<ENAMEX", 0, 7) == 0)
                {
                    int end = marked.IndexOf('>', i);
                    int q1 = marked.IndexOf('"', i);
                    int q2 = q1 < 0 ? -1 : marked.IndexOf('"', q1 + 1);
                    if (end > 0 && q2 > 0 && q2 < end)
                    {
                        open.Push((text.Length, MapType(marked.Substring(q1 + 1, q2 - q1 - 1))));
                        i = end + 1;
                        continue;
                    }
                }
            }
            text.Append(marked[i]);
            i++;
        }
        return new EnamexDocument(id, text.ToString(), entities.Where(e => e.Item2 > e.Item1).ToList());
    }

    private static (int, int, string) Trim(StringBuilder text, int start, int end, string type)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return (start, end, type);
    }

    private static string MapType(string type) => type switch
    {
        "PERSON" => "PER",
        "LOCATION" => "LOC",
        "ORGANIZATION" => "ORG",
        "MISCELLANEOUS" => "MISC",
        _ => type,
    };
}
