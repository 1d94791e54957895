using NewsLens.Core;

namespace NewsLens.Extraction.Dates;

/// <summary>
/// Adds the <see cref="ExtractionLayers.Dates"/> layer: absolute and relative dates and times, resolved against
/// <see cref="Document.Date"/> (see <see cref="DateRecognizer"/> and the README). Needs only tokens and sentences.
/// </summary>
public sealed class DateAnnotator : IAnnotator
{
    /// <summary>The shared instance.</summary>
    public static DateAnnotator Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "dates/1";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Normalized, Layers.Tokens, Layers.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Provides { get; } = [ExtractionLayers.Dates];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(ExtractionLayers.Dates, new DateLayer(DateRecognizer.Recognize(document)));
    }
}
