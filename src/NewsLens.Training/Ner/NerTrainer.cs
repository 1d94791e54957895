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
        List<LabeledSequence<NerSentence>> trainSeqs = Sequences(train, lexicon, clusters, options.SplitNames);
        List<LabeledSequence<NerSentence>>? devSeqs = dev is null ? null : Sequences(dev, lexicon, clusters, options.SplitNames);
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["lexicon_entries"] = JsonSerializer.SerializeToElement(lexicon.Count),
            ["cluster_words"] = JsonSerializer.SerializeToElement(clusters.Count),
            ["train_documents"] = JsonSerializer.SerializeToElement(train.Count),
            ["dev_documents"] = JsonSerializer.SerializeToElement(dev?.Count ?? 0),
            ["dev_metric"] = JsonSerializer.SerializeToElement("entity F1 (conlleval)"),
        };
        foreach (KeyValuePair<string, string> p in options.Provenance)
            properties[p.Key] = JsonSerializer.SerializeToElement(p.Value);
        LinearChainModel model = PerceptronTrainer.Train(
            options.SplitNames ? NerFeatures.Syllables : NerFeatures.Words,
            trainSeqs,
            devSeqs,
            new PerceptronOptions
            {
                Kind = NerTagger.ModelKind,
                ModelVersion = options.ModelVersion,
                Labels = NerTagger.BioLabels,
                MaxEpochs = options.MaxEpochs,
                Patience = options.Patience,
                Seed = options.Seed,
                Created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                Properties = properties,
                DevMetric = (gold, predicted) => EntityScore.Of(gold, predicted).F1,
            },
            progress);
        model = model.WithAuxiliary(NerLexicon.BlobName, lexicon.ToBytes())
                     .WithAuxiliary(WordClusters.BlobName, clusters.ToBytes());
        return new NerTagger(model, lexicon, clusters);
    }

    /// <summary>One labeled sequence per non-empty sentence; each document is prepared once (document features).</summary>
    internal static List<LabeledSequence<NerSentence>> Sequences(IReadOnlyList<NerDocumentData> docs, NerLexicon lexicon, WordClusters clusters, bool split)
    {
        var list = new List<LabeledSequence<NerSentence>>();
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
            for (int k = 0; k < unitLabels.Count; k++)
                list.Add(new LabeledSequence<NerSentence>(new NerSentence(doc, doc.SentenceFirst(k)), unitLabels[k]));
        }
        return list;
    }
}
