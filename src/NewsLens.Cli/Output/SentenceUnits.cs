using NewsLens.Core;

namespace NewsLens.Cli.Output;

/// <summary>
/// The units the text and CoNLL-U views list per sentence: the words when the document has a word layer, else the
/// tokens.
/// </summary>
internal readonly struct SentenceUnits(Document document)
{
    private readonly SpanLayer? _words = document.Find(Layers.Words);
    private readonly TokenLayer _tokens = document.Tokens;
    private readonly WordTagLayer? _pos = document.Find(Layers.Pos);
    private readonly WordTagLayer? _upos = document.Find(Layers.UPos);
    private readonly string?[]? _entityTags = EntityTags(document);

    /// <summary>The VietTreebank/VLSP tag of a unit (a word), or null without POS tags.</summary>
    public string? Pos(int unit) => _words is null ? null : _pos?.Tag(unit);

    /// <summary>The Universal POS tag of a unit (a word), or null without POS tags.</summary>
    public string? UPos(int unit) => _words is null ? null : _upos?.Tag(unit);

    /// <summary>The unit's entity tag in BIO form ("B-PER", "I-PER"), or null outside entities or without them.</summary>
    public string? Entity(int unit) => _entityTags?[unit];

    /// <summary>The BIO tag of each word from the entities layer, or null without words or entities.</summary>
    private static string?[]? EntityTags(Document document)
    {
        if (document.Find(Layers.Words) is not { } words || document.Find(Layers.Entities) is not { } entities)
            return null;
        var tags = new string?[words.Count];
        int w = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            var (first, count) = entities.TokenRange(e);
            while (w < words.Count && words.TokenRange(w).First < first)
                w++;
            string type = entities.LabelName(e);
            for (int k = w; k < words.Count && words.TokenRange(k).First < first + count; k++)
                tags[k] = (k == w ? "B-" : "I-") + type;
        }
        return tags;
    }

    /// <summary>The units of sentence <paramref name="s"/>: [first, end) unit indices.</summary>
    public (int First, int End) Range(Sentence s) =>
        _words is null ? (s.FirstToken, s.EndToken) : WordRange(_words, s);

    /// <summary>The original span of unit <paramref name="unit"/>.</summary>
    public TextSpan Span(int unit) => _words?.Span(unit) ?? _tokens.Span(unit);

    /// <summary>The kind of the unit's first token.</summary>
    public TokenKind Kind(int unit) => _tokens.Kind(_words is null ? unit : _words.TokenRange(unit).First);

    /// <summary>The words of a sentence: [first, end) word indices (words never cross sentences).</summary>
    public static (int Start, int End) WordRange(SpanLayer words, Sentence s)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words.TokenRange(mid).First < s.FirstToken)
                lo = mid + 1;
            else
                hi = mid;
        }
        int end = lo;
        while (end < words.Count && words.TokenRange(end).First < s.EndToken)
            end++;
        return (lo, end);
    }

}
