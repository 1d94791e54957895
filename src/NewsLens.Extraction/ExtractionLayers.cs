using NewsLens.Core;
using NewsLens.Extraction.Dates;
using NewsLens.Extraction.Quantities;

namespace NewsLens.Extraction;

/// <summary>The layer keys of the extraction annotators.</summary>
public static class ExtractionLayers
{
    /// <summary>Quantities and money (<see cref="QuantityLayer"/>), set by <see cref="QuantityAnnotator"/>.</summary>
    public static readonly LayerKey<QuantityLayer> Quantities = new("quantities");

    /// <summary>Dates and times (<see cref="DateLayer"/>), set by <see cref="DateAnnotator"/>.</summary>
    public static readonly LayerKey<DateLayer> Dates = new("dates");
}

/// <summary>Reads the extraction layers of a document.</summary>
public static class DocumentExtractionExtensions
{
    /// <summary>The quantities of <paramref name="document"/>, in text order; requires <see cref="ExtractionPipelineExtensions.UseQuantities"/>.</summary>
    /// <exception cref="InvalidOperationException">When the document has no quantities layer.</exception>
    public static ReadOnlySpan<Quantity> GetQuantities(this Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Get(ExtractionLayers.Quantities).All;
    }

    /// <summary>The dates and times of <paramref name="document"/>, in text order; requires <see cref="ExtractionPipelineExtensions.UseDates"/>.</summary>
    /// <exception cref="InvalidOperationException">When the document has no dates layer.</exception>
    public static ReadOnlySpan<DateMention> GetDates(this Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Get(ExtractionLayers.Dates).All;
    }
}
