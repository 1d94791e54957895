using NewsLens.Core;
using NewsLens.Extraction.Dates;
using NewsLens.Extraction.Entities;
using NewsLens.Extraction.Quantities;
using NewsLens.Extraction.Quotes;

namespace NewsLens.Extraction;

/// <summary>The layer keys of the extraction annotators.</summary>
public static class ExtractionLayers
{
    /// <summary>Quantities and money (<see cref="QuantityLayer"/>), set by <see cref="QuantityAnnotator"/>.</summary>
    public static readonly LayerKey<QuantityLayer> Quantities = new("quantities");

    /// <summary>Dates and times (<see cref="DateLayer"/>), set by <see cref="DateAnnotator"/>.</summary>
    public static readonly LayerKey<DateLayer> Dates = new("dates");

    /// <summary>In-article entities with grouped mentions and titles (<see cref="EntityLayer"/>), set by <see cref="EntityAnnotator"/>.</summary>
    public static readonly LayerKey<EntityLayer> DocumentEntities = new("document-entities");

    /// <summary>Quotes and scare quotes (<see cref="QuoteLayer"/>), set by <see cref="QuoteAnnotator"/>.</summary>
    public static readonly LayerKey<QuoteLayer> Quotes = new("quotes");
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

    /// <summary>The quotes of <paramref name="document"/>; requires <see cref="ExtractionPipelineExtensions.UseQuotes"/>.</summary>
    /// <exception cref="InvalidOperationException">When the document has no quotes layer.</exception>
    public static ReadOnlySpan<Quote> GetQuotes(this Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Get(ExtractionLayers.Quotes).All;
    }

    /// <summary>The in-article entities of <paramref name="document"/>; requires <see cref="ExtractionPipelineExtensions.UseEntities"/>.</summary>
    /// <exception cref="InvalidOperationException">When the document has no entities layer.</exception>
    public static EntityLayer GetEntities(this Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Get(ExtractionLayers.DocumentEntities);
    }
}
