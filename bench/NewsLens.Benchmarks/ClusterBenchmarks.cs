using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsLens.Core;
using NewsLens.Text;
using NewsLens.Vietnamese;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Benchmarks;

/// <summary>
/// Word cluster lookups over the words of real news (segmented once, up front): one operation keys and/or looks up
/// every word of the sample (about 1 MB of text). Reports words per second and bytes allocated per word.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ClusterBenchmarks
{
    private static readonly VietnameseModels Models = VietnameseModels.LoadDefault();
    private static readonly (Document Doc, (int First, int Count)[] Words)[] Docs = Prepare();
    private static readonly long WordCount = Docs.Sum(d => (long)d.Words.Length);
    private static readonly ulong[] Keys = [.. Docs.SelectMany(d => d.Words.Select(w => WordClusters.KeyOf(d.Doc, w.First, w.Count)))];
    private readonly WordClusters _clusters = Models.Clusters;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(ThroughputColumn.PerSecond("words/s", () => WordCount));
            AddColumn(ThroughputColumn.BytesPer("B/word", () => WordCount));
        }
    }

    private static (Document, (int, int)[])[] Prepare()
    {
        NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder().UseWordSegmenter(Models.Segmenter).Build();
        string text = NewsCorpus.Load(1_000_000);
        var docs = new List<(Document, (int, int)[])>();
        for (int i = 0; i < text.Length;)
        {
            int end = text.IndexOf('\n', Math.Min(text.Length - 1, i + 65536));
            end = end < 0 ? text.Length : end + 1;
            Document doc = pipeline.Process(text[i..end]);
            SpanLayer words = doc.Get(Layers.Words);
            docs.Add((doc, [.. Enumerable.Range(0, words.Count).Select(words.TokenRange)]));
            i = end;
        }
        return [.. docs];
    }

    [Benchmark(Description = "key each word (KeyOf document word)")]
    public ulong Key()
    {
        ulong x = 0;
        foreach ((Document doc, (int First, int Count)[] words) in Docs)
        {
            foreach ((int first, int count) in words)
                x ^= WordClusters.KeyOf(doc, first, count);
        }
        return x;
    }

    [Benchmark(Description = "key and look up each word")]
    public int KeyAndLookUp()
    {
        int hits = 0;
        foreach ((Document doc, (int First, int Count)[] words) in Docs)
        {
            foreach ((int first, int count) in words)
                hits += _clusters.TryGet(WordClusters.KeyOf(doc, first, count), out ClusterPath p) ? p.Length : 0;
        }
        return hits;
    }

    [Benchmark(Description = "look up precomputed keys (TryGet)")]
    public int LookUp()
    {
        int hits = 0;
        foreach (ulong key in Keys)
            hits += _clusters.TryGet(key, out ClusterPath p) ? p.Length : 0;
        return hits;
    }
}
