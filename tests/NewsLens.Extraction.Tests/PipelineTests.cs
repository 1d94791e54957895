using NewsLens.Core;
using NewsLens.Extraction.Dates;
using NewsLens.Extraction.Quantities;
using NewsLens.Text;

namespace NewsLens.Extraction.Tests;

public class PipelineTests
{
    [Fact]
    public void UseQuantitiesAndUseDates_AddTheTextStagesOnceAndTheirOwnAnnotators()
    {
        // Given a builder where the extensions are called twice
        NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder()
            .UseQuantities().UseDates().UseQuantities().UseSentences().Build();
        // Then each annotator appears once, after the sentence splitter
        string[] names = pipeline.Annotators.Select(a => a.Name).ToArray();
        Assert.Equal(["normalizer/1", "tokenizer/1", "sentences/1", "quantities/1", "dates/1"], names);
    }

    [Fact]
    public void Annotators_DeclareTheLayersTheyNeedAndProvide()
    {
        Assert.Equal([Layers.Normalized, Layers.Tokens, Layers.Sentences], QuantityAnnotator.Instance.Requires);
        Assert.Equal([ExtractionLayers.Quantities], QuantityAnnotator.Instance.Provides);
        Assert.Equal([Layers.Normalized, Layers.Tokens, Layers.Sentences], DateAnnotator.Instance.Requires);
        Assert.Equal([ExtractionLayers.Dates], DateAnnotator.Instance.Provides);
    }

    [Fact]
    public void Build_ExtractionBeforeTheSentenceSplitter_IsRefused()
    {
        PipelineBuilder builder = NewsLensPipeline.CreateBuilder().UseTokenizer().Use(QuantityAnnotator.Instance);
        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("sentences", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_EmptyText_GivesEmptyLayers()
    {
        Document doc = Extract.Pipeline.Process("", new DateOnly(2024, 1, 1));
        Assert.Equal(0, doc.GetQuantities().Length);
        Assert.Equal(0, doc.GetDates().Length);
    }

    [Fact]
    public void Layers_RejectOverlappingItems()
    {
        var a = new Quantity(new TextSpan(0, 5), 0, 2, 1, null, null, UnitKind.None, QuantityModifier.None);
        var b = new Quantity(new TextSpan(3, 5), 1, 2, 1, null, null, UnitKind.None, QuantityModifier.None);
        Assert.Throws<ArgumentException>(() => new QuantityLayer([a, b]));
    }
}
