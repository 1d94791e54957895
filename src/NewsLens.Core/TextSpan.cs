namespace NewsLens.Core;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a text. Unless a member says otherwise,
/// spans in NewsLens point into the <em>original</em> text of a <see cref="Document"/>.
/// </summary>
/// <param name="Start">Offset of the first code unit, 0-based.</param>
/// <param name="Length">Number of code units; never negative.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset one past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no code unit.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from a start and an exclusive end.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>Returns the covered slice of <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>The span as a <see cref="Range"/>.</summary>
    public Range ToRange() => new(Start, End);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
