using NewsLens.Training.Clusters;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Training.Tests;

public class BrownClusteringTests
{
    private static readonly string[] Determiners = ["những", "các", "mọi"];
    private static readonly string[] Nouns = ["mèo", "chó", "gà", "vịt", "trâu", "bò", "lợn", "ngựa"];
    private static readonly string[] Verbs = ["chạy", "ngủ", "ăn", "kêu", "nhảy"];
    private static readonly string[] Adverbs = ["nhanh", "chậm", "mãi"];

    /// <summary>Sentences "D N V A ." from a class grammar: words of one class share every context.</summary>
    private static List<ulong[]> ClassCorpus(int sentences, int seed)
    {
        var random = new Random(seed);
        var corpus = new List<ulong[]>();
        for (int i = 0; i < sentences; i++)
        {
            corpus.Add(
            [
                WordClusters.KeyOf(Determiners[random.Next(Determiners.Length)]),
                WordClusters.KeyOf(Nouns[random.Next(Nouns.Length)]),
                WordClusters.KeyOf(Verbs[random.Next(Verbs.Length)]),
                WordClusters.KeyOf(Adverbs[random.Next(Adverbs.Length)]),
                WordClusters.KeyOf("."),
            ]);
        }
        return corpus;
    }

    /// <summary>A random class-based bigram corpus with Zipf-like word frequencies: many rare words, varied neighbours.</summary>
    private static List<ulong[]> RandomCorpus(int sentences, int words, int classes, int seed)
    {
        var random = new Random(seed);
        var classOf = new int[words];
        for (int w = 0; w < words; w++)
            classOf[w] = random.Next(classes);
        var next = new int[classes][];
        for (int c = 0; c < classes; c++)
            next[c] = [random.Next(classes), random.Next(classes), random.Next(classes)];
        var byClass = Enumerable.Range(0, classes).Select(c => Enumerable.Range(0, words).Where(w => classOf[w] == c).ToArray()).ToArray();
        var corpus = new List<ulong[]>();
        for (int i = 0; i < sentences; i++)
        {
            int length = random.Next(1, 12);
            var s = new ulong[length];
            int cls = random.Next(classes);
            for (int j = 0; j < length; j++)
            {
                int[] pool = byClass[cls].Length > 0 ? byClass[cls] : [random.Next(words)];
                // Zipf-like: low indices far more often.
                int pick = (int)(pool.Length * Math.Pow(random.NextDouble(), 3));
                s[j] = (ulong)(pool[pick] + 1) * 0x9E3779B97F4A7C15UL;
                cls = next[cls][random.Next(3)];
            }
            corpus.Add(s);
        }
        return corpus;
    }

    [Fact]
    public void Train_ClassGrammar_EachClassIsOneCluster()
    {
        // Given sentences from a grammar of five word classes, where words of one class have identical contexts
        BigramStatistics stats = BigramStatistics.FromSentences(ClassCorpus(4000, 7), minCount: 1);
        // When clustered into five clusters
        BrownClusteringResult result = BrownClustering.Train(stats, new BrownClustering.Options { Clusters = 5, Verify = true });
        // Then every class is exactly one cluster: words of a class share a path, words of different classes do not
        Assert.Equal(5, result.ClusterCount);
        foreach (string[] cls in new[] { Determiners, Nouns, Verbs, Adverbs })
        {
            ClusterPath first = Path(result, cls[0]);
            Assert.All(cls, w => Assert.Equal(first, Path(result, w)));
        }
        Assert.NotEqual(Path(result, "mèo"), Path(result, "chạy"));
        Assert.NotEqual(Path(result, "mèo"), Path(result, "những"));
        Assert.NotEqual(Path(result, "nhanh"), Path(result, "chạy"));
    }

    [Fact]
    public void Train_MoreClustersThanClasses_SameClassWordsShareLongerPrefixes()
    {
        // Given the class grammar clustered with more clusters than classes (classes split into several leaves)
        BigramStatistics stats = BigramStatistics.FromSentences(ClassCorpus(4000, 11), minCount: 1);
        BrownClusteringResult result = BrownClustering.Train(stats, new BrownClustering.Options { Clusters = 12, Verify = true });
        // Then any two nouns share a longer prefix than a noun and a verb
        int nounNoun = Nouns.SelectMany(a => Nouns.Where(b => b != a).Select(b => Path(result, a).CommonPrefixLength(Path(result, b)))).Min();
        int nounVerb = Nouns.SelectMany(a => Verbs.Select(b => Path(result, a).CommonPrefixLength(Path(result, b)))).Max();
        Assert.True(nounNoun > nounVerb, $"noun-noun {nounNoun}, noun-verb {nounVerb}");
    }

    [Fact]
    public void Train_RandomCorpora_CachedLossesMatchFromScratchAtEveryStep()
    {
        // Given random class-based corpora with rare words (sparse steps) and frequent ones (dense steps)
        foreach (int seed in new[] { 1, 2, 3 })
        {
            BigramStatistics stats = BigramStatistics.FromSentences(RandomCorpus(600, 150, 9, seed), minCount: 2);
            // When clustered with verification after every step, then no cached loss drifts (Verify throws if one does)
            BrownClusteringResult result = BrownClustering.Train(stats, new BrownClustering.Options { Clusters = 7 + seed, Verify = true });
            Assert.Equal(stats.VocabularySize, result.Clusters.Count);
            Assert.Equal(7 + seed, result.ClusterCount);
        }
    }

    [Fact]
    public void Merge_AnyPair_LosesExactlyItsCachedLossOfMutualInformation()
    {
        // Given the state after every word of a random corpus was added (no merges yet)
        BigramStatistics stats = BigramStatistics.FromSentences(RandomCorpus(300, 40, 5, 9), minCount: 1);
        var state = new BrownMergeState(stats.VocabularySize, stats.TokenCount, stats.BigramCount, threads: 1);
        var slotOf = new int[stats.VocabularySize];
        for (int a = 0; a < stats.VocabularySize; a++)
        {
            var neighbours = new SortedDictionary<int, (double Out, double In)>();
            double self = 0;
            for (int e = stats.RightStart[a]; e < stats.RightStart[a + 1]; e++)
            {
                int b = stats.RightWord[e];
                if (b == a)
                    self += stats.RightCount[e];
                else if (b < a)
                    neighbours[slotOf[b]] = (neighbours.GetValueOrDefault(slotOf[b]).Out + stats.RightCount[e], neighbours.GetValueOrDefault(slotOf[b]).In);
            }
            for (int e = stats.LeftStart[a]; e < stats.LeftStart[a + 1]; e++)
            {
                int b = stats.LeftWord[e];
                if (b < a)
                    neighbours[slotOf[b]] = (neighbours.GetValueOrDefault(slotOf[b]).Out, neighbours.GetValueOrDefault(slotOf[b]).In + stats.LeftCount[e]);
            }
            slotOf[a] = state.Add(stats.Counts[a], [.. neighbours.Keys], [.. neighbours.Values.Select(n => n.Out)], [.. neighbours.Values.Select(n => n.In)], self);
        }
        // Then the AMI equals the brute-force sum over word pairs
        Assert.Equal(BruteForceAmi(stats), state.MutualInformation(), 12);
        // And merging pairs one after another loses exactly each pair's cached loss
        for (int step = 0; step < 25; step++)
        {
            var (s, t, loss) = step % 2 == 0 ? state.BestPair() : FirstActivePair(state, step);
            double before = state.MutualInformation();
            state.Merge(s, t);
            state.RefreshSums();
            Assert.Equal(before - loss, state.MutualInformation(), 12);
            Assert.True(state.MaxLossError() < 1e-12);
        }
    }

    private static (int, int, double) FirstActivePair(BrownMergeState state, int skip)
    {
        var active = Enumerable.Range(0, state.SlotCount).Where(state.IsActive).ToList();
        int a = active[skip % active.Count], b = active[(skip * 7 + 1) % active.Count];
        if (a == b)
            b = active[(active.IndexOf(a) + 1) % active.Count];
        return (a, b, state.Loss(a, b));
    }

    private static double BruteForceAmi(BigramStatistics stats)
    {
        double t = stats.TokenCount, b = stats.BigramCount, ami = 0;
        for (int x = 0; x < stats.VocabularySize; x++)
        {
            for (int e = stats.RightStart[x]; e < stats.RightStart[x + 1]; e++)
            {
                int y = stats.RightWord[e];
                double p = stats.RightCount[e] / b;
                ami += p * Math.Log(p / (stats.Counts[x] / t * (stats.Counts[y] / t)));
            }
        }
        return ami;
    }

    [Fact]
    public void Train_SameDataTwiceOrOtherThreadCount_GivesIdenticalBytes()
    {
        // Given one corpus
        BigramStatistics stats = BigramStatistics.FromSentences(RandomCorpus(2000, 400, 12, 5), minCount: 2);
        // When clustered twice, once with one thread and once with two
        byte[] a = BrownClustering.Train(stats, new BrownClustering.Options { Clusters = 20, Threads = 1 }).Clusters.ToBytes();
        byte[] b = BrownClustering.Train(stats, new BrownClustering.Options { Clusters = 20, Threads = 2 }).Clusters.ToBytes();
        // Then the clusters are byte-identical
        Assert.Equal(a, b);
    }

    [Fact]
    public void Train_ManyClustersOnTwoThreads_SameAsOneThread()
    {
        // Given a corpus large enough for the loops to run on several threads (C = 300, a few thousand words)
        BigramStatistics stats = BigramStatistics.FromSentences(RandomCorpus(6000, 3000, 40, 8), minCount: 2);
        // When clustered on one thread and on two
        var one = BrownClustering.Train(stats, new BrownClustering.Options { Clusters = 300, Threads = 1 });
        var two = BrownClustering.Train(stats, new BrownClustering.Options { Clusters = 300, Threads = 2 });
        // Then the clusters and the mutual information are identical
        Assert.Equal(one.Clusters.ToBytes(), two.Clusters.ToBytes());
        Assert.Equal(one.MutualInformationBits, two.MutualInformationBits);
        Assert.Equal(300, one.ClusterCount);
    }

    [Fact]
    public void Train_RareWords_AreLeftOut()
    {
        // Given a corpus where one word occurs once
        var corpus = ClassCorpus(200, 3);
        corpus.Add([WordClusters.KeyOf("hiếm"), WordClusters.KeyOf("mèo")]);
        BigramStatistics stats = BigramStatistics.FromSentences(corpus, minCount: 2);
        // When clustered, then the rare word has no cluster and the others do
        BrownClusteringResult result = BrownClustering.Train(stats, new BrownClustering.Options { Clusters = 4 });
        Assert.False(result.Clusters.TryGet(WordClusters.KeyOf("hiếm"), out _));
        Assert.True(result.Clusters.TryGet(WordClusters.KeyOf("mèo"), out _));
        Assert.Equal(Determiners.Length + Nouns.Length + Verbs.Length + Adverbs.Length + 1, result.Clusters.Count);
    }

    [Fact]
    public void Statistics_BigramsStopAtSentenceBoundaries()
    {
        // Given two sentences "a b" and "b a"
        ulong a = WordClusters.KeyOf("a"), b = WordClusters.KeyOf("b");
        BigramStatistics stats = BigramStatistics.FromSentences([[a, b], [b, a]], minCount: 1);
        // Then there are two bigrams (a→b, b→a), not three
        Assert.Equal(4, stats.TokenCount);
        Assert.Equal(2, stats.BigramCount);
        Assert.Equal(2, stats.RightWord.Length);
    }

    private static ClusterPath Path(BrownClusteringResult result, string word)
    {
        Assert.True(result.Clusters.TryGet(WordClusters.KeyOf(word), out ClusterPath path), word);
        return path;
    }
}
