using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsLens.Learning;

/// <summary>
/// What a model file says about itself: stored as UTF-8 JSON after the header. The required fields describe how to
/// use the model; <see cref="Training"/> says how it was made; <see cref="Properties"/> is an open bag the caller
/// fills (corpus name and sizes, test scores, …). Nothing here is clock- or machine-dependent unless the caller
/// puts it there, so the same training gives the same bytes.
/// </summary>
public sealed class ModelMetadata
{
    /// <summary>The model kind, e.g. <c>"ws"</c>, <c>"pos"</c>, <c>"ner"</c>: 1–32 characters of <c>[a-z0-9_-]</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The model's own version, e.g. <c>"1.0.0"</c>.</summary>
    public required string ModelVersion { get; init; }

    /// <summary>The label names; label id <c>i</c> is <c>Labels[i]</c>. At least one label.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>The featurizer signature (<see cref="ISequenceFeaturizer{TInput}.Signature"/>) the model was trained with.</summary>
    public required string FeatureSignature { get; init; }

    /// <summary>When the model was made, if the caller wants it recorded (it changes the file bytes).</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>How the model was trained; set by the trainer.</summary>
    public TrainingSummary? Training { get; init; }

    /// <summary>Free-form metadata; written with keys in ordinal order.</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; init; } =
        ReadOnlyDictionary<string, JsonElement>.Empty;
}

/// <summary>How a model was trained, recorded in its metadata.</summary>
public sealed record TrainingSummary
{
    /// <summary>The algorithm, e.g. <c>"averaged-perceptron"</c>.</summary>
    public required string Algorithm { get; init; }

    /// <summary>The seed of the per-epoch shuffle.</summary>
    public int Seed { get; init; }

    /// <summary>Epochs run (including those after the best one, before early stopping).</summary>
    public int Epochs { get; init; }

    /// <summary>The epoch whose averaged weights were kept (1-based).</summary>
    public int BestEpoch { get; init; }

    /// <summary>Training sequences.</summary>
    public int TrainSequences { get; init; }

    /// <summary>Training positions (tokens).</summary>
    public long TrainPositions { get; init; }

    /// <summary>Development sequences (0 when none).</summary>
    public int DevSequences { get; init; }

    /// <summary>Token accuracy on the development set at <see cref="BestEpoch"/>, in [0, 1]; null without a dev set.</summary>
    public double? DevAccuracy { get; init; }

    /// <summary>Token accuracy on the training set during <see cref="BestEpoch"/> (before each update), in [0, 1].</summary>
    public double TrainAccuracy { get; init; }
}

/// <summary>The JSON shape of the metadata block.</summary>
internal sealed class ModelMetadataJson
{
    public string Kind { get; set; } = "";
    public string ModelVersion { get; set; } = "";
    public string? Content { get; set; }
    public List<string> Labels { get; set; } = [];
    public string FeatureSignature { get; set; } = "";
    public DateTimeOffset? Created { get; set; }
    public int FeatureCount { get; set; }
    public string WeightEncoding { get; set; } = "";
    public TrainingSummary? Training { get; set; }
    public List<string> Auxiliary { get; set; } = [];
    public SortedDictionary<string, JsonElement> Properties { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The JSON shape of a data-only model's metadata block.</summary>
internal sealed class DataModelJson
{
    public string Kind { get; set; } = "";
    public string ModelVersion { get; set; } = "";
    public string? Content { get; set; }
    public DateTimeOffset? Created { get; set; }
    public List<string> Auxiliary { get; set; } = [];
    public SortedDictionary<string, JsonElement> Properties { get; set; } = new(StringComparer.Ordinal);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ModelMetadataJson))]
[JsonSerializable(typeof(DataModelJson))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
