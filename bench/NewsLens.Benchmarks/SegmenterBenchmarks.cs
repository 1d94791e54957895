using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsLens.Core;
using NewsLens.Text;
using NewsLens.Vietnamese;
using NewsLens.Vietnamese.Segmentation;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Benchmarks;

/// <summary>
/// The shipped word segmenter, and the segmenter followed by the shipped POS tagger, over real news on sentences
/// already tokenized: one operation segments (and tags) every sentence of the sample (about 1 MB of text). Reports
/// syllables per second and bytes allocated per syllable.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class SegmenterBenchmarks
{
    private static readonly Document[] Docs = Prepare();
    private static readonly long Syllables = Docs.Sum(d => (long)d.Tokens.Count);
    private static readonly VietnameseModels Models = VietnameseModels.LoadDefault();
    private readonly WordSegmenter _segmenter = Models.Segmenter;
    private readonly PosTagger _tagger = Models.Tagger;
    private readonly bool[] _starts = new bool[Docs.Max(d => d.Tokens.Count)];
    private readonly int[] _tags = new int[Docs.Max(d => d.Tokens.Count)];
    private readonly int[] _upos = new int[Docs.Max(d => d.Tokens.Count)];

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(ThroughputColumn.PerSecond("syllables/s", () => Syllables));
            AddColumn(ThroughputColumn.BytesPer("B/syllable", () => Syllables));
        }
    }

    private static Document[] Prepare()
    {
        NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder().UseSentences().Build();
        string text = NewsCorpus.Load(1_000_000);
        var docs = new List<Document>();
        for (int i = 0; i < text.Length;)
        {
            int end = text.IndexOf('\n', Math.Min(text.Length - 1, i + 65536));
            end = end < 0 ? text.Length : end + 1;
            docs.Add(pipeline.Process(text[i..end]));
            i = end;
        }
        return [.. docs];
    }

    [Benchmark(Description = "segment words (shipped ws model)")]
    public int Segment()
    {
        int words = 0;
        foreach (Document doc in Docs)
            words += _segmenter.SegmentDocument(doc, _starts);
        return words;
    }

    [Benchmark(Description = "segment words + POS tags (shipped ws and pos models)")]
    public int SegmentAndTag()
    {
        int words = 0;
        foreach (Document doc in Docs)
        {
            words += _segmenter.SegmentDocument(doc, _starts);
            _tagger.TagDocument(doc, _starts, _tags, _upos);
        }
        return words;
    }
}
