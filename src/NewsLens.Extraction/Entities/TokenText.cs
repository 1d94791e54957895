using System.Collections.Frozen;
using NewsLens.Core;
using NewsLens.Text.Encodings;

namespace NewsLens.Extraction.Entities;

/// <summary>
/// The tokens of a document as the entity and quote rules read them: lower-cased normalized syllables (views into one
/// lower-cased copy of the normalized text, made once per document), capitalization, kinds, sentence and paragraph
/// of every token, and the original quotation mark characters.
/// </summary>
internal sealed class TokenText
{
    private readonly string _lower;
    private readonly string _normalized;
    private readonly TokenLayer _tokens;
    private readonly int[] _sentence;

    public TokenText(Document document)
    {
        Document = document;
        _tokens = document.Tokens;
        _normalized = document.Get(Layers.Normalized).Text;
        _lower = string.Create(_normalized.Length, _normalized, static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++)
                dst[i] = char.ToLowerInvariant(src[i]);
        });
        Sentences = document.Sentences;
        _sentence = new int[_tokens.Count];
        ReadOnlySpan<Sentence> all = Sentences.All;
        for (int s = 0; s < all.Length; s++)
            _sentence.AsSpan(all[s].FirstToken, all[s].TokenCount).Fill(s);
        if (document.Find(Layers.Words) is { } words)
        {
            _wordStart = new bool[_tokens.Count + 1];
            _wordStart[_tokens.Count] = true;
            for (int w = 0; w < words.Count; w++)
                _wordStart[words.TokenRange(w).First] = true;
        }
    }

    private readonly bool[]? _wordStart;

    /// <summary>True when tokens [i, i + n) are whole words (always true without a words layer): "kể" of "đáng kể" is not.</summary>
    public bool WholeWords(int i, int n) => _wordStart is null || (_wordStart[i] && _wordStart[Math.Min(i + n, _tokens.Count)]);

    public Document Document { get; }

    public SentenceLayer Sentences { get; }

    public int Count => _tokens.Count;

    public TokenKind Kind(int i) => (uint)i < (uint)_tokens.Count ? _tokens.Kinds[i] : TokenKind.Other;

    /// <summary>The lower-cased normalized text of token i (empty out of range).</summary>
    public ReadOnlySpan<char> Low(int i)
    {
        if ((uint)i >= (uint)_tokens.Count)
            return [];
        return _lower.AsSpan(_tokens.NormalizedStarts[i], _tokens.NormalizedLengths[i]);
    }

    /// <summary>The normalized text of token i, case kept.</summary>
    public ReadOnlySpan<char> Norm(int i) =>
        (uint)i < (uint)_tokens.Count ? _normalized.AsSpan(_tokens.NormalizedStarts[i], _tokens.NormalizedLengths[i]) : [];

    public bool Is(int i, string lower) => Low(i).SequenceEqual(lower);

    public bool IsCap(int i)
    {
        ReadOnlySpan<char> t = Norm(i);
        return !t.IsEmpty && char.IsUpper(t[0]) && (Kind(i) == TokenKind.Word || Kind(i) == TokenKind.Abbreviation);
    }

    /// <summary>True for a capitalized token that is not a valid Vietnamese syllable (a foreign name: "Kuleba", "IDF").</summary>
    public bool IsForeign(int i) => IsCap(i) && (Kind(i) == TokenKind.Abbreviation || !VietnameseSyllable.IsValid(Norm(i)));

    public int Start(int i) => _tokens.Starts[i];

    public int End(int i) => _tokens.Starts[i] + _tokens.Lengths[i];

    /// <summary>The original span of tokens [first, end).</summary>
    public TextSpan Span(int first, int end) => TextSpan.FromBounds(Start(first), End(end - 1));

    public int SentenceOf(int i) => _sentence[i];

    public int ParagraphOf(int i) => Sentences[_sentence[i]].Paragraph;

    /// <summary>The first character of token i in the original text.</summary>
    public char Original(int i) => Document.Text[_tokens.Starts[i]];

    /// <summary>True when token i follows token i-1 with no space between them.</summary>
    public bool Touches(int i) => i > 0 && i < _tokens.Count && Start(i) == End(i - 1);

    public bool IsPunct(int i, char c)
    {
        ReadOnlySpan<char> t = Low(i);
        return t.Length == 1 && t[0] == c && (Kind(i) == TokenKind.Punctuation || Kind(i) == TokenKind.Quote);
    }

    /// <summary>True when token i ends a clause: , ; : or a dash.</summary>
    public bool IsClauseMark(int i) => IsPunct(i, ',') || IsPunct(i, ';') || IsPunct(i, ':') || IsPunct(i, '-');
}

/// <summary>A set of lower-case phrases of one or more syllables, matched longest first at a token.</summary>
internal sealed class PhraseSet
{
    private readonly FrozenDictionary<string, string[][]> _byFirst;
    private readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseSet(IEnumerable<string> phrases)
    {
        var groups = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (string phrase in phrases)
        {
            string[] parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
                continue;
            if (!groups.TryGetValue(parts[0], out List<string[]>? list))
                groups[parts[0]] = list = [];
            list.Add(parts);
        }
        _byFirst = groups.ToFrozenDictionary(
            g => g.Key,
            g => g.Value.OrderByDescending(p => p.Length).ToArray(),
            StringComparer.Ordinal);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of tokens of the longest phrase starting at token i (not past <paramref name="limit"/>), or 0.</summary>
    public int Match(TokenText t, int i, int limit)
    {
        if (i >= limit || !_lookup.TryGetValue(t.Low(i), out string[][]? candidates))
            return 0;
        foreach (string[] parts in candidates)
        {
            if (i + parts.Length > limit)
                continue;
            int k = 1;
            while (k < parts.Length && t.Low(i + k).SequenceEqual(parts[k]))
                k++;
            if (k == parts.Length)
                return parts.Length;
        }
        return 0;
    }

    /// <summary>The number of tokens of a phrase ending just before token <paramref name="end"/> (not before <paramref name="floor"/>), longest first, or 0.</summary>
    public int MatchEndingAt(TokenText t, int end, int floor)
    {
        for (int len = 5; len >= 1; len--)
        {
            int i = end - len;
            if (i < floor)
                continue;
            if (Match(t, i, end) == len)
                return len;
        }
        return 0;
    }
}
