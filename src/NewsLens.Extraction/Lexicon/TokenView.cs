using NewsLens.Core;

namespace NewsLens.Extraction.Lexicon;

/// <summary>
/// The tokens of one sentence as seen by the extraction grammars: kinds, normalized texts and lexicon ids, indexed
/// from 0 at the sentence's first token. Reads past either end return id 0 and <see cref="TokenKind.Other"/>, so
/// the grammars never cross a sentence boundary and never need bounds checks of their own.
/// </summary>
internal readonly ref struct TokenView
{
    private readonly ReadOnlySpan<TokenKind> _kinds;
    private readonly ReadOnlySpan<int> _normStarts;
    private readonly ReadOnlySpan<int> _normLengths;
    private readonly ReadOnlySpan<char> _normalized;
    private readonly ReadOnlySpan<ushort> _ids;

    public TokenView(TokenLayer tokens, string normalized, ReadOnlySpan<ushort> documentIds, int first, int count)
    {
        _kinds = tokens.Kinds.Slice(first, count);
        _normStarts = tokens.NormalizedStarts.Slice(first, count);
        _normLengths = tokens.NormalizedLengths.Slice(first, count);
        _normalized = normalized;
        _ids = documentIds.Slice(first, count);
    }

    /// <summary>Number of tokens in the sentence.</summary>
    public int Count => _kinds.Length;

    /// <summary>The lexicon id of token <paramref name="i"/>, 0 when unknown or out of range.</summary>
    public ushort Id(int i) => (uint)i < (uint)_ids.Length ? _ids[i] : (ushort)0;

    /// <summary>True when token <paramref name="i"/> is the syllable <paramref name="id"/> (never for id 0).</summary>
    public bool Is(int i, ushort id) => id != 0 && Id(i) == id;

    /// <summary>The kind of token <paramref name="i"/>, <see cref="TokenKind.Other"/> out of range.</summary>
    public TokenKind Kind(int i) => (uint)i < (uint)_kinds.Length ? _kinds[i] : TokenKind.Other;

    /// <summary>The normalized text of token <paramref name="i"/> (empty out of range).</summary>
    public ReadOnlySpan<char> Text(int i) =>
        (uint)i < (uint)_kinds.Length ? _normalized.Slice(_normStarts[i], _normLengths[i]) : [];

    /// <summary>True when token <paramref name="i"/> follows token i-1 with no space between them.</summary>
    public bool Touches(int i) =>
        i > 0 && i < _kinds.Length && _normStarts[i] == _normStarts[i - 1] + _normLengths[i - 1];

    /// <summary>True when token <paramref name="i"/> starts with an upper-case letter.</summary>
    public bool IsCapitalized(int i)
    {
        ReadOnlySpan<char> text = Text(i);
        return !text.IsEmpty && char.IsUpper(text[0]);
    }

    /// <summary>The lexicon entry of token <paramref name="i"/>.</summary>
    public ref readonly LexEntry Entry(int i) => ref ExtractionLexicon.Entry(Id(i));

    /// <summary>True when token <paramref name="i"/> has the number role.</summary>
    public bool HasRole(int i, NumberRole role) => ExtractionLexicon.Entry(Id(i)).Has(role);
}
