using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsLens.Core;
using NewsLens.Extraction.Dates;
using NewsLens.Extraction.Entities;
using NewsLens.Extraction.Quotes;
using NewsLens.Extraction.Quantities;
using NewsLens.Text;

namespace NewsLens.Benchmarks;

/// <summary>
/// Quantity and date extraction over real news, on documents already normalized, tokenized and split (the
/// extraction annotators alone): one operation annotates every document of the sample (about 2 MB of UTF-8).
/// MB/s counts the UTF-8 bytes of the text; B/token is managed memory allocated per token, result layers included.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ExtractionBenchmarks
{
    private static readonly Document[] Docs = Prepare();
    private static readonly long Utf8Bytes = Docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
    private static readonly long TokenCount = Docs.Sum(d => (long)d.Tokens.Count);

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn("MB/s", (s, bc) => MegabytesPerSecond(s, bc)));
            AddColumn(new ThroughputColumn("B/token", (s, bc) => BytesPerToken(s, bc)));
            AddColumn(new ThroughputColumn("Tokens", (_, _) => TokenCount.ToString("N0", CultureInfo.InvariantCulture)));
        }
    }

    private static Document[] Prepare()
    {
        // Articles one after another in documents of about 64K characters, each with an article date so that
        // relative dates resolve as they would in production.
        NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder().UseSentences().Build();
        string text = NewsCorpus.Load(2_000_000);
        var docs = new List<Document>();
        var date = new DateOnly(2021, 4, 20);
        for (int i = 0; i < text.Length;)
        {
            int end = text.IndexOf('\n', Math.Min(text.Length - 1, i + 65536));
            end = end < 0 ? text.Length : end + 1;
            docs.Add(pipeline.Process(text[i..end], date));
            i = end;
        }
        return [.. docs];
    }

    [Benchmark(Description = "quantities")]
    public int Quantities()
    {
        int found = 0;
        foreach (Document doc in Docs)
            found += QuantityRecognizer.Recognize(doc).Length;
        return found;
    }

    [Benchmark(Description = "dates")]
    public int Dates()
    {
        int found = 0;
        foreach (Document doc in Docs)
            found += DateRecognizer.Recognize(doc).Length;
        return found;
    }

    [Benchmark(Description = "in-article entities (rules, no NER)")]
    public int Entities()
    {
        int found = 0;
        foreach (Document doc in Docs)
            found += EntityRecognizer.Recognize(doc).Mentions.Length;
        return found;
    }

    [Benchmark(Description = "quotes (entities given)")]
    public int Quotes()
    {
        int found = 0;
        for (int i = 0; i < Docs.Length; i++)
            found += QuoteRecognizer.Recognize(Docs[i], EntityLayers[i]).All.Length;
        return found;
    }

    private static readonly EntityLayer[] EntityLayers = Docs.Select(EntityRecognizer.Recognize).ToArray();

    [Benchmark(Baseline = true, Description = "quantities + dates (annotators)")]
    public int Both()
    {
        foreach (Document doc in Docs)
        {
            QuantityAnnotator.Instance.Annotate(doc);
            DateAnnotator.Instance.Annotate(doc);
        }
        return Docs.Length;
    }

    private static string MegabytesPerSecond(Summary summary, BenchmarkCase bc)
    {
        double? ns = summary[bc]?.ResultStatistics?.Mean;
        return ns is null or 0 ? "-" : (Utf8Bytes / 1e6 / (ns.Value / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
    }

    private static string BytesPerToken(Summary summary, BenchmarkCase bc)
    {
        long? bytes = summary[bc]?.GcStats.GetBytesAllocatedPerOperation(bc);
        return bytes is null ? "-" : ((double)bytes.Value / TokenCount).ToString("F3", CultureInfo.InvariantCulture);
    }
}
