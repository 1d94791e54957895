using System.Diagnostics;
using System.Text;
using NewsLens.Core;
using NewsLens.Vietnamese.Ner;

namespace NewsLens.Training.Ner;

/// <summary>Entity-level precision, recall and F1, conlleval style (an entity counts when its span and type are exact), overall and per type.</summary>
public sealed class EntityScore
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _byType = new(StringComparer.Ordinal);

    /// <summary>Correct entities.</summary>
    public int TruePositives { get; private set; }

    /// <summary>Predicted entities that are not gold.</summary>
    public int FalsePositives { get; private set; }

    /// <summary>Gold entities not predicted.</summary>
    public int FalseNegatives { get; private set; }

    /// <summary>Precision in [0, 1].</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Recall in [0, 1].</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>F1 in [0, 1].</summary>
    public double F1 => F(TruePositives, FalsePositives, FalseNegatives);

    /// <summary>Per type: (precision, recall, F1, gold count), types in <see cref="NerTagger.EntityTypes"/> order then others.</summary>
    public IEnumerable<(string Type, double Precision, double Recall, double F1, int Gold)> PerType =>
        _byType.OrderBy(p => Order(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, Ratio(p.Value.Tp, p.Value.Tp + p.Value.Fp), Ratio(p.Value.Tp, p.Value.Tp + p.Value.Fn), F(p.Value.Tp, p.Value.Fp, p.Value.Fn), p.Value.Tp + p.Value.Fn));

    /// <summary>Compares one unit's (sentence's or document's) gold and predicted entities.</summary>
    public void Add(IEnumerable<(int Start, int End, string Type)> gold, IEnumerable<(int Start, int End, string Type)> predicted)
    {
        var g = new HashSet<(int, int, string)>(gold);
        var p = new HashSet<(int, int, string)>(predicted);
        foreach (var e in p)
        {
            bool ok = g.Contains(e);
            Bump(e.Item3, ok ? 1 : 0, ok ? 0 : 1, 0);
        }
        foreach (var e in g)
        {
            if (!p.Contains(e))
                Bump(e.Item3, 0, 0, 1);
        }
    }

    /// <summary>Scores BIO label-id sequences (<see cref="NerTagger.BioLabels"/>), one pair per sentence.</summary>
    public static EntityScore Of(IReadOnlyList<int[]> gold, IReadOnlyList<int[]> predicted)
    {
        var score = new EntityScore();
        for (int s = 0; s < gold.Count; s++)
            score.Add(Spans(gold[s]), Spans(predicted[s]));
        return score;
    }

    /// <summary>The entities of a BIO label-id sequence as (start word, end word, type).</summary>
    public static List<(int Start, int End, string Type)> Spans(int[] labels)
    {
        var spans = new (int, int, int)[labels.Length];
        int n = BioSpans.Decode(labels, spans);
        var list = new List<(int, int, string)>(n);
        for (int i = 0; i < n; i++)
            list.Add((spans[i].Item1, spans[i].Item2, NerTagger.EntityTypes[spans[i].Item3]));
        return list;
    }

    private void Bump(string type, int tp, int fp, int fn)
    {
        TruePositives += tp;
        FalsePositives += fp;
        FalseNegatives += fn;
        var c = _byType.GetValueOrDefault(type);
        _byType[type] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    private static int Order(string type)
    {
        for (int i = 0; i < NerTagger.EntityTypes.Count; i++)
        {
            if (NerTagger.EntityTypes[i] == type)
                return i;
        }
        return 99;
    }

    private static double F(int tp, int fp, int fn)
    {
        double p = Ratio(tp, tp + fp), r = Ratio(tp, tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>The figures of one NER evaluation.</summary>
/// <param name="Score">Entity-level scores.</param>
/// <param name="Documents">Documents scored.</param>
/// <param name="Words">Words tagged (gold words, or our words end to end).</param>
/// <param name="WordsPerSecond">Gold words: the NER tagger alone; end to end: the whole pipeline from raw text.</param>
/// <param name="Unreachable">End to end: gold entities that no prediction could match because a boundary falls inside one of our words (the segmenter joined across it); 0 with gold words.</param>
public sealed record NerEvaluationResult(EntityScore Score, int Documents, long Words, double WordsPerSecond, int Unreachable = 0);

/// <summary>Scores the NER tagger on gold words, or end to end from raw text.</summary>
public static class NerEvaluation
{
    /// <summary>Tags each document's gold words (with their POS tags filled) and compares entities sentence by sentence.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="docs">Gold documents with POS tags filled.</param>
    /// <param name="progress">Receives the document index, or null.</param>
    /// <param name="onError">Called with each sentence whose entities differ: (words, gold labels, predicted labels), or null.</param>
    public static NerEvaluationResult GoldWords(NerTagger tagger, IReadOnlyList<NerDocumentData> docs, IProgress<int>? progress = null, Action<string[], int[], int[]>? onError = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(docs);
        var score = new EntityScore();
        var clock = new Stopwatch();
        long words = 0;
        for (int d = 0; d < docs.Count; d++)
        {
            IReadOnlyList<NerSentenceData> sentences = docs[d].Sentences;
            var w = sentences.Select(s => s.Words).ToList();
            var p = sentences.Select(s => s.Pos).ToList();
            var labels = sentences.Select(s => new int[s.Words.Length]).ToList();
            clock.Start();
            tagger.TagDocument(w, p, labels);
            clock.Stop();
            for (int s = 0; s < sentences.Count; s++)
            {
                var g = EntityScore.Spans(sentences[s].Labels);
                var p2 = EntityScore.Spans(labels[s]);
                score.Add(g, p2);
                if (onError is not null && !g.SequenceEqual(p2))
                    onError(sentences[s].Words, sentences[s].Labels, labels[s]);
                words += sentences[s].Words.Length;
            }
            progress?.Report(d);
        }
        return new NerEvaluationResult(score, docs.Count, words, words / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
    }

    /// <summary>The raw text of a gold document (sentences one per line, words separated by spaces) and its entities as character spans.</summary>
    public static EnamexDocument ToText(NerDocumentData doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var text = new StringBuilder();
        var entities = new List<(int, int, string)>();
        foreach (NerSentenceData s in doc.Sentences)
        {
            if (s.Words.Length == 0)
                continue;
            if (text.Length > 0)
                text.Append('\n');
            var starts = new int[s.Words.Length];
            var ends = new int[s.Words.Length];
            for (int i = 0; i < s.Words.Length; i++)
            {
                if (i > 0)
                    text.Append(' ');
                starts[i] = text.Length;
                text.Append(s.Words[i]);
                ends[i] = text.Length;
            }
            foreach (var (a, b, type) in EntityScore.Spans(s.Labels))
                entities.Add((starts[a], ends[b - 1], type));
        }
        return new EnamexDocument(doc.Id, text.ToString(), entities);
    }

    /// <summary>
    /// End to end: each document's raw text goes through <paramref name="pipeline"/> (normalize, tokenize, split,
    /// segment, POS, NER); an entity counts when its character span and type equal a gold entity's.
    /// </summary>
    public static NerEvaluationResult EndToEnd(NewsLensPipeline pipeline, IReadOnlyList<EnamexDocument> docs, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(docs);
        var score = new EntityScore();
        var clock = new Stopwatch();
        long words = 0;
        int unreachable = 0;
        for (int d = 0; d < docs.Count; d++)
        {
            clock.Start();
            Document doc = pipeline.Process(docs[d].Text);
            clock.Stop();
            SpanLayer entities = doc.Get(Layers.Entities);
            var predicted = new List<(int, int, string)>(entities.Count);
            for (int i = 0; i < entities.Count; i++)
                predicted.Add((entities.Span(i).Start, entities.Span(i).End, entities.LabelName(i)));
            score.Add(docs[d].Entities, predicted);
            SpanLayer w = doc.Get(Layers.Words);
            words += w.Count;
            var starts = new HashSet<int>();
            var ends = new HashSet<int>();
            for (int i = 0; i < w.Count; i++)
            {
                starts.Add(w.Span(i).Start);
                ends.Add(w.Span(i).End);
            }
            foreach (var (start, end, _) in docs[d].Entities)
                unreachable += starts.Contains(start) && ends.Contains(end) ? 0 : 1;
            progress?.Report(d);
        }
        return new NerEvaluationResult(score, docs.Count, words, words / Math.Max(clock.Elapsed.TotalSeconds, 1e-9), unreachable);
    }

    /// <summary>
    /// Turns an analyzed article (words and POS from our pipeline) and its gold character-span entities into NER
    /// training data: a word inside a gold entity gets its type (B- on the entity's first word).
    /// </summary>
    public static NerDocumentData Project(Document analyzed, EnamexDocument gold)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentNullException.ThrowIfNull(gold);
        SpanLayer words = analyzed.Get(Layers.Words);
        WordTagLayer pos = analyzed.Get(Layers.Pos);
        string normalized = analyzed.Get(Layers.Normalized).Text;
        TokenLayer tokens = analyzed.Tokens;
        var sentences = new List<NerSentenceData>();
        var entities = gold.Entities.OrderBy(e => e.Start).ToList();
        int e = 0;
        int w = 0;
        foreach (Sentence s in analyzed.Sentences.All)
        {
            var ws = new List<string>();
            var ps = new List<string>();
            var ls = new List<int>();
            int lastEntity = -1;
            while (w < words.Count && words.TokenRange(w).First < s.EndToken)
            {
                var (first, count) = words.TokenRange(w);
                int from = tokens.NormalizedStarts[first];
                int to = tokens.NormalizedStarts[first + count - 1] + tokens.NormalizedLengths[first + count - 1];
                ws.Add(normalized[from..to]);
                ps.Add(pos.Tag(w));
                TextSpan span = words.Span(w);
                while (e < entities.Count && entities[e].End <= span.Start)
                    e++;
                int label = 0;
                if (e < entities.Count && entities[e].Start < span.End)
                {
                    int type = NerTagger.EntityTypes.ToList().IndexOf(entities[e].Type);
                    if (type >= 0)
                    {
                        label = (type * 2) + 1 + (lastEntity == e ? 1 : 0);
                        lastEntity = e;
                    }
                }
                else
                {
                    lastEntity = -1;
                }
                ls.Add(label);
                w++;
            }
            if (ws.Count > 0)
                sentences.Add(new NerSentenceData([.. ws], [.. ps], [.. ls]));
        }
        return new NerDocumentData(gold.Id, sentences);
    }
}
