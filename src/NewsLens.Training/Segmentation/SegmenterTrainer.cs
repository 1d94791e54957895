using System.Diagnostics;
using System.Text.Json;
using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Training.Corpora;
using NewsLens.Training.Evaluation;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Segmentation;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Training.Segmentation;

/// <summary>Trains and evaluates the word segmenter on gold corpora.</summary>
public static class SegmenterTrainer
{
    /// <summary>Options of one training run.</summary>
    public sealed record Options
    {
        /// <summary>The seed of the shuffles; the same data and seed give the same model bytes.</summary>
        public int Seed { get; init; } = 1;

        /// <summary>The most epochs.</summary>
        public int MaxEpochs { get; init; } = 20;

        /// <summary>Epochs without a better dev score before stopping.</summary>
        public int Patience { get; init; } = 3;

        /// <summary>Label scheme: false for B/I, true for B/I/E/S.</summary>
        public bool Bies { get; init; }

        /// <summary>The model version written into the file.</summary>
        public string ModelVersion { get; init; } = "1.0.0";

        /// <summary>Free-form facts about the training data, stored in the model's metadata.</summary>
        public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();
    }

    /// <summary>Builds the segmenter's view of a gold sentence and its B/I labels.</summary>
    internal static LabeledSequence<SyllableSequence> ToLabeled(GoldSentence sentence, SyllableLexicon lexicon, bool bies)
    {
        var (syllables, kinds, starts) = GoldSyllables.Prepare(sentence);
        var seq = new SyllableSequence();
        seq.Reset(syllables.Length);
        for (int i = 0; i < syllables.Length; i++)
            seq.Set(i, syllables[i], kinds[i]);
        seq.ApplyLexicon(lexicon);
        var labels = new int[syllables.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            bool nextStarts = i + 1 == labels.Length || starts[i + 1];
            labels[i] = !bies
                ? (starts[i] ? 0 : 1)
                : starts[i] ? (nextStarts ? 3 : 0) : (nextStarts ? 2 : 1);
        }
        return new LabeledSequence<SyllableSequence>(seq, labels);
    }

    /// <summary>Trains a segmenter. The lexicon is stored inside the model.</summary>
    public static WordSegmenter Train(
        IReadOnlyList<GoldSentence> train,
        IReadOnlyList<GoldSentence>? dev,
        SyllableLexicon lexicon,
        Options options,
        IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(options);
        var trainSeqs = new List<LabeledSequence<SyllableSequence>>(train.Count);
        foreach (GoldSentence s in train)
        {
            if (s.SyllableCount > 0)
                trainSeqs.Add(ToLabeled(s, lexicon, options.Bies));
        }
        List<LabeledSequence<SyllableSequence>>? devSeqs = dev?.Where(s => s.SyllableCount > 0).Select(s => ToLabeled(s, lexicon, options.Bies)).ToList();
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["lexicon_words"] = JsonSerializer.SerializeToElement(lexicon.WordCount),
        };
        foreach (KeyValuePair<string, string> p in options.Provenance)
            properties[p.Key] = JsonSerializer.SerializeToElement(p.Value);
        LinearChainModel model = PerceptronTrainer.Train(
            SegmenterFeatures.Instance,
            trainSeqs,
            devSeqs,
            new PerceptronOptions
            {
                Kind = WordSegmenter.ModelKind,
                ModelVersion = options.ModelVersion,
                Labels = [.. options.Bies ? WordSegmenter.BiesLabels : WordSegmenter.BiLabels],
                MaxEpochs = options.MaxEpochs,
                Patience = options.Patience,
                Seed = options.Seed,
                Created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                Properties = properties,
            },
            progress);
        model = model.WithAuxiliary(WordSegmenter.LexiconBlob, lexicon.ToBytes())
                     .WithAuxiliary(Vocabulary.Blob, Vocabulary.ToBytes(train.SelectMany(t => t.Words).Select(WordText)));
        return new WordSegmenter(model, lexicon);
    }

    private static string WordText(GoldWord w) => NewsLens.Text.Normalization.VietnameseNormalizer.Canonicalize(w.Text);

    /// <summary>Scores a segmenter on gold sentences (gold syllables) and measures words per second.</summary>
    public static (SegmentationScore Score, double WordsPerSecond, double SyllablesPerSecond) Evaluate(
        WordSegmenter segmenter, IReadOnlyList<GoldSentence> gold, IProgress<int>? progress = null,
        Action<string[], bool[], bool[]>? onError = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(gold);
        HashSet<ulong>? vocabulary = Vocabulary.Of(segmenter.Model);
        var prepared = gold.Select(GoldSyllables.Prepare).ToList();
        var score = new SegmentationScore();
        var predicted = new bool[prepared.Count == 0 ? 0 : prepared.Max(p => p.Syllables.Length)];
        var elapsed = new Stopwatch();
        long words = 0, syllables = 0;
        for (int i = 0; i < prepared.Count; i++)
        {
            var (syl, kinds, starts) = prepared[i];
            if (syl.Length == 0)
                continue;
            Span<bool> pred = predicted.AsSpan(0, syl.Length);
            elapsed.Start();
            segmenter.Segment(syl, kinds, pred);
            elapsed.Stop();
            syllables += syl.Length;
            foreach (bool b in pred)
                words += b ? 1 : 0;
            bool[]? oov = null;
            if (vocabulary is not null)
            {
                IReadOnlyList<GoldWord> gw = gold[i].Words;
                oov = new bool[gw.Count];
                for (int k = 0; k < gw.Count; k++)
                    oov[k] = !vocabulary.Contains(WordKeys.Of(WordText(gw[k])));
            }
            score.Add(starts, pred, oov);
            if (onError is not null && !pred.SequenceEqual(starts))
                onError(syl, starts, pred.ToArray());
            if (progress is not null && i % 200 == 0)
                progress.Report(i);
        }
        double seconds = Math.Max(elapsed.Elapsed.TotalSeconds, 1e-9);
        return (score, words / seconds, syllables / seconds);
    }
}
