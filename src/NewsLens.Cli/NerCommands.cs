using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Training.Corpora;
using NewsLens.Training.Ner;
using NewsLens.Vietnamese;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Ner;
using NewsLens.Vietnamese.Segmentation;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Cli;

/// <summary><c>newslens train ner</c> and <c>newslens eval ner</c>.</summary>
internal static class NerCommands
{
    /// <summary>The default training file, relative to the data folder (test document 104682 already removed).</summary>
    public const string DefaultTrain = "vlsp2016-ner-train/train.txt";

    /// <summary>VLSP 2018 training articles (ENAMEX), added with <c>--with-vlsp2018</c>.</summary>
    public const string Vlsp2018Train = "vlsp2018-ner/vlsp2018_ner_train.jsonl";

    public const string DefaultModelFile = "ner.nlm";

    /// <summary>Every <see cref="DevEvery"/>-th training document (the last of each group, by doc_index order) is dev.</summary>
    public const int DevEvery = 8;

    public static Command CreateTrain(CliIO io)
    {
        var train = new Option<string?>("--train") { Description = "VLSP 2016 NER column file (with doc_index.tsv beside it); default: vlsp2016-ner-train/train.txt." };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => Path.Combine("models", DefaultModelFile) };
        var data = new Option<string?>("--data") { Description = "The datasets folder (default ../shared/data)." };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Most training epochs.", DefaultValueFactory = _ => 30 };
        var weights = new Option<string>("--weights") { Description = "Stored weight precision: int8 (default), int16 or float32.", DefaultValueFactory = _ => "int8" };
        weights.AcceptOnlyFromAmong("int16", "int8", "float32");
        var clusters = new Option<string?>("--clusters") { Description = "Word clusters (a copy goes into the model); 'none' to train without; default: the shipped models/clusters.nlm." };
        var posModel = new Option<string?>("--pos-model") { Description = "POS tagger whose tags are features; default: the shipped models/pos.nlm." };
        var vlsp2018 = new Option<bool>("--with-vlsp2018") { Description = "Also train on the VLSP 2018 training articles, segmented and tagged by our pipeline (default true; chosen by cross-validation).", DefaultValueFactory = _ => true };
        var units = new Option<string>("--units") { Description = "What the tagger reads: words (default) or syllables (capitalized multi-syllable words split into syllables).", DefaultValueFactory = _ => "words" };
        units.AcceptOnlyFromAmong("syllables", "words");
        var augment = new Option<bool>("--our-segmentation") { Description = "Also train on the training documents as our own segmenter and tagger read them, what end-to-end input looks like (default true).", DefaultValueFactory = _ => true };
        var twoPass = new Option<bool>("--two-pass") { Description = "Train two passes: the second reads the first pass's labels of the same word elsewhere in the document (default true).", DefaultValueFactory = _ => true };
        var prune = new Option<float>("--prune") { Description = "Drop features whose weights are all below this in absolute value (smaller, faster model; default 1, chosen on dev).", DefaultValueFactory = _ => 1f };
        var cv = new Option<int>("--cv") { Description = "Instead of training the model, run K-fold cross-validation by document and print the dev F1 of each fold." };
        var labels = new Option<string>("--labels") { Description = "Label scheme the model learns: bio (default) or bilou (tried: README). Predictions are BIO either way.", DefaultValueFactory = _ => "bio" };
        var command = new Command("ner", "Train the named-entity tagger (PER, LOC, ORG, MISC).") { train, output, data, seed, epochs, weights, clusters, posModel, vlsp2018, units, augment, twoPass, prune, cv, labels };
        command.SetAction(p => Train(io, p.GetValue(train), p.GetValue(output)!, p.GetValue(data), p.GetValue(seed), p.GetValue(epochs),
            p.GetValue(weights) switch { "int16" => WeightEncoding.Int16, "float32" => WeightEncoding.Float32, _ => WeightEncoding.Int8 },
            p.GetValue(clusters), p.GetValue(posModel), p.GetValue(vlsp2018), p.GetValue(units) != "words", p.GetValue(augment), p.GetValue(twoPass), p.GetValue(prune), p.GetValue(cv), p.GetValue(labels) == "bilou"));
        return command;
    }

    public static Command CreateEval(CliIO io)
    {
        var gold = new Option<string>("--gold") { Description = "Gold file: VLSP 2016 columns (gold words; doc_index.tsv beside it groups documents) or VLSP 2018 ENAMEX (JSON lines or text; always end to end).", Required = true };
        var model = new Option<string?>("--model", "-m") { Description = "NER model file; default: the shipped models/ner.nlm." };
        var endToEnd = new Option<bool>("--end-to-end") { Description = "Start from the raw text: our own segmentation and POS tags; entities compared by character span." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var errors = new Option<int>("--errors") { Description = "Also print (on standard error) the first N sentences whose entities differ (gold words only): gold | predicted." };
        var command = new Command("ner", "Evaluate the NER tagger: entity precision, recall, F1 (conlleval), per type, speed.") { gold, model, endToEnd, json, errors };
        command.SetAction(p => Eval(io, p.GetValue(gold)!, p.GetValue(model), p.GetValue(endToEnd), p.GetValue(json), p.GetValue(errors)));
        return command;
    }

    /// <summary>Loads an NER tagger from a file, or the shipped default.</summary>
    public static NerTagger LoadTagger(string? path) => SegmentationCommands.LoadModel(path, DefaultModelFile, "ner", NerTagger.Load);

    private static int Train(CliIO io, string? trainFile, string output, string? dataOption, int seed, int epochs, WeightEncoding encoding,
        string? clustersOption, string? posModel, bool withVlsp2018, bool split, bool ourSegmentation, bool twoPass, float prune, int folds, bool bilou)
    {
        var clock = Stopwatch.StartNew();
        string root = DataPaths.DataRoot(dataOption);
        string trainPath = trainFile ?? DataPaths.Require(root, DefaultTrain);
        if (!File.Exists(trainPath))
            throw new CliException(ExitCodes.InputNotFound, $"training file '{trainPath}' not found");
        WordClusters wordClusters = WordClusters.Empty;
        if (clustersOption != "none")
        {
            string? clustersPath = clustersOption ?? SegmentationCommands.ShippedModelPath("clusters.nlm");
            if (clustersPath is null || !File.Exists(clustersPath))
                throw new CliException(ExitCodes.InputNotFound, $"word clusters '{clustersPath ?? "clusters.nlm"}' not found: pass --clusters FILE (or none)");
            wordClusters = WordClusters.Load(clustersPath);
        }
        PosTagger pos = PosCommands.LoadTagger(posModel);
        NerLexicon lexicon = GazetteerBuilder.Build(root, line => io.Error.WriteLine($"newslens: train ner: {line}"));

        List<NerDocumentData> docs = NerData.ReadVlsp2016(trainPath);
        NerData.TagPos(docs, pos);
        var extra = new List<NerDocumentData>();
        WordSegmenter segmenter = VietnameseModels.LoadDefault().Segmenter;
        NewsLensPipeline analyzer = NewsLensPipeline.CreateBuilder().UseWordSegmenter(segmenter).UsePosTagger(pos).Build();
        if (withVlsp2018)
        {
            foreach (EnamexDocument d in NerData.ReadEnamex(DataPaths.Require(root, Vlsp2018Train)))
                extra.Add(NerEvaluation.Project(analyzer.Process(d.Text), d));
        }
        // The same documents as our segmenter and tagger read them, index-aligned with docs.
        List<NerDocumentData>? ours = ourSegmentation
            ? docs.Select(d => { EnamexDocument t = NerEvaluation.ToText(d); return NerEvaluation.Project(analyzer.Process(t.Text), t) with { Id = d.Id + "-ours" }; }).ToList()
            : null;
        io.Error.WriteLine($"newslens: train ner: {docs.Count} documents, {docs.Sum(d => d.Sentences.Count)} sentences, {docs.Sum(d => d.WordCount)} words; " +
            $"lexicon {lexicon.Count} entries; clusters {wordClusters.Count} words" + (withVlsp2018 ? $"; + VLSP 2018 train {extra.Count} articles, {extra.Sum(d => d.WordCount)} words" : ""));

        if (folds > 1)
        {
            var f1s = new List<double>();
            var e2es = new List<double>();
            for (int f = 0; f < folds; f++)
            {
                var dev = docs.Where((_, i) => i % folds == f).ToList();
                var tr = docs.Where((_, i) => i % folds != f).Concat(ours?.Where((_, i) => i % folds != f) ?? []).Concat(extra).ToList();
                NerTagger foldTagger = NerTrainer.Train(tr, dev, lexicon, wordClusters, new NerTrainer.Options { Seed = seed, MaxEpochs = epochs, SplitNames = split, TwoPass = twoPass, Prune = prune, Bilou = bilou });
                double f1 = NerEvaluation.GoldWords(foldTagger, dev).Score.F1;
                NewsLensPipeline foldPipeline = NewsLensPipeline.CreateBuilder().UseWordSegmenter(segmenter).UsePosTagger(pos).UseNer(foldTagger).Build();
                double e2e = NerEvaluation.EndToEnd(foldPipeline, dev.Select(NerEvaluation.ToText).ToList()).Score.F1;
                f1s.Add(f1);
                e2es.Add(e2e);
                io.OutText.WriteLine($"fold {f + 1}/{folds}: dev F1 {f1 * 100:F2}, end to end {e2e * 100:F2} (best epoch {foldTagger.Model.Metadata.Training?.BestEpoch})");
                io.OutText.Flush();
            }
            io.OutText.WriteLine($"mean dev F1 {f1s.Average() * 100:F2}, end to end {e2es.Average() * 100:F2} over {folds} folds; {clock.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Ok;
        }

        List<NerDocumentData> devDocs = docs.Where((_, i) => i % DevEvery == DevEvery - 1).ToList();
        List<NerDocumentData> trainDocs = docs.Where((_, i) => i % DevEvery != DevEvery - 1)
            .Concat(ours?.Where((_, i) => i % DevEvery != DevEvery - 1) ?? []).Concat(extra).ToList();
        var provenance = new Dictionary<string, string>
        {
            ["train_file"] = Path.GetFileName(trainPath),
            ["dev"] = $"every {DevEvery}th document of {Path.GetFileName(trainPath)} by doc_index order ({devDocs.Count} documents)",
            ["vlsp2018_train"] = withVlsp2018 ? "yes" : "no",
            ["units"] = split ? "syllables of capitalized multi-syllable words" : "words",
            ["our_segmentation_copy"] = ourSegmentation ? "yes" : "no",
            ["two_pass"] = twoPass ? "yes" : "no",
            ["prune"] = prune.ToString(CultureInfo.InvariantCulture),
            ["clusters"] = clustersOption == "none" ? "none" : "clusters.nlm",
            ["pos_model"] = posModel is null ? "pos.nlm" : Path.GetFileName(posModel),
            ["licence_note"] = "trained on VLSP 2016 NER data under the VLSP research agreement: research use",
        };
        NerTagger tagger = LiveProgress.Run(io, "training ner", report =>
            NerTrainer.Train(trainDocs, devDocs, lexicon, wordClusters,
                new NerTrainer.Options { Seed = seed, MaxEpochs = epochs, Provenance = provenance, SplitNames = split, TwoPass = twoPass, FirstPassEncoding = encoding, Prune = prune, Bilou = bilou },
                new SyncProgress<TrainingProgress>(p => report(
                    $"epoch {p.Epoch}/{p.MaxEpochs}" + (p.BestDevAccuracy is { } b ? $" best dev F1 {b:P2}" : ""),
                    ((p.Epoch - 1) + ((double)p.SequencesDone / Math.Max(1, p.SequenceCount))) / p.MaxEpochs))));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        tagger.Model.Save(output, encoding);
        TrainingSummary? t = tagger.Model.Metadata.Training;
        NerTagger saved = NerTagger.Load(output);
        double devF1 = NerEvaluation.GoldWords(saved, devDocs).Score.F1;
        NewsLensPipeline full = NewsLensPipeline.CreateBuilder().UseWordSegmenter(segmenter).UsePosTagger(pos).UseNer(saved).Build();
        double devE2e = NerEvaluation.EndToEnd(full, devDocs.Select(NerEvaluation.ToText).ToList()).Score.F1;
        io.OutText.WriteLine($"wrote {output}: {tagger.Model.FeatureCount} features, {new FileInfo(output).Length / 1024} KiB; best epoch {t?.BestEpoch} of {t?.Epochs}, dev F1 {t?.DevAccuracy * 100:F2} ({devF1 * 100:F2} as saved; end to end {devE2e * 100:F2}); {clock.Elapsed.TotalSeconds:F0} s");
        return ExitCodes.Ok;
    }

    private static int Eval(CliIO io, string goldPath, string? modelPath, bool endToEnd, bool json, int errors = 0)
    {
        if (!File.Exists(goldPath))
            throw new CliException(ExitCodes.InputNotFound, $"gold file '{goldPath}' not found");
        bool enamex = NerData.LooksLikeEnamex(goldPath);
        if (!enamex)
        {
            CorpusFormat format;
            try
            {
                format = CorpusReader.Detect(goldPath);
            }
            catch (InvalidDataException ex)
            {
                throw new CliException(ExitCodes.BadEncoding, ex.Message);
            }
            if (format != CorpusFormat.Vlsp2016Columns)
                throw new CliException(ExitCodes.BadEncoding, $"{goldPath}: {CorpusReader.Describe(format)} has no entity tags: give VLSP 2016 columns or VLSP 2018 ENAMEX");
        }
        endToEnd |= enamex;
        var loadClock = Stopwatch.StartNew();
        NerTagger tagger = LoadTagger(modelPath);
        double loadMs = loadClock.Elapsed.TotalMilliseconds;
        VietnameseModels models = VietnameseModels.LoadDefault();
        NerEvaluationResult result;
        if (endToEnd)
        {
            List<EnamexDocument> docs = enamex ? NerData.ReadEnamex(goldPath) : NerData.ReadVlsp2016(goldPath).Select(NerEvaluation.ToText).ToList();
            NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder().UseWordSegmenter(models.Segmenter).UsePosTagger(models.Tagger).UseNer(tagger).Build();
            NerEvaluation.EndToEnd(pipeline, docs); // warm-up: a whole run, so the timed one runs fully optimized code (tiered JIT)
            result = LiveProgress.Run(io, "evaluating ner end to end", report =>
                NerEvaluation.EndToEnd(pipeline, docs, new SyncProgress<int>(i => report($"document {i}", (double)i / docs.Count))));
        }
        else
        {
            List<NerDocumentData> docs = NerData.ReadVlsp2016(goldPath);
            NerData.TagPos(docs, models.Tagger);
            NerEvaluation.GoldWords(tagger, docs); // warm-up: a whole run (tiered JIT)
            result = LiveProgress.Run(io, "evaluating ner", report =>
                NerEvaluation.GoldWords(tagger, docs, new SyncProgress<int>(i => report($"document {i}", (double)i / docs.Count)),
                    errors <= 0 ? null : (words, g, p) =>
                    {
                        if (errors-- > 0)
                            io.Error.WriteLine($"gold: {Show(words, g)}\npred: {Show(words, p)}\n");
                    }));
        }
        EntityScore s = result.Score;
        if (json)
        {
            var perType = new Dictionary<string, object>();
            foreach (var (type, p, r, f, g) in s.PerType)
                perType[type] = new Dictionary<string, object> { ["precision"] = Percent(p), ["recall"] = Percent(r), ["f1"] = Percent(f), ["gold"] = g };
            io.OutText.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["task"] = "ner",
                ["gold"] = goldPath,
                ["format"] = enamex ? "VLSP 2018 ENAMEX (top level)" : CorpusReader.Describe(CorpusFormat.Vlsp2016Columns),
                ["mode"] = endToEnd ? "end-to-end" : "gold-words",
                ["documents"] = result.Documents,
                ["words"] = result.Words,
                ["gold_entities"] = s.TruePositives + s.FalseNegatives,
                ["predicted_entities"] = s.TruePositives + s.FalsePositives,
                ["precision"] = Percent(s.Precision),
                ["recall"] = Percent(s.Recall),
                ["f1"] = Percent(s.F1),
                ["per_type"] = perType,
                ["unreachable_entities"] = endToEnd ? result.Unreachable : null,
                ["words_per_second"] = Math.Round(result.WordsPerSecond),
                ["model_load_ms"] = Math.Round(loadMs, 1),
            }));
        }
        else
        {
            io.OutText.WriteLine($"gold: {goldPath} ({(enamex ? "VLSP 2018 ENAMEX, top level" : "VLSP 2016 columns")}), {result.Documents} documents, {s.TruePositives + s.FalseNegatives} entities; " +
                (endToEnd ? "end to end from raw text" : "gold words"));
            io.OutText.WriteLine($"precision {s.Precision * 100:F2}  recall {s.Recall * 100:F2}  F1 {s.F1 * 100:F2}");
            foreach (var (type, p, r, f, g) in s.PerType)
                io.OutText.WriteLine($"  {type,-5} precision {p * 100:F2}  recall {r * 100:F2}  F1 {f * 100:F2}  ({g} gold)");
            if (endToEnd)
                io.OutText.WriteLine($"{result.Unreachable} gold entities have a boundary inside one of our words (no prediction can match them)");
            io.OutText.WriteLine($"speed {result.WordsPerSecond:N0} words/s (one thread, {(endToEnd ? "whole pipeline" : "NER tagger alone")}); model load {loadMs:F0} ms");
        }
        return ExitCodes.Ok;
    }

    /// <summary>A sentence with its entities bracketed: "[PER Nguyễn Kỳ Sơn] chỉ là …".</summary>
    private static string Show(string[] words, int[] labels)
    {
        var sb = new System.Text.StringBuilder();
        var spans = EntityScore.Spans(labels);
        int i = 0;
        foreach (var (a, b, t) in spans)
        {
            for (; i < a; i++)
                sb.Append(words[i].Replace(' ', '_')).Append(' ');
            sb.Append('[').Append(t).Append(' ').Append(string.Join(' ', words[a..b].Select(w => w.Replace(' ', '_')))).Append("] ");
            i = b;
        }
        for (; i < words.Length; i++)
            sb.Append(words[i].Replace(' ', '_')).Append(' ');
        return sb.ToString().TrimEnd();
    }

    private static double Percent(double x) => Math.Round(x * 100, 2);
}
