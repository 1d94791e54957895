using System.Runtime.CompilerServices;

namespace NewsLens.Core;

/// <summary>
/// The tokens of a document, stored column-wise. Token i covers <see cref="Span"/>(i) of the original text and
/// <see cref="NormalizedSpan"/>(i) of the normalized text. Tokens are in text order, never overlap, and the text
/// between two tokens is whitespace only (or zero-width characters): tokens plus gaps give back the text exactly.
/// </summary>
public sealed class TokenLayer
{
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly int[] _normStarts;
    private readonly int[] _normLengths;
    private readonly TokenKind[] _kinds;

    internal TokenLayer(int count, int[] starts, int[] lengths, int[] normStarts, int[] normLengths, TokenKind[] kinds)
    {
        Count = count;
        _starts = starts;
        _lengths = lengths;
        _normStarts = normStarts;
        _normLengths = normLengths;
        _kinds = kinds;
    }

    /// <summary>The empty layer.</summary>
    public static TokenLayer Empty { get; } = new(0, [], [], [], [], []);

    /// <summary>Number of tokens.</summary>
    public int Count { get; }

    /// <summary>Span of token <paramref name="index"/> in the original text.</summary>
    public TextSpan Span(int index)
    {
        CheckIndex(index);
        return new TextSpan(_starts[index], _lengths[index]);
    }

    /// <summary>Span of token <paramref name="index"/> in the normalized text.</summary>
    public TextSpan NormalizedSpan(int index)
    {
        CheckIndex(index);
        return new TextSpan(_normStarts[index], _normLengths[index]);
    }

    /// <summary>Kind of token <paramref name="index"/>.</summary>
    public TokenKind Kind(int index)
    {
        CheckIndex(index);
        return _kinds[index];
    }

    /// <summary>Original start offsets, one per token.</summary>
    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    /// <summary>Original lengths, one per token.</summary>
    public ReadOnlySpan<int> Lengths => _lengths.AsSpan(0, Count);

    /// <summary>Normalized start offsets, one per token.</summary>
    public ReadOnlySpan<int> NormalizedStarts => _normStarts.AsSpan(0, Count);

    /// <summary>Normalized lengths, one per token.</summary>
    public ReadOnlySpan<int> NormalizedLengths => _normLengths.AsSpan(0, Count);

    /// <summary>Kinds, one per token.</summary>
    public ReadOnlySpan<TokenKind> Kinds => _kinds.AsSpan(0, Count);

    /// <summary>A builder that appends tokens in text order.</summary>
    public static Builder CreateBuilder(int capacity = 64) => new(capacity);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Token index must be within [0, {Count}).");
    }

    private static T[] Grown<T>(T[] array, int size) where T : unmanaged
    {
        T[] bigger = GC.AllocateUninitializedArray<T>(size);
        array.AsSpan().CopyTo(bigger);
        return bigger;
    }

    /// <summary>Appends tokens in text order; <see cref="Build"/> freezes them.</summary>
    public sealed class Builder
    {
        private int[] _starts;
        private int[] _lengths;
        private int[] _normStarts;
        private int[] _normLengths;
        private TokenKind[] _kinds;
        private int _count;
        private int _lastEnd;
        private int _lastNormEnd;

        internal Builder(int capacity)
        {
            // Every slot is written before it is read (Count bounds all reads): skip zeroing large columns.
            capacity = Math.Max(capacity, 4);
            _starts = GC.AllocateUninitializedArray<int>(capacity);
            _lengths = GC.AllocateUninitializedArray<int>(capacity);
            _normStarts = GC.AllocateUninitializedArray<int>(capacity);
            _normLengths = GC.AllocateUninitializedArray<int>(capacity);
            _kinds = GC.AllocateUninitializedArray<TokenKind>(capacity);
        }

        /// <summary>Tokens added so far.</summary>
        public int Count => _count;

        /// <summary>Appends a token.</summary>
        /// <exception cref="ArgumentException">When the token starts before the previous one ends.</exception>
        public void Add(TextSpan original, TextSpan normalized, TokenKind kind)
        {
            if (original.Start < _lastEnd || normalized.Start < _lastNormEnd)
                throw new ArgumentException($"Tokens must be added in order without overlap (token {_count} at {original}).", nameof(original));
            if (_count == _starts.Length)
                Grow();
            _starts[_count] = original.Start;
            _lengths[_count] = original.Length;
            _normStarts[_count] = normalized.Start;
            _normLengths[_count] = normalized.Length;
            _kinds[_count] = kind;
            _count++;
            _lastEnd = original.End;
            _lastNormEnd = normalized.End;
        }

        /// <summary>Freezes the tokens into a layer. The builder must not be used afterwards.</summary>
        public TokenLayer Build() => new(_count, _starts, _lengths, _normStarts, _normLengths, _kinds);

        private void Grow()
        {
            int size = _starts.Length * 2;
            _starts = Grown(_starts, size);
            _lengths = Grown(_lengths, size);
            _normStarts = Grown(_normStarts, size);
            _normLengths = Grown(_normLengths, size);
            _kinds = Grown(_kinds, size);
        }
    }
}
