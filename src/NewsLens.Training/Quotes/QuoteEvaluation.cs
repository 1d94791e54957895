using NewsLens.Core;
using NewsLens.Extraction;
using NewsLens.Extraction.Dates;
using NewsLens.Extraction.Entities;
using NewsLens.Extraction.Quantities;
using NewsLens.Extraction.Quotes;

namespace NewsLens.Training.Quotes;

/// <summary>Counts for precision/recall of one class of spans.</summary>
public sealed record SpanScore(int Gold, int System, int MatchedGold, int MatchedSystem)
{
    /// <summary>Matched system items over system items (1 when there are none).</summary>
    public double Precision => System == 0 ? 1 : (double)MatchedSystem / System;

    /// <summary>Matched gold items over gold items (1 when there are none).</summary>
    public double Recall => Gold == 0 ? 1 : (double)MatchedGold / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The scores of <c>newslens eval quotes</c>.</summary>
public sealed record QuoteScores(
    int Passages,
    SpanScore Quotes,
    IReadOnlyDictionary<string, SpanScore> ByKind,
    int KindCorrect,
    int SpeakersCorrect,
    int SpeakersTotal,
    int AnonymousCorrect,
    int AnonymousTotal,
    SpanScore ScareQuotes,
    int QuantitiesCorrect,
    int QuantitiesGold,
    int QuantitiesSystem,
    int DatesCorrect,
    int DatesGold,
    int DatesSystem,
    IReadOnlyList<string> Errors)
{
    /// <summary>Correct speakers over quotes found (gold quotes matched by a system quote).</summary>
    public double SpeakerAccuracy => SpeakersTotal == 0 ? 1 : (double)SpeakersCorrect / SpeakersTotal;

    /// <summary>Gold quantities found with the exact normalized value (value, upper bound, unit) over gold quantities.</summary>
    public double QuantityAccuracy => QuantitiesGold == 0 ? 1 : (double)QuantitiesCorrect / QuantitiesGold;

    /// <summary>Gold dates found with the exact ISO value over gold dates.</summary>
    public double DateAccuracy => DatesGold == 0 ? 1 : (double)DatesCorrect / DatesGold;
}

/// <summary>
/// Scores quotes, speakers, quantities and dates against the gold passages. A system quote matches a gold quote
/// when their content spans overlap (one-to-one, largest overlap first); its speaker is right when both are
/// absent, or when both agree on anonymity and the system's speaker mention or any mention of its entity overlaps
/// the gold speaker's mentions. A quantity or date is right when a system item overlapping it has the same value.
/// </summary>
public static class QuoteEvaluation
{
    /// <summary>Scores <paramref name="passages"/>, analysing each with <paramref name="process"/>.</summary>
    public static QuoteScores Score(IReadOnlyList<QuotePassage> passages, Func<string, DateOnly?, Document> process, bool collectErrors = false)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(process);
        string[] kinds = ["direct", "indirect", "mixed"];
        var kindGold = new Dictionary<string, int>();
        var kindSystem = new Dictionary<string, int>();
        var kindMatchedGold = new Dictionary<string, int>();
        var kindMatchedSystem = new Dictionary<string, int>();
        foreach (string k in kinds)
            kindGold[k] = kindSystem[k] = kindMatchedGold[k] = kindMatchedSystem[k] = 0;
        int gold = 0, system = 0, matched = 0, kindCorrect = 0, spk = 0, spkTotal = 0, anon = 0, anonTotal = 0;
        int scareGold = 0, scareSystem = 0, scareMatchedGold = 0, scareMatchedSystem = 0;
        int qc = 0, qg = 0, qs = 0, dc = 0, dg = 0, ds = 0;
        var errors = new List<string>();
        foreach (QuotePassage passage in passages)
        {
            Document doc = process(passage.Text, passage.Date);
            ReadOnlySpan<Quote> found = doc.GetQuotes();
            EntityLayer entities = doc.GetEntities();
            gold += passage.Quotes.Count;
            system += found.Length;
            foreach (Quote q in found)
                kindSystem[Name(q.Kind)]++;
            var used = new bool[found.Length];
            var goldMatched = new bool[passage.Quotes.Count];
            for (int g = 0; g < passage.Quotes.Count; g++)
            {
                GoldQuote gq = passage.Quotes[g];
                kindGold[gq.Kind]++;
                int best = -1, bestOverlap = 0;
                for (int s = 0; s < found.Length; s++)
                {
                    int overlap = Overlap(gq.Content, found[s].Content);
                    if (!used[s] && overlap > bestOverlap)
                    {
                        best = s;
                        bestOverlap = overlap;
                    }
                }
                if (best < 0)
                {
                    if (collectErrors)
                        errors.Add($"{passage.Id} MISSED {gq.Kind}: {Cut(passage.Text, gq.Content)}");
                    continue;
                }
                used[best] = true;
                goldMatched[g] = true;
                matched++;
                Quote sq = found[best];
                kindMatchedGold[gq.Kind]++;
                kindMatchedSystem[Name(sq.Kind)]++;
                if (Name(sq.Kind) == gq.Kind)
                    kindCorrect++;
                spkTotal++;
                bool right = SpeakerRight(gq.Speaker, sq.Speaker, entities);
                if (right)
                    spk++;
                if (gq.Speaker is { Anonymous: true })
                {
                    anonTotal++;
                    if (right)
                        anon++;
                }
                if (collectErrors && (!right || Name(sq.Kind) != gq.Kind))
                {
                    string sys = sq.Speaker is { } sp ? $"{Cut(passage.Text, sp.Span)}{(sp.Anonymous ? " (anon)" : "")} -> {(sp.Entity >= 0 ? Cut(passage.Text, entities.Entities[sp.Entity].Name) : "none")}" : "none";
                    string gs = gq.Speaker is { } g2 ? $"{Cut(passage.Text, g2.Span)}{(g2.Anonymous ? " (anon)" : "")}" : "none";
                    errors.Add($"{passage.Id} {(right ? "KIND" : "SPEAKER")} gold {gq.Kind} [{gs}] system {Name(sq.Kind)} [{sys}]: {Cut(passage.Text, gq.Content)}");
                }
            }
            if (collectErrors)
            {
                for (int s = 0; s < found.Length; s++)
                {
                    if (!used[s])
                        errors.Add($"{passage.Id} EXTRA {Name(found[s].Kind)}: {Cut(passage.Text, found[s].Content)}");
                }
            }

            ReadOnlySpan<TextSpan> scare = doc.Get(ExtractionLayers.Quotes).ScareQuotes;
            scareGold += passage.ScareQuotes.Count;
            scareSystem += scare.Length;
            foreach (TextSpan g in passage.ScareQuotes)
            {
                foreach (TextSpan s in scare)
                {
                    if (Overlap(g, s) > 0)
                    {
                        scareMatchedGold++;
                        break;
                    }
                }
            }
            foreach (TextSpan s in scare)
            {
                foreach (TextSpan g in passage.ScareQuotes)
                {
                    if (Overlap(g, s) > 0)
                    {
                        scareMatchedSystem++;
                        break;
                    }
                }
            }

            ReadOnlySpan<Quantity> quantities = doc.GetQuantities();
            qs += quantities.Length;
            foreach (GoldQuantity g in passage.Quantities)
            {
                qg++;
                bool ok = false;
                foreach (Quantity q in quantities)
                    ok |= Overlap(g.Span, q.Span) > 0 && Same(g.Value, q.Value) && SameOpt(g.ValueMax, q.ValueMax) && g.Unit == q.Unit;
                if (ok)
                    qc++;
                else if (collectErrors)
                    errors.Add($"{passage.Id} QUANTITY {Cut(passage.Text, g.Span)} = {g.Value} {g.ValueMax} {g.Unit}; system: {Describe(passage.Text, quantities, g.Span)}");
            }
            ReadOnlySpan<DateMention> dates = doc.GetDates();
            ds += dates.Length;
            foreach (GoldDate g in passage.Dates)
            {
                dg++;
                bool ok = false;
                foreach (DateMention d in dates)
                    ok |= Overlap(g.Span, d.Span) > 0 && d.Value == g.Value;
                if (ok)
                    dc++;
                else if (collectErrors)
                    errors.Add($"{passage.Id} DATE {Cut(passage.Text, g.Span)} = {g.Value}; system: {Describe(passage.Text, dates, g.Span)}");
            }
        }
        var byKind = new Dictionary<string, SpanScore>();
        foreach (string k in kinds)
            byKind[k] = new SpanScore(kindGold[k], kindSystem[k], kindMatchedGold[k], kindMatchedSystem[k]);
        return new QuoteScores(passages.Count, new SpanScore(gold, system, matched, matched), byKind, kindCorrect, spk, spkTotal, anon, anonTotal,
            new SpanScore(scareGold, scareSystem, scareMatchedGold, scareMatchedSystem), qc, qg, qs, dc, dg, ds, errors);
    }

    /// <summary>The JSON name of a kind.</summary>
    public static string Name(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        _ => "mixed",
    };

    private static bool SpeakerRight(GoldSpeaker? gold, QuoteSpeaker? system, EntityLayer entities)
    {
        if (gold is null)
            return system is null;
        if (system is not { } sp || sp.Anonymous != gold.Anonymous)
            return false;
        IReadOnlyList<TextSpan> targets = gold.Mentions.Count > 0 ? gold.Mentions : [gold.Span];
        foreach (TextSpan g in targets)
        {
            if (Overlap(g, sp.Span) > 0)
                return true;
            if (sp.Entity >= 0)
            {
                foreach (int m in entities.Entities[sp.Entity].Mentions)
                {
                    if (Overlap(g, entities.Mentions[m].Span) > 0)
                        return true;
                }
            }
        }
        return false;
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));

    private static bool SameOpt(double? a, double? b) => a.HasValue == b.HasValue && (!a.HasValue || Same(a.Value, b!.Value));

    private static string Cut(string text, TextSpan span)
    {
        string s = text.Substring(span.Start, span.Length).Replace('\n', ' ');
        return s.Length <= 90 ? s : string.Concat(s.AsSpan(0, 60), " … ", s.AsSpan(s.Length - 25));
    }

    private static string Describe(string text, ReadOnlySpan<Quantity> items, TextSpan near)
    {
        foreach (Quantity q in items)
        {
            if (Overlap(q.Span, near) > 0)
                return $"[{Cut(text, q.Span)}] {q.Value} {q.ValueMax} {q.Unit}";
        }
        return "nothing";
    }

    private static string Describe(string text, ReadOnlySpan<DateMention> items, TextSpan near)
    {
        foreach (DateMention d in items)
        {
            if (Overlap(d.Span, near) > 0)
                return $"[{Cut(text, d.Span)}] {d.Value}";
        }
        return "nothing";
    }
}
