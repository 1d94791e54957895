using System.Buffers.Binary;
using NewsLens.Learning;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Training.Corpora;

/// <summary>
/// A model's training vocabulary, stored as an auxiliary blob (sorted u64 <see cref="WordKeys"/> of its words) so
/// that evaluation can report out-of-vocabulary figures.
/// </summary>
public static class Vocabulary
{
    /// <summary>The auxiliary blob name.</summary>
    public const string Blob = "train-vocabulary";

    /// <summary>Serializes the keys of <paramref name="words"/> (normalized, syllables separated by spaces).</summary>
    public static byte[] ToBytes(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var keys = new SortedSet<ulong>();
        foreach (string w in words)
            keys.Add(WordKeys.Of(w));
        var bytes = new byte[keys.Count * 8];
        int i = 0;
        foreach (ulong k in keys)
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(8 * i++), k);
        return bytes;
    }

    /// <summary>The vocabulary a model carries (word keys), or null when it carries none.</summary>
    public static HashSet<ulong>? Of(LinearChainModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Auxiliary.TryGetValue(Blob, out byte[]? bytes))
            return null;
        var set = new HashSet<ulong>(bytes.Length / 8);
        for (int i = 0; i + 8 <= bytes.Length; i += 8)
            set.Add(BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i)));
        return set;
    }
}
