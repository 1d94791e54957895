using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Text;
using NewsLens.Training.Clusters;
using NewsLens.Vietnamese;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Segmentation;

namespace NewsLens.Cli;

/// <summary><c>newslens train clusters</c> and <c>newslens clusters show</c>.</summary>
internal static class ClusterCommands
{
    public const string DefaultModelFile = "clusters.nlm";

    /// <summary>The shipped C: see the README for the measured choice (C = 256, 512, 1000; min count 3, 5).</summary>
    public const int DefaultClusters = 1000;

    public const int DefaultMinCount = 3;

    public static Command CreateTrain(CliIO io)
    {
        var data = new Option<string?>("--data") { Description = "The datasets folder (default ../shared/data); reads the unlabeled news files found there." };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => Path.Combine("models", DefaultModelFile) };
        var clusters = new Option<int>("--clusters", "-c") { Description = "C, the number of clusters.", DefaultValueFactory = _ => DefaultClusters };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times get no cluster.", DefaultValueFactory = _ => DefaultMinCount };
        var seed = new Option<int>("--seed") { Description = "Seed, recorded in the model (the algorithm is deterministic).", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Threads; default: all cores (the result does not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("clusters", "Learn Brown word clusters from the unlabeled news (features for the POS tagger and NER).") { data, output, clusters, minCount, seed, threads };
        command.SetAction(p => Train(io, p.GetValue(data), p.GetValue(output)!, p.GetValue(clusters), p.GetValue(minCount), p.GetValue(seed), Math.Max(1, p.GetValue(threads))));
        return command;
    }

    public static Command CreateShow(CliIO io)
    {
        var words = new Argument<string[]>("WORD") { Description = "Words to look up; syllables separated by spaces or '_' (quote a word of several syllables).", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string?>("--model", "-m") { Description = "Clusters file; default: models/clusters.nlm, else the shipped one." };
        var show = new Command("show", "Print each word's cluster path and the prefix the words share.") { words, model };
        show.SetAction(p => Show(io, p.GetValue(words)!, p.GetValue(model)));
        return new Command("clusters", "Inspect the word clusters.") { show };
    }

    private static int Train(CliIO io, string? dataOption, string output, int c, int minCount, int seed, int threads)
    {
        if (c < 1 || minCount < 1)
            throw new CliException(ExitCodes.Usage, "--clusters and --min-count must be at least 1");
        string root = DataPaths.DataRoot(dataOption);
        var files = NewsCorpus.DefaultFiles.Where(f => File.Exists(Path.Combine(root, f))).ToList();
        if (files.Count == 0)
            throw new CliException(ExitCodes.InputNotFound, $"no unlabeled news in '{root}': expected {string.Join(", ", NewsCorpus.DefaultFiles)}");
        foreach (string missing in NewsCorpus.DefaultFiles.Except(files))
            io.Error.WriteLine($"newslens: train clusters: {missing} is absent; training without it");

        var articles = new List<string>();
        var dates = new List<string>();
        foreach (string f in files)
        {
            try
            {
                foreach (NewsArticle a in NewsCorpus.Read(Path.Combine(root, f)))
                {
                    articles.Add(a.Text);
                    if (a.Date is { Length: >= 8 } d)
                        dates.Add(d.Contains('-', StringComparison.Ordinal) ? d : $"{d[..4]}-{d[4..6]}-{d[6..8]}");
                }
            }
            catch (InvalidDataException e)
            {
                throw new CliException(ExitCodes.BadEncoding, e.Message);
            }
        }
        dates.Sort(StringComparer.Ordinal);

        // The repository's segmenter (models/ws.nlm), the one the shipped models embed.
        WordSegmenter segmenter = SegmentationCommands.LoadSegmenter(null);
        NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder()
            .UseNormalization().UseTokenizer().UseSentences().UseWordSegmenter(segmenter).Build();
        var surface = new ConcurrentDictionary<ulong, string>();
        var clock = Stopwatch.StartNew();
        double corpusSeconds = 0;
        (BigramStatistics stats, BrownClusteringResult result, int types) = LiveProgress.Run(io, "train clusters", report =>
        {
            BigramCounter counter = NewsCorpus.Count(articles, pipeline, threads, surface,
                new SyncProgress<int>(done => report($"segmenting {done:N0}/{articles.Count:N0} articles", 0.1 * done / articles.Count)));
            BigramStatistics s = counter.Build(minCount);
            corpusSeconds = clock.Elapsed.TotalSeconds;
            BrownClusteringResult r = BrownClustering.Train(s, new BrownClustering.Options { Clusters = c, Seed = seed, Threads = threads },
                new SyncProgress<BrownClustering.Progress>(p => report($"{p.Phase} {p.Done:N0}/{p.Total:N0}", 0.1 + (0.9 * p.Done / Math.Max(1, p.Total)))));
            return (s, r, surface.Count);
        });
        double totalSeconds = clock.Elapsed.TotalSeconds;

        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["algorithm"] = Json("brown-clustering (Brown et al. 1992; Liang 2005 windowed, O(C x neighbours) updates)"),
            ["clusters"] = Json(result.ClusterCount),
            ["min_count"] = Json(minCount),
            ["seed"] = Json(seed),
            ["corpus_files"] = Json(string.Join(", ", files)),
            ["corpus_articles"] = Json(articles.Count),
            ["corpus_dates"] = Json(dates.Count == 0 ? "" : $"{dates[0]}..{dates[^1]}"),
            ["corpus_sentences"] = Json(stats.SentenceCount),
            ["corpus_tokens"] = Json(stats.TokenCount),
            ["corpus_types"] = Json(types),
            ["vocabulary"] = Json(result.Clusters.Count),
            ["mutual_information_bits"] = Json(Math.Round(result.MutualInformationBits, 4)),
            ["max_path_bits"] = Json(result.Clusters.MaxPathLength),
            ["word_key"] = Json("FeatureHash.Of(the segmenter's word, normalized, lower-cased, syllables joined by one space); numbers, dates and times as <num>, <date>, <time>; see WordClusters.KeyOf"),
            ["segmenter"] = Json($"ws {segmenter.Model.Metadata.ModelVersion} ({segmenter.Model.Metadata.FeatureSignature})"),
            ["licence_note"] = Json("learned from baomoi.com (2017, no licence) and Dân Trí (2020-2021, UNC corpus) news kept for internal research; the file holds word hashes and cluster paths only, no text"),
        };
        DataModel model = result.Clusters.ToModel("1.0.0", properties, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        model.Save(output);

        TextWriter o = io.OutText;
        o.WriteLine($"wrote {output}: {result.Clusters.Count:N0} words in {result.ClusterCount:N0} clusters (paths up to {result.Clusters.MaxPathLength} bits), {new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB");
        o.WriteLine($"corpus: {articles.Count:N0} articles, {stats.SentenceCount:N0} sentences, {stats.TokenCount:N0} tokens, {types:N0} distinct words, {stats.VocabularySize:N0} seen at least {minCount} times");
        o.WriteLine($"average mutual information of adjacent clusters: {result.MutualInformationBits:F3} bits");
        o.WriteLine($"time: {totalSeconds:F0} s ({corpusSeconds:F0} s reading and segmenting, {totalSeconds - corpusSeconds:F0} s clustering) on {threads} thread(s)");
        WriteSamples(o, stats, result, surface);
        return ExitCodes.Ok;
    }

    /// <summary>A few of the larger clusters (spread over the 160 largest) with their most frequent words.</summary>
    private static void WriteSamples(TextWriter o, BigramStatistics stats, BrownClusteringResult result, ConcurrentDictionary<ulong, string> surface)
    {
        int leaves = result.ClusterCount;
        var byCluster = new List<int>[leaves];
        for (int i = 0; i < leaves; i++)
            byCluster[i] = [];
        for (int w = 0; w < stats.VocabularySize; w++)
            byCluster[result.ClusterOfWord[w]].Add(w); // word ids are in frequency order
        int[] order = [.. Enumerable.Range(0, leaves).OrderByDescending(i => byCluster[i].Count).ThenBy(i => byCluster[i][0])];
        int samples = Math.Min(8, leaves), pool = Math.Min(leaves, 160);
        o.WriteLine("sample clusters (path, words: the most frequent):");
        for (int j = 0; j < samples; j++)
        {
            int leaf = order[j * pool / samples];
            IEnumerable<string> words = byCluster[leaf].Take(10).Select(w => surface.TryGetValue(stats.Keys[w], out string? s) ? s : "?");
            o.WriteLine($"  {result.LeafPaths[leaf]}, {byCluster[leaf].Count:N0}: {string.Join(" | ", words)}");
        }
    }

    private static int Show(CliIO io, string[] words, string? modelPath)
    {
        WordClusters clusters;
        DataModel? model = null;
        string? path = modelPath ?? (DataPaths.ModelsDir() is { } dir && File.Exists(Path.Combine(dir, DefaultModelFile)) ? Path.Combine(dir, DefaultModelFile) : null);
        try
        {
            if (path is not null)
            {
                if (!File.Exists(path))
                    throw new CliException(ExitCodes.InputNotFound, $"clusters file '{path}' not found");
                model = DataModel.Load(path, WordClusters.ModelKind);
                clusters = WordClusters.FromModel(model);
            }
            else
            {
                clusters = VietnameseModels.LoadDefault().Clusters;
            }
        }
        catch (InvalidDataException e)
        {
            throw new CliException(ExitCodes.BadEncoding, e.Message);
        }
        // The words are keyed exactly as in training: normalized, tokenized, numbers as one class.
        NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder().UseNormalization().UseTokenizer().Build();
        var found = new List<ClusterPath>();
        int width = words.Max(w => w.Length);
        foreach (string word in words)
        {
            Document doc = pipeline.Process(word.Replace('_', ' '));
            if (doc.Tokens.Count == 0)
            {
                io.OutText.WriteLine($"{word.PadRight(width)}  (empty)");
                continue;
            }
            if (clusters.TryGet(WordClusters.KeyOf(doc, 0, doc.Tokens.Count), out ClusterPath p))
            {
                found.Add(p);
                io.OutText.WriteLine($"{word.PadRight(width)}  {p} ({p.Length} bits)");
            }
            else
            {
                string min = model?.Properties.TryGetValue("min_count", out JsonElement m) == true ? $" {m.GetInt32()} times or more" : "";
                io.OutText.WriteLine($"{word.PadRight(width)}  - (no cluster: not seen{min} in the training news)");
            }
        }
        if (found.Count >= 2)
        {
            int common = found.Skip(1).Aggregate(found[0].Length, (n, p) => Math.Min(n, found[0].CommonPrefixLength(p)));
            io.OutText.WriteLine($"common prefix of the {found.Count} paths: {common} bits");
        }
        return ExitCodes.Ok;
    }

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);
}
