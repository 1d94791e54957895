using System.Collections.Immutable;

namespace NewsLens.Core;

/// <summary>
/// An ordered, immutable list of annotators, checked once when built. Thread-safe: share one instance.
/// </summary>
/// <example>
/// <code>
/// var nlp = NewsLensPipeline.CreateBuilder().UseNormalization().UseTokenizer().UseSentences().Build();
/// Document doc = nlp.Process(text);
/// </code>
/// </example>
public sealed class NewsLensPipeline
{
    internal NewsLensPipeline(ImmutableArray<IAnnotator> annotators)
    {
        Annotators = annotators;
    }

    /// <summary>The annotators, in the order they run.</summary>
    public ImmutableArray<IAnnotator> Annotators { get; }

    /// <summary>Starts a new builder.</summary>
    public static PipelineBuilder CreateBuilder() => new();

    /// <summary>Creates a document over <paramref name="text"/> and runs every annotator on it.</summary>
    public Document Process(string text, DateOnly? date = null)
    {
        var document = new Document(text, date);
        Process(document);
        return document;
    }

    /// <summary>Runs every annotator on an existing document.</summary>
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (IAnnotator annotator in Annotators)
            annotator.Annotate(document);
    }
}

/// <summary>
/// Collects annotators and checks their order at <see cref="Build"/>: every required layer must be provided by
/// an earlier annotator, and no two annotators may provide the same layer. Adding an annotator whose
/// <see cref="IAnnotator.Name"/> is already present is a no-op, so <c>Use…</c> extensions can be called twice.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];

    /// <summary>Annotators added so far.</summary>
    public IReadOnlyList<IAnnotator> Annotators => _annotators;

    /// <summary>True when an annotator with this name was added.</summary>
    public bool Contains(string name)
    {
        foreach (IAnnotator a in _annotators)
        {
            if (string.Equals(a.Name, name, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>True when an earlier annotator provides <paramref name="key"/>.</summary>
    public bool Provides(LayerKey key)
    {
        foreach (IAnnotator a in _annotators)
        {
            foreach (LayerKey k in a.Provides)
            {
                if (ReferenceEquals(k, key))
                    return true;
            }
        }
        return false;
    }

    /// <summary>Appends an annotator (once per name).</summary>
    public PipelineBuilder Use(IAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        if (!Contains(annotator.Name))
            _annotators.Add(annotator);
        return this;
    }

    /// <summary>Checks the order and freezes the pipeline.</summary>
    /// <exception cref="InvalidOperationException">When a required layer is not provided earlier, or a layer is provided twice.</exception>
    public NewsLensPipeline Build()
    {
        var provided = new Dictionary<LayerKey, string>(ReferenceEqualityComparer.Instance);
        foreach (IAnnotator annotator in _annotators)
        {
            foreach (LayerKey required in annotator.Requires)
            {
                if (!provided.ContainsKey(required))
                    throw new InvalidOperationException(
                        $"Annotator '{annotator.Name}' requires the '{required.Name}' layer, which no earlier annotator provides.");
            }
            foreach (LayerKey key in annotator.Provides)
            {
                if (provided.TryGetValue(key, out string? other))
                    throw new InvalidOperationException(
                        $"Annotators '{other}' and '{annotator.Name}' both provide the '{key.Name}' layer.");
                provided.Add(key, annotator.Name);
            }
        }
        return new NewsLensPipeline([.. _annotators]);
    }
}
