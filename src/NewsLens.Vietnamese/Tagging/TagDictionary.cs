using System.Buffers.Binary;

namespace NewsLens.Vietnamese.Tagging;

/// <summary>
/// Word → the set of tags it was seen with in training (its ambiguity class, a bit mask over the model's label
/// ids), for words seen at least a few times. Immutable and thread-safe; lookups allocate nothing.
/// </summary>
/// <remarks>
/// Stored as <c>u32 version (1), u32 count, count × (u64 word key, u64 mask)</c>, keys ascending. In memory an
/// open-addressing table (load ≤ 0.5) keyed by the word key.
/// </remarks>
public sealed class TagDictionary
{
    private const uint Version = 1;
    private readonly ulong[] _keys;
    private readonly ulong[] _values;
    private readonly int _mask;
    private readonly ulong _zeroValue; // the value of key 0 (slots use key 0 for "empty"), 0 when absent

    /// <summary>An empty dictionary.</summary>
    public static TagDictionary Empty { get; } = new([]);

    /// <summary>Builds a dictionary from word keys (see <see cref="WordKeys"/>) and their non-zero masks.</summary>
    public TagDictionary(IEnumerable<KeyValuePair<ulong, ulong>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        KeyValuePair<ulong, ulong>[] all = entries.Where(e => e.Value != 0).OrderBy(e => e.Key).ToArray();
        Count = all.Length;
        int size = 2;
        while (size < all.Length * 2)
            size <<= 1;
        _keys = new ulong[size];
        _values = new ulong[size];
        _mask = size - 1;
        foreach (KeyValuePair<ulong, ulong> e in all)
        {
            ulong key = e.Key;
            if (key == 0)
            {
                _zeroValue = e.Value;
                continue;
            }
            int slot = Slot(key);
            while (_keys[slot] != 0 && _keys[slot] != key)
                slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _values[slot] = e.Value;
        }
    }

    /// <summary>The number of words.</summary>
    public int Count { get; }

    /// <summary>The tag mask of the word with key <paramref name="key"/>, or 0 when the word is not in the dictionary.</summary>
    public ulong Lookup(ulong key)
    {
        if (key == 0)
            return _zeroValue;
        for (int slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            ulong k = _keys[slot];
            if (k == key)
                return _values[slot];
            if (k == 0)
                return 0;
        }
    }

    /// <summary>Serializes the dictionary (see the remarks).</summary>
    public byte[] ToBytes()
    {
        var entries = new List<(ulong Key, ulong Value)>(Count);
        if (_zeroValue != 0)
            entries.Add((0, _zeroValue));
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
                entries.Add((_keys[i], _values[i]));
        }
        entries.Sort((a, b) => a.Key.CompareTo(b.Key));
        var bytes = new byte[8 + (16 * entries.Count)];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, Version);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(8 + (16 * i)), entries[i].Key);
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(16 + (16 * i)), entries[i].Value);
        }
        return bytes;
    }

    /// <summary>Reads a dictionary written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="InvalidDataException">When the bytes are not a tag dictionary.</exception>
    public static TagDictionary FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8 || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Version)
            throw new InvalidDataException("Not a version-1 tag dictionary.");
        uint count = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(4));
        if ((ulong)bytes.Length != 8 + (16UL * count))
            throw new InvalidDataException($"Tag dictionary: {count} entries need {8 + (16UL * count)} bytes; got {bytes.Length}.");
        var entries = new KeyValuePair<ulong, ulong>[count];
        for (int i = 0; i < count; i++)
        {
            entries[i] = new(
                BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(8 + (16 * i))),
                BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(16 + (16 * i))));
        }
        return new TagDictionary(entries);
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & _mask;
}
