using CsCheck;
using NewsLens.Core;
using NewsLens.Extraction.Entities;
using NewsLens.Extraction.Quotes;
using NewsLens.Testing;

namespace NewsLens.Extraction.Tests;

/// <summary>Invariants of quotes and entities for any text.</summary>
public class QuotePropertyTests
{
    private static readonly string[] Fragments =
    [
        "“", "”", "\"", "«", "»", "‘", "’", ": ", ", ", ". ", "\n", "ông Nam nói", "cho biết", "theo", "Theo Bộ Y tế, ", "rằng",
        "Bộ trưởng Quốc phòng Mỹ Lloyd Austin", "một quan chức", "các nhà ngoại giao", "ông", "bà", "vị tướng này", "người này",
        "Điện Kremlin", "nói thêm", "đồng thời nói thêm rằng", "Zelensky", "Tổng thống Volodymyr Zelensky", "khẳng định", "-",
        "“Chúng tôi sẵn sàng”", "lưu ý rằng", "“ranh giới đỏ”", "(", ")", "PGS.TS.", "Seth G. Jones",
        "và", "đồng thời đề nghị", "xác nhận", "thông tin này", "Xin ông cho biết", "khiến", "được", "nhưng", "vị này", "tuyên bố “",
        "Bộ Tài chính", "Bộ này", "cơ quan này", "đơn vị này", "hôm nay", "21/4", "đưa tin", "Reuters", "bác bỏ", "giọng nói",
        "chủ tọa", "Theo yêu cầu của", "khẳng định được vị thế", "họ",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(
        TextGen.Mixed,
        Gen.OneOf(Gen.OneOf(Fragments), TextGen.Vietnamese, Gen.OneOf(" ", ", ", ". ", "\n"))
            .Array[1, 16].Select(parts => string.Concat(parts)));

    [Fact]
    public void Process_AnyText_ReportedSpeechNeverOverlapsADirectQuote()
    {
        // Given any text, when quotes are found, then no indirect or mixed quote shares a character with a direct one: reported
        // content stops before a direct quote of its sentence
        Texts.Sample(text =>
        {
            Quote[] quotes = QuoteTests.Pipeline.Process(text).GetQuotes().ToArray();
            foreach (Quote reported in quotes)
            {
                if (reported.Kind == QuoteKind.Direct)
                    continue;
                foreach (Quote direct in quotes)
                {
                    if (direct.Kind == QuoteKind.Direct && direct.Content.Overlaps(reported.Content))
                        return false;
                }
            }
            return true;
        });
    }

    [Fact]
    public void Process_AnyText_SpansInsideTheTextAndSpeakersPointAtEntities()
    {
        Texts.Sample(text =>
        {
            Document doc = QuoteTests.Pipeline.Process(text);
            EntityLayer entities = doc.GetEntities();
            int n = doc.Text.Length;
            bool Inside(TextSpan s) => s.Start >= 0 && s.Length >= 0 && s.End <= n;
            int previousStart = 0;
            foreach (Quote q in doc.GetQuotes())
            {
                if (!Inside(q.Content) || q.Content.Length == 0 || q.Start < previousStart)
                    return false;
                previousStart = q.Start;
                if (q.Cue is { } cue && (!Inside(cue) || cue.Length == 0))
                    return false;
                if (q.Speaker is { } sp && (!Inside(sp.Span) || sp.Entity < -1 || sp.Entity >= entities.Entities.Count || (sp.Anonymous && sp.Entity != -1)))
                    return false;
                if (q.Confidence is < 0 or > 1)
                    return false;
            }
            foreach (TextSpan s in doc.Get(ExtractionLayers.Quotes).ScareQuotes)
            {
                if (!Inside(s))
                    return false;
            }
            int previousEnd = 0;
            foreach (EntityMention m in entities.Mentions)
            {
                if (!Inside(m.Span) || m.Span.Start < previousEnd || m.Entity < 0 || m.Entity >= entities.Entities.Count)
                    return false;
                previousEnd = m.Span.End;
            }
            foreach (DocumentEntity e in entities.Entities)
            {
                if (!Inside(e.Name) || e.Mentions.Count == 0)
                    return false;
                foreach (int m in e.Mentions)
                {
                    if (entities.Mentions[m].Entity != e.Id)
                        return false;
                }
            }
            return true;
        });
    }

    [Fact]
    public void Process_AnyText_AnOrganizationBackReferenceNeverSpeaksAsAPerson()
    {
        // Given any text, when a quote's speaker is "Bộ này", "cơ quan này" or "đơn vị này", then it resolves to no entity or to
        // an organization, never to a person
        Texts.Sample(text =>
        {
            Document doc = QuoteTests.Pipeline.Process(text);
            EntityLayer entities = doc.GetEntities();
            foreach (Quote q in doc.GetQuotes())
            {
                if (q.Speaker is not { Entity: >= 0 } sp)
                    continue;
                string phrase = doc.Slice(sp.Span).ToString().ToLowerInvariant();
                if (phrase is "bộ này" or "cơ quan này" or "đơn vị này" && entities.Entities[sp.Entity].Type == EntityType.Person)
                    return false;
            }
            return true;
        });
    }
}
