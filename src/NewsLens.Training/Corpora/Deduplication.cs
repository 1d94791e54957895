using System.Globalization;
using System.Text;
using NewsLens.Text.Normalization;

namespace NewsLens.Training.Corpora;

/// <summary>
/// Removes from a training set every sentence that also occurs in an evaluation set. Two sentences are the same
/// when their syllables, normalized (NFC, canonical tone marks, folded punctuation) and lower-cased, with all
/// spaces and word joiners removed, are equal — so the same sentence segmented differently still matches.
/// </summary>
public static class Deduplication
{
    /// <summary>The comparison key of a sentence.</summary>
    public static string Key(GoldSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var sb = new StringBuilder(sentence.SyllableCount * 5);
        foreach (GoldWord w in sentence.Words)
        {
            foreach (string s in w.Syllables)
                sb.Append(s);
        }
        string normalized = VietnameseNormalizer.Normalize(sb.ToString()).Text;
        return normalized.Replace("_", "", StringComparison.Ordinal).ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>Returns the training sentences that occur in none of <paramref name="evaluationSets"/>, and how many were removed.</summary>
    public static (List<GoldSentence> Kept, int Removed) Remove(IEnumerable<GoldSentence> training, IEnumerable<IEnumerable<GoldSentence>> evaluationSets)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(evaluationSets);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (IEnumerable<GoldSentence> set in evaluationSets)
        {
            foreach (GoldSentence s in set)
                keys.Add(Key(s));
        }
        var kept = new List<GoldSentence>();
        int removed = 0;
        foreach (GoldSentence s in training)
        {
            if (keys.Contains(Key(s)))
                removed++;
            else
                kept.Add(s);
        }
        return (kept, removed);
    }

    /// <summary>Drops repeated sentences (same key), keeping the first of each; returns how many were dropped.</summary>
    public static (List<GoldSentence> Unique, int Repeats) Distinct(IEnumerable<GoldSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<GoldSentence>();
        int repeats = 0;
        foreach (GoldSentence s in sentences)
        {
            if (seen.Add(Key(s)))
                unique.Add(s);
            else
                repeats++;
        }
        return (unique, repeats);
    }
}
