using System.Buffers;

namespace NewsLens.Learning;

/// <summary>
/// Labels sequences with a <see cref="LinearChainModel"/> and the featurizer it was trained with. Immutable and
/// thread-safe when the featurizer is; allocates nothing per call in steady state (scratch space comes from the
/// stack for short sequences and from <see cref="ArrayPool{T}"/> above that).
/// </summary>
/// <typeparam name="TInput">The sequence type the featurizer reads.</typeparam>
public sealed class SequenceTagger<TInput>
{
    private const int StackFloats = 2048;
    private readonly ISequenceFeaturizer<TInput> _featurizer;

    /// <summary>Pairs a model with its featurizer.</summary>
    /// <param name="model">The model.</param>
    /// <param name="featurizer">The featurizer; its <see cref="ISequenceFeaturizer{TInput}.Signature"/> must equal the model's.</param>
    /// <exception cref="ArgumentException">The signatures differ: the model was trained with other features.</exception>
    public SequenceTagger(LinearChainModel model, ISequenceFeaturizer<TInput> featurizer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(featurizer);
        if (!string.Equals(model.Metadata.FeatureSignature, featurizer.Signature, StringComparison.Ordinal))
            throw new ArgumentException(
                $"The model was trained with features '{model.Metadata.FeatureSignature}' but the featurizer is '{featurizer.Signature}'.",
                nameof(featurizer));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(featurizer.MaxFeaturesPerPosition, nameof(featurizer));
        Model = model;
        _featurizer = featurizer;
    }

    /// <summary>The model.</summary>
    public LinearChainModel Model { get; }

    /// <summary>Writes the best label sequence (Viterbi, O(n·L²)) for the first <c>labels.Length</c> positions of <paramref name="input"/>.</summary>
    /// <param name="input">The sequence.</param>
    /// <param name="labels">Receives one label id per position; its length is the sequence length.</param>
    public void Predict(TInput input, Span<int> labels) => Decode(input, labels, greedy: false, cache: null);

    /// <summary>
    /// Like <see cref="Predict(TInput, Span{int})"/>, keeping the unit-feature sums of the featurizer (when it is an
    /// <see cref="IUnitFeaturizer{TInput}"/>) in <paramref name="cache"/> — one cache per thread. Same labels.
    /// </summary>
    public void Predict(TInput input, Span<int> labels, EmissionCache? cache) => Decode(input, labels, greedy: false, cache);

    /// <summary>Like <see cref="Predict(TInput, Span{int})"/> but greedy (left to right, each label given the previous one): faster for many labels, usually less accurate.</summary>
    /// <param name="input">The sequence.</param>
    /// <param name="labels">Receives one label id per position; its length is the sequence length.</param>
    public void PredictGreedy(TInput input, Span<int> labels) => Decode(input, labels, greedy: true, cache: null);

    /// <summary>Writes the per-position label scores (the sums of feature weights, without transitions).</summary>
    /// <param name="input">The sequence.</param>
    /// <param name="length">The sequence length <c>n</c>.</param>
    /// <param name="scores">Receives <c>n × L</c> scores, row-major: <c>scores[i * L + y]</c>.</param>
    /// <param name="cache">Keeps the unit-feature sums of an <see cref="IUnitFeaturizer{TInput}"/> (same scores), or null.</param>
    public void Score(TInput input, int length, Span<float> scores, EmissionCache? cache = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, length * Model.LabelCount, nameof(scores));
        Emissions(input, length, scores, cache);
    }

    private void Emissions(TInput input, int length, Span<float> scores, EmissionCache? cache)
    {
        if (_featurizer is IUnitFeaturizer<TInput> split)
            Model.ComputeEmissions(split, input, length, scores, cache);
        else
            Model.ComputeEmissions(_featurizer, input, length, scores);
    }

    private void Decode(TInput input, Span<int> labels, bool greedy, EmissionCache? cache)
    {
        int n = labels.Length;
        if (n == 0)
            return;
        LinearChainModel m = Model;
        int size = n * m.LabelCount;
        float[]? rented = null;
        Span<float> emissions = size <= StackFloats
            ? stackalloc float[StackFloats]
            : (rented = ArrayPool<float>.Shared.Rent(size));
        emissions = emissions.Slice(0, size);
        try
        {
            Emissions(input, n, emissions, cache);
            if (greedy)
                Decoding.Greedy(emissions, m.LabelCount, m.Transitions, m.StartWeights, m.EndWeights, labels);
            else
                Decoding.Viterbi(emissions, m.LabelCount, m.Transitions, m.StartWeights, m.EndWeights, labels);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<float>.Shared.Return(rented);
        }
    }
}
