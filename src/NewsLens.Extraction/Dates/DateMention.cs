using System.Globalization;
using NewsLens.Core;

namespace NewsLens.Extraction.Dates;

/// <summary>How precise a date mention is, and so how its <see cref="DateMention.Value"/> is written.</summary>
public enum DateGranularity : byte
{
    /// <summary>No calendar period: a vague expression ("gần đây", "hiện nay"); never resolved.</summary>
    None,
    /// <summary>A clock time, "2024-08-24T15:30", or "T15:30" when no day goes with it.</summary>
    Time,
    /// <summary>A day, "2024-08-24".</summary>
    Day,
    /// <summary>An ISO 8601 week (Monday to Sunday), "2024-W34".</summary>
    Week,
    /// <summary>A month, "2024-08".</summary>
    Month,
    /// <summary>A quarter, "2024-Q3".</summary>
    Quarter,
    /// <summary>A season, "2024-SP", "2024-SU", "2024-FA", "2024-WI" (TIMEX3 codes; the year is the one the season starts in).</summary>
    Season,
    /// <summary>A year, "2024".</summary>
    Year,
    /// <summary>A decade, "199" (the 1990s: ISO 8601 reduced precision, as in TIMEX3).</summary>
    Decade,
    /// <summary>A century, "19" (the 1900s, "thế kỷ 20").</summary>
    Century,
}

/// <summary>Which part of the period is meant: "đầu tháng" (early), "giữa năm" (mid), "cuối tuần" (late).</summary>
public enum PeriodPart : byte
{
    /// <summary>The whole period.</summary>
    None,
    /// <summary>đầu: the beginning.</summary>
    Early,
    /// <summary>giữa: the middle.</summary>
    Mid,
    /// <summary>cuối: the end ("cuối tuần" is the weekend).</summary>
    Late,
}

/// <summary>The part of the day a day or time mention names.</summary>
public enum DayPart : byte
{
    /// <summary>Not said.</summary>
    None,
    /// <summary>sáng, rạng sáng.</summary>
    Morning,
    /// <summary>trưa.</summary>
    Noon,
    /// <summary>chiều.</summary>
    Afternoon,
    /// <summary>tối.</summary>
    Evening,
    /// <summary>đêm, khuya.</summary>
    Night,
}

/// <summary>
/// One date or time expression found in a document, with its resolved calendar value.
/// </summary>
/// <param name="Span">Its span in the original text (<see cref="Document.Text"/>); <c>document.Slice(Span)</c> is its text.</param>
/// <param name="FirstToken">Index of its first token in the token layer.</param>
/// <param name="TokenCount">Number of tokens it covers (at least 1).</param>
/// <param name="Granularity">How precise it is.</param>
/// <param name="Date">The first day of the period it names (the day itself for <see cref="DateGranularity.Day"/> and
/// <see cref="DateGranularity.Time"/>; the Monday of a week; the first day of a month, quarter, season (March, June,
/// September or December 1) or year); null when unresolved, or for a time with no day.</param>
/// <param name="Time">The clock time, for <see cref="DateGranularity.Time"/>.</param>
/// <param name="EndDate">For an expression that covers several periods ("3 tuần qua": from three weeks before the
/// article's week to the article's week; "3 ngày tới"), the first day of the last period; null otherwise.</param>
/// <param name="Part">Early, mid or late in the period ("cuối tháng 8").</param>
/// <param name="DayPart">The part of the day ("sáng nay", "9 giờ tối").</param>
/// <param name="Relative">True when the value was computed from the article's date (<see cref="Document.Date"/>):
/// "hôm qua", "tuần trước", and also "ngày 6/9" or "tháng 11" without a year, and weekdays.</param>
/// <param name="Resolved">True when <see cref="Value"/> is known. False for vague expressions ("gần đây"), for
/// expressions relative to another event ("hai ngày sau", "hôm sau"), and for relative ones when the document has no
/// article date.</param>
public readonly record struct DateMention(
    TextSpan Span,
    int FirstToken,
    int TokenCount,
    DateGranularity Granularity,
    DateOnly? Date,
    TimeOnly? Time,
    DateOnly? EndDate,
    PeriodPart Part,
    DayPart DayPart,
    bool Relative,
    bool Resolved)
{
    /// <summary>Start offset in the original text.</summary>
    public int Start => Span.Start;

    /// <summary>End offset (exclusive) in the original text.</summary>
    public int End => Span.End;

    /// <summary>One past the index of its last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>
    /// The ISO 8601 value at its granularity ("2024-08-24", "2024-W34", "2024-08", "2024-Q3", "2024-WI", "2024",
    /// "2024-08-24T15:30", "T15:30"), or null when unresolved. Allocates a string; see <see cref="TryFormatValue"/>.
    /// </summary>
    public string? Value
    {
        get
        {
            Span<char> buffer = stackalloc char[24];
            return TryFormatValue(buffer, out int written) ? new string(buffer[..written]) : null;
        }
    }

    /// <summary>The value of the last period of a multi-period expression (see <see cref="EndDate"/>), or null.</summary>
    public string? EndValue
    {
        get
        {
            if (!Resolved || EndDate is not DateOnly end)
                return null;
            Span<char> buffer = stackalloc char[24];
            return DateValueFormat.TryFormat(Granularity, end, null, buffer, out int written) ? new string(buffer[..written]) : null;
        }
    }

    /// <summary>The granularity as written in JSON: "time", "day", "week", "month", "quarter", "season", "year", "decade", "century", or null for <see cref="DateGranularity.None"/>.</summary>
    public string? GranularityName => DateValueFormat.Name(Granularity);

    /// <summary>Writes <see cref="Value"/> without allocating; false when unresolved (or the buffer is too small: 24 characters always suffice).</summary>
    public bool TryFormatValue(Span<char> destination, out int written)
    {
        written = 0;
        if (!Resolved)
            return false;
        if (Granularity == DateGranularity.Time && Date is null)
            return Time is TimeOnly t && DateValueFormat.TryFormatTime(t, destination, out written);
        return Date is DateOnly d && DateValueFormat.TryFormat(Granularity, d, Time, destination, out written);
    }
}

/// <summary>Writes date values in the ISO 8601 forms of <see cref="DateGranularity"/>.</summary>
internal static class DateValueFormat
{
    public static string? Name(DateGranularity granularity) => granularity switch
    {
        DateGranularity.Time => "time",
        DateGranularity.Day => "day",
        DateGranularity.Week => "week",
        DateGranularity.Month => "month",
        DateGranularity.Quarter => "quarter",
        DateGranularity.Season => "season",
        DateGranularity.Year => "year",
        DateGranularity.Decade => "decade",
        DateGranularity.Century => "century",
        _ => null,
    };

    public static bool TryFormat(DateGranularity granularity, DateOnly date, TimeOnly? time, Span<char> destination, out int written)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        written = 0;
        switch (granularity)
        {
            case DateGranularity.Year:
                return date.Year.TryFormat(destination, out written, "D4", inv);
            case DateGranularity.Decade:
                return (date.Year / 10).TryFormat(destination, out written, "D3", inv);
            case DateGranularity.Century:
                return (date.Year / 100).TryFormat(destination, out written, "D2", inv);
            case DateGranularity.Month:
                return destination.TryWrite(inv, $"{date.Year:D4}-{date.Month:D2}", out written);
            case DateGranularity.Quarter:
                return destination.TryWrite(inv, $"{date.Year:D4}-Q{(date.Month - 1) / 3 + 1}", out written);
            case DateGranularity.Season:
                string code = date.Month switch { 3 => "SP", 6 => "SU", 9 => "FA", _ => "WI" };
                return destination.TryWrite(inv, $"{date.Year:D4}-{code}", out written);
            case DateGranularity.Week:
                var dt = date.ToDateTime(TimeOnly.MinValue);
                return destination.TryWrite(inv, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}", out written);
            case DateGranularity.Day:
                return destination.TryWrite(inv, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}", out written);
            case DateGranularity.Time:
                if (time is not TimeOnly t)
                    return destination.TryWrite(inv, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}", out written);
                return destination.TryWrite(inv, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}T{t.Hour:D2}:{t.Minute:D2}", out written);
            default:
                return false;
        }
    }

    public static bool TryFormatTime(TimeOnly time, Span<char> destination, out int written) =>
        destination.TryWrite(CultureInfo.InvariantCulture, $"T{time.Hour:D2}:{time.Minute:D2}", out written);
}
