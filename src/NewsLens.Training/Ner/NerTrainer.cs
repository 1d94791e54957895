using System.Text.Json;
using NewsLens.Learning;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Ner;

namespace NewsLens.Training.Ner;

/// <summary>Trains the NER tagger (averaged perceptron on <see cref="NerFeatures"/>), stopping on dev entity F1.</summary>
public static class NerTrainer
{
    /// <summary>Options of one training run.</summary>
    public sealed record Options
    {
        /// <summary>The seed of the shuffles; the same data and seed give the same model bytes.</summary>
        public int Seed { get; init; } = 1;

        /// <summary>The most epochs.</summary>
        public int MaxEpochs { get; init; } = 30;

        /// <summary>Epochs without a better dev F1 before stopping.</summary>
        public int Patience { get; init; } = 4;

        /// <summary>Read capitalized multi-syllable words syllable by syllable (<see cref="NerTagger.SplitsIntoSyllables"/>).</summary>
        public bool SplitNames { get; init; } = true;

        /// <summary>
        /// Train two passes: a first-pass model, then a model that also reads the first pass's labels of the same
        /// word elsewhere in the document. The second pass learns from first-pass labels of held-out folds
        /// (<see cref="JackknifeFolds"/>), so it sees first-pass errors as they are on unseen text.
        /// </summary>
        public bool TwoPass { get; init; }

        /// <summary>Folds of the training documents for the first-pass labels the second pass learns from.</summary>
        public int JackknifeFolds { get; init; } = 4;

        /// <summary>How the first-pass model is stored inside a two-pass model (the outer weights follow the caller's choice when saving).</summary>
        public WeightEncoding FirstPassEncoding { get; init; } = WeightEncoding.Int8;

        /// <summary>Train with BILOU labels instead of BIO (predictions are turned back into BIO).</summary>
        public bool Bilou { get; init; }

        /// <summary>Drop features whose weights are all below this in absolute value (smaller, faster model); 0 keeps all.</summary>
        public float Prune { get; init; }

        /// <summary>The model version written into the file.</summary>
        public string ModelVersion { get; init; } = "1.0.0";

        /// <summary>Free-form facts about the training data, stored in the model's metadata.</summary>
        public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();
    }

    /// <summary>Trains a tagger; the lexicon and clusters are stored inside the model.</summary>
    /// <param name="train">Training documents (POS tags filled).</param>
    /// <param name="dev">Dev documents for early stopping on entity F1, or null to run every epoch.</param>
    /// <param name="lexicon">Gazetteers and trigger words.</param>
    /// <param name="clusters">Brown clusters (<see cref="WordClusters.Empty"/> to train without them).</param>
    /// <param name="options">Seed, epochs, provenance.</param>
    /// <param name="progress">Receives progress, or null.</param>
    public static NerTagger Train(
        IReadOnlyList<NerDocumentData> train,
        IReadOnlyList<NerDocumentData>? dev,
        NerLexicon lexicon,
        WordClusters clusters,
        Options options,
        IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(options);
        var trainDocs = Prepare(train, lexicon, clusters, options.SplitNames);
        var devDocs = dev is null ? null : Prepare(dev, lexicon, clusters, options.SplitNames);
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["lexicon_entries"] = JsonSerializer.SerializeToElement(lexicon.Count),
            ["cluster_words"] = JsonSerializer.SerializeToElement(clusters.Count),
            ["train_documents"] = JsonSerializer.SerializeToElement(train.Count),
            ["dev_documents"] = JsonSerializer.SerializeToElement(dev?.Count ?? 0),
            ["dev_metric"] = JsonSerializer.SerializeToElement("entity F1 (conlleval)"),
            ["passes"] = JsonSerializer.SerializeToElement(options.TwoPass ? 2 : 1),
        };
        foreach (KeyValuePair<string, string> p in options.Provenance)
            properties[p.Key] = JsonSerializer.SerializeToElement(p.Value);
        NerFeatures first = NerFeatures.Of(options.SplitNames, secondPass: false);
        if (!options.TwoPass)
        {
            LinearChainModel single = TrainPass(first, trainDocs, devDocs, options, properties, progress);
            return Finish(Pruned(single, options), null, lexicon, clusters);
        }

        // First-pass labels of each training document from a model that did not see it.
        int folds = Math.Max(2, options.JackknifeFolds);
        for (int f = 0; f < folds; f++)
        {
            var inFold = trainDocs.Where((_, i) => i % folds == f).ToList();
            var rest = trainDocs.Where((_, i) => i % folds != f).ToList();
            LinearChainModel m = TrainPass(first, rest, devDocs, options, properties, null);
            foreach (var d in inFold)
                d.Document.ApplyFirstPass(PredictAll(m, first, d.Document));
        }
        LinearChainModel firstModel = Pruned(TrainPass(first, trainDocs, devDocs, options, properties, null), options);
        using var stream = new MemoryStream();
        firstModel.Save(stream, options.FirstPassEncoding);
        byte[] firstBytes = stream.ToArray();
        stream.Position = 0;
        firstModel = LinearChainModel.Load(stream, NerTagger.ModelKind);
        foreach (var d in devDocs ?? [])
            d.Document.ApplyFirstPass(PredictAll(firstModel, first, d.Document));
        LinearChainModel second = TrainPass(NerFeatures.Of(options.SplitNames, secondPass: true), trainDocs, devDocs, options, properties, progress);
        return Finish(Pruned(second, options), firstBytes, lexicon, clusters);
    }

    private static LinearChainModel Pruned(LinearChainModel model, Options options) =>
        options.Prune > 0 ? model.Prune(options.Prune) : model;

    private static NerTagger Finish(LinearChainModel model, byte[]? firstPass, NerLexicon lexicon, WordClusters clusters)
    {
        model = model.WithAuxiliary(NerLexicon.BlobName, lexicon.ToBytes())
                     .WithAuxiliary(WordClusters.BlobName, clusters.ToBytes());
        if (firstPass is not null)
            model = model.WithAuxiliary(NerTagger.FirstPassBlob, firstPass);
        return NerTagger.FromModel(model);
    }

    private static LinearChainModel TrainPass(
        NerFeatures features, List<(NerDocument Document, List<int[]> Labels)> train, List<(NerDocument Document, List<int[]> Labels)>? dev,
        Options options, Dictionary<string, JsonElement> properties, IProgress<TrainingProgress>? progress) =>
        PerceptronTrainer.Train(
            features,
            Sequences(train, options.Bilou),
            dev is null ? null : Sequences(dev, options.Bilou),
            new PerceptronOptions
            {
                Kind = NerTagger.ModelKind,
                ModelVersion = options.ModelVersion,
                Labels = options.Bilou ? NerTagger.BilouLabels : NerTagger.BioLabels,
                MaxEpochs = options.MaxEpochs,
                Patience = options.Patience,
                Seed = options.Seed,
                Created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                Properties = properties,
                DevMetric = options.Bilou
                    ? (gold, predicted) => EntityScore.Of(AsBio(gold), AsBio(predicted)).F1
                    : (gold, predicted) => EntityScore.Of(gold, predicted).F1,
            },
            progress);

    /// <summary>Labels every unit of a prepared document with one model.</summary>
    private static int[] PredictAll(LinearChainModel model, NerFeatures features, NerDocument doc)
    {
        var tagger = new SequenceTagger<NerSentence>(model, features);
        var labels = new int[doc.Count];
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            int first = doc.SentenceFirst(s);
            tagger.Predict(new NerSentence(doc, first), labels.AsSpan(first, doc.SentenceLength(s)));
            BilouSpans.ToBioIfBilou(model, labels.AsSpan(first, doc.SentenceLength(s)));
        }
        return labels;
    }

    private static List<int[]> AsBio(IReadOnlyList<int[]> bilou) => bilou.Select(l =>
    {
        int[] copy = [.. l];
        BilouSpans.ToBio(copy);
        return copy;
    }).ToList();

    private static List<LabeledSequence<NerSentence>> Sequences(List<(NerDocument Document, List<int[]> Labels)> docs, bool bilou)
    {
        var list = new List<LabeledSequence<NerSentence>>();
        foreach (var (doc, labels) in docs)
        {
            for (int k = 0; k < labels.Count; k++)
            {
                int[] y = labels[k];
                if (bilou)
                {
                    var converted = new int[y.Length];
                    BilouSpans.ToBilou(y, converted);
                    y = converted;
                }
                list.Add(new LabeledSequence<NerSentence>(new NerSentence(doc, doc.SentenceFirst(k)), y));
            }
        }
        return list;
    }

    /// <summary>Each document prepared once (document features) with the unit labels of its non-empty sentences.</summary>
    internal static List<(NerDocument Document, List<int[]> Labels)> Prepare(IReadOnlyList<NerDocumentData> docs, NerLexicon lexicon, WordClusters clusters, bool split)
    {
        var list = new List<(NerDocument, List<int[]>)>();
        foreach (NerDocumentData d in docs)
        {
            var doc = new NerDocument();
            doc.Clear();
            var unitLabels = new List<int[]>();
            foreach (NerSentenceData s in d.Sentences)
            {
                int[] labels = NerTagger.AddWords(doc, s.Words, s.Pos, s.Labels, clusters, split)!;
                if (labels.Length > 0)
                    unitLabels.Add(labels);
                doc.EndSentence();
            }
            doc.Complete(lexicon);
            list.Add((doc, unitLabels));
        }
        return list;
    }
}
