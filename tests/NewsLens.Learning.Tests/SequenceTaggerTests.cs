using NewsLens.Learning;

namespace NewsLens.Learning.Tests;

public class SequenceTaggerTests
{
    /// <summary>Writes many copies of one unigram feature: exercises the pooled (non-stack) buffers.</summary>
    private sealed class WideFeaturizer : ISequenceFeaturizer<ulong[]>
    {
        public int MaxFeaturesPerPosition => 300;

        public string Signature => "toy-window-v1";

        public void Featurize(ulong[] input, int position, ref FeatureWriter writer)
        {
            for (int k = 0; k < 150; k++)
                writer.Add(1, input[position]);
        }
    }

    [Fact]
    public void Predict_SteadyState_AllocatesNothing()
    {
        // Given a tagger that has already tagged once (warm)
        var tagger = new SequenceTagger<ulong[]>(PerceptronTrainerTests.Model, new ToyFeaturizer());
        var data = PerceptronTrainerTests.TestSet;
        var labels = new int[64];
        foreach (LabeledSequence<ulong[]> s in data)
            tagger.Predict(s.Input, labels.AsSpan(0, s.Labels.Length));
        // When it tags the whole test set again, with Viterbi and greedily
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (LabeledSequence<ulong[]> s in data)
        {
            tagger.Predict(s.Input, labels.AsSpan(0, s.Labels.Length));
            tagger.PredictGreedy(s.Input, labels.AsSpan(0, s.Labels.Length));
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // Then nothing was allocated
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Predict_LongSequenceAndManyFeatures_MatchesShortCalls()
    {
        // Given a 5000-position input (pooled emission buffers) and 150 features per position (pooled feature buffers)
        LinearChainModel model = PerceptronTrainerTests.Model;
        var wide = new SequenceTagger<ulong[]>(model, new WideFeaturizer());
        ulong[] input = PerceptronTrainerTests.TestSet.SelectMany(s => s.Input).Take(5000).ToArray();
        var labels = new int[input.Length];
        // When it is tagged
        wide.Predict(input, labels);
        // Then the per-position scores equal 150 × the unigram weight row
        var scores = new float[input.Length * 2];
        wide.Score(input, input.Length, scores);
        ReadOnlySpan<float> row = model.GetWeights(FeatureHash.Combine(1, input[0]));
        float expected = row.IsEmpty ? 0 : row[0] * 150;
        Assert.Equal(expected, scores[0], 2f);
        Assert.All(labels, y => Assert.InRange(y, 0, 1));
    }

    [Fact]
    public void Predict_EmptySequence_DoesNothing()
    {
        // Given a tagger, when an empty sequence is tagged, then nothing happens
        var tagger = new SequenceTagger<ulong[]>(PerceptronTrainerTests.Model, new ToyFeaturizer());
        tagger.Predict([], Span<int>.Empty);
        tagger.PredictGreedy([], Span<int>.Empty);
    }

    [Fact]
    public void Predict_ManyThreadsShareOneTagger_SameLabelsAsOneThread()
    {
        // Given one tagger and the labels it gives on one thread
        var tagger = new SequenceTagger<ulong[]>(PerceptronTrainerTests.Model, new ToyFeaturizer());
        var data = PerceptronTrainerTests.TestSet;
        int[][] expected = data.Select(s =>
        {
            var labels = new int[s.Labels.Length];
            tagger.Predict(s.Input, labels);
            return labels;
        }).ToArray();
        // When four threads tag the same sequences at once
        var mismatches = 0;
        Parallel.For(0, 4 * data.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var s = data[i % data.Count];
            var labels = new int[s.Labels.Length];
            tagger.Predict(s.Input, labels);
            if (!labels.AsSpan().SequenceEqual(expected[i % data.Count]))
                Interlocked.Increment(ref mismatches);
        });
        // Then every result is the same
        Assert.Equal(0, mismatches);
    }
}
