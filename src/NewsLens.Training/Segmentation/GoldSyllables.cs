using NewsLens.Core;
using NewsLens.Text.Normalization;
using NewsLens.Text.Tokenization;
using NewsLens.Training.Corpora;

namespace NewsLens.Training.Segmentation;

/// <summary>
/// Turns a gold sentence's syllables into what the segmenter sees at run time: each syllable normalized
/// (NFC, canonical tone marks, folded punctuation) with the token kind our tokenizer gives it.
/// </summary>
public static class GoldSyllables
{
    /// <summary>The normalized syllables, their kinds, and per syllable whether a gold word starts there.</summary>
    public static (string[] Syllables, TokenKind[] Kinds, bool[] WordStarts) Prepare(GoldSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int n = sentence.SyllableCount;
        var syllables = new string[n];
        var kinds = new TokenKind[n];
        var starts = new bool[n];
        int i = 0;
        foreach (GoldWord w in sentence.Words)
        {
            for (int k = 0; k < w.Syllables.Length; k++)
            {
                string s = VietnameseNormalizer.Canonicalize(w.Syllables[k]);
                syllables[i] = s;
                kinds[i] = KindOf(s);
                starts[i] = k == 0;
                i++;
            }
        }
        return (syllables, kinds, starts);
    }

    /// <summary>The kind our tokenizer gives a syllable when it is one token; a word otherwise.</summary>
    public static TokenKind KindOf(string syllable)
    {
        TokenEnumerator e = Tokenizer.Enumerate(syllable);
        if (!e.MoveNext())
            return TokenKind.Other;
        TokenKind kind = e.Current.Kind;
        return e.MoveNext() ? TokenKind.Word : kind;
    }
}
