namespace NewsLens.Core;

/// <summary>
/// Maps offsets in a derived (normalized) text back to the original text, as Lucene's
/// <c>CorrectOffset</c> does. Every derived code unit <c>i</c> remembers the original range
/// <c>[OriginalStart(i), OriginalEnd(i))</c> it came from, so a derived span <c>[a, b)</c> maps to
/// <c>[OriginalStart(a), OriginalEnd(b - 1))</c>. Contractions (NFD "a" + U+0300 → "à") give one derived unit a
/// wider original range; expansions ("…" → "...") give several derived units the same range; deletions
/// (a zero-width space) are absorbed by a neighbour. Offsets never go backwards.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Only the units that are not a one-for-one continuation of their predecessor are
/// stored (sorted, looked up by binary search), so a long article with one ellipsis costs a few bytes, not two
/// integers per character; the identity map stores nothing.
/// </remarks>
public sealed class OffsetMap
{
    // Derived units that break the one-for-one run: their index and original range. A unit i that is not listed
    // starts where unit i-1 ended and is one original unit wide.
    private readonly int[] _index;
    private readonly int[] _starts;
    private readonly int[] _ends;

    private OffsetMap(int derivedLength, int originalLength, int[] index, int[] starts, int[] ends)
    {
        DerivedLength = derivedLength;
        OriginalLength = originalLength;
        _index = index;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>Length of the derived text, in UTF-16 code units.</summary>
    public int DerivedLength { get; }

    /// <summary>Length of the original text, in UTF-16 code units.</summary>
    public int OriginalLength { get; }

    /// <summary>True when derived and original offsets are the same.</summary>
    public bool IsIdentity => _index.Length == 0 && DerivedLength == OriginalLength;

    /// <summary>The map of a text to itself.</summary>
    public static OffsetMap Identity(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new OffsetMap(length, length, [], [], []);
    }

    /// <summary>
    /// Creates a map from per-unit original ranges. <paramref name="starts"/>[i] and <paramref name="ends"/>[i]
    /// are the original range of derived unit i. Both must be non-decreasing and within the original text.
    /// The spans are not kept: only the units that break a one-for-one run are copied.
    /// </summary>
    /// <exception cref="ArgumentException">When the spans disagree in length or are not monotone.</exception>
    public static OffsetMap FromRanges(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int originalLength)
    {
        if (starts.Length != ends.Length)
            throw new ArgumentException("starts and ends must have the same length.", nameof(ends));
        var builder = new Builder();
        for (int i = 0; i < starts.Length; i++)
            builder.AddUnit(starts[i], ends[i]);
        return builder.Build(originalLength);
    }

    /// <summary>
    /// Builds a map piece by piece — runs of one-for-one units and single units with any original range — storing
    /// only the units that break a run. For normalizers that work segment by segment.
    /// </summary>
    public sealed class Builder
    {
        private readonly List<int> _index = [];
        private readonly List<int> _starts = [];
        private readonly List<int> _ends = [];
        private int _derived;
        private int _prevStart;
        private int _prevEnd;

        /// <summary>Units added so far (the derived length).</summary>
        public int Count => _derived;

        /// <summary>Adds <paramref name="count"/> units that map one-for-one onto the original from <paramref name="originalStart"/>.</summary>
        public void AddIdentity(int originalStart, int count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            if (count == 0)
                return;
            AddUnit(originalStart, originalStart + 1);
            _derived += count - 1;
            _prevStart = originalStart + count - 1;
            _prevEnd = originalStart + count;
        }

        /// <summary>Adds one unit that came from the original range [<paramref name="start"/>, <paramref name="end"/>).</summary>
        /// <exception cref="ArgumentException">When the range goes backwards.</exception>
        public void AddUnit(int start, int end)
        {
            if (start < _prevStart || end < _prevEnd || end < start)
                throw new ArgumentException($"Offset ranges must be monotone (unit {_derived}: [{start}, {end})).", nameof(start));
            if (start != _prevEnd || end != start + 1)
            {
                _index.Add(_derived);
                _starts.Add(start);
                _ends.Add(end);
            }
            _derived++;
            _prevStart = start;
            _prevEnd = end;
        }

        /// <summary>Freezes the map.</summary>
        /// <exception cref="ArgumentException">When a unit lies beyond <paramref name="originalLength"/>.</exception>
        public OffsetMap Build(int originalLength)
        {
            if (_prevEnd > originalLength)
                throw new ArgumentException($"Offset ranges must be within [0, {originalLength}].", nameof(originalLength));
            return new OffsetMap(_derived, originalLength, [.. _index], [.. _starts], [.. _ends]);
        }
    }

    /// <summary>Creates a map from per-unit original ranges (see the span overload).</summary>
    public static OffsetMap FromRanges(int[] starts, int[] ends, int originalLength)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(ends);
        return FromRanges(starts.AsSpan(), ends.AsSpan(), originalLength);
    }

    /// <summary>Number of derived units stored explicitly (a measure of how much normalization changed).</summary>
    public int ExplicitUnits => _index.Length;

    /// <summary>Original offset where derived unit <paramref name="derivedOffset"/> starts. At <see cref="DerivedLength"/> it returns <see cref="OriginalLength"/>.</summary>
    public int ToOriginalStart(int derivedOffset)
    {
        if ((uint)derivedOffset > (uint)DerivedLength)
            ThrowOutOfRange(derivedOffset);
        if (derivedOffset == DerivedLength)
            return OriginalLength;
        return Unit(derivedOffset, out _);
    }

    /// <summary>Original offset where a derived range ending (exclusively) at <paramref name="derivedEnd"/> ends. At 0 it returns 0.</summary>
    public int ToOriginalEnd(int derivedEnd)
    {
        if ((uint)derivedEnd > (uint)DerivedLength)
            ThrowOutOfRange(derivedEnd);
        if (derivedEnd == 0)
            return 0;
        Unit(derivedEnd - 1, out int end);
        return end;
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

    /// <summary>
    /// A forward cursor for mapping many spans in text order (as a tokenizer does): each lookup costs O(1)
    /// amortized instead of a binary search. Spans must come in non-decreasing order of start.
    /// </summary>
    public Cursor CreateCursor() => new(this);

    /// <summary>Maps spans in text order; see <see cref="CreateCursor"/>.</summary>
    public struct Cursor
    {
        private readonly OffsetMap _map;
        private int _next; // index of the first explicit unit after the last position looked up

        internal Cursor(OffsetMap map)
        {
            _map = map;
            _next = 0;
        }

        /// <summary>Maps a derived span; same result as <see cref="OffsetMap.ToOriginal(TextSpan)"/>.</summary>
        public TextSpan ToOriginal(TextSpan derived)
        {
            OffsetMap map = _map;
            if (map._index.Length == 0 || derived.IsEmpty || derived.End > map.DerivedLength)
                return map.ToOriginal(derived);
            int start = Unit(derived.Start, out _);
            Unit(derived.End - 1, out int end);
            return TextSpan.FromBounds(start, Math.Max(start, end));
        }

        private int Unit(int i, out int end)
        {
            int[] index = _map._index;
            if (_next > 0 && index[_next - 1] > i)
                _next = 0; // went backwards: start over
            while (_next < index.Length && index[_next] <= i)
                _next++;
            int k = _next - 1;
            if (k >= 0 && index[k] == i)
            {
                end = _map._ends[k];
                return _map._starts[k];
            }
            int start = k < 0 ? i : _map._ends[k] + (i - index[k] - 1);
            end = start + 1;
            return start;
        }
    }

    private int Unit(int i, out int end)
    {
        int[] index = _index;
        if (index.Length == 0)
        {
            end = i + 1;
            return i;
        }
        int k = Array.BinarySearch(index, i);
        if (k >= 0)
        {
            end = _ends[k];
            return _starts[k];
        }
        k = ~k - 1; // the last explicit unit before i
        int start = k < 0 ? i : _ends[k] + (i - index[k] - 1);
        end = start + 1;
        return start;
    }

    private void ThrowOutOfRange(int offset) =>
        throw new ArgumentOutOfRangeException(nameof(offset), offset, $"Offset must be within [0, {DerivedLength}].");
}
