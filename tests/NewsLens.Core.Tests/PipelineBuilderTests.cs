using NewsLens.Core;

namespace NewsLens.Core.Tests;

public class PipelineBuilderTests
{
    private static readonly LayerKey<string[]> A = new("a");
    private static readonly LayerKey<string[]> B = new("b");

    private sealed class Stage(string name, LayerKey[] requires, LayerKey<string[]>[] provides) : IAnnotator
    {
        public string Name => name;
        public IReadOnlyList<LayerKey> Requires => requires;
        public IReadOnlyList<LayerKey> Provides => provides;

        public void Annotate(Document document)
        {
            foreach (var key in provides)
                document.Set(key, [name]);
        }
    }

    [Fact]
    public void Build_RequirementNotProvidedEarlier_ThrowsNamingTheLayer()
    {
        // Given a stage that needs "a" before the stage that provides it
        var builder = NewsLensPipeline.CreateBuilder()
            .Use(new Stage("needs-a", [A], [B]))
            .Use(new Stage("makes-a", [], [A]));
        // When built, then the error names the stage and the layer
        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("needs-a", ex.Message);
        Assert.Contains("'a'", ex.Message);
    }

    [Fact]
    public void Build_TwoProvidersOfOneLayer_Throws()
    {
        var builder = NewsLensPipeline.CreateBuilder()
            .Use(new Stage("one", [], [A]))
            .Use(new Stage("two", [], [A]));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void Use_SameNameTwice_RegistersOnce()
    {
        var pipeline = NewsLensPipeline.CreateBuilder()
            .Use(new Stage("one", [], [A]))
            .Use(new Stage("one", [], [A]))
            .Build();
        Assert.Single(pipeline.Annotators);
    }

    [Fact]
    public void Process_RunsStagesInOrder()
    {
        var pipeline = NewsLensPipeline.CreateBuilder()
            .Use(new Stage("makes-a", [], [A]))
            .Use(new Stage("needs-a", [A], [B]))
            .Build();
        Document doc = pipeline.Process("x");
        Assert.Equal("makes-a", doc.Get(A)[0]);
        Assert.Equal("needs-a", doc.Get(B)[0]);
    }

    [Fact]
    public void Get_MissingLayer_ThrowsWithLayerName()
    {
        var doc = new Document("x");
        var ex = Assert.Throws<InvalidOperationException>(() => doc.Get(A));
        Assert.Contains("'a'", ex.Message);
    }
}
