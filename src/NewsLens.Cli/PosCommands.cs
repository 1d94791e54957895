using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Text;
using NewsLens.Training.Corpora;
using NewsLens.Training.Tagging;
using NewsLens.Vietnamese;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Segmentation;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Cli;

/// <summary><c>newslens train pos</c> and <c>newslens eval pos</c>.</summary>
internal static class PosCommands
{
    /// <summary>The default training files, relative to the data folder.</summary>
    public static readonly string[] DefaultTrain =
    [
        "viettreebank-pos-vlp/vtb-tagged.txt",
        "vlsp2016-ner-train/train.txt",
    ];

    /// <summary>UD VTB train: its UPOS tags, aligned with the same sentences in VietTreebank, teach the UPOS mapping.</summary>
    public const string UposSource = "ud-vietnamese-vtb/vi_vtb-ud-train.conllu";

    /// <summary>UD VTB dev: the VietTreebank copies of its sentences are the dev set (early stopping).</summary>
    public const string DevSource = "ud-vietnamese-vtb/vi_vtb-ud-dev.conllu";

    public const string DefaultModelFile = "pos.nlm";

    public static Command CreateTrain(CliIO io)
    {
        var train = new Option<string[]>("--train") { Description = "Training files (any supported layout; VLSP 2016 POS tags are mapped); default: VietTreebank + VLSP 2016 NER train.", AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string?>("--dev") { Description = "Dev file for early stopping; default: the VietTreebank copies of the UD VTB dev sentences." };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => Path.Combine("models", DefaultModelFile) };
        var data = new Option<string?>("--data") { Description = "The datasets folder (default ../shared/data)." };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Most training epochs.", DefaultValueFactory = _ => 20 };
        var weights = new Option<string>("--weights") { Description = "Stored weight precision: int16 (default), int8 or float32.", DefaultValueFactory = _ => "int16" };
        weights.AcceptOnlyFromAmong("int16", "int8", "float32");
        var clusters = new Option<string?>("--clusters") { Description = "Word clusters (a copy goes into the model); default: the shipped models/clusters.nlm." };
        var prune = new Option<float>("--prune") { Description = "Drop features whose weights are all below this in absolute value (smaller, faster model).", DefaultValueFactory = _ => DefaultPrune };
        var command = new Command("pos", "Train the part-of-speech tagger.") { train, dev, output, data, seed, epochs, weights, prune, clusters };
        command.SetAction(p => Train(io, p.GetValue(train), p.GetValue(dev), p.GetValue(output)!, p.GetValue(data), p.GetValue(seed), p.GetValue(epochs),
            p.GetValue(weights) switch { "int8" => WeightEncoding.Int8, "float32" => WeightEncoding.Float32, _ => WeightEncoding.Int16 }, p.GetValue(prune), p.GetValue(clusters)));
        return command;
    }

    public static Command CreateEval(CliIO io)
    {
        var gold = new Option<string>("--gold") { Description = "Gold file: CoNLL-U (UPOS compared), VLSP 2013 columns, VietTreebank word/TAG or VLSP 2016 columns (detected).", Required = true };
        var model = new Option<string?>("--model", "-m") { Description = "Tagger model file; default: the shipped models/pos.nlm." };
        var wsModel = new Option<string?>("--ws-model") { Description = "Segmenter model for --end-to-end; default: the shipped models/ws.nlm." };
        var endToEnd = new Option<bool>("--end-to-end") { Description = "Segment the raw text (the gold syllables separated by spaces) ourselves, then tag; scores (span, tag) F1." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var confusions = new Option<int>("--confusions") { Description = "Also print the N most frequent (gold → predicted) confusions (gold words)." };
        var command = new Command("pos", "Evaluate the POS tagger: accuracy (raw and mapped), OOV accuracy, speed; gold words or --end-to-end.") { gold, model, wsModel, endToEnd, json, confusions };
        command.SetAction(p => Eval(io, p.GetValue(gold)!, p.GetValue(model), p.GetValue(wsModel), p.GetValue(endToEnd), p.GetValue(json), p.GetValue(confusions)));
        return command;
    }

    /// <summary>Loads a tagger from a file, or the shipped default.</summary>
    public static PosTagger LoadTagger(string? path) => SegmentationCommands.LoadModel(path, DefaultModelFile, "pos", PosTagger.Load);

    /// <summary>The default pruning threshold of <c>train pos</c>.</summary>
    public const float DefaultPrune = 0f;

    private static int Train(CliIO io, string[]? trainFiles, string? devFile, string output, string? dataOption, int seed, int epochs, WeightEncoding encoding, float prune, string? clustersPath)
    {
        clustersPath ??= SegmentationCommands.ShippedModelPath("clusters.nlm");
        if (clustersPath is null || !File.Exists(clustersPath))
            throw new CliException(ExitCodes.InputNotFound, $"word clusters '{clustersPath ?? "clusters.nlm"}' not found: pass --clusters FILE or run 'newslens train clusters'");
        WordClusters wordClusters = WordClusters.Load(clustersPath);
        string root = DataPaths.DataRoot(dataOption);
        string[] trainPaths = trainFiles is { Length: > 0 } ? trainFiles : DefaultTrain.Select(f => DataPaths.Require(root, f)).ToArray();
        var treebank = new List<GoldSentence>();
        var silver = new List<GoldSentence>();
        int dropped = 0;
        foreach (string path in trainPaths)
        {
            var (format, sentences) = CorpusReader.Read(path);
            if (format != CorpusFormat.Vlsp2016Columns)
            {
                treebank.AddRange(sentences);
                continue;
            }
            // The VLSP 2016 POS column follows its own conventions: it is converted into VietTreebank's below;
            // the few sentences with a non-POS value in it are dropped.
            foreach (GoldSentence s in sentences)
            {
                if (s.Words.All(w => PosTagset.FromVlsp2016(w.Pos, w.Text) is not null))
                    silver.Add(s);
                else
                    dropped++;
            }
        }
        var evalSets = SegmentationCommands.EvaluationSets.Select(f => Path.Combine(root, f)).Where(File.Exists)
            .Select(f => (IEnumerable<GoldSentence>)CorpusReader.Read(f).Sentences).ToList();
        List<GoldSentence> raw;
        int pairCount, converted;
        try
        {
            (raw, pairCount, converted) = PosTrainer.WithConvertedSilver(treebank, silver, evalSets, seed);
            if (silver.Count > 0)
            {
                // The evidence for converting rather than renaming, printed with every rebuild.
                var (byModel, byRenaming) = TagConverter.HeldOutAccuracy(PosTrainer.ConversionPairs(treebank, silver, evalSets), seed, PosTagset.FromVlsp2016);
                io.Error.WriteLine($"newslens: train pos: VLSP 2016 tags converted into VietTreebank's on held-out shared sentences: {byModel:P2} right (renaming tag by tag: {byRenaming:P2})");
            }
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ExitCodes.Usage, "train pos: " + ex.Message + " Pass a VietTreebank-style corpus with --train as well.");
        }
        List<GoldSentence> devSentences;
        if (devFile is not null)
        {
            devSentences = [.. CorpusReader.Read(devFile).Sentences];
        }
        else
        {
            var udDev = new HashSet<string>(CorpusReader.Read(DataPaths.Require(root, DevSource)).Sentences.Select(Deduplication.Key), StringComparer.Ordinal);
            devSentences = Deduplication.Distinct(raw.Where(s => udDev.Contains(Deduplication.Key(s)))).Unique;
        }
        var (kept, removed) = Deduplication.Remove(raw, evalSets.Append(devSentences));
        var (unique, repeats) = Deduplication.Distinct(kept);
        string uposPath = Path.Combine(root, UposSource);
        var evidence = File.Exists(uposPath)
            ? PosTrainer.UposEvidence(raw, CorpusReader.Read(uposPath).Sentences)
            : [];

        io.Error.WriteLine($"newslens: train pos: {treebank.Count + silver.Count + dropped} sentences read ({dropped} with non-POS tags dropped; {converted} converted into VietTreebank's conventions by a model learned from {pairCount} sentences tagged in both, the other {silver.Count - converted} are VietTreebank's too); removed {removed} found in dev/test sets and {repeats} repeated; training on {unique.Count} sentences ({unique.Sum(s => s.Words.Count)} words); dev {devSentences.Count}; UPOS mapping from {evidence.Count} aligned UD train words" + (evidence.Count == 0 ? " (none found: the tag-level defaults are used)" : ""));
        var provenance = new Dictionary<string, string>
        {
            ["train_files"] = string.Join(", ", trainPaths.Select(Path.GetFileName)),
            ["train_sentences"] = unique.Count.ToString(CultureInfo.InvariantCulture),
            ["converted_sentences"] = converted.ToString(CultureInfo.InvariantCulture),
            ["conversion_pairs"] = pairCount.ToString(CultureInfo.InvariantCulture),
            ["removed_overlap"] = removed.ToString(CultureInfo.InvariantCulture),
            ["removed_repeats"] = repeats.ToString(CultureInfo.InvariantCulture),
            ["dev"] = devFile is null ? "VietTreebank copies of the UD VTB dev sentences" : Path.GetFileName(devFile),
            ["upos_mapping_source"] = Path.GetFileName(uposPath),
            ["clusters"] = Path.GetFileName(clustersPath),
            ["licence_note"] = "trained on VLSP/VietTreebank data under the VLSP research agreement and UD VTB (CC BY-SA 4.0): research use",
        };
        var sw = Stopwatch.StartNew();
        PosTagger tagger = LiveProgress.Run(io, "training pos", report =>
            PosTrainer.Train(unique, devSentences, evidence, wordClusters,
                new PosTrainer.Options { Seed = seed, MaxEpochs = epochs, Provenance = provenance },
                new SyncProgress<TrainingProgress>(p => report(
                    $"epoch {p.Epoch}/{p.MaxEpochs}" + (p.BestDevAccuracy is { } b ? $" best dev {b:P2}" : ""),
                    ((p.Epoch - 1) + ((double)p.SequencesDone / Math.Max(1, p.SequenceCount))) / p.MaxEpochs))));
        if (prune > 0)
            tagger = PosTagger.FromModel(tagger.Model.Prune(prune));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        tagger.Model.Save(output, encoding);
        TrainingSummary? t = tagger.Model.Metadata.Training;
        io.OutText.WriteLine($"wrote {output}: {tagger.Tags.Count} tags, {tagger.Model.FeatureCount} features, {new FileInfo(output).Length / 1024} KiB; best epoch {t?.BestEpoch} of {t?.Epochs}, dev accuracy {t?.DevAccuracy:P2}; {sw.Elapsed.TotalSeconds:F0} s");
        return ExitCodes.Ok;
    }

    private static int Eval(CliIO io, string goldPath, string? modelPath, string? wsModelPath, bool endToEnd, bool json, int confusions = 0)
    {
        var (format, gold) = SegmentationCommands.ReadGold(goldPath);
        var loadClock = Stopwatch.StartNew();
        PosTagger tagger = LoadTagger(modelPath);
        double loadMs = loadClock.Elapsed.TotalMilliseconds;
        PosScore score;
        if (endToEnd)
        {
            WordSegmenter segmenter = wsModelPath is null ? VietnameseModels.LoadDefault().Segmenter : SegmentationCommands.LoadSegmenter(wsModelPath);
            NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder().UseWordSegmenter(segmenter).UsePosTagger(tagger).Build();
            pipeline.Process(string.Join(' ', gold.Take(50).Select(s => s.Text))); // warm-up (JIT)
            score = LiveProgress.Run(io, "evaluating pos end to end", report =>
                PosEvaluation.EndToEnd(pipeline, gold, format, new SyncProgress<int>(i => report($"sentence {i}", (double)i / gold.Count))));
        }
        else
        {
            PosEvaluation.GoldWords(tagger, gold.Take(50).ToList(), format); // warm-up (JIT)
            score = LiveProgress.Run(io, "evaluating pos", report =>
                PosEvaluation.GoldWords(tagger, gold, format, new SyncProgress<int>(i => report($"sentence {i}", (double)i / gold.Count))));
        }
        string compared = score.Universal ? "UPOS" : "VietTreebank/VLSP tags";
        if (json)
        {
            var result = new Dictionary<string, object?>
            {
                ["task"] = "pos",
                ["gold"] = goldPath,
                ["format"] = CorpusReader.Describe(format),
                ["mode"] = endToEnd ? "end-to-end" : "gold-words",
                ["tags"] = score.Universal ? "upos" : "vtb",
                ["sentences"] = score.Sentences,
                ["gold_words"] = score.GoldWords,
                ["predicted_words"] = score.PredictedWords,
                ["accuracy"] = Percent(score.Accuracy),
                ["accuracy_mapped"] = double.IsNaN(score.AccuracyMapped) ? null : Percent(score.AccuracyMapped),
                ["oov_accuracy"] = double.IsNaN(score.OovAccuracy) ? null : Percent(score.OovAccuracy),
                ["oov_words"] = score.OovWords < 0 ? null : score.OovWords,
                ["segmentation_f1"] = endToEnd ? Percent(score.SegmentationF1) : null,
                ["words_per_second"] = Math.Round(score.WordsPerSecond),
                ["model_load_ms"] = Math.Round(loadMs, 1),
            };
            io.OutText.WriteLine(JsonSerializer.Serialize(result));
        }
        else
        {
            io.OutText.WriteLine($"gold: {goldPath} (detected: {CorpusReader.Describe(format)}), {score.Sentences} sentences, {score.GoldWords} words; comparing {compared}" + (endToEnd ? ", end to end from raw text" : ", gold words"));
            string measure = endToEnd ? "F1 of (word span, tag)" : "accuracy";
            io.OutText.WriteLine($"{measure} {score.Accuracy * 100:F2}" + (double.IsNaN(score.AccuracyMapped) ? "" : $"  mapped {score.AccuracyMapped * 100:F2} (Ny compared as Np; Nc, Ni, Nb as N)"));
            if (!double.IsNaN(score.OovAccuracy))
                io.OutText.WriteLine($"OOV accuracy {score.OovAccuracy * 100:F2} ({score.OovWords} out-of-vocabulary words)");
            if (endToEnd)
                io.OutText.WriteLine($"word segmentation F1 {score.SegmentationF1 * 100:F2} ({score.PredictedWords} predicted words)");
            io.OutText.WriteLine($"speed {score.WordsPerSecond:N0} words/s (one thread, {(endToEnd ? "whole pipeline" : "tagger alone")}); model load {loadMs:F0} ms");
        }
        foreach (var ((g, p), words) in score.Confusions.OrderByDescending(c => c.Value.Values.Sum()).ThenBy(c => c.Key.Gold, StringComparer.Ordinal).Take(confusions))
        {
            string examples = string.Join(", ", words.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Take(6).Select(w => $"{w.Key} {w.Value}"));
            io.Error.WriteLine($"{words.Values.Sum(),6}  gold {g,-5} predicted {p,-5} {examples}");
        }
        return ExitCodes.Ok;
    }

    private static double Percent(double x) => Math.Round(x * 100, 2);
}
