using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using NewsLens.Core;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Training.Clusters;

/// <summary>An unlabeled news article: its text (headline and paragraphs, one per line) and its date as stored.</summary>
/// <param name="Text">The text, a paragraph per line.</param>
/// <param name="Date">The date field as the file gives it ("2017-02-06", "20201001"), or null.</param>
public readonly record struct NewsArticle(string Text, string? Date);

/// <summary>
/// Reads the unlabeled news in <c>../shared/data</c> and turns it into sentences of word keys for clustering.
/// </summary>
public static class NewsCorpus
{
    /// <summary>The unlabeled news files clusters are trained on, relative to the data folder.</summary>
    public static readonly IReadOnlyList<string> DefaultFiles =
    [
        "news-baomoi-magizbox/baomoi_2017_part1.jsonl",
        "news-baomoi-magizbox/baomoi_2017_part2.jsonl",
        "news-baomoi-magizbox/baomoi_2017_part3.jsonl",
        "news-baomoi-magizbox/baomoi_2017_part4.jsonl",
        "news-unc-dantri/unc_v2.0-alpha.jsonl",
    ];

    /// <summary>
    /// Reads a JSON-lines news file: an object per line with either <c>title</c> and <c>text</c> (the baomoi copy) or
    /// <c>paragraphs</c> (the UNC Dân Trí copy), and an optional <c>date</c>.
    /// </summary>
    /// <exception cref="InvalidDataException">When a line is not such an object; the message gives the line number.</exception>
    public static IEnumerable<NewsArticle> Read(string path)
    {
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            NewsArticle article;
            try
            {
                article = Parse(line);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a JSON object: {e.Message}", e);
            }
            yield return article;
        }
    }

    private static NewsArticle Parse(string line)
    {
        using JsonDocument doc = JsonDocument.Parse(line);
        JsonElement root = doc.RootElement;
        string? date = root.TryGetProperty("date", out JsonElement d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var sb = new StringBuilder();
        if (root.TryGetProperty("paragraphs", out JsonElement paragraphs) && paragraphs.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement p in paragraphs.EnumerateArray())
            {
                if (p.ValueKind == JsonValueKind.String)
                    sb.Append(p.GetString()).Append('\n');
            }
        }
        else
        {
            if (root.TryGetProperty("title", out JsonElement title) && title.ValueKind == JsonValueKind.String)
                sb.Append(title.GetString()).Append('\n');
            if (root.TryGetProperty("text", out JsonElement text) && text.ValueKind == JsonValueKind.String)
                sb.Append(text.GetString()).Append('\n');
        }
        return new NewsArticle(sb.ToString(), date);
    }

    /// <summary>
    /// The sentences of an analyzed document as word keys (<see cref="WordClusters.KeyOf(Document, int, int)"/>:
    /// the segmenter's words, lower-cased, numbers, dates and times as one class word each; punctuation is a word).
    /// </summary>
    /// <param name="document">A document with the sentence and word layers.</param>
    /// <param name="surface">If given, receives a readable form of each new key (for showing clusters).</param>
    public static List<ulong[]> Sentences(Document document, ConcurrentDictionary<ulong, string>? surface = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        SpanLayer words = document.Get(Layers.Words);
        var sentences = new List<ulong[]>();
        var keys = new List<ulong>();
        int w = 0;
        foreach (Sentence sentence in document.Sentences.All)
        {
            keys.Clear();
            for (; w < words.Count && words.TokenRange(w).First < sentence.EndToken; w++)
            {
                (int first, int count) = words.TokenRange(w);
                ulong key = WordClusters.KeyOf(document, first, count);
                keys.Add(key);
                if (surface is not null && !surface.ContainsKey(key))
                    surface.TryAdd(key, Surface(document, first, count));
            }
            if (keys.Count > 0)
                sentences.Add([.. keys]);
        }
        return sentences;
    }

    /// <summary>The text a key stands for: the class word of a number, date or time, else the lower-cased tokens joined by one space.</summary>
    private static string Surface(Document document, int first, int count)
    {
        TokenLayer tokens = document.Tokens;
        if (count == 1)
        {
            switch (tokens.Kind(first))
            {
                case TokenKind.Number: return "<num>";
                case TokenKind.Date: return "<date>";
                case TokenKind.Time: return "<time>";
            }
        }
        string normalized = document.Get(Layers.Normalized).Text;
        var sb = new StringBuilder();
        for (int t = first; t < first + count; t++)
        {
            if (t > first)
                sb.Append(' ');
            sb.Append(normalized.AsSpan(tokens.NormalizedStarts[t], tokens.NormalizedLengths[t]));
        }
        return sb.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// Analyzes articles with <paramref name="pipeline"/> (it must provide words) on several threads and adds their
    /// sentences to a counter in article order, so the result does not depend on the thread count.
    /// </summary>
    /// <param name="articles">The article texts.</param>
    /// <param name="pipeline">A pipeline that provides <see cref="Layers.Words"/>.</param>
    /// <param name="threads">Threads for the analysis.</param>
    /// <param name="surface">If given, receives a readable form of each key.</param>
    /// <param name="progress">Receives the number of articles done.</param>
    public static BigramCounter Count(
        IReadOnlyList<string> articles, NewsLensPipeline pipeline, int threads,
        ConcurrentDictionary<ulong, string>? surface = null, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(pipeline);
        const int Batch = 256;
        var counter = new BigramCounter();
        var results = new List<ulong[]>[Batch];
        for (int start = 0; start < articles.Count; start += Batch)
        {
            int n = Math.Min(Batch, articles.Count - start);
            Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i =>
                results[i] = Sentences(pipeline.Process(articles[start + i]), surface));
            for (int i = 0; i < n; i++)
            {
                foreach (ulong[] s in results[i])
                    counter.AddSentence(s);
                results[i] = [];
            }
            progress?.Report(start + n);
        }
        return counter;
    }
}
