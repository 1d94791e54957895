using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsLens.Core;
using NewsLens.Text;
using NewsLens.Text.Normalization;
using NewsLens.Text.Sentences;
using NewsLens.Text.Tokenization;

namespace NewsLens.Benchmarks;

/// <summary>
/// The text layer over real news: normalization, tokenization, sentence splitting, and all three through the
/// pipeline. One operation processes the whole sample (about 2 MB of UTF-8).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TextBenchmarks
{
    private const int SampleChars = 2_000_000;
    private static readonly string Text = NewsCorpus.Load(SampleChars);
    private static readonly long Utf8Bytes = Encoding.UTF8.GetByteCount(Text);
    private static readonly int TokenCount = TokenizerAnnotator.Tokenize(VietnameseNormalizer.Normalize(Text)).Count;

    private NewsLensPipeline _pipeline = null!;
    private NormalizedText _normalized = null!;
    private TokenLayer _tokens = null!;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn("MB/s", (summary, bc) => MegabytesPerSecond(summary, bc)));
            AddColumn(new ThroughputColumn("B/token", (summary, bc) => BytesPerToken(summary, bc)));
            AddColumn(new ThroughputColumn("Tokens", (_, _) => TokenCount.ToString("N0", CultureInfo.InvariantCulture)));
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = NewsLensPipeline.CreateBuilder().UseSentences().Build();
        _normalized = VietnameseNormalizer.Normalize(Text);
        _tokens = TokenizerAnnotator.Tokenize(_normalized);
    }

    [Benchmark(Description = "normalize")]
    public NormalizedText Normalize() => VietnameseNormalizer.Normalize(Text);

    [Benchmark(Description = "normalize (already normalized text)")]
    public NormalizedText NormalizeClean() => VietnameseNormalizer.Normalize(_normalized.Text);

    [Benchmark(Description = "tokenize (enumerate)")]
    public int Tokenize()
    {
        int count = 0;
        foreach (RawToken token in Tokenizer.Enumerate(_normalized.Text))
            count += token.Span.Length > 0 ? 1 : 0;
        return count;
    }

    [Benchmark(Description = "tokenize (token layer)")]
    public TokenLayer TokenLayer() => TokenizerAnnotator.Tokenize(_normalized);

    [Benchmark(Description = "split sentences")]
    public SentenceLayer Split() => SentenceSplitter.Split(_normalized, _tokens).Sentences;

    [Benchmark(Baseline = true, Description = "pipeline: normalize + tokenize + split")]
    public Document Pipeline() => _pipeline.Process(Text);

    private static string MegabytesPerSecond(Summary summary, BenchmarkCase bc)
    {
        double? ns = summary[bc]?.ResultStatistics?.Mean;
        return ns is null or 0 ? "-" : (Utf8Bytes / 1e6 / (ns.Value / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
    }

    private static string BytesPerToken(Summary summary, BenchmarkCase bc)
    {
        long? bytes = summary[bc]?.GcStats.GetBytesAllocatedPerOperation(bc);
        return bytes is null ? "-" : ((double)bytes.Value / TokenCount).ToString("F2", CultureInfo.InvariantCulture);
    }
}
