namespace NewsLens.Learning;

/// <summary>
/// The summed unit-feature weight rows of recently seen units (see <see cref="IUnitFeaturizer{TInput}"/>), in a
/// direct-mapped table of <see cref="Slots"/> rows keyed by <see cref="IUnitFeaturizer{TInput}.UnitKey"/>. One per
/// thread (not thread-safe); it belongs to the model it was last used with and empties itself when used with another.
/// Using it changes no score: a cached row is the same sum, in the same order, as a fresh one.
/// </summary>
public sealed class EmissionCache
{
    private ulong[] _keys = [];
    private float[] _rows = [];
    private object? _owner;
    private int _labels;

    /// <summary>A cache of <paramref name="slots"/> rows (a power of two).</summary>
    public EmissionCache(int slots = 8192)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        if ((slots & (slots - 1)) != 0)
            throw new ArgumentException("The slot count must be a power of two.", nameof(slots));
        Slots = slots;
    }

    /// <summary>The number of rows.</summary>
    public int Slots { get; }

    /// <summary>Lookups answered from the cache since it was created or last emptied.</summary>
    public long Hits { get; private set; }

    /// <summary>Lookups that had to sum the unit's features.</summary>
    public long Misses { get; private set; }

    /// <summary>Makes the cache serve <paramref name="owner"/> (a model's weights) with <paramref name="labels"/> labels, emptying it if it served another.</summary>
    internal void Bind(object owner, int labels)
    {
        if (ReferenceEquals(owner, _owner))
            return;
        _owner = owner;
        _labels = labels;
        _keys = new ulong[Slots];
        _rows = new float[Slots * labels];
        Hits = Misses = 0;
    }

    /// <summary>
    /// The row of <paramref name="key"/> (non-zero): true when it holds that key's sum; otherwise the slot now
    /// belongs to the key and the caller writes the sum into the row.
    /// </summary>
    internal bool TryGet(ulong key, out Span<float> row)
    {
        int slot = (int)((key ^ (key >> 29)) & (ulong)(Slots - 1));
        row = _rows.AsSpan(slot * _labels, _labels);
        if (_keys[slot] == key)
        {
            Hits++;
            return true;
        }
        _keys[slot] = key;
        Misses++;
        return false;
    }
}
