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
    private const int ShapeCacheSize = 4096;
    private readonly ulong[] _shapeKeys = new ulong[ShapeCacheSize];
    private readonly SyllableShape[] _shapeValues = new SyllableShape[ShapeCacheSize];

    public ulong[] Hash = new ulong[64];
    public ulong[] CaseHash = new ulong[64];
    public SyllableShape[] Shape = new SyllableShape[64];
    public byte[] LexStart = new byte[64];
    public byte[] LexEnd = new byte[64];
    public byte[] LexInside = new byte[64];
    public byte[] LexCount = new byte[64];
    public byte[] SourceStart = new byte[64];
    public byte[] SourceEnd = new byte[64];
    public byte[] SourceInside = new byte[64];

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
            SourceStart = new byte[size];
            SourceEnd = new byte[size];
            SourceInside = new byte[size];
        }
        Length = length;
    }

    /// <summary>Sets syllable <paramref name="i"/> from its normalized text and token kind.</summary>
    public void Set(int i, ReadOnlySpan<char> normalized, TokenKind kind)
    {
        ulong h = FeatureHash.Of(normalized);
        CaseHash[i] = h;
        // Most syllables are lower case already: hash once.
        Hash[i] = HasUpper(normalized) ? LowerHash(normalized) : h;
        // Shapes need a syllable-validity check; a small direct-mapped cache keyed by the text's hash and kind
        // answers the frequent syllables without it (a collision only costs a recomputation).
        ulong key = (h ^ ((ulong)kind * 0x9E3779B97F4A7C15UL)) | 1UL;
        int slot = (int)(key & (ShapeCacheSize - 1));
        if (_shapeKeys[slot] == key)
        {
            Shape[i] = _shapeValues[slot];
        }
        else
        {
            SyllableShape shape = SyllableShapes.Of(normalized, kind);
            _shapeKeys[slot] = key;
            _shapeValues[slot] = shape;
            Shape[i] = shape;
        }
    }

    /// <summary>Fills the lexicon columns; call after every syllable is set.</summary>
    public void ApplyLexicon(SyllableLexicon lexicon)
    {
        int n = Length;
        Array.Clear(LexStart, 0, n);
        Array.Clear(LexEnd, 0, n);
        Array.Clear(LexInside, 0, n);
        Array.Clear(LexCount, 0, n);
        Array.Clear(SourceStart, 0, n);
        Array.Clear(SourceEnd, 0, n);
        Array.Clear(SourceInside, 0, n);
        ReadOnlySpan<ulong> hashes = Hash.AsSpan(0, n);
        for (int start = 0; start < n; start++)
        {
            foreach (SyllableLexicon.Match m in lexicon.Matches(hashes, start))
            {
                int j = start + m.Length - 1;
                byte len = (byte)Math.Min(m.Length, 6);
                byte sources = (byte)(m.Flags & SyllableLexicon.SourceMask);
                SourceStart[start] |= sources;
                SourceEnd[j] |= sources;
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
                    SourceInside[k] |= sources;
                }
            }
        }
    }

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c != char.ToLowerInvariant(c))
                return true;
        }
        return false;
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
