namespace NewsLens.Core;

/// <summary>
/// A document: the original text, never changed, and the layers that annotators add to it. Every span in
/// every layer points into <see cref="Text"/> (UTF-16 code units, half-open).
/// </summary>
/// <remarks>
/// A document is written by one pipeline run at a time and may be read from many threads once processed.
/// </remarks>
public sealed class Document
{
    private readonly Dictionary<LayerKey, object> _layers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a document over <paramref name="text"/>.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="date">The article's publication date, used to resolve relative dates ("hôm thứ sáu"); may be null.</param>
    public Document(string text, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Date = date;
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>The article's date, if known.</summary>
    public DateOnly? Date { get; }

    /// <summary>The original text covered by <paramref name="span"/>.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>True when the layer is present.</summary>
    public bool Has(LayerKey key) => _layers.ContainsKey(key);

    /// <summary>Returns a layer.</summary>
    /// <exception cref="InvalidOperationException">When the layer is missing: name the annotator that provides it in the pipeline.</exception>
    public TLayer Get<TLayer>(LayerKey<TLayer> key) where TLayer : class =>
        _layers.TryGetValue(key, out object? value)
            ? (TLayer)value
            : throw new InvalidOperationException($"The document has no '{key.Name}' layer: add an annotator that provides it to the pipeline.");

    /// <summary>Returns a layer, or null when it is missing.</summary>
    public TLayer? Find<TLayer>(LayerKey<TLayer> key) where TLayer : class =>
        _layers.TryGetValue(key, out object? value) ? (TLayer)value : null;

    /// <summary>Sets a layer. Annotators call this once per layer they provide.</summary>
    public void Set<TLayer>(LayerKey<TLayer> key, TLayer layer) where TLayer : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(layer);
        _layers[key] = layer;
    }

    /// <summary>The tokens; requires the tokens layer.</summary>
    public TokenLayer Tokens => Get(Layers.Tokens);

    /// <summary>The sentences; requires the sentences layer.</summary>
    public SentenceLayer Sentences => Get(Layers.Sentences);

    /// <summary>The paragraphs; requires the paragraphs layer.</summary>
    public ParagraphLayer Paragraphs => Get(Layers.Paragraphs);
}
