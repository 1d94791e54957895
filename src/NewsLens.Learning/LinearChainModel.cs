using System.Buffers;

namespace NewsLens.Learning;

/// <summary>
/// A trained linear-chain sequence labeler: for each feature hash a row of <see cref="LabelCount"/> weights, an
/// <c>L × L</c> transition matrix and start/end weights. Immutable and thread-safe; load it once and share it.
/// Pair it with its featurizer in a <see cref="SequenceTagger{TInput}"/> to label sequences.
/// </summary>
public sealed class LinearChainModel
{
    private readonly FeatureTable _table;
    private readonly float[] _transitions;
    private readonly float[] _start;
    private readonly float[] _end;
    private readonly Dictionary<string, byte[]> _auxiliary = new(StringComparer.Ordinal);

    private LinearChainModel(LinearChainModel other, Dictionary<string, byte[]> auxiliary)
    {
        Metadata = other.Metadata;
        _table = other._table;
        _transitions = other._transitions;
        _start = other._start;
        _end = other._end;
        _auxiliary = auxiliary;
    }

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
        _table = new FeatureTable(sortedKeys, weights, l);
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

    /// <summary>
    /// Named binary blobs stored with the model (e.g. a segmenter's lexicon): read-only data that the model's
    /// features need at prediction time. Names use a-z, 0-9, '-' and '_'.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]> Auxiliary => _auxiliary;

    /// <summary>Returns a model that shares this one's weights and also carries the blob <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">When the name is not a-z, 0-9, '-' or '_', or longer than 32 characters.</exception>
    public LinearChainModel WithAuxiliary(string name, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ModelFile.CheckKind(name);
        var copy = new Dictionary<string, byte[]>(_auxiliary, StringComparer.Ordinal) { [name] = data };
        return new LinearChainModel(this, copy);
    }

    internal LinearChainModel WithAuxiliary(Dictionary<string, byte[]> auxiliary) => new(this, auxiliary);

    /// <summary>The sorted feature keys (a copy, for saving).</summary>
    internal ulong[] CopyKeys()
    {
        var keys = new ulong[_table.Count];
        int k = 0;
        for (int s = 0; s < _table.SlotCount; s++)
        {
            ulong key = _table.KeyAt(s);
            if (key != 0)
                keys[k++] = key;
        }
        return keys;
    }

    /// <summary>The weights, row-major in key order (a copy, for saving).</summary>
    internal float[] CopyWeights()
    {
        int l = LabelCount;
        var weights = new float[_table.Count * l];
        int k = 0;
        for (int s = 0; s < _table.SlotCount; s++)
        {
            if (_table.KeyAt(s) != 0)
                _table.Row(s).CopyTo(weights.AsSpan(l * k++, l));
        }
        return weights;
    }

    /// <summary>The weight row of <paramref name="feature"/>, or an empty span when the model does not know it.</summary>
    /// <param name="feature">A feature hash.</param>
    public ReadOnlySpan<float> GetWeights(ulong feature)
    {
        int row = _table.IndexOf(feature);
        return row < 0 ? default : _table.Row(row);
    }

    /// <summary>
    /// A smaller model without the features whose weights are all below <paramref name="threshold"/> in absolute
    /// value (transitions and auxiliary blobs are kept). Those features then score 0, like unknown ones.
    /// </summary>
    /// <param name="threshold">Features with <c>max |w| &lt; threshold</c> are dropped; must be ≥ 0.</param>
    public LinearChainModel Prune(float threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        int l = LabelCount;
        var keys = new List<ulong>();
        var weights = new List<float>();
        for (int s = 0; s < _table.SlotCount; s++)
        {
            Span<float> row = _table.Row(s);
            if (_table.KeyAt(s) != 0 && MaxAbs(row) >= threshold)
            {
                keys.Add(_table.KeyAt(s));
                foreach (float w in row)
                    weights.Add(w);
            }
        }
        var pruned = new LinearChainModel(Metadata, [.. keys], [.. weights], _transitions, _start, _end);
        return new LinearChainModel(pruned, new Dictionary<string, byte[]>(_auxiliary, StringComparer.Ordinal));
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

    /// <summary>
    /// Writes each position's label scores into <paramref name="emissions"/> (<c>n × L</c>, overwritten). Each
    /// position's slots are prefetched together before any is read (see <see cref="FeatureTable.Accumulate"/>);
    /// prefetching one position ahead, behind the next featurization, was measured and was not faster.
    /// </summary>
    internal void ComputeEmissions<TInput>(ISequenceFeaturizer<TInput> featurizer, TInput input, int length, Span<float> emissions)
    {
        const int StackFeatures = 256;
        int max = featurizer.MaxFeaturesPerPosition;
        ulong[]? rented = null;
        int[]? rentedHomes = null;
        Span<ulong> features = max <= StackFeatures ? stackalloc ulong[StackFeatures] : (rented = ArrayPool<ulong>.Shared.Rent(max));
        Span<int> homes = max <= StackFeatures ? stackalloc int[StackFeatures] : (rentedHomes = ArrayPool<int>.Shared.Rent(max));
        features = features.Slice(0, max);
        try
        {
            int l = LabelCount;
            FeatureTable table = _table;
            for (int i = 0; i < length; i++)
            {
                var writer = new FeatureWriter(features);
                featurizer.Featurize(input, i, ref writer);
                table.Accumulate(writer.Written, emissions.Slice(i * l, l), homes);
            }
        }
        finally
        {
            if (rented is not null)
                ArrayPool<ulong>.Shared.Return(rented);
            if (rentedHomes is not null)
                ArrayPool<int>.Shared.Return(rentedHomes);
        }
    }

    /// <summary>
    /// Emissions of a featurizer whose features split into unit and context features: per position the sum of the
    /// context rows plus the sum of the unit rows, the latter taken from <paramref name="cache"/> when the unit was
    /// seen before. With or without a cache the scores are the same, bit for bit.
    /// </summary>
    internal void ComputeEmissions<TInput>(IUnitFeaturizer<TInput> featurizer, TInput input, int length, Span<float> emissions, EmissionCache? cache)
    {
        const int StackFeatures = 256;
        int max = featurizer.MaxFeaturesPerPosition;
        if (max > StackFeatures || featurizer.MaxUnitFeatures > max)
        {
            ComputeEmissions((ISequenceFeaturizer<TInput>)featurizer, input, length, emissions);
            return;
        }
        Span<ulong> features = stackalloc ulong[StackFeatures];
        Span<int> homes = stackalloc int[StackFeatures];
        int l = LabelCount;
        Span<float> unit = stackalloc float[Math.Max(l, 1)];
        FeatureTable table = _table;
        cache?.Bind(table, l);
        for (int i = 0; i < length; i++)
        {
            Span<float> scores = emissions.Slice(i * l, l);
            var context = new FeatureWriter(features);
            featurizer.FeaturizeContext(input, i, ref context);
            table.Accumulate(context.Written, scores, homes);
            ulong key = cache is null ? 0 : featurizer.UnitKey(input, i);
            scoped Span<float> row;
            if (key == 0)
            {
                row = unit;
                SumUnit(featurizer, input, i, features, homes, row);
            }
            else if (!cache!.TryGet(key, out row))
            {
                SumUnit(featurizer, input, i, features, homes, row);
            }
            FeatureTable.Add(row, scores);
        }
    }

    private void SumUnit<TInput>(IUnitFeaturizer<TInput> featurizer, TInput input, int i, Span<ulong> features, Span<int> homes, Span<float> row)
    {
        var writer = new FeatureWriter(features);
        featurizer.FeaturizeUnit(input, i, ref writer);
        _table.Accumulate(writer.Written, row, homes);
    }

    private static float MaxAbs(ReadOnlySpan<float> row)
    {
        float m = 0;
        foreach (float w in row)
            m = Math.Max(m, Math.Abs(w));
        return m;
    }
}
