using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsLens.Learning;
using NewsLens.Training.Corpora;
using NewsLens.Training.Evaluation;
using NewsLens.Training.Segmentation;
using NewsLens.Vietnamese.Segmentation;

namespace NewsLens.Cli;

/// <summary><c>newslens train ws</c> and <c>newslens eval ws</c>.</summary>
internal static class SegmentationCommands
{
    /// <summary>The default training files, relative to the data folder.</summary>
    public static readonly string[] DefaultTrain =
    [
        "viettreebank-pos-vlp/vtb-tagged.txt",
        "ud-vietnamese-vtb/vi_vtb-ud-train.conllu",
    ];

    /// <summary>The default dev file (early stopping).</summary>
    public const string DefaultDev = "ud-vietnamese-vtb/vi_vtb-ud-dev.conllu";

    /// <summary>Every evaluation set we report on: training sentences found in any of them are removed.</summary>
    public static readonly string[] EvaluationSets =
    [
        "ud-vietnamese-vtb/vi_vtb-ud-dev.conllu",
        "ud-vietnamese-vtb/vi_vtb-ud-test.conllu",
        "vlsp2013-pos-test-underthesea/test_output.txt",
        // The NER test set: its sentences must not reach the segmenter or tagger that NER is evaluated on top of.
        "vlsp2016-ner-test/vie.test",
    ];

    public const string DefaultModelFile = "ws.nlm";

    public static Command CreateTrain(CliIO io)
    {
        var train = new Option<string[]>("--train") { Description = "Training files (any supported layout); default: VietTreebank + UD VTB train.", AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string?>("--dev") { Description = "Dev file for early stopping; default: UD VTB dev." };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => Path.Combine("models", DefaultModelFile) };
        var data = new Option<string?>("--data") { Description = "The datasets folder (default ../shared/data)." };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Most training epochs.", DefaultValueFactory = _ => 20 };
        var scheme = new Option<string>("--labels") { Description = "Label scheme: bi (B, I) or bies (B, I, E, S).", DefaultValueFactory = _ => "bi" };
        scheme.AcceptOnlyFromAmong("bi", "bies");
        var weights = new Option<string>("--weights") { Description = "Stored weight precision: int16 (default, no measurable loss), int8 or float32.", DefaultValueFactory = _ => "int16" };
        weights.AcceptOnlyFromAmong("int16", "int8", "float32");
        var command = new Command("ws", "Train the word segmenter.") { train, dev, output, data, seed, epochs, scheme, weights };
        command.SetAction(p => Train(io, p.GetValue(train), p.GetValue(dev), p.GetValue(output)!, p.GetValue(data), p.GetValue(seed), p.GetValue(epochs), p.GetValue(scheme) == "bies",
            p.GetValue(weights) switch { "int8" => WeightEncoding.Int8, "float32" => WeightEncoding.Float32, _ => WeightEncoding.Int16 }));
        return command;
    }

    public static Command CreateEval(CliIO io)
    {
        var gold = new Option<string>("--gold") { Description = "Gold file: CoNLL-U, VLSP 2013 columns, VietTreebank word/TAG or VLSP 2016 columns (detected).", Required = true };
        var model = new Option<string?>("--model", "-m") { Description = "Model file; default: the shipped models/ws.nlm." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var errors = new Option<int>("--errors") { Description = "Also print the first N sentences with errors (gold | predicted, words joined by '_')." };
        var command = new Command("ws", "Evaluate the word segmenter on gold syllables: word precision, recall, F1, OOV recall, speed.") { gold, model, json, errors };
        command.SetAction(p => Eval(io, p.GetValue(gold)!, p.GetValue(model), p.GetValue(json), p.GetValue(errors)));
        return command;
    }

    /// <summary>Reads a gold file in any supported layout; a missing file is exit 3, an unknown layout exit 4.</summary>
    public static (CorpusFormat Format, IReadOnlyList<GoldSentence> Sentences) ReadGold(string goldPath)
    {
        if (!File.Exists(goldPath))
            throw new CliException(ExitCodes.InputNotFound, $"gold file '{goldPath}' not found");
        try
        {
            return CorpusReader.Read(goldPath);
        }
        catch (InvalidDataException ex)
        {
            throw new CliException(ExitCodes.BadEncoding, ex.Message);
        }
    }

    /// <summary>The path of a shipped model in the repository's models folder (null outside a checkout).</summary>
    public static string? ShippedModelPath(string file) => DataPaths.ModelsDir() is { } dir ? Path.Combine(dir, file) : null;

    /// <summary>Loads a segmenter from a file, or the shipped default.</summary>
    public static WordSegmenter LoadSegmenter(string? path) => LoadModel(path, DefaultModelFile, "ws", WordSegmenter.Load);

    /// <summary>
    /// Loads a model file with <paramref name="load"/>, or the shipped <paramref name="defaultFile"/> when no path is
    /// given: a missing file is exit 3 (naming <c>newslens train TASK</c>), a file that is not such a model exit 4.
    /// </summary>
    public static T LoadModel<T>(string? path, string defaultFile, string task, Func<string, T> load)
    {
        path ??= ShippedModelPath(defaultFile);
        if (path is null || !File.Exists(path))
            throw new CliException(ExitCodes.InputNotFound, $"model file '{path ?? defaultFile}' not found: pass --model FILE or run 'newslens train {task}'");
        try
        {
            return load(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException)
        {
            throw new CliException(ExitCodes.BadEncoding, $"{path}: {ex.Message}");
        }
    }

    private static int Train(CliIO io, string[]? trainFiles, string? devFile, string output, string? dataOption, int seed, int epochs, bool bies, WeightEncoding encoding)
    {
        string root = DataPaths.DataRoot(dataOption);
        string[] trainPaths = trainFiles is { Length: > 0 } ? trainFiles : DefaultTrain.Select(f => DataPaths.Require(root, f)).ToArray();
        string devPath = devFile ?? DataPaths.Require(root, DefaultDev);

        var raw = new List<GoldSentence>();
        foreach (string path in trainPaths)
            raw.AddRange(CorpusReader.Read(path).Sentences);
        var evalSets = EvaluationSets.Select(f => Path.Combine(root, f)).Where(File.Exists)
            .Append(devPath).Distinct().Select(f => CorpusReader.Read(f).Sentences).ToList();
        var (kept, removed) = Deduplication.Remove(raw, evalSets);
        var (unique, repeats) = Deduplication.Distinct(kept);
        IReadOnlyList<GoldSentence> devSentences = CorpusReader.Read(devPath).Sentences;
        var (lexicon, lexiconFiles, lexiconEntries) = LexiconBuilder.Build(root);

        io.Error.WriteLine($"newslens: train ws: {raw.Count} sentences read; removed {removed} found in dev/test sets and {repeats} repeated; training on {unique.Count} sentences ({unique.Sum(s => s.Words.Count)} words); dev {devSentences.Count}; lexicon {lexicon.WordCount} words from {lexiconFiles.Count} lists");

        var provenance = new Dictionary<string, string>
        {
            ["train_files"] = string.Join(", ", trainPaths.Select(Path.GetFileName)),
            ["train_sentences"] = unique.Count.ToString(CultureInfo.InvariantCulture),
            ["removed_overlap"] = removed.ToString(CultureInfo.InvariantCulture),
            ["removed_repeats"] = repeats.ToString(CultureInfo.InvariantCulture),
            ["dev_file"] = Path.GetFileName(devPath),
            ["lexicon_files"] = string.Join(", ", lexiconFiles),
            ["licence_note"] = "trained on VLSP/VietTreebank data under the VLSP research agreement and UD VTB (CC BY-SA 4.0): research use",
        };
        var sw = Stopwatch.StartNew();
        WordSegmenter segmenter = LiveProgress.Run(io, "training ws", report =>
            SegmenterTrainer.Train(unique, devSentences, lexicon,
                new SegmenterTrainer.Options { Seed = seed, MaxEpochs = epochs, Provenance = provenance, Bies = bies },
                new SyncProgress<TrainingProgress>(p => report(
                    $"epoch {p.Epoch}/{p.MaxEpochs}" + (p.BestDevAccuracy is { } b ? $" best dev {b:P2}" : ""),
                    ((p.Epoch - 1) + ((double)p.SequencesDone / Math.Max(1, p.SequenceCount))) / p.MaxEpochs))));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        segmenter.Model.Save(output, encoding);
        TrainingSummary? t = segmenter.Model.Metadata.Training;
        io.OutText.WriteLine($"wrote {output}: {segmenter.Model.FeatureCount} features, {new FileInfo(output).Length / 1024} KiB; best epoch {t?.BestEpoch} of {t?.Epochs}, dev syllable accuracy {t?.DevAccuracy:P2}; {sw.Elapsed.TotalSeconds:F0} s");
        return ExitCodes.Ok;
    }

    private static string Show(string[] syllables, bool[] starts)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < syllables.Length; i++)
            sb.Append(i == 0 ? "" : starts[i] ? " " : "_").Append(syllables[i]);
        return sb.ToString();
    }

    private static int Eval(CliIO io, string goldPath, string? modelPath, bool json, int errors = 0)
    {
        var (format, gold) = ReadGold(goldPath);
        var loadClock = Stopwatch.StartNew();
        WordSegmenter segmenter = LoadSegmenter(modelPath);
        double loadMs = loadClock.Elapsed.TotalMilliseconds;
        var (score, wps, sps) = LiveProgress.Run(io, "evaluating ws", report =>
            SegmenterTrainer.Evaluate(segmenter, gold, new SyncProgress<int>(i => report($"sentence {i}", (double)i / gold.Count)),
                errors <= 0 ? null : (syl, g, p) =>
                {
                    if (errors-- > 0)
                        io.Error.WriteLine($"gold: {Show(syl, g)}\npred: {Show(syl, p)}\n");
                }));
        if (json)
        {
            var result = new Dictionary<string, object?>
            {
                ["task"] = "ws",
                ["gold"] = goldPath,
                ["format"] = CorpusReader.Describe(format),
                ["sentences"] = score.Sentences,
                ["gold_words"] = score.GoldWords,
                ["predicted_words"] = score.PredictedWords,
                ["precision"] = Math.Round(score.Precision * 100, 2),
                ["recall"] = Math.Round(score.Recall * 100, 2),
                ["f1"] = Math.Round(score.F1 * 100, 2),
                ["oov_recall"] = double.IsNaN(score.OovRecall) ? null : Math.Round(score.OovRecall * 100, 2),
                ["oov_words"] = score.OovGold,
                ["words_per_second"] = Math.Round(wps),
                ["syllables_per_second"] = Math.Round(sps),
                ["model_load_ms"] = Math.Round(loadMs, 1),
            };
            io.OutText.WriteLine(JsonSerializer.Serialize(result));
        }
        else
        {
            io.OutText.WriteLine($"gold: {goldPath} (detected: {CorpusReader.Describe(format)}), {score.Sentences} sentences, {score.GoldWords} words");
            io.OutText.WriteLine($"word precision {score.Precision * 100:F2}  recall {score.Recall * 100:F2}  F1 {score.F1 * 100:F2}");
            io.OutText.WriteLine(double.IsNaN(score.OovRecall) ? "OOV recall: n/a (the model carries no training vocabulary)" : $"OOV recall {score.OovRecall * 100:F2} ({score.OovGold} out-of-vocabulary words)");
            io.OutText.WriteLine($"speed {wps:N0} words/s, {sps:N0} syllables/s (one thread, gold syllables); model load {loadMs:F0} ms");
        }
        return ExitCodes.Ok;
    }
}

/// <summary>An <see cref="IProgress{T}"/> that calls back on the reporting thread (no synchronization context).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
