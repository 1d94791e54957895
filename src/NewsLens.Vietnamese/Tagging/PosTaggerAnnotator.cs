using System.Buffers;
using NewsLens.Core;

namespace NewsLens.Vietnamese.Tagging;

/// <summary>Adds the <see cref="Layers.Pos"/> and <see cref="Layers.UPos"/> layers: one tag per word from a <see cref="PosTagger"/>.</summary>
public sealed class PosTaggerAnnotator : IAnnotator
{
    /// <summary>Wraps a tagger.</summary>
    public PosTaggerAnnotator(PosTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        Tagger = tagger;
    }

    /// <summary>The tagger.</summary>
    public PosTagger Tagger { get; }

    /// <inheritdoc />
    public string Name => "pos-tagger/1";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Normalized, Layers.Tokens, Layers.Sentences, Layers.Words];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Provides { get; } = [Layers.Pos, Layers.UPos];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        SpanLayer words = document.Get(Layers.Words);
        int n = words.Count;
        bool[] starts = ArrayPool<bool>.Shared.Rent(Math.Max(1, document.Tokens.Count));
        var tags = new int[n];
        var upos = new int[n];
        try
        {
            Array.Clear(starts);
            for (int i = 0; i < n; i++)
                starts[words.TokenRange(i).First] = true;
            Tagger.TagDocument(document, starts, tags, upos);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(starts);
        }
        document.Set(Layers.Pos, new WordTagLayer(Tagger.Tags, tags));
        document.Set(Layers.UPos, new WordTagLayer(PosTagset.UniversalTags, upos));
    }
}
