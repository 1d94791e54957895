using CsCheck;
using NewsLens.Text.Normalization;

namespace NewsLens.Text.Tests.Normalization;

/// <summary>Generators of Vietnamese-shaped syllables with a tone typed on any vowel, for tone-placement properties.</summary>
internal static class SyllableGen
{
    private static readonly string[] Onsets =
        ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];

    private static readonly string[] OpenNuclei =
        ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi",
         "ua", "ui", "ưa", "ưi", "ưu", "uơ", "oa", "oe", "uy", "uê", "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uyu"];

    private static readonly string[] ClosedNuclei =
        ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "uê", "iê", "yê", "uô", "ươ", "oă", "uâ", "oo", "uyê"];

    private static readonly string[] Codas = ["c", "ch", "m", "n", "ng", "nh", "p", "t"];

    private const string Toneless = "aăâeêioôơuưy";
    private const string Marks = "\u0300\u0301\u0309\u0303\u0323";

    /// <summary>A syllable's letters and where a tone may be typed (every vowel, the u of qu and the i of gi included).</summary>
    internal sealed record Syllable(string Letters, int[] VowelPositions);

    internal static readonly Gen<Syllable> TonelessSyllable =
        Gen.Select(Gen.Int[0, Onsets.Length - 1], Gen.Bool, Gen.Int[0, 1000], Gen.Int[0, Codas.Length - 1], (o, closed, n, c) =>
        {
            string onset = Onsets[o];
            string nucleus = closed ? ClosedNuclei[n % ClosedNuclei.Length] : OpenNuclei[n % OpenNuclei.Length];
            string letters = onset + nucleus + (closed ? Codas[c] : "");
            var positions = new List<int>();
            for (int i = 0; i < letters.Length; i++)
            {
                if (Toneless.Contains(letters[i], StringComparison.Ordinal))
                    positions.Add(i);
            }
            return new Syllable(letters, [.. positions]);
        });

    /// <summary>One syllable with the same tone typed at two (possibly equal) places, random capitals.</summary>
    internal static readonly Gen<(string A, string B)> SameToneTwoPlaces =
        Gen.Select(TonelessSyllable, Gen.Int[0, 4], Gen.Int[0, 100], Gen.Int[0, 100], Gen.Int[0, 255], (s, tone, i, j, caps) =>
            (Place(s, tone, s.VowelPositions[i % s.VowelPositions.Length], caps),
             Place(s, tone, s.VowelPositions[j % s.VowelPositions.Length], caps)));

    /// <summary>A sentence of syllables with tones on random vowels, separated by spaces and punctuation.</summary>
    internal static readonly Gen<string> Sentence =
        Gen.Select(TonelessSyllable, Gen.Int[0, 4], Gen.Int[0, 100], Gen.Int[0, 255], Gen.Char[" ,.\n-\"("], (s, tone, i, caps, sep) =>
                Place(s, tone, s.VowelPositions[i % s.VowelPositions.Length], caps) + sep)
           .Array[1, 30].Select(parts => string.Concat(parts));

    private static string Place(Syllable s, int tone, int position, int caps)
    {
        var chars = new char[s.Letters.Length];
        Span<char> composed = stackalloc char[8];
        for (int k = 0; k < chars.Length; k++)
        {
            char letter = s.Letters[k];
            if (k == position)
            {
                // Compose with the normalizer's own NFC tables: string.Normalize is a no-op without ICU.
                UnicodeComposition.ComposeSequence(letter, [Marks[tone]], composed);
                letter = composed[0];
            }
            chars[k] = ((caps >> (k % 8)) & 1) == 1 ? char.ToUpperInvariant(letter) : letter;
        }
        return new string(chars);
    }
}
