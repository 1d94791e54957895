namespace NewsLens.Core;

/// <summary>A view of one token of a document: no copy, no allocation.</summary>
public readonly struct Token
{
    private readonly Document _document;

    /// <summary>Creates the view of token <paramref name="index"/>.</summary>
    public Token(Document document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        if ((uint)index >= (uint)document.Tokens.Count)
            throw new ArgumentOutOfRangeException(nameof(index));
        _document = document;
        Index = index;
    }

    /// <summary>The token's index in the token layer.</summary>
    public int Index { get; }

    /// <summary>Its span in the original text.</summary>
    public TextSpan Span => _document.Tokens.Span(Index);

    /// <summary>Its kind.</summary>
    public TokenKind Kind => _document.Tokens.Kind(Index);

    /// <summary>Its original text.</summary>
    public ReadOnlySpan<char> Text => _document.Slice(Span);

    /// <summary>Its normalized text (NFC, canonical tone marks, folded punctuation).</summary>
    public ReadOnlySpan<char> NormalizedText
    {
        get
        {
            TextSpan span = _document.Tokens.NormalizedSpan(Index);
            return _document.Get(Layers.Normalized).Text.AsSpan(span.Start, span.Length);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text.ToString();
}

/// <summary>Enumerates the tokens of a document as <see cref="Token"/> views.</summary>
public static class DocumentTokenExtensions
{
    /// <summary>The tokens of <paramref name="document"/>, in order.</summary>
    public static TokenEnumerable EnumerateTokens(this Document document) => new(document);
}

/// <summary>A struct enumerable of <see cref="Token"/> views.</summary>
public readonly struct TokenEnumerable(Document document)
{
    /// <summary>The enumerator.</summary>
    public Enumerator GetEnumerator() => new(document);

    /// <summary>A struct enumerator: no allocation.</summary>
    public struct Enumerator(Document document)
    {
        private readonly int _count = document.Tokens.Count;
        private int _index = -1;

        /// <summary>The current token.</summary>
        public readonly Token Current => new(document, _index);

        /// <summary>Moves to the next token.</summary>
        public bool MoveNext() => ++_index < _count;
    }
}
