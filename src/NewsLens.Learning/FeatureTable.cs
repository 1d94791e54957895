using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsLens.Learning;

/// <summary>
/// Maps a 64-bit feature hash to its row: keys sorted ascending, plus a bucket index on the top bits of the key
/// (about two keys per bucket). Chosen over open addressing because it keeps the keys and the weight rows
/// compact (no empty slots, the same layout as the file) and a lookup touches one small index entry and one
/// key line; see README.md for the measurements.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _bucketStart;
    private readonly int _shift;

    /// <summary>Builds the index. <paramref name="sortedKeys"/> must be strictly ascending (checked).</summary>
    public FeatureTable(ulong[] sortedKeys)
    {
        _keys = sortedKeys;
        int n = sortedKeys.Length;
        int bits = Math.Clamp(BitOperations.Log2((uint)Math.Max(n, 1)), 1, 28);
        _shift = 64 - bits;
        int buckets = 1 << bits;
        _bucketStart = new int[buckets + 1];
        int k = 0;
        for (int b = 0; b < buckets; b++)
        {
            _bucketStart[b] = k;
            while (k < n && (int)(sortedKeys[k] >> _shift) == b)
            {
                if (k > 0 && sortedKeys[k - 1] >= sortedKeys[k])
                    throw new InvalidDataException($"Feature keys are not strictly ascending at index {k}.");
                k++;
            }
        }
        _bucketStart[buckets] = n;
    }

    /// <summary>The number of features.</summary>
    public int Count => _keys.Length;

    /// <summary>The sorted keys.</summary>
    public ulong[] Keys => _keys;

    /// <summary>The row of <paramref name="key"/>, or −1 when it is not in the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ulong key)
    {
        ref int starts = ref MemoryMarshal.GetArrayDataReference(_bucketStart);
        int b = (int)(key >> _shift);
        int i = Unsafe.Add(ref starts, b);
        int end = Unsafe.Add(ref starts, b + 1);
        ref ulong keys = ref MemoryMarshal.GetArrayDataReference(_keys);
        for (; i < end; i++)
        {
            if (Unsafe.Add(ref keys, i) == key)
                return i;
        }
        return -1;
    }
}
