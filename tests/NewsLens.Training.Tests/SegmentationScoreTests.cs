using CsCheck;
using NewsLens.Training.Evaluation;

namespace NewsLens.Training.Tests;

public class SegmentationScoreTests
{
    [Fact]
    public void Add_KnownExample_CountsExactMatches()
    {
        // Given gold "Bộ_trưởng Quốc_phòng Mỹ" and prediction "Bộ_trưởng Quốc phòng_Mỹ"
        bool[] gold = [true, false, true, false, true];
        bool[] pred = [true, false, true, true, false];
        var score = new SegmentationScore();
        // When scored, with "Mỹ" out of vocabulary
        score.Add(gold, pred, [false, false, true]);
        // Then one of three gold words and one of three predicted words match
        Assert.Equal(3, score.GoldWords);
        Assert.Equal(3, score.PredictedWords);
        Assert.Equal(1, score.CorrectWords);
        Assert.Equal(0.0, score.OovRecall);
    }

    [Fact]
    public void Add_PredictionEqualsGold_ScoresOne()
    {
        Gen.Bool.Array[1, 60].Sample(starts =>
        {
            var score = new SegmentationScore();
            score.Add(starts, starts);
            return score.F1 == 1.0 && score.GoldWords == score.PredictedWords;
        });
    }

    [Fact]
    public void Add_AnyPrediction_PrecisionAndRecallWithinBounds()
    {
        Gen.Bool.Array[1, 60].SelectMany(g => Gen.Bool.Array[g.Length].Select(p => (g, p))).Sample(t =>
        {
            var score = new SegmentationScore();
            score.Add(t.g, t.p);
            return score.CorrectWords <= score.GoldWords && score.CorrectWords <= score.PredictedWords && score.F1 is >= 0 and <= 1;
        });
    }
}
