using System.Buffers;
using NewsLens.Core;

namespace NewsLens.Vietnamese.Segmentation;

/// <summary>Adds the <see cref="Layers.Words"/> layer: each sentence's tokens grouped into words by a <see cref="WordSegmenter"/>.</summary>
public sealed class WordSegmenterAnnotator : IAnnotator
{
    private static readonly string[] WordLabel = ["word"];

    /// <summary>Wraps a segmenter.</summary>
    public WordSegmenterAnnotator(WordSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        Segmenter = segmenter;
    }

    /// <summary>The segmenter.</summary>
    public WordSegmenter Segmenter { get; }

    /// <inheritdoc />
    public string Name => "word-segmenter/1";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Normalized, Layers.Tokens, Layers.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Provides { get; } = [Layers.Words];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        TokenLayer tokens = document.Tokens;
        int n = tokens.Count;
        bool[] starts = ArrayPool<bool>.Shared.Rent(Math.Max(1, n));
        try
        {
            int words = Segmenter.SegmentDocument(document, starts);
            var wordStarts = new int[words];
            var wordLengths = new int[words];
            var firstTokens = new int[words];
            var tokenCounts = new int[words];
            int w = -1;
            ReadOnlySpan<int> tokStarts = tokens.Starts;
            ReadOnlySpan<int> tokLengths = tokens.Lengths;
            for (int t = 0; t < n; t++)
            {
                if (starts[t])
                {
                    w++;
                    wordStarts[w] = tokStarts[t];
                    firstTokens[w] = t;
                }
                tokenCounts[w]++;
                wordLengths[w] = tokStarts[t] + tokLengths[t] - wordStarts[w];
            }
            document.Set(Layers.Words, new SpanLayer(WordLabel, wordStarts, wordLengths, firstTokens, tokenCounts, new int[words]));
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(starts);
        }
    }
}
