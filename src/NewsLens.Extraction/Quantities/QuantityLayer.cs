namespace NewsLens.Extraction.Quantities;

/// <summary>
/// The quantities of a document (<see cref="ExtractionLayers.Quantities"/>), in text order. Quantities never overlap
/// one another; they may overlap dates ("hai ngày" of "hai ngày trước" is both a duration and a relative date).
/// </summary>
public sealed class QuantityLayer
{
    private readonly Quantity[] _items;

    /// <summary>Creates the layer. Items must be in text order and must not overlap.</summary>
    /// <exception cref="ArgumentException">When an item starts before the previous one ends.</exception>
    public QuantityLayer(Quantity[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (int i = 1; i < items.Length; i++)
        {
            if (items[i].Start < items[i - 1].End || items[i].FirstToken < items[i - 1].EndToken)
                throw new ArgumentException($"Quantity {i} overlaps quantity {i - 1}.", nameof(items));
        }
        _items = items;
    }

    /// <summary>The empty layer.</summary>
    public static QuantityLayer Empty { get; } = new([]);

    /// <summary>Number of quantities.</summary>
    public int Count => _items.Length;

    /// <summary>Quantity <paramref name="index"/>.</summary>
    public Quantity this[int index] => _items[index];

    /// <summary>All quantities.</summary>
    public ReadOnlySpan<Quantity> All => _items;
}
