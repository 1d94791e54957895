using NewsLens.Core;
using NewsLens.Extraction.Dates;
using NewsLens.Extraction.Quantities;

namespace NewsLens.Extraction.Tests;

/// <summary>The pipeline under test and small helpers to find one result by its text.</summary>
internal static class Extract
{
    public static readonly NewsLensPipeline Pipeline =
        NewsLensPipeline.CreateBuilder().UseQuantities().UseDates().Build();

    /// <summary>A Saturday, the article date of the date tests unless a test says otherwise.</summary>
    public static readonly DateOnly Article = new(2024, 8, 24);

    public static (Document Doc, Quantity[] Items) FindQuantities(string text)
    {
        Document doc = Pipeline.Process(text);
        return (doc, doc.GetQuantities().ToArray());
    }

    public static (Document Doc, DateMention[] Items) FindDates(string text, DateOnly? date)
    {
        Document doc = Pipeline.Process(text, date);
        return (doc, doc.GetDates().ToArray());
    }

    /// <summary>The one quantity whose text is <paramref name="spanText"/>; fails listing what was found otherwise.</summary>
    public static Quantity QuantityWithText(string text, string spanText)
    {
        var (doc, items) = FindQuantities(text);
        foreach (Quantity q in items)
        {
            if (doc.Slice(q.Span).SequenceEqual(spanText))
                return q;
        }
        Assert.Fail($"No quantity '{spanText}' in \"{text}\"; found: {Describe(doc, items)}");
        return default;
    }

    public static DateMention DateWithText(string text, string spanText, DateOnly? date)
    {
        var (doc, items) = FindDates(text, date);
        foreach (DateMention d in items)
        {
            if (doc.Slice(d.Span).SequenceEqual(spanText))
                return d;
        }
        Assert.Fail($"No date '{spanText}' in \"{text}\"; found: {Describe(doc, items)}");
        return default;
    }

    public static string Describe(Document doc, Quantity[] items) =>
        items.Length == 0 ? "nothing" : string.Join("; ", items.Select(q => $"[{doc.Slice(q.Span)}] {q.Value} {q.ValueMax} {q.Unit} {q.Modifier}"));

    public static string Describe(Document doc, DateMention[] items) =>
        items.Length == 0 ? "nothing" : string.Join("; ", items.Select(d => $"[{doc.Slice(d.Span)}] {d.Value} {d.Granularity} {d.Resolved}"));
}
