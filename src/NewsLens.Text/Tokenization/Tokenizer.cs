using NewsLens.Core;

namespace NewsLens.Text.Tokenization;

/// <summary>A token found by the <see cref="Tokenizer"/>: a span of the text it ran on, and its kind.</summary>
public readonly record struct RawToken(TextSpan Span, TokenKind Kind);

/// <summary>PLACEHOLDER: replaced by the real tokenizer.</summary>
public static class Tokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/> without allocating.</summary>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);
}

/// <summary>Struct enumerator over the tokens of a text.</summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _pos;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
        Current = default;
    }

    /// <summary>The current token.</summary>
    public RawToken Current { get; private set; }

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next token.</summary>
    public bool MoveNext()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
            _pos++;
        if (_pos >= _text.Length)
            return false;
        int start = _pos;
        while (_pos < _text.Length && !char.IsWhiteSpace(_text[_pos]))
            _pos++;
        Current = new RawToken(new TextSpan(start, _pos - start), TokenKind.Word);
        return true;
    }
}
