using System.Globalization;
using CsCheck;
using NewsLens.Core;
using NewsLens.Extraction.Dates;
using NewsLens.Extraction.Quantities;
using NewsLens.Testing;

namespace NewsLens.Extraction.Tests;

/// <summary>Invariants that hold for any text and any article date.</summary>
public class PropertyTests
{
    /// <summary>Article dates far enough from the ends of the calendar.</summary>
    private static readonly Gen<DateOnly> ArticleDates =
        Gen.Int[new DateOnly(1900, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<DateOnly?> MaybeDates = Gen.OneOf(ArticleDates.Select(d => (DateOnly?)d), Gen.Const((DateOnly?)null));

    /// <summary>Fragments that exercise the grammars, mixed into random text.</summary>
    private static readonly string[] Fragments =
    [
        "1.300 người", "2,5 triệu USD", "hơn 3 triệu", "từ 3 đến 5 km", "3-5 km", "hàng nghìn", "vài trăm", "một nửa",
        "hai mươi mốt", "ngày 24/8/2024", "hôm qua", "thứ Sáu", "tuần trước", "tháng 11", "năm ngoái", "15h30", "9:45",
        "sáng nay", "cuối năm", "3 tuần qua", "mùa đông năm nay", "quý III/2024", "$5", "50%", "thứ 6", "lúc 9 giờ",
        "2-1", "0912.345.678", "năm 2024", "1,234.56", "(24/8)", "tháng Năm", "mười lăm", "gần đây", "-", "/", "đến",
        "tháng 9/0000", "quý 1/0000", "0000-01-01", "31/2", "29/2", "ngày 31 tháng 2", "24h", "9 giờ kém 15", "thứ 7 tuần sau",
        "999.999.999.999.999.999.999 tỷ tỷ", "1,2,3", "1.2.3", "hàng", "vài", "cuối", "mùa", "mùa đông năm kia", "12:59:59",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(
        TextGen.Mixed,
        Gen.OneOf(Gen.OneOf(Fragments), TextGen.Vietnamese, Gen.OneOf(" ", ", ", ". ", "\n", " và "))
            .Array[1, 12].Select(parts => string.Concat(parts)));

    [Fact]
    public void Process_AnyText_NeverThrowsAndEverySpanIsValid()
    {
        // Given any text, random UTF-16 or Vietnamese-like with numbers and dates mixed in, and any article date
        Gen.Select(Texts, MaybeDates).Sample((text, date) =>
        {
            // When quantities and dates are extracted
            Document doc = Extract.Pipeline.Process(text, date);
            // Then every span lies inside the original text, covers whole tokens, and the items are ordered
            return QuantitiesAreValid(doc) && DatesAreValid(doc);
        });
    }

    internal static bool QuantitiesAreValid(Document doc)
    {
        int previousEnd = 0;
        foreach (Quantity q in doc.GetQuantities())
        {
            if (!SpanMatchesTokens(doc, q.Span, q.FirstToken, q.TokenCount) || q.Start < previousEnd)
                return false;
            if (!double.IsFinite(q.Value) || (q.ValueMax is double max && (!double.IsFinite(max) || max <= q.Value)))
                return false;
            if ((q.Unit is null) != (q.Kind == UnitKind.None))
                return false;
            previousEnd = q.End;
        }
        return true;
    }

    internal static bool DatesAreValid(Document doc)
    {
        int previousEnd = 0;
        foreach (DateMention d in doc.GetDates())
        {
            if (!SpanMatchesTokens(doc, d.Span, d.FirstToken, d.TokenCount) || d.Start < previousEnd)
                return false;
            // resolved ⇔ a value; a value parses back at its granularity
            if (d.Resolved != (d.Value is not null))
                return false;
            if (d.Granularity == DateGranularity.None && d.Resolved)
                return false;
            if (d.Value is string v && !ValueMatchesGranularity(v, d.Granularity))
                return false;
            if (!doc.Date.HasValue && d.Relative && d.Resolved && d.Granularity != DateGranularity.Time)
                return false;
            previousEnd = d.End;
        }
        return true;
    }

    private static bool SpanMatchesTokens(Document doc, TextSpan span, int first, int count)
    {
        if (count < 1 || first < 0 || first + count > doc.Tokens.Count)
            return false;
        if (span.Start < 0 || span.End > doc.Text.Length || span.Length == 0)
            return false;
        return doc.Tokens.Span(first).Start == span.Start && doc.Tokens.Span(first + count - 1).End == span.End &&
               doc.Slice(span).SequenceEqual(doc.Text.AsSpan(span.Start, span.Length));
    }

    private static bool ValueMatchesGranularity(string v, DateGranularity g)
    {
        var inv = CultureInfo.InvariantCulture;
        return g switch
        {
            DateGranularity.Day => DateOnly.TryParseExact(v, "yyyy-MM-dd", inv, DateTimeStyles.None, out _),
            DateGranularity.Month => DateOnly.TryParseExact(v + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out _),
            DateGranularity.Year => v.Length == 4 && int.TryParse(v, inv, out _),
            DateGranularity.Week => v.Length == 8 && v[4..6] == "-W" && int.TryParse(v[6..], inv, out int w) && w is >= 1 and <= 53,
            DateGranularity.Quarter => v.Length == 7 && v[4..6] == "-Q" && v[6] is >= '1' and <= '4',
            DateGranularity.Season => v.Length == 7 && v[5..] is "SP" or "SU" or "FA" or "WI",
            DateGranularity.Decade => v.Length == 3 && int.TryParse(v, inv, out _),
            DateGranularity.Century => v.Length == 2 && int.TryParse(v, inv, out _),
            DateGranularity.Time => v.StartsWith('T')
                ? TimeOnly.TryParseExact(v[1..], "HH:mm", inv, DateTimeStyles.None, out _)
                : DateTime.TryParseExact(v, "yyyy-MM-dd'T'HH:mm", inv, DateTimeStyles.None, out _),
            _ => false,
        };
    }

    // ---- relative dates resolve consistently for any article date ----

    private static DateMention OnlyDate(string text, DateOnly date)
    {
        DateMention[] items = Extract.Pipeline.Process(text, date).GetDates().ToArray();
        return items.Length == 1 ? items[0] : default;
    }

    [Fact]
    public void Resolve_RelativeDays_AreTheArticleDateMovedByDays()
    {
        // Given any article date
        ArticleDates.Sample(d =>
        {
            // Then hôm nay = d, hôm qua = d − 1, hôm kia = d − 2, ngày mai = d + 1, and "N ngày trước" = d − N
            return OnlyDate("Hôm nay trời đẹp.", d).Date == d &&
                   OnlyDate("Hôm qua trời đẹp.", d).Date == d.AddDays(-1) &&
                   OnlyDate("Hôm kia trời đẹp.", d).Date == d.AddDays(-2) &&
                   OnlyDate("Ngày mai trời đẹp.", d).Date == d.AddDays(1);
        });
        Gen.Select(ArticleDates, Gen.Int[1, 400]).Sample((d, n) => OnlyDate($"Họ đến {n} ngày trước.", d).Date == d.AddDays(-n));
    }

    [Fact]
    public void Resolve_RelativeWeeksMonthsYears_AreThePeriodsAroundTheArticleDate()
    {
        ArticleDates.Sample(d =>
        {
            var iso = CultureInfo.InvariantCulture;
            DateTime lastWeek = d.AddDays(-7).ToDateTime(TimeOnly.MinValue);
            DateOnly lastMonth = d.AddMonths(-1);
            return OnlyDate("Tuần trước trời mưa.", d).Value == $"{ISOWeek.GetYear(lastWeek):D4}-W{ISOWeek.GetWeekOfYear(lastWeek):D2}" &&
                   OnlyDate("Tháng trước trời mưa.", d).Value == lastMonth.ToString("yyyy-MM", iso) &&
                   OnlyDate("Năm ngoái trời mưa.", d).Value == (d.Year - 1).ToString("D4", iso) &&
                   OnlyDate("Năm nay trời mưa.", d).Value == d.Year.ToString("D4", iso);
        });
    }

    [Fact]
    public void Resolve_Weekday_IsThatDayWithinTheWeekBeforeOrAfterTheArticleDate()
    {
        // Given any article date and any weekday name
        string[] names = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "chủ nhật"];
        Gen.Select(ArticleDates, Gen.Int[0, 6]).Sample((d, k) =>
        {
            DateMention past = OnlyDate($"Họ đến vào {names[k]}.", d);
            DateMention future = OnlyDate($"Họ sẽ đến vào {names[k]}.", d);
            var expected = (DayOfWeek)((k + 1) % 7);
            // Then without a cue it is the most recent such day on or before d; with "sẽ" the first after d
            return past.Date is DateOnly p && p.DayOfWeek == expected && p <= d && p > d.AddDays(-7) &&
                   future.Date is DateOnly f && f.DayOfWeek == expected && f > d && f <= d.AddDays(7);
        });
    }

    [Fact]
    public void Resolve_MonthWithoutYear_IsWithinSixMonthsOrOnTheSideTheTenseSays()
    {
        Gen.Select(ArticleDates, Gen.Int[1, 12]).Sample((d, month) =>
        {
            DateMention near = OnlyDate($"Giá tăng vào tháng {month}.", d);
            DateMention past = OnlyDate($"Giá đã tăng vào tháng {month}.", d);
            DateMention future = OnlyDate($"Giá sẽ tăng vào tháng {month}.", d);
            long now = d.Year * 12L + d.Month;
            long Index(DateMention m) => m.Date is DateOnly x ? x.Year * 12L + x.Month : long.MinValue;
            return near.Date?.Month == month && Math.Abs(Index(near) - now) <= 6 &&
                   Index(past) <= now && Index(past) > now - 12 &&
                   Index(future) >= now && Index(future) < now + 12;
        });
    }

    [Fact]
    public void Resolve_DayAndMonthWithoutYear_IsTheNearestSuchDay()
    {
        Gen.Select(ArticleDates, Gen.Int[1, 12], Gen.Int[1, 28]).Sample((d, month, day) =>
        {
            DateMention m = OnlyDate($"Sự kiện ngày {day}/{month}.", d);
            if (m.Date is not DateOnly x || x.Month != month || x.Day != day)
                return false;
            // no other year puts the same day and month nearer to the article date
            int distance = Math.Abs(x.DayNumber - d.DayNumber);
            return Math.Abs(x.AddYears(1).DayNumber - d.DayNumber) >= distance &&
                   Math.Abs(x.AddYears(-1).DayNumber - d.DayNumber) >= distance;
        });
    }

    [Fact]
    public void Resolve_DottedDayMonthYear_IsThatDayForAnyArticleDate()
    {
        // Given any day of 1900–2100 written "d.m.yyyy" with no day word, and any article date
        Gen.Select(ArticleDates, ArticleDates).Sample((written, article) =>
        {
            DateMention m = OnlyDate($"Quy định có hiệu lực từ {written.Day}.{written.Month}.{written.Year}.", article);
            // Then it is that day, not relative to the article
            return m.Date == written && !m.Relative;
        });
    }

    [Fact]
    public void Resolve_TimeAfterADayInTheSentenceBefore_IsOnThatDay()
    {
        // Given any article date, a day and month told in one sentence and a bare clock time in the next
        Gen.Select(ArticleDates, Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 23]).Sample((d, month, day, hour) =>
        {
            DateMention[] items = Extract.Pipeline.Process($"Ngày {day}/{month}, đoàn đến nơi. Lúc {hour}h, họ rời đi.", d).GetDates().ToArray();
            // Then the time takes the day of the mention before it, at that hour
            return items.Length == 2 && items[0].Date is DateOnly first && first.Day == day && first.Month == month &&
                   items[1].Date == first && items[1].Time == new TimeOnly(hour, 0);
        });
    }
}

