using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsLens.Learning;

/// <summary>
/// A trained linear-chain sequence labeler: for each feature hash a row of <see cref="LabelCount"/> weights, an
/// <c>L × L</c> transition matrix and start/end weights. Immutable and thread-safe; load it once and share it.
/// Pair it with its featurizer in a <see cref="SequenceTagger{TInput}"/> to label sequences.
/// </summary>
public sealed class LinearChainModel
{
    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly float[] _start;
    private readonly float[] _end;

    internal LinearChainModel(
        ModelMetadata metadata, ulong[] sortedKeys, float[] weights, float[] transitions, float[] start, float[] end)
    {
        int l = metadata.Labels.Count;
        if (l < 1)
            throw new ArgumentException("A model needs at least one label.", nameof(metadata));
        ModelFile.CheckKind(metadata.Kind);
        if (weights.Length != sortedKeys.Length * l || transitions.Length != l * l || start.Length != l || end.Length != l)
            throw new ArgumentException("Weight, transition, start and end arrays do not match the label count.");
        Metadata = metadata;
        _table = new FeatureTable(sortedKeys);
        _weights = weights;
        _transitions = transitions;
        _start = start;
        _end = end;
    }

    /// <summary>The metadata stored with the model.</summary>
    public ModelMetadata Metadata { get; }

    /// <summary>The model kind (<see cref="ModelMetadata.Kind"/>).</summary>
    public string Kind => Metadata.Kind;

    /// <summary>The label names; label id <c>i</c> is <c>Labels[i]</c>.</summary>
    public IReadOnlyList<string> Labels => Metadata.Labels;

    /// <summary>The number of labels, <c>L</c>.</summary>
    public int LabelCount => _start.Length;

    /// <summary>The number of features with a weight row.</summary>
    public int FeatureCount => _table.Count;

    /// <summary>The transition weights, row-major: <c>Transitions[previous * L + current]</c>.</summary>
    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>The weight of each label as the first label of a sequence.</summary>
    public ReadOnlySpan<float> StartWeights => _start;

    /// <summary>The weight of each label as the last label of a sequence.</summary>
    public ReadOnlySpan<float> EndWeights => _end;

    internal ulong[] Keys => _table.Keys;

    internal float[] Weights => _weights;

    /// <summary>The weight row of <paramref name="feature"/>, or an empty span when the model does not know it.</summary>
    /// <param name="feature">A feature hash.</param>
    public ReadOnlySpan<float> GetWeights(ulong feature)
    {
        int row = _table.IndexOf(feature);
        return row < 0 ? default : _weights.AsSpan(row * LabelCount, LabelCount);
    }

    /// <summary>
    /// A smaller model without the features whose weights are all below <paramref name="threshold"/> in absolute
    /// value (transitions are kept). Those features then score 0, like unknown ones.
    /// </summary>
    /// <param name="threshold">Features with <c>max |w| &lt; threshold</c> are dropped; must be ≥ 0.</param>
    public LinearChainModel Prune(float threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        int l = LabelCount;
        ulong[] keys = _table.Keys;
        int kept = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (MaxAbs(_weights.AsSpan(i * l, l)) >= threshold)
                kept++;
        }
        var newKeys = new ulong[kept];
        var newWeights = new float[kept * l];
        int k = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ReadOnlySpan<float> row = _weights.AsSpan(i * l, l);
            if (MaxAbs(row) >= threshold)
            {
                newKeys[k] = keys[i];
                row.CopyTo(newWeights.AsSpan(k * l, l));
                k++;
            }
        }
        return new LinearChainModel(Metadata, newKeys, newWeights, _transitions, _start, _end);
    }

    /// <summary>Writes the model in the NewsLens model format (see <c>README.md</c> in this project).</summary>
    /// <param name="stream">A writable stream; left open.</param>
    /// <param name="encoding">How to store feature weights; quantized encodings lose a little precision.</param>
    public void Save(Stream stream, WeightEncoding encoding = WeightEncoding.Float32) =>
        ModelFile.Write(stream, this, encoding);

    /// <summary>Writes the model to a file (replaced if it exists).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="encoding">How to store feature weights.</param>
    public void Save(string path, WeightEncoding encoding = WeightEncoding.Float32)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Save(stream, encoding);
    }

    /// <summary>Reads a model, checking magic, version, hash, sections and kind.</summary>
    /// <param name="stream">A readable stream positioned at the start of the model; left open.</param>
    /// <param name="expectedKind">The kind the caller needs (e.g. <c>"ws"</c>), or null to accept any kind.</param>
    /// <exception cref="InvalidDataException">The data is not a valid model of that kind; the message says why.</exception>
    public static LinearChainModel Load(Stream stream, string? expectedKind) => ModelFile.Read(stream, expectedKind);

    /// <summary>Reads a model file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="expectedKind">The kind the caller needs, or null to accept any kind.</param>
    /// <exception cref="InvalidDataException">The file is not a valid model of that kind; the message says why.</exception>
    public static LinearChainModel Load(string path, string? expectedKind)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            return Load(stream, expectedKind);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Adds each position's weight rows into <paramref name="emissions"/> (<c>n × L</c>, overwritten).</summary>
    internal void ComputeEmissions<TInput>(ISequenceFeaturizer<TInput> featurizer, TInput input, int length, Span<float> emissions)
    {
        int max = featurizer.MaxFeaturesPerPosition;
        ulong[]? rented = null;
        Span<ulong> buffer = max <= 256 ? stackalloc ulong[256] : (rented = ArrayPool<ulong>.Shared.Rent(max));
        buffer = buffer.Slice(0, max);
        try
        {
            int l = LabelCount;
            for (int i = 0; i < length; i++)
            {
                var writer = new FeatureWriter(buffer);
                featurizer.Featurize(input, i, ref writer);
                if (l == 2)
                    Sum2(writer.Written, emissions.Slice(2 * i, 2));
                else
                    Sum(writer.Written, emissions.Slice(i * l, l));
            }
        }
        finally
        {
            if (rented is not null)
                ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Sum2(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        float s0 = 0, s1 = 0;
        ref float w = ref MemoryMarshal.GetArrayDataReference(_weights);
        FeatureTable table = _table;
        for (int f = 0; f < features.Length; f++)
        {
            int row = table.IndexOf(features[f]);
            if (row >= 0)
            {
                s0 += Unsafe.Add(ref w, 2 * row);
                s1 += Unsafe.Add(ref w, (2 * row) + 1);
            }
        }
        scores[0] = s0;
        scores[1] = s1;
    }

    private void Sum(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int l = scores.Length;
        scores.Clear();
        FeatureTable table = _table;
        for (int f = 0; f < features.Length; f++)
        {
            int row = table.IndexOf(features[f]);
            if (row < 0)
                continue;
            ReadOnlySpan<float> weights = _weights.AsSpan(row * l, l);
            for (int y = 0; y < l; y++)
                scores[y] += weights[y];
        }
    }

    private static float MaxAbs(ReadOnlySpan<float> row)
    {
        float m = 0;
        foreach (float w in row)
            m = Math.Max(m, Math.Abs(w));
        return m;
    }
}
