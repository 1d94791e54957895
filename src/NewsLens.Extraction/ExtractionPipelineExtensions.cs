using NewsLens.Core;
using NewsLens.Extraction.Dates;
using NewsLens.Extraction.Quantities;
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
}
