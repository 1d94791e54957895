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

    /// <summary>
    /// Tags a document and builds its entity layer. The tagger reads capitalized multi-syllable words syllable by
    /// syllable (<see cref="NerTagger.SplitsIntoSyllables"/>); an entity that ends inside such a word is widened to
    /// the whole word, and two entities that then overlap (the segmenter joined "Điện Kremlin" and "Dmitry Peskov"
    /// into one word) become one, of the type that covered more of it (the later on a tie).
    /// </summary>
    internal static SpanLayer Recognize(NerTagger tagger, Document document)
    {
        SpanLayer words = document.Get(Layers.Words);
        WordTagLayer pos = document.Get(Layers.Pos);
        int tokenCount = document.Tokens.Count;
        ReadOnlySpan<Sentence> sentences = document.Sentences.All;
        int[] unitTokens = NerTagger.UnitBuffer(tokenCount + 1);
        int[] labels = NerTagger.LabelBuffer(tokenCount + 1);
        int[] sentenceEnds = NerTagger.SentenceBuffer(sentences.Length);
        tagger.TagDocument(document, words, pos, unitTokens, labels, sentenceEnds);

        var found = new List<(int FirstWord, int LastWord, int Type, int Tokens)>();
        int unitStart = 0;
        for (int si = 0; si < sentences.Length; si++)
        {
            int unitEnd = sentenceEnds[si];
            int i = unitStart;
            while (i < unitEnd)
            {
                int type = BioSpans.TypeOf(labels[i]);
                if (type < 0)
                {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < unitEnd && labels[j] != 0 && !BioSpans.IsBegin(labels[j]) && BioSpans.TypeOf(labels[j]) == type)
                    j++;
                int firstToken = unitTokens[i];
                int endToken = j < unitEnd ? unitTokens[j] : sentences[si].EndToken;
                int firstWord = WordOf(words, firstToken);
                int lastWord = WordOf(words, endToken - 1);
                int tokens = endToken - firstToken;
                if (found.Count > 0 && found[^1].LastWord >= firstWord)
                {
                    var previous = found[^1];
                    int merged = tokens >= previous.Tokens ? type : previous.Type;
                    found[^1] = (previous.FirstWord, Math.Max(previous.LastWord, lastWord), merged, Math.Max(tokens, previous.Tokens));
                }
                else
                {
                    found.Add((firstWord, lastWord, type, tokens));
                }
                i = j;
            }
            unitStart = unitEnd;
        }

        int count = found.Count;
        var starts = new int[count];
        var lengths = new int[count];
        var firstTokens = new int[count];
        var tokenCounts = new int[count];
        var types = new int[count];
        for (int e = 0; e < count; e++)
        {
            var (a, b, type, _) = found[e];
            TextSpan first = words.Span(a), last = words.Span(b);
            var (t0, _) = words.TokenRange(a);
            var (t1, n1) = words.TokenRange(b);
            starts[e] = first.Start;
            lengths[e] = last.End - first.Start;
            firstTokens[e] = t0;
            tokenCounts[e] = t1 + n1 - t0;
            types[e] = type;
        }
        return new SpanLayer(NerTagger.EntityTypes, starts, lengths, firstTokens, tokenCounts, types);
    }

    /// <summary>The word that holds token <paramref name="token"/> (words tile the tokens in order).</summary>
    private static int WordOf(SpanLayer words, int token)
    {
        int lo = 0, hi = words.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (words.TokenRange(mid).First <= token)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
}
