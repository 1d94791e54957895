using NewsLens.Core;

namespace NewsLens.Extraction.Quantities;

/// <summary>
/// Adds the <see cref="ExtractionLayers.Quantities"/> layer: numbers with their units, currencies, ranges and
/// approximations (see <see cref="QuantityRecognizer"/> and the README). Needs only tokens and sentences.
/// </summary>
public sealed class QuantityAnnotator : IAnnotator
{
    /// <summary>The shared instance.</summary>
    public static QuantityAnnotator Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "quantities/1";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Normalized, Layers.Tokens, Layers.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Provides { get; } = [ExtractionLayers.Quantities];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(ExtractionLayers.Quantities, new QuantityLayer(QuantityRecognizer.Recognize(document)));
    }
}
