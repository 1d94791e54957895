namespace NewsLens.Extraction.Dates;

/// <summary>Which way the words around a mention point in time.</summary>
internal enum Tense : byte
{
    /// <summary>No cue.</summary>
    None,
    /// <summary>đã, vừa, từng, hồi before; qua, vừa qua, trước, rồi after.</summary>
    Past,
    /// <summary>sẽ, sắp, dự kiến, dự định before; tới, sắp tới, sau, tiếp theo after.</summary>
    Future,
}

/// <summary>The four seasons, by the month they start in (meteorological seasons).</summary>
internal enum SeasonName : byte
{
    Spring = 3,
    Summer = 6,
    Autumn = 9,
    Winter = 12,
}

/// <summary>Calendar arithmetic for resolving mentions against the article's date.</summary>
internal static class DateMath
{
    /// <summary>ISO day number: Monday 1 … Sunday 7.</summary>
    public static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    /// <summary>The Monday of the ISO week of <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(1 - IsoDay(date.DayOfWeek));

    /// <summary>The first day of <paramref name="date"/>'s month.</summary>
    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>The first day of a quarter.</summary>
    public static DateOnly QuarterStart(int year, int quarter) => new(year, (quarter - 1) * 3 + 1, 1);

    /// <summary>The first day of a season that starts in <paramref name="year"/>.</summary>
    public static DateOnly SeasonStart(int year, SeasonName season) => new(year, (int)season, 1);

    /// <summary>
    /// A weekday (<paramref name="isoDay"/> 1–7) near <paramref name="article"/>: in the article's week moved by
    /// <paramref name="weekOffset"/> when one is given ("thứ Sáu tuần trước"); otherwise the most recent such day on
    /// or before the article date, or with a future cue the first such day after it.
    /// </summary>
    public static DateOnly Weekday(DateOnly article, int isoDay, int? weekOffset, Tense tense)
    {
        if (weekOffset is int w)
            return WeekStart(article).AddDays(7 * w + isoDay - 1);
        int today = IsoDay(article.DayOfWeek);
        if (tense == Tense.Future)
        {
            int ahead = (isoDay - today + 7) % 7;
            return article.AddDays(ahead == 0 ? 7 : ahead);
        }
        return article.AddDays(-((today - isoDay + 7) % 7));
    }

    /// <summary>
    /// The day <paramref name="day"/>/<paramref name="month"/> in the year (article year −1, 0 or +1) that puts it
    /// nearest to the article date; only on or before it with a past cue, only on or after it with a future cue; a
    /// tie goes to the past. Null when no candidate exists (29/2 with no leap year in reach).
    /// </summary>
    public static DateOnly? NearestDay(DateOnly article, int month, int day, Tense tense)
    {
        DateOnly? best = null;
        long bestDistance = long.MaxValue;
        for (int y = article.Year - 1; y <= article.Year + 1; y++)
        {
            if (y is < 1 or > 9999 || day > DateTime.DaysInMonth(y, month))
                continue;
            var candidate = new DateOnly(y, month, day);
            long diff = candidate.DayNumber - (long)article.DayNumber;
            if (Allowed(diff, tense) && Math.Abs(diff) < bestDistance)
            {
                best = candidate;
                bestDistance = Math.Abs(diff);
            }
        }
        return best;
    }

    /// <summary>The day of the month <paramref name="day"/> in the month (article month −1, 0 or +1) nearest the article date, by the same rule.</summary>
    public static DateOnly? NearestDayOfMonth(DateOnly article, int day, Tense tense)
    {
        DateOnly? best = null;
        long bestDistance = long.MaxValue;
        DateOnly month = MonthStart(article);
        for (int k = -1; k <= 1; k++)
        {
            if (!TryAddMonths(month, k, out DateOnly m) || day > DateTime.DaysInMonth(m.Year, m.Month))
                continue;
            var candidate = new DateOnly(m.Year, m.Month, day);
            long diff = candidate.DayNumber - (long)article.DayNumber;
            if (Allowed(diff, tense) && Math.Abs(diff) < bestDistance)
            {
                best = candidate;
                bestDistance = Math.Abs(diff);
            }
        }
        return best;
    }

    /// <summary>The first day of month <paramref name="month"/> in the year that puts it nearest the article's month (same rule, counted in months).</summary>
    public static DateOnly? NearestMonth(DateOnly article, int month, Tense tense)
    {
        DateOnly? best = null;
        long bestDistance = long.MaxValue;
        long now = article.Year * 12L + article.Month - 1;
        for (int y = article.Year - 1; y <= article.Year + 1; y++)
        {
            if (y is < 1 or > 9999)
                continue;
            long diff = y * 12L + month - 1 - now;
            if (Allowed(diff, tense) && Math.Abs(diff) < bestDistance)
            {
                best = new DateOnly(y, month, 1);
                bestDistance = Math.Abs(diff);
            }
        }
        return best;
    }

    /// <summary>The first day of quarter <paramref name="quarter"/> in the year that puts it nearest the article's quarter.</summary>
    public static DateOnly? NearestQuarter(DateOnly article, int quarter, Tense tense)
    {
        DateOnly? best = null;
        long bestDistance = long.MaxValue;
        long now = article.Year * 4L + (article.Month - 1) / 3;
        for (int y = article.Year - 1; y <= article.Year + 1; y++)
        {
            if (y is < 1 or > 9999)
                continue;
            long diff = y * 4L + quarter - 1 - now;
            if (Allowed(diff, tense) && Math.Abs(diff) < bestDistance)
            {
                best = QuarterStart(y, quarter);
                bestDistance = Math.Abs(diff);
            }
        }
        return best;
    }

    /// <summary>The season <paramref name="date"/> falls in and the year that season started.</summary>
    public static (int Year, SeasonName Season) SeasonOf(DateOnly date) => date.Month switch
    {
        1 or 2 => (date.Year - 1, SeasonName.Winter),
        >= 3 and <= 5 => (date.Year, SeasonName.Spring),
        >= 6 and <= 8 => (date.Year, SeasonName.Summer),
        >= 9 and <= 11 => (date.Year, SeasonName.Autumn),
        _ => (date.Year, SeasonName.Winter),
    };

    /// <summary>
    /// A season relative to the article date: <paramref name="step"/> 0 is the current occurrence if the article is in
    /// it, else the next one ("mùa đông này"); +1 the first occurrence that starts after the article date ("mùa đông
    /// tới"); -1 the most recent occurrence that has started ("mùa đông vừa qua").
    /// </summary>
    public static DateOnly? RelativeSeason(DateOnly article, SeasonName season, int step)
    {
        var (year, current) = SeasonOf(article);
        DateOnly start = SeasonStart(year, current);
        if (step == 0 && current == season)
            return start;
        for (int k = step < 0 ? 0 : 1; Math.Abs(k) <= 4; k += step < 0 ? -1 : 1)
        {
            if (!TryAddMonths(start, 3 * k, out DateOnly s))
                return null;
            if ((SeasonName)s.Month == season)
                return s;
        }
        return null;
    }

    /// <summary>Adds months, false when the result leaves the DateOnly range.</summary>
    public static bool TryAddMonths(DateOnly date, int months, out DateOnly result)
    {
        long index = date.Year * 12L + date.Month - 1 + months;
        if (index < 12 || index >= 10000 * 12L)
        {
            result = default;
            return false;
        }
        result = new DateOnly((int)(index / 12), (int)(index % 12) + 1, Math.Min(date.Day, DateTime.DaysInMonth((int)(index / 12), (int)(index % 12) + 1)));
        return true;
    }

    /// <summary>Adds days, false when the result leaves the DateOnly range.</summary>
    public static bool TryAddDays(DateOnly date, long days, out DateOnly result)
    {
        long n = date.DayNumber + days;
        if (n < DateOnly.MinValue.DayNumber || n > DateOnly.MaxValue.DayNumber)
        {
            result = default;
            return false;
        }
        result = DateOnly.FromDayNumber((int)n);
        return true;
    }

    private static bool Allowed(long diff, Tense tense) => tense switch
    {
        Tense.Past => diff <= 0,
        Tense.Future => diff >= 0,
        _ => true,
    };
}
