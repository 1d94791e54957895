using System.Text.Json;
using NewsLens.Learning;

namespace NewsLens.Learning.Tests;

public class PerceptronTrainerTests
{
    private static readonly ToyFeaturizer Featurizer = new();
    private static readonly List<LabeledSequence<ulong[]>> Train = ToyTask.Generate(1500, seed: 1);
    private static readonly List<LabeledSequence<ulong[]>> Dev = ToyTask.Generate(300, seed: 2);
    private static readonly List<LabeledSequence<ulong[]>> Test = ToyTask.Generate(300, seed: 3);
    private static readonly Lazy<LinearChainModel> Trained = new(() =>
        PerceptronTrainer.Train(Featurizer, Train, Dev, ToyTask.Options()));

    internal static LinearChainModel Model => Trained.Value;

    internal static List<LabeledSequence<ulong[]>> TestSet => Test;

    internal static double Accuracy(SequenceTagger<ulong[]> tagger, List<LabeledSequence<ulong[]>> data, bool greedy = false)
    {
        long right = 0, total = 0;
        foreach (LabeledSequence<ulong[]> s in data)
        {
            var pred = new int[s.Labels.Length];
            if (greedy)
                tagger.PredictGreedy(s.Input, pred);
            else
                tagger.Predict(s.Input, pred);
            for (int i = 0; i < pred.Length; i++)
                right += pred[i] == s.Labels[i] ? 1 : 0;
            total += pred.Length;
        }
        return (double)right / total;
    }

    [Fact]
    public void Train_ToySegmentation_TagsHeldOutDataAccurately()
    {
        // Given a perceptron trained on toy segmentation (a hidden lexicon decides B/I)
        var tagger = new SequenceTagger<ulong[]>(Model, Featurizer);
        // When it tags held-out sentences
        double viterbi = Accuracy(tagger, Test);
        double greedy = Accuracy(tagger, Test, greedy: true);
        // Then nearly every syllable is right, and the metadata records the training
        Assert.True(viterbi >= 0.97, $"Viterbi accuracy {viterbi:P2}");
        Assert.True(greedy >= 0.95, $"greedy accuracy {greedy:P2}");
        TrainingSummary summary = Model.Metadata.Training!;
        Assert.Equal("averaged-perceptron", summary.Algorithm);
        Assert.InRange(summary.BestEpoch, 1, summary.Epochs);
        Assert.True(summary.DevAccuracy >= 0.97);
        Assert.Equal(Train.Count, summary.TrainSequences);
    }

    [Fact]
    public void Train_SameDataAndSeed_GivesByteIdenticalFiles()
    {
        // Given two trainings with the same data and seed
        LinearChainModel a = PerceptronTrainer.Train(Featurizer, Train.GetRange(0, 400), Dev, ToyTask.Options(seed: 5, maxEpochs: 3));
        LinearChainModel b = PerceptronTrainer.Train(Featurizer, Train.GetRange(0, 400), Dev, ToyTask.Options(seed: 5, maxEpochs: 3));
        // When both are saved
        // Then the bytes are identical
        Assert.Equal(Bytes(a), Bytes(b));
    }

    [Fact]
    public void Train_ReportsProgressPerEpochWithDevScores()
    {
        // Given a progress sink that records reports synchronously
        var reports = new List<TrainingProgress>();
        var sink = new SyncProgress(reports.Add);
        // When training with a dev set
        PerceptronTrainer.Train(Featurizer, Train.GetRange(0, 300), Dev, ToyTask.Options(maxEpochs: 3) with { ProgressInterval = 100 }, sink);
        // Then there are mid-epoch reports and an end-of-epoch report with a dev score for each epoch
        Assert.Contains(reports, r => r.DevAccuracy is null && r.SequencesDone == 100);
        TrainingProgress[] ends = reports.Where(r => r.DevAccuracy is not null).ToArray();
        Assert.Equal(Enumerable.Range(1, ends.Length), ends.Select(r => r.Epoch));
        Assert.All(ends, r => Assert.Equal(r.SequenceCount, r.SequencesDone));
    }

    [Fact]
    public void Train_NoImprovementForPatienceEpochs_StopsEarly()
    {
        // Given a trivially learnable task (every label is B) and a dev set
        var data = Train.GetRange(0, 50).Select(s => new LabeledSequence<ulong[]>(s.Input, new int[s.Labels.Length])).ToList();
        // When training with patience 2 and up to 30 epochs
        LinearChainModel model = PerceptronTrainer.Train(Featurizer, data, data, ToyTask.Options(maxEpochs: 30) with { Patience = 2 });
        // Then the first epoch is best and training stops two epochs later
        Assert.Equal(1, model.Metadata.Training!.BestEpoch);
        Assert.Equal(3, model.Metadata.Training.Epochs);
    }

    [Fact]
    public void Train_LabelOutsideTheLabelSet_Throws()
    {
        // Given an example with label 2 for a two-label task
        var bad = new List<LabeledSequence<ulong[]>> { new([1UL, 2UL], [0, 2]) };
        // Then training refuses it with the position named
        var e = Assert.Throws<ArgumentException>(() => PerceptronTrainer.Train(Featurizer, bad, null, ToyTask.Options()));
        Assert.Contains("position 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_PropertiesAndCreated_AreStoredInTheMetadata()
    {
        // Given options carrying corpus properties
        var props = new Dictionary<string, JsonElement> { ["corpus"] = JsonDocument.Parse("\"toy\"").RootElement.Clone() };
        var created = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        LinearChainModel model = PerceptronTrainer.Train(Featurizer, Train.GetRange(0, 50), null,
            ToyTask.Options(maxEpochs: 1) with { Properties = props, Created = created });
        // When saved and loaded
        using var stream = new MemoryStream(Bytes(model));
        LinearChainModel loaded = LinearChainModel.Load(stream, "ws");
        // Then they survive
        Assert.Equal("toy", loaded.Metadata.Properties["corpus"].GetString());
        Assert.Equal(created, loaded.Metadata.Created);
        Assert.Equal(["B", "I"], loaded.Labels);
        Assert.Equal("toy-window-v1", loaded.Metadata.FeatureSignature);
    }

    internal static byte[] Bytes(LinearChainModel model, WeightEncoding encoding = WeightEncoding.Float32)
    {
        using var stream = new MemoryStream();
        model.Save(stream, encoding);
        return stream.ToArray();
    }

    private sealed class SyncProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}

public class PerceptronDevMetricTests
{
    [Fact]
    public void Train_WithDevMetric_SelectsTheEpochTheMetricPrefers()
    {
        // Given a metric that prefers earlier epochs (it falls with each call), so no later epoch ever beats the first
        var train = ToyTask.Generate(300, seed: 11);
        var dev = ToyTask.Generate(60, seed: 12);
        int calls = 0;
        int sequences = -1;
        PerceptronOptions options = ToyTask.Options(maxEpochs: 6) with
        {
            Patience = 2,
            DevMetric = (gold, predicted) =>
            {
                sequences = gold.Count;
                Assert.Equal(gold.Count, predicted.Count);
                return -(++calls);
            },
        };
        // When training
        LinearChainModel model = PerceptronTrainer.Train(new ToyFeaturizer(), train, dev, options);
        // Then the metric saw every dev sequence, the first epoch was kept, and training stopped after the patience ran out
        Assert.Equal(dev.Count, sequences);
        Assert.Equal(1, model.Metadata.Training!.BestEpoch);
        Assert.Equal(3, model.Metadata.Training.Epochs);
        Assert.Equal(-1, model.Metadata.Training.DevAccuracy);
    }
}
