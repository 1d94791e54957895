namespace NewsLens.Extraction.Dates;

/// <summary>
/// The date and time mentions of a document (<see cref="ExtractionLayers.Dates"/>), in text order. Mentions never
/// overlap one another; they may overlap quantities.
/// </summary>
public sealed class DateLayer
{
    private readonly DateMention[] _items;

    /// <summary>Creates the layer. Items must be in text order and must not overlap.</summary>
    /// <exception cref="ArgumentException">When an item starts before the previous one ends.</exception>
    public DateLayer(DateMention[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (int i = 1; i < items.Length; i++)
        {
            if (items[i].Start < items[i - 1].End || items[i].FirstToken < items[i - 1].EndToken)
                throw new ArgumentException($"Date {i} overlaps date {i - 1}.", nameof(items));
        }
        _items = items;
    }

    /// <summary>The empty layer.</summary>
    public static DateLayer Empty { get; } = new([]);

    /// <summary>Number of mentions.</summary>
    public int Count => _items.Length;

    /// <summary>Mention <paramref name="index"/>.</summary>
    public DateMention this[int index] => _items[index];

    /// <summary>All mentions.</summary>
    public ReadOnlySpan<DateMention> All => _items;
}
