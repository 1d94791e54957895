using NewsLens.Core;
using NewsLens.Text.Normalization;
using NewsLens.Text.Sentences;
using NewsLens.Text.Tokenization;

namespace NewsLens.Text;

/// <summary>Adds the <see cref="Layers.Normalized"/> layer (see <see cref="VietnameseNormalizer"/>).</summary>
public sealed class NormalizationAnnotator : IAnnotator
{
    /// <summary>The shared instance.</summary>
    public static NormalizationAnnotator Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "normalizer/1";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Provides { get; } = [Layers.Normalized];

    /// <inheritdoc />
    public void Annotate(Document document) =>
        document.Set(Layers.Normalized, VietnameseNormalizer.Normalize(document.Text));
}

/// <summary>Adds the <see cref="Layers.Tokens"/> layer (see <see cref="Tokenizer"/>), with offsets mapped back to the original text.</summary>
public sealed class TokenizerAnnotator : IAnnotator
{
    /// <summary>The shared instance.</summary>
    public static TokenizerAnnotator Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "tokenizer/1";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Normalized];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Provides { get; } = [Layers.Tokens];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        NormalizedText normalized = document.Get(Layers.Normalized);
        document.Set(Layers.Tokens, Tokenize(normalized));
    }

    /// <summary>Tokenizes a normalized text into a layer whose spans point into the original text.</summary>
    public static TokenLayer Tokenize(NormalizedText normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var builder = TokenLayer.CreateBuilder(Math.Max(16, normalized.Text.Length / 4));
        OffsetMap.Cursor map = normalized.Map.CreateCursor();
        foreach (RawToken token in Tokenizer.Enumerate(normalized.Text))
            builder.Add(map.ToOriginal(token.Span), token.Span, token.Kind);
        return builder.Build();
    }
}

/// <summary>Adds the <see cref="Layers.Sentences"/> and <see cref="Layers.Paragraphs"/> layers (see <see cref="SentenceSplitter"/>).</summary>
public sealed class SentenceAnnotator : IAnnotator
{
    /// <summary>The shared instance.</summary>
    public static SentenceAnnotator Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "sentences/1";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Normalized, Layers.Tokens];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Provides { get; } = [Layers.Sentences, Layers.Paragraphs];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        var (sentences, paragraphs) = SentenceSplitter.Split(document.Get(Layers.Normalized), document.Tokens);
        document.Set(Layers.Sentences, sentences);
        document.Set(Layers.Paragraphs, paragraphs);
    }
}

/// <summary>Fluent registration of the text stages on a <see cref="PipelineBuilder"/>. Each call is idempotent.</summary>
public static class TextPipelineExtensions
{
    /// <summary>Adds Unicode/Vietnamese normalization.</summary>
    public static PipelineBuilder UseNormalization(this PipelineBuilder builder) =>
        builder.Use(NormalizationAnnotator.Instance);

    /// <summary>Adds the tokenizer (and normalization before it, if missing).</summary>
    public static PipelineBuilder UseTokenizer(this PipelineBuilder builder) =>
        builder.UseNormalization().Use(TokenizerAnnotator.Instance);

    /// <summary>Adds the sentence splitter (and the tokenizer before it, if missing).</summary>
    public static PipelineBuilder UseSentences(this PipelineBuilder builder) =>
        builder.UseTokenizer().Use(SentenceAnnotator.Instance);
}
