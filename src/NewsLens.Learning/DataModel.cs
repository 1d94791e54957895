using System.Collections.ObjectModel;
using System.Text.Json;

namespace NewsLens.Learning;

/// <summary>
/// A model file that holds data rather than weights: word clusters, gazetteers, embeddings. It uses the one NewsLens
/// model format (magic, format version, kind, SHA-256 of the payload, JSON metadata, 16-byte aligned sections; see
/// <c>README.md</c> in this project) with metadata <c>"content": "data"</c> and one named <c>AUXB</c> section per
/// blob. What a blob means is up to the kind's reader (e.g. <c>WordClusters.FromBytes</c>). Immutable.
/// </summary>
/// <remarks>
/// The same data, properties and <see cref="Created"/> give the same bytes: blobs are written in ordinal name order
/// and property keys in ordinal order. <see cref="LinearChainModel.Load(Stream, string?)"/> refuses a data model with
/// a message that points here, and <see cref="Load(Stream, string?)"/> refuses a linear-chain model.
/// </remarks>
public sealed class DataModel
{
    private readonly Dictionary<string, byte[]> _blobs;

    /// <summary>Creates a data model.</summary>
    /// <param name="kind">The model kind: 1–32 characters of <c>[a-z0-9_-]</c>, e.g. <c>"clusters"</c>.</param>
    /// <param name="modelVersion">The model's own version, e.g. <c>"1.0.0"</c>; not empty.</param>
    /// <param name="blobs">The named blobs; names are 1–32 characters of <c>[a-z0-9_-]</c>. Not copied: do not change them afterwards.</param>
    /// <param name="properties">Free-form metadata (corpus, sizes, options); null for none.</param>
    /// <param name="created">When the model was made, if it should be recorded (it changes the bytes).</param>
    /// <exception cref="ArgumentException">When the kind, the version or a blob name is invalid.</exception>
    public DataModel(
        string kind,
        string modelVersion,
        IReadOnlyDictionary<string, byte[]> blobs,
        IReadOnlyDictionary<string, JsonElement>? properties = null,
        DateTimeOffset? created = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentException.ThrowIfNullOrEmpty(modelVersion);
        ArgumentNullException.ThrowIfNull(blobs);
        ModelFile.CheckKind(kind);
        _blobs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, byte[]> b in blobs)
        {
            if (!ModelFile.IsValidName(b.Key))
                throw new ArgumentException($"A blob name uses 1 to 32 of a-z, 0-9, '-' and '_'; got '{b.Key}'.", nameof(blobs));
            ArgumentNullException.ThrowIfNull(b.Value, nameof(blobs));
            _blobs[b.Key] = b.Value;
        }
        Kind = kind;
        ModelVersion = modelVersion;
        Properties = properties is null
            ? ReadOnlyDictionary<string, JsonElement>.Empty
            : new ReadOnlyDictionary<string, JsonElement>(new Dictionary<string, JsonElement>(properties, StringComparer.Ordinal));
        Created = created;
    }

    /// <summary>The model kind, stored in the header (e.g. <c>"clusters"</c>).</summary>
    public string Kind { get; }

    /// <summary>The model's own version.</summary>
    public string ModelVersion { get; }

    /// <summary>When the model was made, if recorded.</summary>
    public DateTimeOffset? Created { get; }

    /// <summary>Free-form metadata, written with keys in ordinal order.</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; }

    /// <summary>The named blobs.</summary>
    public IReadOnlyDictionary<string, byte[]> Blobs => _blobs;

    /// <summary>The blob <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">When the model has no such blob (a file of the right kind lacks a part).</exception>
    public byte[] GetBlob(string name) =>
        _blobs.TryGetValue(name, out byte[]? blob)
            ? blob
            : throw new InvalidDataException($"The '{Kind}' model has no '{name}' section.");

    /// <summary>Writes the model in the NewsLens model format.</summary>
    /// <param name="stream">A writable stream; left open.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, this);
    }

    /// <summary>Writes the model to a file (replaced if it exists).</summary>
    /// <param name="path">The file path.</param>
    public void Save(string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Save(stream);
    }

    /// <summary>Reads a data model, checking magic, format version, kind, hash, metadata and sections.</summary>
    /// <param name="stream">A readable stream positioned at the start of the model; left open.</param>
    /// <param name="expectedKind">The kind the caller needs (e.g. <c>"clusters"</c>), or null to accept any kind.</param>
    /// <exception cref="InvalidDataException">The data is not a valid data model of that kind; the message says why.</exception>
    public static DataModel Load(Stream stream, string? expectedKind)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.ReadData(stream, expectedKind);
    }

    /// <summary>Reads a data model file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="expectedKind">The kind the caller needs, or null to accept any kind.</param>
    /// <exception cref="InvalidDataException">The file is not a valid data model of that kind; the message starts with the path.</exception>
    public static DataModel Load(string path, string? expectedKind)
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
}
