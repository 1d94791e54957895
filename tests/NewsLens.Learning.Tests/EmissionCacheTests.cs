using CsCheck;
using NewsLens.Learning;

namespace NewsLens.Learning.Tests;

public class EmissionCacheTests
{
    /// <summary>The toy featurizer's features, split: the syllable alone (bias, itself) and its window.</summary>
    private sealed class SplitToyFeaturizer : IUnitFeaturizer<ulong[]>
    {
        private readonly ToyFeaturizer _all = new();

        public int MaxFeaturesPerPosition => _all.MaxFeaturesPerPosition;

        public string Signature => _all.Signature;

        public int MaxUnitFeatures => 2;

        public ulong UnitKey(ulong[] input, int position) => input[position];

        public void Featurize(ulong[] input, int position, ref FeatureWriter writer) => _all.Featurize(input, position, ref writer);

        public void FeaturizeUnit(ulong[] input, int position, ref FeatureWriter writer)
        {
            writer.Add(0, 0);
            writer.Add(1, input[position]);
        }

        public void FeaturizeContext(ulong[] input, int position, ref FeatureWriter writer)
        {
            Span<ulong> buffer = stackalloc ulong[16];
            var all = new FeatureWriter(buffer);
            _all.Featurize(input, position, ref all);
            foreach (ulong f in all.Written[2..])
                writer.Add(f);
        }
    }

    private static readonly ulong[] Vocabulary = PerceptronTrainerTests.TestSet.SelectMany(s => s.Input).Distinct().Take(40).ToArray();

    private static readonly Gen<ulong[][]> Sentences =
        Gen.Int[0, Vocabulary.Length - 1].Select(i => Vocabulary[i]).Array[1, 30].Array[1, 8];

    [Fact]
    public void Score_WithAnyCacheSize_SameScoresBitForBitAsWithout()
    {
        var tagger = new SequenceTagger<ulong[]>(PerceptronTrainerTests.Model, new SplitToyFeaturizer());
        int l = tagger.Model.LabelCount;
        // For any run of sentences through one cache — tiny caches force evictions and slot reuse
        Sentences.Select(Gen.Int[0, 4]).Sample((sentences, bits) =>
        {
            var cache = new EmissionCache(1 << bits);
            foreach (ulong[] s in sentences)
            {
                var fresh = new float[s.Length * l];
                var cached = new float[s.Length * l];
                tagger.Score(s, s.Length, fresh);
                tagger.Score(s, s.Length, cached, cache);
                if (!fresh.AsSpan().SequenceEqual(cached))
                    return false;
            }
            return cache.Hits + cache.Misses == sentences.Sum(s => s.Length);
        });
    }

    [Fact]
    public void Score_SplitFeaturizer_SameScoresAsTheWholeFeatureSet_UpToRounding()
    {
        // Given the same model read through the split and the unsplit featurizer
        var split = new SequenceTagger<ulong[]>(PerceptronTrainerTests.Model, new SplitToyFeaturizer());
        var whole = new SequenceTagger<ulong[]>(PerceptronTrainerTests.Model, new ToyFeaturizer());
        var cache = new EmissionCache(1024);
        foreach (LabeledSequence<ulong[]> s in PerceptronTrainerTests.TestSet)
        {
            var a = new float[s.Input.Length * 2];
            var b = new float[s.Input.Length * 2];
            split.Score(s.Input, s.Input.Length, a, cache);
            whole.Score(s.Input, s.Input.Length, b);
            // Then the sums differ only by the order of float additions
            for (int k = 0; k < a.Length; k++)
                Assert.Equal(b[k], a[k], 1e-3f);
        }
        Assert.True(cache.Hits > cache.Misses);
    }

    [Fact]
    public void Cache_UsedWithAnotherModel_EmptiesItselfInsteadOfServingStaleRows()
    {
        // Given a cache filled by one model
        var first = new SequenceTagger<ulong[]>(PerceptronTrainerTests.Model, new SplitToyFeaturizer());
        var second = new SequenceTagger<ulong[]>(ToyModelWithOtherWeights.Value, new SplitToyFeaturizer());
        var cache = new EmissionCache(256);
        ulong[] s = PerceptronTrainerTests.TestSet[0].Input;
        var scores = new float[s.Length * 2];
        first.Score(s, s.Length, scores, cache);
        // When another model scores the same sentence through it
        var expected = new float[s.Length * 2];
        second.Score(s, s.Length, expected);
        second.Score(s, s.Length, scores, cache);
        // Then it gets its own scores
        Assert.Equal(expected, scores);
        Assert.False(expected.AsSpan().SequenceEqual(FirstScores(first, s)));
    }

    private static float[] FirstScores(SequenceTagger<ulong[]> tagger, ulong[] s)
    {
        var scores = new float[s.Length * 2];
        tagger.Score(s, s.Length, scores);
        return scores;
    }

    private static readonly Lazy<LinearChainModel> ToyModelWithOtherWeights = new(() =>
        PerceptronTrainer.Train(new ToyFeaturizer(), ToyTask.Generate(200, seed: 99), null, ToyTask.Options(seed: 3, maxEpochs: 2)));

    [Fact]
    public void Constructor_SlotsNotAPowerOfTwo_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new EmissionCache(100));
}
