using NewsLens.Testing;
using NewsLens.Training.Corpora;
using NewsLens.Training.Segmentation;

namespace NewsLens.Vietnamese.Tests;

public class ShippedSegmenterTests
{
    private static readonly Lazy<VietnameseModels> Models = new(VietnameseModels.LoadDefault);

    [Fact]
    public void LoadDefault_ShippedModel_IsASegmenterWithItsLexicon()
    {
        Assert.Equal("ws", Models.Value.Segmenter.Model.Kind);
        Assert.True(Models.Value.Segmenter.Lexicon.WordCount > 50_000);
    }

    [DataFact("ud-vietnamese-vtb/vi_vtb-ud-dev.conllu")]
    public void ShippedModel_UdVtbDev_WordF1AboveFloor()
    {
        // Given the shipped model and the UD VTB dev set (gold syllables); the figure is deterministic
        var (_, gold) = CorpusReader.Read(TestPaths.DataFile("ud-vietnamese-vtb/vi_vtb-ud-dev.conllu")!);
        // When evaluated
        var (score, _, _) = SegmenterTrainer.Evaluate(Models.Value.Segmenter, gold);
        // Then word F1 stays at or above the floor measured when the model shipped (97.75)
        Assert.True(score.F1 >= 0.975, $"word F1 {score.F1:P2}");
    }
}
