using System.Diagnostics;
using NewsLens.Core;
using NewsLens.Training.Corpora;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Training.Tagging;

/// <summary>The figures of one POS evaluation.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="GoldWords">Gold words.</param>
/// <param name="PredictedWords">Predicted words (equal to <paramref name="GoldWords"/> with gold segmentation).</param>
/// <param name="Correct">Words with the right tag (end to end: also the right span).</param>
/// <param name="CorrectMapped">Words right after <see cref="PosEvaluation.CoarseTag"/> on both sides, or -1 where no mapping applies.</param>
/// <param name="OovWords">Gold words outside the training vocabulary (gold segmentation only; -1 when unknown).</param>
/// <param name="OovCorrect">Of those, correctly tagged.</param>
/// <param name="SegmentedCorrect">End to end: predicted words whose span is a gold word's span.</param>
/// <param name="Universal">True when the tags compared are Universal POS tags (CoNLL-U gold).</param>
/// <param name="WordsPerSecond">Tagging speed (gold words: the tagger alone; end to end: the whole pipeline).</param>
public sealed record PosScore(
    int Sentences, int GoldWords, int PredictedWords, int Correct, int CorrectMapped, int OovWords, int OovCorrect,
    int SegmentedCorrect, bool Universal, double WordsPerSecond)
{
    /// <summary>(gold tag, predicted tag) → the wrongly tagged words, lower-cased, with counts (gold words only; empty end to end).</summary>
    public IReadOnlyDictionary<(string Gold, string Predicted), Dictionary<string, int>> Confusions { get; init; } = new Dictionary<(string, string), Dictionary<string, int>>();

    /// <summary>Accuracy with gold words; F1 of (span, tag) pairs end to end.</summary>
    public double Accuracy => GoldWords == PredictedWords ? Ratio(Correct, GoldWords) : F1(Correct);

    /// <summary>Like <see cref="Accuracy"/> after the coarse mapping, or NaN where none applies.</summary>
    public double AccuracyMapped => CorrectMapped < 0 ? double.NaN : GoldWords == PredictedWords ? Ratio(CorrectMapped, GoldWords) : F1(CorrectMapped);

    /// <summary>Accuracy on out-of-vocabulary gold words, or NaN.</summary>
    public double OovAccuracy => OovWords <= 0 ? double.NaN : Ratio(OovCorrect, OovWords);

    /// <summary>Word segmentation F1 (end to end; 1 with gold words).</summary>
    public double SegmentationF1 => F1(SegmentedCorrect);

    private double F1(int correct)
    {
        double p = Ratio(correct, PredictedWords), r = Ratio(correct, GoldWords);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>Scores the POS tagger on gold data, with gold words or end to end from the raw text.</summary>
public static class PosEvaluation
{
    /// <summary>
    /// The coarse mapping behind <c>accuracy_mapped</c>, applied to gold and predicted tags alike, for the tags
    /// where the VLSP 2013 tag set and VietTreebank's (our training data) annotate differently: <c>Ny</c>
    /// (abbreviation) is compared as <c>Np</c>, VietTreebank's tag for abbreviations ("UBND" is Np 71 times in 73,
    /// "HĐND" 9 in 9); <c>Nc</c> (classifier — 105 in the VLSP 2013 copy against 4,881 in VietTreebank, e.g. "sự"
    /// is N there and Nc here), <c>Ni</c> (letter or number label) and <c>Nb</c> (borrowed word), which VietTreebank
    /// does not use, are compared as <c>N</c>. Everything else is compared as is.
    /// </summary>
    public static string CoarseTag(string tag) => tag switch
    {
        "Ny" => "Np",
        "Nc" or "Ni" or "Nb" => "N",
        _ => tag,
    };

    /// <summary>Tags the gold words of each sentence and compares tags (UPOS for CoNLL-U gold).</summary>
    public static PosScore GoldWords(PosTagger tagger, IReadOnlyList<GoldSentence> gold, CorpusFormat format, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(gold);
        bool universal = format == CorpusFormat.Conllu;
        bool mapped = format is CorpusFormat.Vlsp2013Columns or CorpusFormat.Vlsp2016Columns;
        HashSet<ulong>? vocabulary = Vocabulary.Of(tagger.Model);
        int sentences = 0, words = 0, correct = 0, correctMapped = 0, oov = 0, oovCorrect = 0;
        var clock = new Stopwatch();
        var predicted = new int[16];
        var confusions = new Dictionary<(string, string), Dictionary<string, int>>();
        for (int s = 0; s < gold.Count; s++)
        {
            if (gold[s].Words.Count == 0)
                continue;
            var (w, tags) = PosTrainer.Prepare(gold[s]);
            if (predicted.Length < w.Length)
                predicted = new int[w.Length * 2];
            Span<int> pred = predicted.AsSpan(0, w.Length);
            clock.Start();
            tagger.Tag(w, pred);
            clock.Stop();
            sentences++;
            for (int i = 0; i < w.Length; i++)
            {
                string goldTag = universal ? gold[s].Words[i].Pos ?? "X" : tags[i];
                string predTag = universal ? PosTagset.UniversalTags[tagger.UniversalOf(pred[i], w[i])] : tagger.Tags[pred[i]];
                bool ok = goldTag == predTag;
                words++;
                correct += ok ? 1 : 0;
                correctMapped += CoarseTag(goldTag) == CoarseTag(predTag) ? 1 : 0;
                if (!ok)
                {
                    if (!confusions.TryGetValue((goldTag, predTag), out Dictionary<string, int>? byWord))
                        confusions[(goldTag, predTag)] = byWord = new Dictionary<string, int>(StringComparer.Ordinal);
                    string lower = w[i].ToLowerInvariant();
                    byWord[lower] = byWord.GetValueOrDefault(lower) + 1;
                }
                if (vocabulary is not null && !vocabulary.Contains(WordKeys.Of(w[i])))
                {
                    oov++;
                    oovCorrect += ok ? 1 : 0;
                }
            }
            if (progress is not null && s % 200 == 0)
                progress.Report(s);
        }
        return new PosScore(sentences, words, words, correct, mapped ? correctMapped : -1, vocabulary is null ? -1 : oov, oovCorrect,
            words, universal, words / Math.Max(clock.Elapsed.TotalSeconds, 1e-9)) { Confusions = confusions };
    }

    /// <summary>
    /// End to end: each gold sentence's raw text (its syllables separated by spaces) goes through
    /// <paramref name="pipeline"/> (normalize, tokenize, split, segment, tag); a predicted word counts when its
    /// character span is a gold word's span and its tag (UPOS for CoNLL-U gold) equals the gold tag.
    /// </summary>
    public static PosScore EndToEnd(NewsLensPipeline pipeline, IReadOnlyList<GoldSentence> gold, CorpusFormat format, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(gold);
        bool universal = format == CorpusFormat.Conllu;
        bool mapped = format is CorpusFormat.Vlsp2013Columns or CorpusFormat.Vlsp2016Columns;
        int sentences = 0, goldWords = 0, predWords = 0, correct = 0, correctMapped = 0, spans = 0;
        var clock = new Stopwatch();
        var goldAt = new Dictionary<(int, int), string>();
        for (int s = 0; s < gold.Count; s++)
        {
            if (gold[s].Words.Count == 0)
                continue;
            var (_, tags) = PosTrainer.Prepare(gold[s]);
            var text = new System.Text.StringBuilder();
            goldAt.Clear();
            for (int i = 0; i < gold[s].Words.Count; i++)
            {
                if (text.Length > 0)
                    text.Append(' ');
                int start = text.Length;
                text.Append(gold[s].Words[i].Text);
                goldAt[(start, text.Length)] = universal ? gold[s].Words[i].Pos ?? "X" : tags[i];
            }
            clock.Start();
            Document doc = pipeline.Process(text.ToString());
            clock.Stop();
            SpanLayer words = doc.Get(Layers.Words);
            WordTagLayer predTags = doc.Get(universal ? Layers.UPos : Layers.Pos);
            sentences++;
            goldWords += gold[s].Words.Count;
            predWords += words.Count;
            for (int i = 0; i < words.Count; i++)
            {
                TextSpan span = words.Span(i);
                if (!goldAt.TryGetValue((span.Start, span.End), out string? goldTag))
                    continue;
                spans++;
                string predTag = predTags.Tag(i);
                correct += goldTag == predTag ? 1 : 0;
                correctMapped += CoarseTag(goldTag) == CoarseTag(predTag) ? 1 : 0;
            }
            if (progress is not null && s % 200 == 0)
                progress.Report(s);
        }
        return new PosScore(sentences, goldWords, predWords, correct, mapped ? correctMapped : -1, -1, 0, spans, universal,
            predWords / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
    }
}
