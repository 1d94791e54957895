using System.Text.Json;
using NewsLens.Text.Normalization;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Segmentation;

namespace NewsLens.Training.Segmentation;

/// <summary>
/// Builds the segmenter's lexicon from the word lists in <c>../shared/data</c>: multi-syllable entries only,
/// normalized and lower-cased, entries with hyphens or digits left out (the tokenizer splits those differently).
/// </summary>
public static class LexiconBuilder
{
    private static readonly System.Buffers.SearchValues<char> Excluded = System.Buffers.SearchValues.Create("-0123456789_/");

    /// <summary>The word-list files used, relative to the data folder.</summary>
    public static readonly IReadOnlyList<string> Sources =
    [
        "lexicon-underthesea/Viet74K.txt",
        "lexicon-vncorenlp-vocab/vi-vocab.txt",
        "lexicon-uts-dictionary/hongocduc.jsonl",
        "lexicon-uts-dictionary/tudientv.jsonl",
        "lexicon-uts-dictionary/wiktionary.jsonl",
    ];

    /// <summary>Reads every source present under <paramref name="dataRoot"/> and returns the lexicon, the files used and the entries read (a word in two lists counts twice).</summary>
    public static (SyllableLexicon Lexicon, List<string> Used, int Words) Build(string dataRoot)
    {
        var words = new List<(ulong[], int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var used = new List<string>();
        for (int source = 0; source < Sources.Count; source++)
        {
            string relative = Sources[source];
            string path = Path.Combine(dataRoot, relative);
            if (!File.Exists(path))
                continue;
            used.Add(relative);
            bool jsonl = path.EndsWith(".jsonl", StringComparison.Ordinal);
            foreach (string line in File.ReadLines(path))
            {
                string? entry = jsonl ? ReadJsonText(line) : line;
                if (entry is null)
                    continue;
                ulong[]? hashes = ToHashes(entry, seen, relative);
                if (hashes is not null)
                    words.Add((hashes, source));
            }
        }
        return (SyllableLexicon.FromWords(words), used, words.Count);
    }

    /// <summary>The syllable hashes of an entry, or null when it is not a usable multi-syllable word or was seen.</summary>
    internal static ulong[]? ToHashes(string entry, HashSet<string> seen, string source)
    {
        string text = VietnameseNormalizer.Canonicalize(entry.Trim()).ToLowerInvariant();
        // "seen" is per list: a word in two lists is added once for each, so it carries both lists' bits.
        if (text.Length == 0 || text.AsSpan().IndexOfAny(Excluded) >= 0 || !seen.Add(source + "\u0001" + text))
            return null;
        string[] syllables = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (syllables.Length < 2 || syllables.Length > 8)
            return null;
        var hashes = new ulong[syllables.Length];
        for (int i = 0; i < syllables.Length; i++)
            hashes[i] = SyllableSequence.LowerHash(syllables[i]);
        return hashes;
    }

    private static string? ReadJsonText(string line)
    {
        if (line.Length == 0)
            return null;
        using var doc = JsonDocument.Parse(line);
        return doc.RootElement.TryGetProperty("text", out JsonElement t) ? t.GetString() : null;
    }
}
