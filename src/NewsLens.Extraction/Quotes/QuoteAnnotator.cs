using NewsLens.Core;

namespace NewsLens.Extraction.Quotes;

/// <summary>
/// Adds the <see cref="ExtractionLayers.Quotes"/> layer: direct, indirect and mixed quotes with cue and speaker, and
/// scare quotes (see <see cref="QuoteRecognizer"/> and the README). Needs the in-article entities.
/// </summary>
public sealed class QuoteAnnotator : IAnnotator
{
    /// <summary>The shared instance.</summary>
    public static QuoteAnnotator Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "quotes/1";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Normalized, Layers.Tokens, Layers.Sentences, ExtractionLayers.DocumentEntities];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Provides { get; } = [ExtractionLayers.Quotes];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(ExtractionLayers.Quotes, QuoteRecognizer.Recognize(document, document.Get(ExtractionLayers.DocumentEntities)));
    }
}
