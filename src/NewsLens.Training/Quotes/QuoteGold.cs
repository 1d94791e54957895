using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsLens.Core;

namespace NewsLens.Training.Quotes;

/// <summary>A gold speaker: the attributing mention, whether it is an unnamed source, and every mention of the speaker in the passage.</summary>
public sealed record GoldSpeaker(TextSpan Span, bool Anonymous, IReadOnlyList<TextSpan> Mentions);

/// <summary>A gold quote: content span, kind ("direct", "indirect", "mixed"), cue span and speaker (either may be null).</summary>
public sealed record GoldQuote(TextSpan Content, string Kind, TextSpan? Cue, GoldSpeaker? Speaker);

/// <summary>A gold quantity: its span and normalized value.</summary>
public sealed record GoldQuantity(TextSpan Span, double Value, double? ValueMax, string? Unit);

/// <summary>A gold date: its span and ISO value (null when a careful reader cannot resolve it).</summary>
public sealed record GoldDate(TextSpan Span, string? Value);

/// <summary>
/// One annotated passage of <c>tests/QuoteGold</c>: a reference to article text in <c>../shared/data</c> (never a
/// copy), the passage text read from there, and the gold annotations as offsets into that passage.
/// </summary>
public sealed record QuotePassage(
    string Id,
    string Text,
    DateOnly? Date,
    IReadOnlyList<GoldQuote> Quotes,
    IReadOnlyList<TextSpan> ScareQuotes,
    IReadOnlyList<GoldQuantity> Quantities,
    IReadOnlyList<GoldDate> Dates);

/// <summary>Reads the gold passages and the article text they reference, checking that the text still matches.</summary>
public static class QuoteGold
{
    /// <summary>Reads every <c>*.json</c> passage in <paramref name="directory"/>, in name order.</summary>
    /// <param name="directory">A split folder (tests/QuoteGold/dev or test).</param>
    /// <param name="dataRoot">The shared datasets folder (../shared/data).</param>
    /// <exception cref="InvalidDataException">When a file is malformed or its referenced text no longer matches its hash.</exception>
    public static IReadOnlyList<QuotePassage> Load(string directory, string dataRoot)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(dataRoot);
        string[] files = Directory.GetFiles(directory, "*.json");
        Array.Sort(files, StringComparer.Ordinal);
        var sources = new ArticleSources(dataRoot);
        var result = new List<QuotePassage>(files.Length);
        foreach (string file in files)
        {
            try
            {
                result.Add(Read(file, sources));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{file}: {ex.Message}", ex);
            }
        }
        return result;
    }

    private static QuotePassage Read(string file, ArticleSources sources)
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(file));
        JsonElement root = json.RootElement;
        string id = root.GetProperty("id").GetString()!;
        string source = root.GetProperty("source").GetString()!;
        string article = root.GetProperty("article").GetString()!;
        string text;
        if (root.TryGetProperty("paragraphs", out JsonElement paragraphs))
        {
            string[] all = sources.Paragraphs(source, article);
            int a = paragraphs[0].GetInt32(), b = paragraphs[1].GetInt32();
            text = string.Join('\n', all[a..b]);
        }
        else
        {
            JsonElement chars = root.GetProperty("chars");
            string all = sources.Text(source, article);
            text = all[chars[0].GetInt32()..chars[1].GetInt32()];
        }
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        string expected = root.GetProperty("sha256").GetString()!;
        if (hash != expected)
            throw new InvalidDataException($"{file}: the referenced text of {source}/{article} has changed (hash {hash}, expected {expected}).");
        DateOnly? date = root.TryGetProperty("date", out JsonElement d) && d.ValueKind == JsonValueKind.String ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd") : null;

        var quotes = new List<GoldQuote>();
        foreach (JsonElement q in root.GetProperty("quotes").EnumerateArray())
        {
            TextSpan? cue = q.GetProperty("cue").ValueKind == JsonValueKind.Object ? Span(q.GetProperty("cue"), text) : null;
            GoldSpeaker? speaker = null;
            if (q.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } sp)
            {
                var mentions = new List<TextSpan>();
                foreach (JsonElement m in sp.GetProperty("mentions").EnumerateArray())
                    mentions.Add(Check(TextSpan.FromBounds(m[0].GetInt32(), m[1].GetInt32()), text));
                speaker = new GoldSpeaker(Span(sp, text), sp.GetProperty("anonymous").GetBoolean(), mentions);
            }
            quotes.Add(new GoldQuote(Span(q, text), q.GetProperty("kind").GetString()!, cue, speaker));
        }
        var scare = new List<TextSpan>();
        foreach (JsonElement s in root.GetProperty("scare_quotes").EnumerateArray())
            scare.Add(Span(s, text));
        var quantities = new List<GoldQuantity>();
        foreach (JsonElement q in root.GetProperty("quantities").EnumerateArray())
        {
            double? max = q.GetProperty("value_max").ValueKind == JsonValueKind.Number ? q.GetProperty("value_max").GetDouble() : null;
            string? unit = q.GetProperty("unit").ValueKind == JsonValueKind.String ? q.GetProperty("unit").GetString() : null;
            quantities.Add(new GoldQuantity(Span(q, text), q.GetProperty("value").GetDouble(), max, unit));
        }
        var dates = new List<GoldDate>();
        foreach (JsonElement x in root.GetProperty("dates").EnumerateArray())
            dates.Add(new GoldDate(Span(x, text), x.GetProperty("value").ValueKind == JsonValueKind.String ? x.GetProperty("value").GetString() : null));
        return new QuotePassage(id, text, date, quotes, scare, quantities, dates);
    }

    private static TextSpan Span(JsonElement e, string text) =>
        Check(TextSpan.FromBounds(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()), text);

    private static TextSpan Check(TextSpan span, string text) =>
        span.Start >= 0 && span.End <= text.Length && span.Length >= 0
            ? span
            : throw new InvalidDataException($"span {span} is outside the passage ({text.Length} characters)");

    /// <summary>The news files, read once each on first use.</summary>
    private sealed class ArticleSources(string dataRoot)
    {
        private Dictionary<string, string[]>? _dantri;
        private Dictionary<string, string>? _baomoi;

        public string[] Paragraphs(string source, string article)
        {
            if (source != "news-unc-dantri")
                throw new InvalidDataException($"paragraph references are for news-unc-dantri, not {source}");
            _dantri ??= LoadDantri();
            return _dantri.TryGetValue(article, out string[]? p) ? p : throw new InvalidDataException($"article {article} is not in {source}");
        }

        public string Text(string source, string article)
        {
            if (source != "news-baomoi-magizbox")
                throw new InvalidDataException($"character references are for news-baomoi-magizbox, not {source}");
            _baomoi ??= LoadBaomoi();
            return _baomoi.TryGetValue(article, out string? t) ? t : throw new InvalidDataException($"article {article} is not in {source}");
        }

        private Dictionary<string, string[]> LoadDantri()
        {
            var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (string line in File.ReadLines(Path.Combine(dataRoot, "news-unc-dantri", "unc_v2.0-alpha.jsonl")))
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                var paragraphs = new List<string>();
                foreach (JsonElement p in doc.RootElement.GetProperty("paragraphs").EnumerateArray())
                    paragraphs.Add(p.GetString() ?? "");
                result[doc.RootElement.GetProperty("doc_id").GetString()!] = [.. paragraphs];
            }
            return result;
        }

        private Dictionary<string, string> LoadBaomoi()
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string file in Directory.GetFiles(Path.Combine(dataRoot, "news-baomoi-magizbox"), "baomoi_2017_part*.jsonl"))
            {
                foreach (string line in File.ReadLines(file))
                {
                    using JsonDocument doc = JsonDocument.Parse(line);
                    result[doc.RootElement.GetProperty("id").GetString()!] = doc.RootElement.GetProperty("text").GetString() ?? "";
                }
            }
            return result;
        }
    }
}
