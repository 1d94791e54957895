using System.Buffers;
using NewsLens.Core;

namespace NewsLens.Extraction.Lexicon;

/// <summary>Looks every token up in the <see cref="ExtractionLexicon"/> once per document.</summary>
internal static class TokenClassifier
{
    /// <summary>Writes the lexicon id of each token into <paramref name="ids"/> (0 for numbers, dates, times and unknown words).</summary>
    public static void Classify(TokenLayer tokens, string normalized, Span<ushort> ids)
    {
        ReadOnlySpan<TokenKind> kinds = tokens.Kinds;
        ReadOnlySpan<int> starts = tokens.NormalizedStarts;
        ReadOnlySpan<int> lengths = tokens.NormalizedLengths;
        for (int i = 0; i < kinds.Length; i++)
        {
            ids[i] = kinds[i] is TokenKind.Word or TokenKind.Symbol or TokenKind.Punctuation && lengths[i] <= ExtractionLexicon.MaxKeyLength
                ? ExtractionLexicon.Classify(normalized.AsSpan(starts[i], lengths[i]))
                : kinds[i] == TokenKind.Abbreviation && IsDegreeLetterWithPeriod(normalized.AsSpan(starts[i], lengths[i]))
                    ? ExtractionLexicon.Classify(normalized.AsSpan(starts[i], 1))
                    : (ushort)0;
        }
    }

    /// <summary>
    /// "C." or "F." read as an initial because a capital follows ("30 độ C. Từ đêm nay …"): the letter is still the
    /// scale of "độ C", so it gets the letter's id (the period stays outside the unit's meaning).
    /// </summary>
    private static bool IsDegreeLetterWithPeriod(ReadOnlySpan<char> text) =>
        text is [var letter, '.'] && letter is 'C' or 'F';
}

/// <summary>A growable buffer from the shared array pool: results are copied out once, at the end.</summary>
internal struct PooledList<T> : IDisposable
{
    private T[]? _items;
    private int _count;

    public readonly int Count => _count;

    public readonly ref T this[int index] => ref _items![index];

    public void Add(in T item)
    {
        if (_items is null || _count == _items.Length)
            Grow();
        _items![_count++] = item;
    }

    public void RemoveLast() => _count--;

    public readonly T[] ToArray() => _count == 0 ? [] : _items.AsSpan(0, _count).ToArray();

    /// <summary>The items added so far (valid until the next <see cref="Add"/>).</summary>
    public readonly ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, _count);

    public void Dispose()
    {
        if (_items is not null)
            ArrayPool<T>.Shared.Return(_items);
        _items = null;
        _count = 0;
    }

    private void Grow()
    {
        T[] bigger = ArrayPool<T>.Shared.Rent(_items is null ? 16 : _items.Length * 2);
        if (_items is not null)
        {
            _items.AsSpan(0, _count).CopyTo(bigger);
            ArrayPool<T>.Shared.Return(_items);
        }
        _items = bigger;
    }
}
