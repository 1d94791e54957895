using NewsLens.Core;

namespace NewsLens.Vietnamese.Ner;

/// <summary>
/// Adds the <see cref="Layers.Entities"/> layer: named-entity mentions (PER, LOC, ORG, MISC) from an
/// <see cref="NerTagger"/>, each covering whole words of one sentence, in text order, never overlapping.
/// </summary>
public sealed class NerAnnotator : IAnnotator
{
    /// <summary>Wraps a tagger.</summary>
    public NerAnnotator(NerTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        Tagger = tagger;
    }

    /// <summary>The tagger.</summary>
    public NerTagger Tagger { get; }

    /// <inheritdoc />
    public string Name => "ner/1";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Normalized, Layers.Tokens, Layers.Sentences, Layers.Words, Layers.Pos];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Provides { get; } = [Layers.Entities];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(Layers.Entities, Recognize(Tagger, document));
    }

    /// <summary>Tags a document and builds its entity layer.</summary>
    internal static SpanLayer Recognize(NerTagger tagger, Document document)
    {
        SpanLayer words = document.Get(Layers.Words);
        WordTagLayer pos = document.Get(Layers.Pos);
        int n = words.Count;
        int[] labels = NerTagger.LabelBuffer(n);
        tagger.TagDocument(document, words, pos, labels.AsSpan(0, n));

        // Entities never cross a sentence: a sentence's first word always begins anew.
        ReadOnlySpan<Sentence> sentences = document.Sentences.All;
        int count = 0;
        int sentence = 0;
        for (int i = 0; i < n; i++)
        {
            int first = words.TokenRange(i).First;
            bool sentenceStart = false;
            while (sentence < sentences.Length && first >= sentences[sentence].EndToken)
            {
                sentence++;
                sentenceStart = true;
            }
            if (i == 0 || (sentence < sentences.Length && sentences[sentence].FirstToken == first))
                sentenceStart = true;
            int type = BioSpans.TypeOf(labels[i]);
            if (type >= 0 && (sentenceStart || BioSpans.IsBegin(labels[i]) || BioSpans.TypeOf(labels[i - 1]) != type))
                count++;
        }
        var starts = new int[count];
        var lengths = new int[count];
        var firstTokens = new int[count];
        var tokenCounts = new int[count];
        var types = new int[count];
        int e = -1;
        sentence = 0;
        for (int i = 0; i < n; i++)
        {
            var (first, tokens) = words.TokenRange(i);
            bool sentenceStart = i == 0;
            while (sentence < sentences.Length && first >= sentences[sentence].EndToken)
            {
                sentence++;
                sentenceStart = true;
            }
            if (sentence < sentences.Length && sentences[sentence].FirstToken == first)
                sentenceStart = true;
            int type = BioSpans.TypeOf(labels[i]);
            if (type < 0)
                continue;
            TextSpan span = words.Span(i);
            if (sentenceStart || BioSpans.IsBegin(labels[i]) || BioSpans.TypeOf(labels[i - 1]) != type)
            {
                e++;
                starts[e] = span.Start;
                firstTokens[e] = first;
                types[e] = type;
            }
            lengths[e] = span.End - starts[e];
            tokenCounts[e] = first + tokens - firstTokens[e];
        }
        return new SpanLayer(NerTagger.EntityTypes, starts, lengths, firstTokens, tokenCounts, types);
    }
}
