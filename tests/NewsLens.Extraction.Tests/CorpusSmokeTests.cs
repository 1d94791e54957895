using System.Globalization;
using System.Text.Json;
using NewsLens.Core;
using NewsLens.Extraction.Dates;
using NewsLens.Extraction.Quantities;
using NewsLens.Testing;
using Xunit.Abstractions;

namespace NewsLens.Extraction.Tests;

public class CorpusSmokeTests(ITestOutputHelper output)
{
    private const string Corpus = "news-unc-dantri/unc_v2.0-alpha.jsonl";

    [DataFact(Corpus)]
    public void Extract_DanTriArticles_KeepsEveryInvariant()
    {
        // Given the first 400 Dân trí articles, one paragraph per line, each with its publication date
        string path = TestPaths.DataFile(Corpus)!;
        int articles = 0, quantities = 0, money = 0, ranges = 0, approximate = 0, dates = 0, resolved = 0, relative = 0;
        var byGranularity = new Dictionary<DateGranularity, int>();
        foreach (string line in File.ReadLines(path).Take(400))
        {
            using JsonDocument json = JsonDocument.Parse(line);
            string text = string.Join("\n", json.RootElement.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString() ?? ""));
            DateOnly? date = json.RootElement.TryGetProperty("date", out JsonElement d) &&
                             DateOnly.TryParseExact(d.GetString(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed)
                ? parsed : null;

            // When quantities and dates are extracted
            Document doc = Extract.Pipeline.Process(text, date);

            // Then no span leaves the text or splits a token, values are finite, and resolved dates have values
            Assert.True(PropertyTests.QuantitiesAreValid(doc), $"quantities of article {articles}");
            Assert.True(PropertyTests.DatesAreValid(doc), $"dates of article {articles}");
            foreach (Quantity q in doc.GetQuantities())
            {
                quantities++;
                money += q.IsMoney ? 1 : 0;
                ranges += q.IsRange ? 1 : 0;
                approximate += q.Approximate ? 1 : 0;
            }
            foreach (DateMention m in doc.GetDates())
            {
                dates++;
                resolved += m.Resolved ? 1 : 0;
                relative += m.Relative ? 1 : 0;
                byGranularity[m.Granularity] = byGranularity.GetValueOrDefault(m.Granularity) + 1;
            }
            articles++;
        }
        output.WriteLine($"{articles} articles: {quantities} quantities ({money} money, {ranges} ranges, {approximate} approximate); " +
                         $"{dates} dates ({resolved} resolved, {relative} relative; " +
                         string.Join(", ", byGranularity.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}")) + ")");
        Assert.Equal(400, articles);
    }
}
