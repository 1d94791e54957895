using NewsLens.Core;
using NewsLens.Extraction.Dates;
using NewsLens.Extraction.Entities;
using NewsLens.Extraction.Quantities;
using NewsLens.Extraction.Quotes;
using NewsLens.Text;

namespace NewsLens.Extraction;

/// <summary>Fluent registration of the extraction stages on a <see cref="PipelineBuilder"/>. Each call is idempotent.</summary>
public static class ExtractionPipelineExtensions
{
    /// <summary>Adds quantity and money extraction (and the sentence splitter before it, if missing).</summary>
    public static PipelineBuilder UseQuantities(this PipelineBuilder builder) =>
        builder.UseSentences().Use(QuantityAnnotator.Instance);

    /// <summary>Adds date and time extraction (and the sentence splitter before it, if missing).</summary>
    public static PipelineBuilder UseDates(this PipelineBuilder builder) =>
        builder.UseSentences().Use(DateAnnotator.Instance);

    /// <summary>
    /// Adds in-article entities: mentions grouped per entity, with titles. Reads <see cref="Layers.Entities"/> (NER)
    /// when a stage before provides it, and finds names itself otherwise. Add NER before this call to use it.
    /// </summary>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder) =>
        builder.UseSentences().Use(EntityAnnotator.Instance);

    /// <summary>Adds quotes and speakers (and the in-article entities they point at, if missing).</summary>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder) =>
        builder.UseEntities().Use(QuoteAnnotator.Instance);
}
