using System.Text.Json;

namespace NewsLens.Learning;

/// <summary>One training or development example: a sequence and its gold label ids.</summary>
/// <typeparam name="TInput">The sequence type the featurizer reads.</typeparam>
/// <param name="Input">The sequence.</param>
/// <param name="Labels">The gold label id of every position; its length is the sequence length.</param>
public readonly record struct LabeledSequence<TInput>(TInput Input, int[] Labels);

/// <summary>Settings of <see cref="PerceptronTrainer"/>.</summary>
public sealed record PerceptronOptions
{
    /// <summary>The model kind written to the file, e.g. <c>"ws"</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The model version written to the file.</summary>
    public required string ModelVersion { get; init; }

    /// <summary>The label names; label ids in the examples index this list.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>The most epochs (passes over the training set); default 20.</summary>
    public int MaxEpochs { get; init; } = 20;

    /// <summary>Stop after this many epochs without a better dev score; default 3. Ignored without a dev set.</summary>
    public int Patience { get; init; } = 3;

    /// <summary>The seed of the per-epoch shuffle; same data and seed give the same model bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Report progress every this many sequences (and at the end of each epoch); default 2000.</summary>
    public int ProgressInterval { get; init; } = 2000;

    /// <summary>Recorded as <see cref="ModelMetadata.Created"/> when set.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>
    /// Scores an epoch on the dev set, higher is better: called with the gold and the predicted label ids of every
    /// non-empty dev sequence, in order. Null (the default) scores token accuracy. Use it when token accuracy is a
    /// poor guide, e.g. entity F1 for NER, where most tokens are outside any entity.
    /// </summary>
    public Func<IReadOnlyList<int[]>, IReadOnlyList<int[]>, double>? DevMetric { get; init; }

    /// <summary>Copied into <see cref="ModelMetadata.Properties"/> (training corpus, sizes, …).</summary>
    public IReadOnlyDictionary<string, JsonElement>? Properties { get; init; }
}

/// <summary>Training progress, reported during and after each epoch.</summary>
/// <param name="Epoch">The current epoch, 1-based.</param>
/// <param name="MaxEpochs">The most epochs that will run.</param>
/// <param name="SequencesDone">Sequences processed in this epoch.</param>
/// <param name="SequenceCount">Training sequences per epoch.</param>
/// <param name="TrainAccuracy">Token accuracy so far in this epoch (prediction before each update), in [0, 1].</param>
/// <param name="DevAccuracy">Dev token accuracy of this epoch's averaged weights, at the end of an epoch with a dev set; otherwise null.</param>
/// <param name="BestDevAccuracy">The best dev accuracy so far, or null.</param>
public readonly record struct TrainingProgress(
    int Epoch, int MaxEpochs, int SequencesDone, int SequenceCount,
    double TrainAccuracy, double? DevAccuracy, double? BestDevAccuracy);
