using NewsLens.Core;

namespace NewsLens.Extraction.Entities;

/// <summary>
/// Adds the <see cref="ExtractionLayers.DocumentEntities"/> layer: the article's entities with grouped mentions and
/// titles. Reads the NER layer (<see cref="Layers.Entities"/>) when a stage before provides it, and finds names by
/// rules otherwise (see <see cref="EntityRecognizer"/>).
/// </summary>
public sealed class EntityAnnotator : IAnnotator
{
    /// <summary>The shared instance.</summary>
    public static EntityAnnotator Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "document-entities/1";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Normalized, Layers.Tokens, Layers.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Provides { get; } = [ExtractionLayers.DocumentEntities];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(ExtractionLayers.DocumentEntities, EntityRecognizer.Recognize(document));
    }
}
