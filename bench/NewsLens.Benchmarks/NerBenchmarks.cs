using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsLens.Core;
using NewsLens.Vietnamese;

namespace NewsLens.Benchmarks;

/// <summary>
/// Named entities over real news: the whole pipeline from raw text (normalize, tokenize, split sentences, segment,
/// POS, NER) against the same pipeline without NER, so the difference is what NER costs. One operation processes
/// every chunk of the sample (about 1 MB of text). Reports words per second and bytes allocated per word.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class NerBenchmarks
{
    private static readonly string[] Chunks = Prepare();
    private static readonly VietnameseModels Models = VietnameseModels.LoadDefault();
    private static readonly long Words = CountWords();
    private readonly NewsLensPipeline _full = NewsLensPipeline.CreateBuilder().UseVietnamese(Models).Build();
    private readonly NewsLensPipeline _withoutNer = NewsLensPipeline.CreateBuilder().UseWordSegmenter(Models.Segmenter).UsePosTagger(Models.Tagger).Build();

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(ThroughputColumn.PerSecond("words/s", () => Words));
            AddColumn(ThroughputColumn.BytesPer("B/word", () => Words, "F1"));
        }
    }

    private static string[] Prepare()
    {
        string text = NewsCorpus.Load(1_000_000);
        var chunks = new List<string>();
        for (int i = 0; i < text.Length;)
        {
            int end = text.IndexOf('\n', Math.Min(text.Length - 1, i + 65536));
            end = end < 0 ? text.Length : end + 1;
            chunks.Add(text[i..end]);
            i = end;
        }
        return [.. chunks];
    }

    private static long CountWords()
    {
        NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder().UseWordSegmenter(Models.Segmenter).Build();
        return Chunks.Sum(c => (long)pipeline.Process(c).Get(Layers.Words).Count);
    }

    [Benchmark(Baseline = true, Description = "raw text -> words, POS")]
    public int WithoutNer()
    {
        int n = 0;
        foreach (string chunk in Chunks)
            n += _withoutNer.Process(chunk).Get(Layers.Words).Count;
        return n;
    }

    [Benchmark(Description = "raw text -> words, POS, entities (shipped ner model)")]
    public int WithNer()
    {
        int n = 0;
        foreach (string chunk in Chunks)
            n += _full.Process(chunk).Get(Layers.Entities).Count;
        return n;
    }
}
