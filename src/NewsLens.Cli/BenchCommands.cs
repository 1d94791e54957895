using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using NewsLens.Core;
using NewsLens.Text;
using NewsLens.Vietnamese;
using NewsLens.Vietnamese.Segmentation;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Cli;

/// <summary><c>newslens bench ws|pos|ner</c>: speed of a stage over news text, one thread and several.</summary>
internal static class BenchCommands
{
    public static Command CreateWs(CliIO io) => Create(io, "ws", "Measure word segmentation speed (syllables/s, words/s), allocations and model load time.");

    public static Command CreatePos(CliIO io) => Create(io, "pos", "Measure segmentation + POS tagging speed (words/s, syllables/s), allocations and model load time.");

    public static Command CreateNer(CliIO io) => Create(io, "ner", "Measure the whole pipeline from raw text (normalize, tokenize, split, segment, POS, NER): words/s, syllables/s, allocations, model load time.");

    private static Command Create(CliIO io, string task, string description)
    {
        var input = new Option<string?>("--input") { Description = "A UTF-8 text file, one or more sentences per line; default: the Dân Trí news in ../shared/data." };
        var threads = new Option<int>("--threads") { Description = "Threads for the parallel run; default: all cores.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var model = new Option<string?>("--model", "-m") { Description = $"Model file; default: the shipped models/{task}.nlm." };
        var data = new Option<string?>("--data") { Description = "The datasets folder (default ../shared/data)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var seconds = new Option<double>("--seconds") { Description = "How long to time the one-thread run.", DefaultValueFactory = _ => 3.0 };
        var command = new Command(task, description) { input, threads, model, data, json, seconds };
        command.SetAction(p => Run(io, task, p.GetValue(input), Math.Max(1, p.GetValue(threads)), p.GetValue(model), p.GetValue(data), p.GetValue(json), Math.Max(0.01, p.GetValue(seconds))));
        return command;
    }

    private static int Run(CliIO io, string task, string? inputPath, int threads, string? modelPath, string? dataOption, bool json, double seconds)
    {
        string text = inputPath is not null
            ? (File.Exists(inputPath) ? File.ReadAllText(inputPath) : throw new CliException(ExitCodes.InputNotFound, $"cannot read '{inputPath}': no such file"))
            : LoadNews(DataPaths.DataRoot(dataOption));
        var load = Stopwatch.StartNew();
        WordSegmenter segmenter = SegmentationCommands.LoadSegmenter(task == "ws" ? modelPath : null);
        double loadMs = load.Elapsed.TotalMilliseconds;
        PosTagger? tagger = null;
        if (task == "pos")
        {
            load.Restart();
            tagger = PosCommands.LoadTagger(modelPath);
            loadMs = load.Elapsed.TotalMilliseconds;
        }
        NewsLensPipeline? full = null;
        if (task == "ner")
        {
            load.Restart();
            NewsLens.Vietnamese.Ner.NerTagger ner = NerCommands.LoadTagger(modelPath);
            loadMs = load.Elapsed.TotalMilliseconds;
            full = NewsLensPipeline.CreateBuilder().UseWordSegmenter(segmenter).UsePosTagger(PosCommands.LoadTagger(null)).UseNer(ner).Build();
        }

        // Tokenize and split once; the benchmark times the segmenter alone.
        NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder().UseSentences().Build();
        var docs = new List<Document>();
        var chunks = new List<string>();
        foreach (string chunk in Chunk(text))
        {
            chunks.Add(chunk);
            docs.Add(pipeline.Process(chunk));
        }
        long syllables = docs.Sum(d => (long)d.Tokens.Count);
        Func<long> process = full is null ? () => Process(segmenter, tagger, docs) : () => ProcessText(full, chunks);

        long words = process(); // warm-up (JIT, scratch buffers)
        // Besides wall-clock time, the process's CPU time: on a machine other jobs share, a descheduled thread's
        // wall-clock time counts waiting, its CPU time does not. (Read outside the allocation count.)
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        TimeSpan cpuBefore = self.TotalProcessorTime;
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        int rounds = 0;
        do
        {
            process();
            rounds++;
        }
        while (clock.Elapsed.TotalSeconds < seconds);
        double oneThread = syllables * rounds / clock.Elapsed.TotalSeconds;
        double bytesPerSyllable = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / (syllables * rounds);
        self.Refresh();
        double cpuSeconds = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        double cpuWordsPerSecond = cpuSeconds > 0 ? (double)words * rounds / cpuSeconds : 0;

        clock.Restart();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            for (int r = 0; r < Math.Max(1, rounds / 2); r++)
                process();
        });
        double parallel = syllables * threads * Math.Max(1, rounds / 2) / clock.Elapsed.TotalSeconds;
        double wordsPerSecond = oneThread * words / syllables;
        long rss = Environment.WorkingSet;

        if (json)
        {
            io.OutText.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["task"] = task,
                ["syllables"] = syllables,
                ["syllables_per_second"] = Math.Round(oneThread),
                ["words_per_second"] = Math.Round(wordsPerSecond),
                ["words_per_cpu_second"] = Math.Round(cpuWordsPerSecond),
                ["threads"] = threads,
                ["syllables_per_second_all_threads"] = Math.Round(parallel),
                ["allocated_bytes_per_syllable"] = Math.Round(bytesPerSyllable, 3),
                ["model_load_ms"] = Math.Round(loadMs, 1),
                ["resident_memory_mb"] = Math.Round(rss / 1048576.0, 1),
            }));
        }
        else
        {
            io.OutText.WriteLine($"{syllables:N0} syllable tokens; one thread: {oneThread:N0} syllables/s, {wordsPerSecond:N0} words/s ({cpuWordsPerSecond:N0} per CPU-second); {threads} threads: {parallel:N0} syllables/s");
            io.OutText.WriteLine($"allocated {bytesPerSyllable:F3} bytes/syllable; model load {loadMs:F0} ms; resident memory {rss / 1048576.0:F0} MB");
        }
        return ExitCodes.Ok;
    }

    [ThreadStatic]
    private static bool[]? t_starts;

    [ThreadStatic]
    private static int[]? t_tags;

    [ThreadStatic]
    private static int[]? t_upos;

    /// <summary>Segments every document, and tags it when a tagger is given; returns the number of words.</summary>
    private static long Process(WordSegmenter segmenter, PosTagger? tagger, List<Document> docs)
    {
        long words = 0;
        foreach (Document doc in docs)
        {
            int n = doc.Tokens.Count;
            if (t_starts is null || t_starts.Length < n)
            {
                t_starts = new bool[n];
                t_tags = new int[n];
                t_upos = new int[n];
            }
            int w = segmenter.SegmentDocument(doc, t_starts);
            tagger?.TagDocument(doc, t_starts, t_tags, t_upos);
            words += w;
        }
        return words;
    }

    /// <summary>Runs the whole pipeline over every chunk of raw text; returns the number of words.</summary>
    private static long ProcessText(NewsLensPipeline pipeline, List<string> chunks)
    {
        long words = 0;
        foreach (string chunk in chunks)
            words += pipeline.Process(chunk).Get(Layers.Words).Count;
        return words;
    }

    private static IEnumerable<string> Chunk(string text)
    {
        const int Size = 1 << 18;
        for (int i = 0; i < text.Length;)
        {
            int end = Math.Min(text.Length, i + Size);
            int nl = end < text.Length ? text.IndexOf('\n', end) : -1;
            end = nl < 0 ? text.Length : nl + 1;
            yield return text[i..end];
            i = end;
        }
    }

    private static string LoadNews(string root)
    {
        string path = DataPaths.Require(root, "news-unc-dantri/unc_v2.0-alpha.jsonl");
        var sb = new System.Text.StringBuilder();
        foreach (string line in File.ReadLines(path).Take(1000))
        {
            using var doc = JsonDocument.Parse(line);
            foreach (JsonElement p in doc.RootElement.GetProperty("paragraphs").EnumerateArray())
                sb.Append(p.GetString()).Append('\n');
        }
        return sb.ToString();
    }
}
