namespace NewsLens.Core;

/// <summary>
/// Maps offsets in a derived (normalized) text back to the original text, as Lucene's
/// <c>CorrectOffset</c> does. Every derived code unit <c>i</c> remembers the original range
/// <c>[OriginalStart(i), OriginalEnd(i))</c> it came from, so a derived span <c>[a, b)</c> maps to
/// <c>[OriginalStart(a), OriginalEnd(b - 1))</c>. Contractions (NFD "a" + U+0300 → "à") give one derived unit a
/// wider original range; expansions ("…" → "...") give several derived units the same range; deletions
/// (a zero-width space) are absorbed by a neighbour. Offsets never go backwards.
/// </summary>
/// <remarks>Immutable and thread-safe. The identity map allocates nothing.</remarks>
public sealed class OffsetMap
{
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    private OffsetMap(int derivedLength, int originalLength, int[]? starts, int[]? ends)
    {
        DerivedLength = derivedLength;
        OriginalLength = originalLength;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>Length of the derived text, in UTF-16 code units.</summary>
    public int DerivedLength { get; }

    /// <summary>Length of the original text, in UTF-16 code units.</summary>
    public int OriginalLength { get; }

    /// <summary>True when derived and original offsets are the same.</summary>
    public bool IsIdentity => _starts is null;

    /// <summary>The map of a text to itself.</summary>
    public static OffsetMap Identity(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new OffsetMap(length, length, null, null);
    }

    /// <summary>
    /// Creates a map from per-unit original ranges. <paramref name="starts"/>[i] and <paramref name="ends"/>[i]
    /// are the original range of derived unit i. Both must be non-decreasing and within the original text.
    /// </summary>
    /// <exception cref="ArgumentException">When the arrays disagree in length or are not monotone.</exception>
    public static OffsetMap FromRanges(int[] starts, int[] ends, int originalLength)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(ends);
        if (starts.Length != ends.Length)
            throw new ArgumentException("starts and ends must have the same length.", nameof(ends));
        int prevStart = 0, prevEnd = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            if (starts[i] < prevStart || ends[i] < prevEnd || ends[i] < starts[i] || ends[i] > originalLength)
                throw new ArgumentException($"Offset ranges must be monotone and within [0, {originalLength}] (unit {i}).", nameof(starts));
            prevStart = starts[i];
            prevEnd = ends[i];
        }
        return new OffsetMap(starts.Length, originalLength, starts, ends);
    }

    /// <summary>Original offset where derived unit <paramref name="derivedOffset"/> starts. At <see cref="DerivedLength"/> it returns <see cref="OriginalLength"/>.</summary>
    public int ToOriginalStart(int derivedOffset)
    {
        if ((uint)derivedOffset > (uint)DerivedLength)
            ThrowOutOfRange(derivedOffset);
        if (_starts is null)
            return derivedOffset;
        return derivedOffset == DerivedLength ? OriginalLength : _starts[derivedOffset];
    }

    /// <summary>Original offset where a derived range ending (exclusively) at <paramref name="derivedEnd"/> ends. At 0 it returns 0.</summary>
    public int ToOriginalEnd(int derivedEnd)
    {
        if ((uint)derivedEnd > (uint)DerivedLength)
            ThrowOutOfRange(derivedEnd);
        if (_ends is null)
            return derivedEnd;
        return derivedEnd == 0 ? 0 : _ends[derivedEnd - 1];
    }

    /// <summary>Maps a derived span to the original span it came from. An empty span maps to an empty span.</summary>
    public TextSpan ToOriginal(TextSpan derived)
    {
        int start = ToOriginalStart(derived.Start);
        if (derived.IsEmpty)
            return new TextSpan(start, 0);
        int end = ToOriginalEnd(derived.End);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    private void ThrowOutOfRange(int offset) =>
        throw new ArgumentOutOfRangeException(nameof(offset), offset, $"Offset must be within [0, {DerivedLength}].");
}
