using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Vietnamese.Segmentation;

/// <summary>
/// One sentence's syllables prepared for the segmenter: per syllable, the hash of its lower-cased normalized
/// form, its shape, and what the lexicon says about it. Reused between sentences (arrays grow, never shrink), so
/// steady-state segmentation allocates nothing. Not thread-safe: one instance per thread.
/// </summary>
internal sealed class SyllableSequence
{
    private const int StackLimit = 128;

    public ulong[] Hash = new ulong[64];
    public ulong[] CaseHash = new ulong[64];
    public SyllableShape[] Shape = new SyllableShape[64];
    public byte[] LexStart = new byte[64];
    public byte[] LexEnd = new byte[64];
    public byte[] LexInside = new byte[64];
    public byte[] LexCount = new byte[64];

    /// <summary>Number of syllables.</summary>
    public int Length { get; private set; }

    /// <summary>Starts a sentence of <paramref name="length"/> syllables.</summary>
    public void Reset(int length)
    {
        if (Hash.Length < length)
        {
            int size = Math.Max(length, Hash.Length * 2);
            Hash = new ulong[size];
            CaseHash = new ulong[size];
            Shape = new SyllableShape[size];
            LexStart = new byte[size];
            LexEnd = new byte[size];
            LexInside = new byte[size];
            LexCount = new byte[size];
        }
        Length = length;
    }

    /// <summary>Sets syllable <paramref name="i"/> from its normalized text and token kind.</summary>
    public void Set(int i, ReadOnlySpan<char> normalized, TokenKind kind)
    {
        CaseHash[i] = FeatureHash.Of(normalized);
        Hash[i] = LowerHash(normalized);
        Shape[i] = SyllableShapes.Of(normalized, kind);
    }

    /// <summary>Fills the lexicon columns; call after every syllable is set.</summary>
    public void ApplyLexicon(SyllableLexicon lexicon)
    {
        int n = Length;
        Array.Clear(LexStart, 0, n);
        Array.Clear(LexEnd, 0, n);
        Array.Clear(LexInside, 0, n);
        Array.Clear(LexCount, 0, n);
        ReadOnlySpan<ulong> hashes = Hash.AsSpan(0, n);
        int max = lexicon.MaxSyllables;
        for (int start = 0; start < n; start++)
        {
            ulong h = 0;
            int limit = Math.Min(n, start + max);
            for (int j = start; j < limit; j++)
            {
                h = SyllableLexicon.Extend(h, hashes[j]);
                byte f = lexicon.Lookup(h);
                if (f == 0)
                    break;
                if ((f & SyllableLexicon.WordFlag) != 0 && j > start)
                {
                    byte len = (byte)Math.Min(j - start + 1, 6);
                    if (len > LexStart[start])
                        LexStart[start] = len;
                    if (len > LexEnd[j])
                        LexEnd[j] = len;
                    for (int k = start + 1; k <= j; k++)
                    {
                        if (len > LexInside[k])
                            LexInside[k] = len;
                        if (LexCount[k] < 3)
                            LexCount[k]++;
                    }
                }
                if ((f & SyllableLexicon.PrefixFlag) == 0)
                    break;
            }
        }
    }

    /// <summary>The hash of the lower-cased form of a normalized syllable: the key of n-gram features and the lexicon.</summary>
    internal static ulong LowerHash(ReadOnlySpan<char> text)
    {
        if (text.Length > StackLimit)
            return FeatureHash.Of(text.ToString().ToLowerInvariant());
        Span<char> lower = stackalloc char[text.Length];
        for (int i = 0; i < text.Length; i++)
            lower[i] = char.ToLowerInvariant(text[i]);
        return FeatureHash.Of(lower);
    }
}
