using System.Buffers;
using NewsLens.Core;
using NewsLens.Extraction.Lexicon;
using NewsLens.Extraction.Numbers;

namespace NewsLens.Extraction.Dates;

/// <summary>
/// Finds date and time expressions in a tokenized document and resolves them against the article's date
/// (<see cref="Document.Date"/>), sentence by sentence, left to right, longest match first.
/// </summary>
/// <remarks>
/// <para>Absolute: date tokens ("24/8/2024", "24-8-2024", "2024-08-24", "30/4", "8/2024"), "ngày 6 tháng 9 năm 2024",
/// "ngày 6/9", "mùng 2 tháng 9", "tháng 9/2024", "tháng 9 năm 2024", "năm 2024", "quý 3/2024", "quý III năm 2024",
/// "mùa hè 2024"; times "15h30", "15h", "9:45", "9 giờ 45 phút", "9 giờ sáng", "3 giờ chiều", each joined with the
/// day that follows ("15h30 ngày 24/8", "9h sáng nay") or, when it has none, with a day mention just before it in
/// the sentence ("ngày 24/8, lúc 15h30").</para>
/// <para>Relative (need the article date): hôm nay, hôm qua, hôm kia, ngày mai, ngày kia; sáng/trưa/chiều/tối/đêm +
/// nay/qua/mai; tuần/tháng/quý/năm + này/trước/qua/vừa qua/rồi/tới/sau/sắp tới; năm nay, năm ngoái, sang năm; đầu,
/// giữa, cuối + a period ("cuối tuần", "đầu tháng 9", "cuối năm nay"); N ngày/tuần/tháng/năm + trước (a point),
/// qua/vừa qua/nay (a span up to the article date), tới (a span after it), nữa (a point); "cách đây N ngày";
/// weekdays ("thứ Sáu", "thứ 6", "chủ nhật"); dates and months without a year ("ngày 6/9", "tháng 11").</para>
/// <para>Rules: a weekday without a week is the most recent such day on or before the article date, unless a future
/// cue says otherwise ("sẽ", "sắp", "dự kiến" before it; "tới", "sắp tới" after it), then the first such day after
/// the article date; "thứ Sáu tuần trước/này/tới" is that day of that ISO week. "thứ N" is read as a weekday only
/// with a day cue before it (hôm, vào, từ, đến, hồi, sáng, chiều, …), a week word or a date after it, or a
/// capitalized day name ("thứ Sáu"); otherwise it is an ordinal ("lần thứ 6", "ngày thứ 7", "thứ hai là"). A day or
/// month without a year takes the year that puts it nearest the article date; a past cue ("đã", "vừa", "hồi" before; "vừa qua",
/// "trước" after) keeps it on or before the article date, a future cue on or after; a tie goes to the past.</para>
/// <para>Forms from the corpus audit of the date review: "cùng ngày" (after a time, a part of the day, or alone) is the
/// day told last (in its sentence or the two before, within its paragraph), unresolved when there is none; "ngày trước
/// đó" is unresolved; a bare "đầu năm"/"cuối năm" after a written year or day takes that year; "mùng 3 Tết" and "28 Tết" are lunar days; "1.5.2021" is a day without "ngày"; the days
/// before the last of a list or range ("ngày 21 và 22/4", "từ ngày 14 đến 16-2") take its month; a time with no day
/// takes the day told last in its sentence or the two before, within its paragraph.</para>
/// </remarks>
public static class DateRecognizer
{
    /// <summary>Finds the date mentions of <paramref name="document"/> (which needs the normalized, tokens and sentences layers).</summary>
    public static DateMention[] Recognize(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        TokenLayer tokens = document.Tokens;
        int n = tokens.Count;
        if (n == 0)
            return [];
        string normalized = document.Get(Layers.Normalized).Text;
        ushort[] ids = ArrayPool<ushort>.Shared.Rent(n);
        var found = new PooledList<DateMention>();
        try
        {
            Span<ushort> idSpan = ids.AsSpan(0, n);
            TokenClassifier.Classify(tokens, normalized, idSpan);
            ReadOnlySpan<int> starts = tokens.Starts;
            ReadOnlySpan<int> lengths = tokens.Lengths;
            // Dates at the very ends of the calendar cannot be moved by a week or a year: treat them as unknown.
            DateOnly? article = document.Date is DateOnly d && d.Year is > 1 and < 9999 ? d : null;
            string text = document.Text;
            // where the mentions of the sentence before and of the one before that start in `found`
            int previousSentenceFirst = 0;
            int earlierSentenceFirst = 0;
            foreach (Sentence sentence in document.Sentences.All)
            {
                var t = new TokenView(tokens, normalized, idSpan, sentence.FirstToken, sentence.TokenCount);
                int sentenceFirst = found.Count;
                int i = 0;
                while (i < t.Count)
                {
                    if ((t.Kind(i) is TokenKind.Number or TokenKind.Date or TokenKind.Time || s_starts[t.Id(i)]) &&
                        TryAt(t, i, article, out Mention m))
                    {
                        // "tuần trước đó", "tháng sau đó": relative to another event, not to the article date.
                        if (m.Relative && m.End > m.Start && (t.Is(m.End - 1, Words.Truoc) || t.Is(m.End - 1, Words.Sau)) &&
                            t.Is(m.End, Words.Do))
                            m = Mention.Unresolved(m.Start, m.End + 1, m.Granularity);
                        if (m.Granularity is DateGranularity.Day or DateGranularity.Time)
                            MergeParenthesizedDate(t, ref m, article);
                        if (m.Granularity == DateGranularity.Day && m.EndDate is null && m.Resolved)
                        {
                            ExtendDayRange(t, ref m);
                            KeepRangeInOrder(t, ref m, article);
                        }
                        // "9h30 cùng ngày", "chiều cùng ngày": the same day as the one told last, when there is one
                        bool sameDay = !m.Resolved && m.End - m.Start >= 2 && t.Is(m.End - 1, Words.Day) && t.Is(m.End - 2, Words.Cung);
                        if ((m.Granularity == DateGranularity.Time && !m.HasDay || sameDay) && found.Count > earlierSentenceFirst)
                            AttachDay(ref m, found.AsSpan()[earlierSentenceFirst..], idSpan, text, starts[sentence.FirstToken + m.Start]);
                        if (IsBareYearPart(t, m) && found.Count > earlierSentenceFirst)
                            TakeToldYear(ref m, found.AsSpan()[earlierSentenceFirst..], idSpan, text, starts[sentence.FirstToken + m.Start]);
                        int first = sentence.FirstToken + m.Start;
                        int last = sentence.FirstToken + m.End - 1;
                        var span = TextSpan.FromBounds(starts[first], starts[last] + lengths[last]);
                        found.Add(new DateMention(span, first, m.End - m.Start, m.Granularity, m.Resolved ? m.Date : null,
                            m.Time, m.Resolved ? m.EndDate : null, m.Part, m.DayPart, m.Relative, m.Resolved));
                        i = m.End;
                    }
                    else
                    {
                        i++;
                    }
                }
                earlierSentenceFirst = previousSentenceFirst;
                previousSentenceFirst = sentenceFirst;
            }
            return found.ToArray();
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(ids);
            found.Dispose();
        }
    }

    /// <summary>Syllables a date expression can start with.</summary>
    private static readonly bool[] s_starts = BuildStarts();

    private static bool[] BuildStarts()
    {
        var starts = new bool[ExtractionLexicon.Count];
        ushort[] words =
        [
            Words.Day, Words.Month, Words.Year, Words.Week, Words.Quarter, Words.Season, Words.Ordinal, Words.Chu,
            Words.Hom, Words.Morning, Words.Noon, Words.Afternoon, Words.Evening, Words.Night, Words.LateNight,
            Words.Rang, Words.Cach, Words.Dau, Words.Giua, Words.Cuoi, Words.Sang, Words.Mung, Words.Mong,
            Words.Thap, Words.Nhung, Words.The, Words.Giai, Words.Nhiem, Words.Cung,
        ];
        foreach (ushort id in words)
            starts[id] = true;
        for (int id = 1; id < starts.Length; id++)
        {
            ushort u = (ushort)id;
            if (ExtractionLexicon.Entry(u).Has(NumberRole.Digit | NumberRole.Muoi10 | NumberRole.Several) || VagueDates.Starts(u))
                starts[id] = true;
        }
        return starts;
    }

    private struct Mention
    {
        public int Start;
        public int End;
        public DateGranularity Granularity;
        public DateOnly? Date;
        public TimeOnly? Time;
        public DateOnly? EndDate;
        public PeriodPart Part;
        public DayPart DayPart;
        public bool Relative;
        public bool Resolved;
        public bool HasDay;

        public static Mention Absolute(int start, int end, DateGranularity granularity, DateOnly date) =>
            new() { Start = start, End = end, Granularity = granularity, Date = date, Resolved = true, HasDay = true };

        /// <summary>A mention that needs the article date; unresolved when <paramref name="date"/> is null.</summary>
        public static Mention FromArticle(int start, int end, DateGranularity granularity, DateOnly? date) =>
            new() { Start = start, End = end, Granularity = granularity, Date = date, Relative = true, Resolved = date.HasValue, HasDay = true };

        /// <summary>A mention no article date resolves (vague, or relative to another event).</summary>
        public static Mention Unresolved(int start, int end, DateGranularity granularity) =>
            new() { Start = start, End = end, Granularity = granularity, Relative = true, HasDay = true };
    }

    private static bool TryAt(in TokenView t, int i, DateOnly? article, out Mention m) =>
        TryTime(t, i, article, out m) ||
        TryDayPart(t, i, article, out m) ||
        TryWeekday(t, i, article, cued: false, out m) ||
        TryCounted(t, i, article, out m) ||
        TryDayRange(t, i, article, out m) ||
        TryDay(t, i, article, out m) ||
        TryPart(t, i, article, out m) ||
        TryMonth(t, i, article, bare: false, out m) ||
        TryQuarter(t, i, article, bare: false, out m) ||
        TryDecade(t, i, out m) ||
        TryCentury(t, i, out m) ||
        TryYearRange(t, i, out m) ||
        TryYear(t, i, article, bare: false, out m) ||
        TrySeason(t, i, article, out m) ||
        TryRelative(t, i, article, out m) ||
        TryVague(t, i, out m) ||
        TryBareYear(t, i, out m);

    /// <summary>
    /// "tăng 32% so với 2020", "(SN 1981)": a bare year is a date after "so với" (a comparison with a period) and
    /// after "SN" (sinh năm, a year of birth), unless a unit follows it ("so với 2000 người").
    /// </summary>
    private static bool TryBareYear(in TokenView t, int i, out Mention m)
    {
        m = default;
        bool cued = (t.Is(i - 1, Words.Voi) && t.Is(i - 2, Words.So)) || t.Text(i - 1).SequenceEqual("SN");
        if (!cued || t.Text(i).Length != 4 ||
            !PlainInteger(t, i, 4, out int year) || year is < 1900 or > 2100 || Units.TryMatch(t, i + 1, out _, out _))
            return false;
        m = Mention.Absolute(i, i + 1, DateGranularity.Year, new DateOnly(year, 1, 1));
        return true;
    }

    // ---- times ----

    private static bool TryTime(in TokenView t, int i, DateOnly? article, out Mention m)
    {
        m = default;
        int hour;
        int minute = 0;
        int end;
        if (t.Kind(i) == TokenKind.Time)
        {
            if (TimeCues.IsDurationHours(t, i) || !TryParseClock(t.Text(i), out hour, out minute))
                return false;
            end = i + 1;
            // "4h30 giờ sáng", "7h42 giờ GMT": a redundant "giờ" after the clock belongs to it.
            if (t.Is(end, Words.Hour))
                end++;
        }
        else
        {
            // "9 giờ", "9 giờ 45 phút", "9 giờ rưỡi", "9 giờ kém 15": a clock time only after lúc/vào/từ/đến or before a part of the day.
            if (!TrySmallInteger(t, i, 24, out hour, out int afterHour) || !t.Is(afterHour, Words.Hour))
                return false;
            end = afterHour + 1;
            if (t.Is(end, Words.Ruoi))
            {
                minute = 30;
                end++;
            }
            else if (t.Is(end, Words.Kem) && TrySmallInteger(t, end + 1, 59, out int before, out int afterKem) && hour > 0)
            {
                hour--;
                minute = 60 - before;
                end = t.Is(afterKem, Words.Minute) ? afterKem + 1 : afterKem;
            }
            else if (TrySmallInteger(t, end, 59, out int minutes, out int afterMinutes))
            {
                minute = minutes;
                end = t.Is(afterMinutes, Words.Minute) ? afterMinutes + 1 : afterMinutes;
            }
            ushort before2 = t.Id(i - 1);
            bool cue = before2 == Words.Luc || before2 == Words.Vao || before2 == Words.Tu || before2 == Words.Den || before2 == Words.Toi ||
                (!IsDurationCue(t, i) && DayFollows(t, end, article));
            // "21 giờ đồng hồ" is always a number of hours
            if ((!cue && !Words.IsDayPart(t.Id(end))) || (t.Is(afterHour + 1, Words.Dong) && end == afterHour + 1))
                return false;
            if (minute == 60)
            {
                hour++;
                minute = 0;
            }
        }

        DayPart part = DayPart.None;
        if (TryDayPartWord(t, end, out DayPart p, out int afterPart))
        {
            part = p;
            end = afterPart;
            hour = AdjustHour(hour, part);
        }
        if (hour is < 0 or > 24 || minute is < 0 or > 59)
            return false;
        var time = new TimeOnly(hour % 24, minute);

        // The day that goes with it: "sáng nay", "ngày 24/8", "hôm qua", "thứ Sáu", ", ngày 24/8", " - 22/5" (a listing).
        int dayStart = t.Is(end, Words.Comma) || (t.Is(end, Words.Hyphen) && t.Kind(end + 1) == TokenKind.Date) ? end + 1 : end;
        Mention day;
        bool hasDay = TrySameDay(t, end, out day)
            || part != DayPart.None && TryNayQuaMai(t, end, article, out day)
            || TryDay(t, dayStart, article, out day)
            || TryRelativeDayWord(t, dayStart, article, out day)
            || TryWeekday(t, dayStart, article, cued: true, out day);
        if (hasDay && day.Granularity != DateGranularity.Day)
            hasDay = false;
        m = new Mention { Start = i, End = end, Granularity = DateGranularity.Time, Time = time, DayPart = part, Resolved = true };
        if (hasDay)
        {
            m.End = day.End;
            m.Date = day.Date;
            m.Resolved = day.Resolved;
            m.Relative = day.Relative;
            m.HasDay = true;
        }
        else if ((t.Is(end, Words.Hyphen) || t.Is(end, Words.Den) || t.Is(end, Words.Toi)) &&
                 t.Kind(end + 1) is TokenKind.Time or TokenKind.Number && TryTime(t, end + 1, article, out Mention other) && other.HasDay)
        {
            // "từ 8h-17h ngày 24/4", "từ 7 giờ đến 11 giờ tối ngày 23/4": the first time of a range is on the day of the last
            m.Date = other.Date;
            m.Resolved = other.Resolved;
            m.Relative = other.Relative;
            m.HasDay = true;
        }
        // "24h ngày 30/4" is the midnight that ends the day: 00:00 of the next
        if (hour == 24 && m.Date is DateOnly d && d < DateOnly.MaxValue)
            m.Date = d.AddDays(1);
        return true;
    }

    /// <summary>
    /// "cùng ngày" (the same day) after a time or a part of the day ("20h cùng ngày", "chiều cùng ngày"), or alone: the day
    /// of an event told before, which the rules do not resolve (like "hôm sau"): an unresolved day.
    /// </summary>
    private static bool TrySameDay(in TokenView t, int i, out Mention m)
    {
        m = default;
        if (!t.Is(i, Words.Cung) || !t.Is(i + 1, Words.Day))
            return false;
        m = Mention.Unresolved(i, i + 2, DateGranularity.Day);
        return true;
    }

    /// <summary>"trong 24 giờ", "suốt 3 giờ", "mất 5 giờ", "kéo dài 2 giờ": the number before is a duration.</summary>
    private static bool IsDurationCue(in TokenView t, int i)
    {
        ushort before = t.Id(i - 1);
        return before == Words.Trong || before == Words.Vong || before == Words.Suot || before == Words.Mat ||
            (before == Words.Dai && t.Is(i - 2, Words.Keo));
    }

    /// <summary>A day right after "N giờ" makes it a clock time: "8 giờ ngày 24/5", "11 giờ hôm qua", "15 giờ cùng ngày".</summary>
    private static bool DayFollows(in TokenView t, int i, DateOnly? article)
    {
        if (TrySameDay(t, i, out _))
            return true;
        if (!t.Is(i, Words.Day) && !t.Is(i, Words.Hom))
            return false;
        return (TryDay(t, i, article, out Mention day) || TryRelativeDayWord(t, i, article, out day)) &&
            day.Granularity == DateGranularity.Day;
    }

    /// <summary>
    /// "Sáng nay (24/8)", "hôm qua (23/8)": a day with the date it means in brackets is one mention, and the written
    /// date wins over the computed one.
    /// </summary>
    private static void MergeParenthesizedDate(in TokenView t, ref Mention m, DateOnly? article)
    {
        Mention written;
        if (t.Is(m.End, Words.OpenParen))
        {
            // the written date is a solar one ("(24/8)", "(ngày 24/8)"); "ngày 3/2 (mùng 6 Tết)" keeps its solar day
            int k = t.Is(m.End + 1, Words.Day) ? m.End + 2 : m.End + 1;
            if (t.Kind(k) != TokenKind.Date || !TryDay(t, m.End + 1, article, out written) ||
                written.Granularity != DateGranularity.Day || !t.Is(written.End, Words.CloseParen))
                return;
            m.End = written.End + 1;
        }
        else
        {
            // "hôm nay 1/10", "chiều nay 29/4", "sáng nay, 27/4", "6h50 sáng nay 20/4": a relative day followed by its
            // date without brackets.
            int k = t.Is(m.End, Words.Comma) ? m.End + 1 : m.End;
            ushort last = t.Id(m.End - 1);
            if (!m.Relative || (last != Words.Nay && last != Words.Qua && last != Words.Mai) ||
                t.Kind(t.Is(k, Words.Day) ? k + 1 : k) != TokenKind.Date ||
                !TryDay(t, k, article, out written) || written.Granularity != DateGranularity.Day)
                return;
            m.End = written.End;
        }
        if (written.Resolved)
        {
            // "Sáng nay (24/8)", "10h sáng nay (30/4)": the written date wins over the article date (a time keeps its clock).
            m.Date = written.Date;
            m.Resolved = true;
            m.Relative = written.Relative;
            m.HasDay = true;
        }
    }

    /// <summary>
    /// A time with no day takes the day told last before it in its sentence or the two before, in the same paragraph
    /// ("ngày 24/8, lúc 15h30"; "Sáng nay, cuộc họp dự kiến lúc 8h30. … Đến 9h20, …"). Times without a day and periods
    /// other than days are passed over, and so is "cùng ngày" (the same day as the one before); a day that is not resolved
    /// ("hôm sau") stops the search, and so does a paragraph break, unless the time opens its paragraph ("Đến 9h20, …").
    /// </summary>
    private static void AttachDay(ref Mention m, ReadOnlySpan<DateMention> earlier, ReadOnlySpan<ushort> ids, string text, int timeStart)
    {
        // "Đến 9h20, …", "Đến khoảng 13h30, …" (at most two words before the time) opening a paragraph go on with the day
        // of the paragraph before
        int lineStart = text.LastIndexOf('\n', Math.Max(0, timeStart - 1)) + 1;
        ReadOnlySpan<char> opening = text.AsSpan(lineStart, timeStart - lineStart);
        bool opensParagraph = lineStart > 0 && opening.Count(' ') <= 2 && !opening.ContainsAny('.', ',', ':');
        for (int k = earlier.Length - 1; k >= 0; k--)
        {
            DateMention previous = earlier[k];
            int breaks = text.AsSpan(previous.Span.End, timeStart - previous.Span.End).Count('\n');
            if (breaks > (opensParagraph ? 1 : 0))
                return;
            if (previous.Granularity is not (DateGranularity.Day or DateGranularity.Time))
                continue;
            int last = previous.FirstToken + previous.TokenCount - 1;
            if (previous.TokenCount >= 2 && ids[last] == Words.Day && ids[last - 1] == Words.Cung)
                continue;
            if (previous.Date is DateOnly date)
            {
                // "hôm nay 7/2, rạng sáng 8/2, … Lúc 18h …": the small hours of a day end the night of the day before;
                // an afternoon or evening time goes with that day before when it was told right before them.
                if (ids[previous.FirstToken] == Words.Rang && m.Time is TimeOnly time && time.Hour >= 12 && k > 0 &&
                    earlier[k - 1].Granularity == DateGranularity.Day && earlier[k - 1].Date is DateOnly eve &&
                    eve.AddDays(1) == date)
                {
                    previous = earlier[k - 1];
                    date = eve;
                }
                m.Date = date;
                m.Resolved = true;
                m.Relative = previous.Relative;
                m.HasDay = true;
                return;
            }
            // a time with no day of its own lets the search go on; an unresolved day stops it
            if (previous.Granularity == DateGranularity.Day || !previous.Resolved)
                return;
        }
    }

    /// <summary>
    /// "đầu năm", "cuối năm" with no year of their own ("đầu năm nay", "đầu năm 2020" have one). Reporting periods of the
    /// current year keep it: "từ đầu năm đến nay", "4 tháng đầu năm", "những tháng cuối năm", "quý đầu năm", "hồi đầu năm";
    /// so do "đầu năm học", "đầu năm lớp 6" (a school year).
    /// </summary>
    private static bool IsBareYearPart(in TokenView t, in Mention m) =>
        m.Part != PeriodPart.None && m.Granularity == DateGranularity.Year && m.End - m.Start == 2 && t.Is(m.End - 1, Words.Year) &&
        !((t.Is(m.End, Words.Den) || t.Is(m.End, Words.Toi)) && t.Is(m.End + 1, Words.Nay)) &&
        !t.Is(m.Start - 1, Words.Month) && !t.Is(m.Start - 1, Words.Quarter) && !t.Is(m.Start - 1, Words.Hoi) &&
        !t.Is(m.End, Words.Hoc) && !t.Is(m.End, Words.Lop);

    /// <summary>
    /// A bare "đầu năm"/"cuối năm" in a passage about a written year or day ("Tại ngày 31/12/2020, tài sản giảm so với
    /// đầu năm"; "Năm 2019, … cuối năm") is the start or end of that year, not of the article's: it takes the year of the
    /// mention told last in its sentence or the two before, within its paragraph, when that mention is not relative to
    /// the article date (a relative one, "năm ngoái", "cùng kỳ năm trước", leaves the article year).
    /// </summary>
    private static void TakeToldYear(ref Mention m, ReadOnlySpan<DateMention> earlier, ReadOnlySpan<ushort> ids, string text, int start)
    {
        for (int k = earlier.Length - 1; k >= 0; k--)
        {
            DateMention previous = earlier[k];
            if (text.AsSpan(previous.Span.End, start - previous.Span.End).Contains('\n'))
                return;
            if (previous.Granularity is DateGranularity.None || previous.Date is not DateOnly date)
                continue;
            // a relative year ("năm ngoái") or a point of comparison ("so với cùng kỳ năm 2020") is not the year told about
            // (a year part told just before, "so với đầu năm", goes on with its year)
            if (previous.Relative || (previous.Part == PeriodPart.None && IsComparedWith(ids, previous.FirstToken)))
                return;
            m.Date = new DateOnly(date.Year, 1, 1);
            m.Relative = false;
            return;
        }
    }

    /// <summary>"với" at most three words before <paramref name="first"/>: "so với năm 2020", "so với cùng kỳ năm 2020".</summary>
    private static bool IsComparedWith(ReadOnlySpan<ushort> ids, int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (ids[k] == Words.Voi)
                return true;
        }
        return false;
    }

    private static bool TryParseClock(ReadOnlySpan<char> text, out int hour, out int minute)
    {
        hour = 0;
        minute = 0;
        int p = 0;
        while (p < text.Length && char.IsAsciiDigit(text[p]))
            hour = hour * 10 + (text[p++] - '0');
        if (p == 0 || p >= text.Length)
            return false;
        p++; // 'h', 'H', 'g' or ':'
        int digits = 0;
        while (p < text.Length && char.IsAsciiDigit(text[p]) && digits < 2)
        {
            minute = minute * 10 + (text[p++] - '0');
            digits++;
        }
        return (hour < 24 && minute <= 59) || (hour == 24 && minute == 0);
    }

    private static int AdjustHour(int hour, DayPart part) => part switch
    {
        DayPart.Afternoon or DayPart.Evening when hour is >= 1 and < 12 => hour + 12,
        DayPart.Noon when hour is >= 1 and <= 4 => hour + 12,
        DayPart.Night when hour is >= 6 and < 12 => hour + 12,
        DayPart.Night when hour == 12 => 0,
        _ => hour,
    };

    // ---- parts of the day ----

    private static bool TryDayPartWord(in TokenView t, int i, out DayPart part, out int end)
    {
        end = i + 1;
        ushort id = t.Id(i);
        part = id == Words.Morning ? DayPart.Morning
            : id == Words.Noon ? DayPart.Noon
            : id == Words.Afternoon ? DayPart.Afternoon
            : id == Words.Evening ? DayPart.Evening
            : id == Words.Night || id == Words.LateNight ? DayPart.Night
            : DayPart.None;
        if (part == DayPart.None && id == Words.Rang && t.Is(i + 1, Words.Morning))
        {
            part = DayPart.Morning;
            end = i + 2;
        }
        // "sáng sớm nay", "rạng sáng sớm 30/4": early in the morning
        if (part == DayPart.Morning && t.Is(end, Words.Som))
            end++;
        return part != DayPart.None;
    }

    /// <summary>"sáng nay", "tối qua", "chiều mai", "sáng 24/8", "tối thứ Sáu", "trưa hôm qua", "chiều cùng ngày" (unresolved).</summary>
    private static bool TryDayPart(in TokenView t, int i, DateOnly? article, out Mention m)
    {
        m = default;
        if (!TryDayPartWord(t, i, out DayPart part, out int k))
            return false;
        // "mỗi sáng thứ Hai", "các tối cuối tuần": a recurrence, not one day
        if (IsRecurrence(t.Id(i - 1)))
            return false;
        if (!TrySameDay(t, k, out m) && !TryNayQuaMai(t, k, article, out m) && !TryRelativeDayWord(t, k, article, out m) &&
            !TryDay(t, k, article, out m) && !TryWeekday(t, k, article, cued: true, out m))
            return false;
        if (m.Granularity != DateGranularity.Day)
            return false;
        m.Start = i;
        m.DayPart = part;
        return true;
    }

    /// <summary>"nay", "qua", "mai" right after a part of the day.</summary>
    private static bool TryNayQuaMai(in TokenView t, int i, DateOnly? article, out Mention m)
    {
        ushort id = t.Id(i);
        int offset = id == Words.Nay ? 0 : id == Words.Qua ? -1 : id == Words.Mai ? 1 : int.MinValue;
        if (offset == int.MinValue)
        {
            m = default;
            return false;
        }
        m = Mention.FromArticle(i, i + 1, DateGranularity.Day, AddDays(article, offset));
        return true;
    }

    // ---- days ----

    /// <summary>
    /// "24/8/2024", "ngày 24/8", "hôm 24/8", "ngày 6 tháng 9 năm 2024", "mùng 2 tháng 9", "6 tháng 9 năm 2024",
    /// "ngày 15 tới", "mùng 5", "8/2024" (a month).
    /// </summary>
    /// <summary>
    /// "ngày 26 - 29/4", "26-29/4": days of one month written once; the value is the first day, <c>EndDate</c> the last.
    /// </summary>
    private static bool TryDayRange(in TokenView t, int i, DateOnly? article, out Mention m)
    {
        m = default;
        int k = t.Is(i, Words.Day) ? i + 1 : i;
        if (t.Kind(k) != TokenKind.Number || t.Text(k).Length > 2 || !PlainInteger(t, k, 2, out int first) || first < 1 ||
            !t.Is(k + 1, Words.Hyphen) || t.Kind(k + 2) != TokenKind.Date ||
            !TryDay(t, k + 2, article, out Mention last) || last.Granularity != DateGranularity.Day || last.Date is not DateOnly end ||
            first >= end.Day)
            return false;
        // A bare "26 - 29/4" needs "ngày" or "từ" before it: "thắng 3 - 29/4" is not a range.
        if (k == i && !t.Is(i - 1, Words.Tu))
            return false;
        m = last;
        m.Start = i;
        m.Date = new DateOnly(end.Year, end.Month, first);
        m.EndDate = end;
        return true;
    }

    private static bool TryDay(in TokenView t, int i, DateOnly? article, out Mention m)
    {
        m = default;
        ushort id = t.Id(i);
        bool dayWord = id == Words.Day || id == Words.Mung || id == Words.Mong || id == Words.Hom;
        int k = dayWord ? i + 1 : i;
        if (t.Kind(k) == TokenKind.Date)
        {
            if (!TryDateToken(t.Text(k), out int day, out int month, out int year) ||
                (!dayWord && year == 0 && LooksLikeFraction(t, k, day, month)))
                return false;
            int end = k + 1;
            if (year == 0 && t.Text(k).Contains('-') && TryHyphenRange(t, i, k, day, month, article, out m))
                return true;
            bool yearRelative = false;
            if (year == 0 && TryYearTail(t, end, article, out int y, out yearRelative, out int afterYear))
            {
                year = y;
                end = afterYear;
                if (yearRelative && y == 0)
                    return Unresolved(i, afterYear, day == 0 ? DateGranularity.Month : DateGranularity.Day, out m);
            }
            if (!Build(t, i, end, day, month, year, article, out m))
                return false;
            m.Relative |= yearRelative;
            return true;
        }
        if (t.Kind(k) == TokenKind.Number && HyphenDayMonth(t.Text(k), out int hd0, out int hd1) &&
            TryHyphenRange(t, i, k, hd0, hd1, article, out m))
            return true;
        // "3 ngày 28, 29, 30-6", "từ ngày 14 đến 16-2": the last day of a list or range after "ngày", written "d-m"
        if (!dayWord && t.Kind(k) == TokenKind.Number && HyphenDayMonth(t.Text(k), out int ld, out int lm) &&
            (InDayList(t, i) || ((t.Is(i - 1, Words.Den) || t.Is(i - 1, Words.Toi)) && t.Kind(i - 2) == TokenKind.Number && t.Is(i - 3, Words.Day))))
            return Build(t, i, k + 1, ld, lm, 0, article, out m);
        // "từ 1.5.2021", "ngày 29.4.2021": a dotted day, month and four-digit year, which no number is written like.
        if (t.Kind(k) == TokenKind.Number && DottedDayMonthYear(t.Text(k), out int dd, out int dm, out int dy))
            return Build(t, i, k + 1, dd, dm, dy, article, out m);
        if (id == Words.Hom)
            return false;

        // "ngày 6 tháng 9", "6 tháng 9 năm 2024" (a day number without "ngày" needs the month after it).
        if (!TrySmallInteger(t, k, 31, out int d, out int afterDay) || d < 1)
            return false;
        if (!dayWord && t.Kind(k) != TokenKind.Number)
            return false;
        if (t.Is(afterDay, Words.Month) && TryMonthNumber(t, afterDay + 1, wordsAllowed: true, out int mo, out int afterMonth))
        {
            // "9 tháng 10 ngày", "3 tháng một lần": months and days of a duration, or a frequency
            if (!dayWord && (t.Is(afterMonth, Words.Day) || t.Is(afterMonth, Words.Times)))
                return false;
            int end = afterMonth;
            int year = 0;
            // "mùng 9 tháng Giêng", "23 tháng Chạp": the month names of the lunar calendar.
            if (t.Is(afterDay + 1, Words.Gieng) || t.Is(afterDay + 1, Words.Chap))
                return BuildLunar(t, i, end, d, mo, article, out m);
            if (t.Is(end, Words.Slash) && PlainInteger(t, end + 1, 4, out int slashYear) && slashYear >= 1000)
            {
                year = slashYear;
                end += 2;
            }
            else if (TryYearTail(t, end, article, out int y, out bool yearRelative, out int afterYear))
            {
                end = afterYear;
                if (yearRelative && y == 0)
                    return Unresolved(i, end, DateGranularity.Day, out m);
                year = y;
                if (yearRelative)
                {
                    m = default;
                    if (d > DateTime.DaysInMonth(y, mo))
                        return false;
                    m = Mention.FromArticle(i, end, DateGranularity.Day, new DateOnly(y, mo, d));
                    return true;
                }
            }
            return Build(t, i, end, d, mo, year, article, out m);
        }
        // "mùng 7 Tết", "ngày 3 Tết": a day of the first lunar month; "28 Tết", "ngày 30 Tết": the last days of the lunar
        // year before it.
        if (t.Is(afterDay, Words.Tet) && (dayWord || t.Kind(k) == TokenKind.Number))
        {
            int lunarMonth = d <= 10 ? 1 : d >= 20 ? 12 : 0;
            if (lunarMonth != 0)
                return BuildLunar(t, i, afterDay + 1, d, lunarMonth, article, out m);
        }
        // "từ ngày 1 đến ngày 9/5", "từ 16 đến 25/4", "ngày 21 và 22/4", "các ngày 25, 26 và 27/4": the days before the
        // last of a range or a list take its month.
        if (((dayWord && id == Words.Day) || (t.Kind(k) == TokenKind.Number && (t.Is(i - 1, Words.Tu) || InDayList(t, i)))) &&
            TryRangeStart(t, i, afterDay, d, article, out m))
            return true;
        if (!dayWord || id == Words.Hom)
            return false;

        // "ngày 15 tới", "ngày 5 vừa qua", "mùng 2": a day of the month nearest the article date.
        int cueEnd = AfterCue(t, afterDay, out Tense after);
        if (id == Words.Day && after == Tense.None && !t.Is(afterDay, Words.This))
            return false;
        if (t.Is(afterDay, Words.This))
            cueEnd = afterDay + 1;
        Tense tense = after != Tense.None ? after : TenseBefore(t, i);
        DateOnly? date = article is DateOnly a ? DateMath.NearestDayOfMonth(a, d, tense) : null;
        if (article is not null && date is null)
            return false;
        m = Mention.FromArticle(i, cueEnd, DateGranularity.Day, date);
        return true;
    }

    /// <summary>"30-6": a day and a month joined by a hyphen (read as one number by the tokenizer without a date word).</summary>
    private static bool HyphenDayMonth(ReadOnlySpan<char> text, out int day, out int month)
    {
        day = month = 0;
        int dash = text.IndexOf('-');
        return dash is 1 or 2 && text.Length - dash - 1 is 1 or 2 &&
               int.TryParse(text[..dash], System.Globalization.NumberStyles.None, null, out day) && day is >= 1 and <= 31 &&
               int.TryParse(text[(dash + 1)..], System.Globalization.NumberStyles.None, null, out month) && month is >= 1 and <= 12;
    }

    /// <summary>
    /// "sẽ kéo dài từ ngày 20/4 tới ngày 3/5": the first day of a range, its year taken by the nearest-year rule, may not
    /// fall after the last (both without a written year); it moves back a year when that range lies nearer the article date
    /// than the one a year on ("từ ngày 27/4 đến ngày 31/12" in April keeps 27 April).
    /// </summary>
    private static void KeepRangeInOrder(in TokenView t, ref Mention m, DateOnly? article)
    {
        if (!m.Relative || m.Date is not DateOnly first || article is not DateOnly a ||
            (!t.Is(m.End, Words.Den) && !t.Is(m.End, Words.Toi)) ||
            !TryDay(t, m.End + 1, article, out Mention last) || last.Granularity != DateGranularity.Day ||
            last.Date is not DateOnly end || !last.Relative || first <= end || first.AddYears(-1) > end ||
            (first.Month == 2 && first.Day == 29))
            return;
        // Of the two ranges in order (the first day a year back, or the last a year on), keep the one nearer the article
        // date; only the first day is this mention's to change.
        DateOnly earlier = first.AddYears(-1);
        if (Distance(a, earlier, end) < Distance(a, first, end.AddYears(1)))
            m.Date = earlier;

        static int Distance(DateOnly day, DateOnly from, DateOnly to) =>
            day < from ? from.DayNumber - day.DayNumber : day > to ? day.DayNumber - to.DayNumber : 0;
    }

    /// <summary>
    /// "ngày 9-10/4", "4-10/1": two days joined by a hyphen (one token, which the tokenizer reads as a day and month or
    /// a number), then the month after a slash: a range of days of that month, whose value is the first.
    /// </summary>
    private static bool TryHyphenRange(in TokenView t, int start, int k, int first, int last, DateOnly? article, out Mention m)
    {
        m = default;
        int slash = k + 1;
        if (!t.Is(slash, Words.Slash) || !t.Touches(slash) || !t.Touches(slash + 1) || first >= last ||
            !PlainInteger(t, slash + 1, 2, out int month) || month is < 1 or > 12 || last > DateTime.DaysInMonth(2024, month))
            return false;
        if (!Build(t, start, slash + 2, first, month, 0, article, out m))
            return false;
        if (m.Date is DateOnly d)
        {
            if (last > DateTime.DaysInMonth(d.Year, month))
                return false;
            m.EndDate = new DateOnly(d.Year, month, last);
        }
        return true;
    }

    /// <summary>A day number after a comma in a list that starts with "ngày": the 26 of "các ngày 25, 26 và 27/4".</summary>
    private static bool InDayList(in TokenView t, int i)
    {
        int j = i - 1;
        while (t.Is(j, Words.Comma) && t.Kind(j - 1) == TokenKind.Number)
            j -= 2;
        return j < i - 1 && t.Is(j, Words.Day);
    }

    /// <summary>
    /// The day <paramref name="day"/> at <paramref name="start"/> (up to <paramref name="afterDay"/>) followed by
    /// "đến"/"tới"/"và" (after more day numbers, comma-separated) and a written day and month: it is in that month, or in
    /// the month before when it is the larger day ("từ ngày 28 đến ngày 3/5" starts on 28 April).
    /// </summary>
    private static bool TryRangeStart(in TokenView t, int start, int afterDay, int day, DateOnly? article, out Mention m)
    {
        m = default;
        int j = afterDay;
        while (t.Is(j, Words.Comma) && t.Kind(j + 1) == TokenKind.Number && TrySmallInteger(t, j + 1, 31, out _, out int afterItem))
            j = afterItem;
        int k = j + 1;
        Mention last;
        if (t.Is(j, Words.Comma) && HyphenDayMonth(t.Text(k), out int lastDay, out int lastMonth))
        {
            // "3 ngày 28, 29, 30-6": the last of a comma list written "d-m" (a number to the tokenizer)
            if (!Build(t, k, k + 1, lastDay, lastMonth, 0, article, out last))
                return false;
        }
        else
        {
            if (!t.Is(j, Words.Den) && !t.Is(j, Words.Toi) && !t.Is(j, Words.Va))
                return false;
            int dateToken = t.Is(k, Words.Day) ? k + 1 : k;
            if (t.Kind(dateToken) == TokenKind.Number && HyphenDayMonth(t.Text(dateToken), out int hd, out int hm))
            {
                // "từ ngày 14 đến 16-2": the last day written "d-m", a number to the tokenizer after "đến"
                if (!Build(t, k, dateToken + 1, hd, hm, 0, article, out last))
                    return false;
            }
            else if (t.Kind(dateToken) != TokenKind.Date || !TryDay(t, k, article, out last))
            {
                return false;
            }
        }
        if (last.Granularity != DateGranularity.Day)
            return false;
        if (last.Date is not DateOnly end)
        {
            m = Mention.FromArticle(start, afterDay, DateGranularity.Day, null);
            return true;
        }
        DateOnly month = new(end.Year, end.Month, 1);
        if (day >= end.Day)
            month = month.AddMonths(-1);
        if (day > DateTime.DaysInMonth(month.Year, month.Month))
            return false;
        m = last;
        m.Start = start;
        m.End = afterDay;
        m.Date = new DateOnly(month.Year, month.Month, day);
        m.EndDate = null;
        return true;
    }

    /// <summary>
    /// "1/2 số người", "dày 1/3 dưới": the tokenizer reads d/m with a slash as a date, but a small proper fraction
    /// (numerator below denominator, denominator at most 4) with no date word before it and a lower-case word after it
    /// is a fraction; so is a part of a counted whole before a counted noun ("7/10 học sinh", "5/5 hạng mục", "6/12 lần"),
    /// and "24/7" (round the clock).
    /// </summary>
    private static bool LooksLikeFraction(in TokenView t, int k, int day, int month)
    {
        ushort before = t.Id(k - 1);
        if (before == Words.Tu || before == Words.Den || before == Words.Toi || before == Words.Vao || before == Words.Luc ||
            before == Words.Hoi || before == Words.OpenParen || before == Words.Truoc || before == Words.Sau ||
            Words.IsDayPart(before) || t.Kind(k - 1) == TokenKind.Time)
            return false;
        // "hoạt động 24/7": round the clock
        if (day == 24 && month == 7)
            return true;
        ReadOnlySpan<char> next = t.Text(k + 1);
        bool lowerWordAfter = t.Kind(k + 1) == TokenKind.Word && next.Length > 0 && char.IsLower(next[0]);
        if (day < month && month <= 4)
            return lowerWordAfter;
        // "7/10 học sinh", "5/5 hạng mục", "1/10 người", "6/12 lần dự thi": a part of a counted whole (at most all of it)
        // before a counted noun or a partitive
        return day <= month && lowerWordAfter &&
            ((Units.TryMatch(t, k + 1, out UnitInfo unit, out _) && unit.Kind is Quantities.UnitKind.Person or Quantities.UnitKind.Count) ||
             Words.IsPartitive(t.Id(k + 1)) || t.Is(k + 1, Words.Truong) ||
             t.Is(k + 1, Words.Mon) || t.Is(k + 1, Words.Rank));
    }

    /// <summary>A day or month whose year may be missing: resolved by the nearest-year rule.</summary>
    private static bool Build(in TokenView t, int start, int end, int day, int month, int year, DateOnly? article, out Mention m)
    {
        m = default;
        if (month is < 1 or > 12)
            return false;
        if (year != 0)
        {
            if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month))
                return false;
            m = day == 0
                ? Mention.Absolute(start, end, DateGranularity.Month, new DateOnly(year, month, 1))
                : Mention.Absolute(start, end, DateGranularity.Day, new DateOnly(year, month, day));
            return true;
        }
        if (day > DateTime.DaysInMonth(2024, month))
            return false;
        int cueEnd = AfterCue(t, end, out Tense after);
        Tense tense = after != Tense.None ? after : TenseBefore(t, start);
        DateOnly? date = article is DateOnly a ? DateMath.NearestDay(a, month, day, tense) : null;
        m = Mention.FromArticle(start, cueEnd, DateGranularity.Day, date);
        return true;
    }

    private static readonly System.Globalization.ChineseLunisolarCalendar s_lunar = new();

    /// <summary>
    /// A lunar day ("mùng 9 tháng Giêng") as the solar day it falls on: with a written year ("… năm 2017", the lunar year
    /// that starts in that solar year), else the lunar year that puts it nearest the article date (a tie goes to the
    /// past). The Vietnamese calendar is read as the Chinese one (.NET <c>ChineseLunisolarCalendar</c>, 1901–2100); the
    /// two differ on a few new moons a century.
    /// </summary>
    private static bool BuildLunar(in TokenView t, int start, int end, int day, int month, DateOnly? article, out Mention m)
    {
        m = default;
        if (t.Is(end, Words.Year) && PlainInteger(t, end + 1, 4, out int written) && written >= 1000)
        {
            if (LunarToSolar(written, month, day) is not DateOnly fixedDate)
                return false;
            m = Mention.Absolute(start, end + 2, DateGranularity.Day, fixedDate);
            return true;
        }
        if (article is not DateOnly a)
        {
            m = Mention.FromArticle(start, end, DateGranularity.Day, null);
            return true;
        }
        DateOnly? best = null;
        for (int y = a.Year - 1; y <= a.Year + 1; y++)
        {
            if (LunarToSolar(y, month, day) is DateOnly c &&
                (best is not DateOnly b || Math.Abs(c.DayNumber - a.DayNumber) < Math.Abs(b.DayNumber - a.DayNumber)))
                best = c;
        }
        if (best is null)
            return false;
        m = Mention.FromArticle(start, end, DateGranularity.Day, best);
        return true;
    }

    private static DateOnly? LunarToSolar(int year, int month, int day)
    {
        if (year is < 1902 or > 2099 || month is < 1 or > 12 || day < 1)
            return null;
        int leap = s_lunar.GetLeapMonth(year);
        int index = leap > 0 && month >= leap ? month + 1 : month;
        if (day > s_lunar.GetDaysInMonth(year, index))
            return null;
        return DateOnly.FromDateTime(s_lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    private static bool Unresolved(int start, int end, DateGranularity granularity, out Mention m)
    {
        m = Mention.Unresolved(start, end, granularity);
        return true;
    }

    /// <summary>
    /// Parses a date token: d/m/y, d/m/yy, d-m-y, y-m-d, d/m, d-m (day, month, year 0 when absent), m/yyyy (day 0). A
    /// two-digit year is 20yy below 50 and 19yy from 50.
    /// </summary>
    internal static bool TryDateToken(ReadOnlySpan<char> text, out int day, out int month, out int year)
    {
        day = month = year = 0;
        Span<int> parts = stackalloc int[3];
        Span<int> digits = stackalloc int[3];
        int count = 0;
        int p = 0;
        while (p < text.Length && count < 3)
        {
            int start = p;
            int v = 0;
            while (p < text.Length && char.IsAsciiDigit(text[p]))
                v = v * 10 + (text[p++] - '0');
            if (p == start)
                return false;
            parts[count] = v;
            digits[count++] = p - start;
            if (p < text.Length)
            {
                if (text[p] is not ('/' or '-' or '.'))
                    return false;
                p++;
            }
        }
        if (p != text.Length)
            return false;
        if (count == 3 && digits[0] == 4)
        {
            (year, month, day) = (parts[0], parts[1], parts[2]);
        }
        else if (count == 3)
        {
            (day, month, year) = (parts[0], parts[1], parts[2]);
            if (digits[2] == 2)
                year += year < 50 ? 2000 : 1900;
        }
        else if (count == 2 && digits[1] == 4)
        {
            (month, year) = (parts[0], parts[1]);
        }
        else if (count == 2)
        {
            (day, month) = (parts[0], parts[1]);
        }
        else
        {
            return false;
        }
        // A year written with four digits must be a plausible one (the year 0000 does not exist).
        bool fourDigitYear = (count == 3 && (digits[0] == 4 || digits[2] == 4)) || (count == 2 && digits[1] == 4);
        return month is >= 1 and <= 12 && day is >= 0 and <= 31 && (!fourDigitYear || year is >= 1000 and <= 9999);
    }

    // ---- weekdays ----

    /// <summary>"thứ Sáu", "thứ 6", "chủ nhật", "hôm thứ Hai", "thứ Sáu tuần trước", "thứ 6 tới", "thứ Sáu (24/8)".</summary>
    private static bool TryWeekday(in TokenView t, int i, DateOnly? article, bool cued, out Mention m)
    {
        m = default;
        int start = i;
        bool dayWord = false;
        if (t.Is(i, Words.Hom) || (t.Is(i, Words.Day) && !cued))
        {
            // "hôm thứ Sáu" is a weekday; "ngày thứ Hai" too, but "ngày thứ 7" is as often "the seventh day", so
            // "ngày" alone is no cue: the day name must be capitalized or something after it must say so.
            if (!t.Is(i + 1, Words.Ordinal) && !t.Is(i + 1, Words.Chu))
                return false;
            cued |= t.Is(i, Words.Hom);
            dayWord = t.Is(i, Words.Day);
            i++;
        }
        int isoDay;
        int end;
        bool capitalized;
        if (t.Is(i, Words.Chu) && t.Is(i + 1, Words.Nhat))
        {
            isoDay = 7;
            end = i + 2;
            capitalized = true;
        }
        else if (t.Is(i, Words.Ordinal) && TryWeekdayNumber(t, i + 1, out isoDay))
        {
            end = i + 2;
            capitalized = t.IsCapitalized(i + 1);
        }
        else
        {
            return false;
        }

        // Ordinals and recurrences: "lần thứ 6", "ngày thứ 6 liên tiếp", "mỗi thứ Hai", "thứ 2 hàng tuần".
        ushort before = t.Id(start - 1);
        ushort beforeThat = Words.IsDayPart(before) ? t.Id(start - 2) : (ushort)0;
        if (IsRecurrence(before) || IsRecurrence(beforeThat) ||
            before == Words.Month || before == Words.Year || before == Words.Week || before == Words.Quarter ||
            t.Is(end, Words.Lien) || ((t.Is(end, Words.Hang) || t.Is(end, Words.Hang2)) && t.Is(end + 1, Words.Week)))
            return false;
        if (!cued && !dayWord)
        {
            cued = before == Words.Vao || before == Words.Tu || before == Words.Den || before == Words.Hoi ||
                   before == Words.Truoc || Words.IsDayPart(before);
        }

        // What follows: a week ("tuần trước"), a direction ("tới", "này", "vừa qua") or an explicit date. A week or a
        // date makes it a weekday; a direction word alone does not ("làn sóng thứ hai này", "người thứ hai tới từ").
        int? weekOffset = null;
        Tense tense = Tense.None;
        bool weekWord = false;
        if (t.Is(end, Words.Week) && TryRelativeWord(t, end + 1, allowNgoai: false, out int offset, out int afterWeek))
        {
            weekOffset = offset;
            weekWord = true;
            end = afterWeek;
        }
        else if (t.Is(end, Words.This))
        {
            weekOffset = 0;
            end++;
        }
        else if (!(t.Is(end, Words.Toi) && t.Is(end + 1, Words.Tu)))
        {
            int afterDay = end;
            end = AfterCue(t, end, out tense);
            // "Thứ 2 vừa qua, …", ", thứ 5 sắp tới …", "tờ Asahi thứ 2 vừa qua cho biết": a day name that opens a
            // clause or follows a name inside the sentence (the subject) and is followed by a two-word direction ("vừa qua", "vừa rồi",
            // "sắp tới") or by "tới" and a comma is a weekday even written with a digit; after a common noun it stays
            // an ordinal ("kỳ họp thứ 2 vừa qua", "lần thứ 2 tới đây").
            bool opensClause = !dayWord && t.Kind(start - 1) is TokenKind.Other or TokenKind.Punctuation or TokenKind.Quote;
            bool afterName = !dayWord && start >= 2 && t.Kind(start - 1) == TokenKind.Word && t.IsCapitalized(start - 1) &&
                             end - afterDay == 2;
            bool directed = end - afterDay == 2 || (tense == Tense.Future && t.Kind(end) == TokenKind.Punctuation);
            cued |= (opensClause && directed) || afterName;
        }
        int dateStart = t.Is(end, Words.Comma) || t.Is(end, Words.OpenParen) ? end + 1 : end;
        bool explicitDate = TryDay(t, dateStart, article, out Mention day) && day.Granularity == DateGranularity.Day;
        // "sáng Chủ nhật 11-6": a day and month with a hyphen, a number to the tokenizer after a day name
        if (!explicitDate && t.Kind(dateStart) == TokenKind.Number && HyphenDayMonth(t.Text(dateStart), out int hd, out int hm))
            explicitDate = Build(t, dateStart, dateStart + 1, hd, hm, 0, article, out day);
        if (!cued && !capitalized && !weekWord && !explicitDate)
            return false;
        if (explicitDate)
        {
            m = day;
            m.Start = start;
            if (t.Is(day.End, Words.CloseParen) && t.Is(dateStart - 1, Words.OpenParen))
                m.End = day.End + 1;
            return true;
        }
        if (tense == Tense.None && weekOffset is null)
            tense = TenseBefore(t, start);
        DateOnly? date = article is DateOnly a ? DateMath.Weekday(a, isoDay, weekOffset, tense) : null;
        m = Mention.FromArticle(start, end, DateGranularity.Day, date);
        return true;
    }

    private static bool IsRecurrence(ushort id) =>
        id != 0 && (id == Words.Moi || id == Words.Cac || id == Words.Nhung || id == Words.Hang || id == Words.Hang2);

    private static bool TryWeekdayNumber(in TokenView t, int i, out int isoDay)
    {
        isoDay = 0;
        if (t.Kind(i) == TokenKind.Number)
        {
            ReadOnlySpan<char> text = t.Text(i);
            if (text.Length != 1 || text[0] is < '2' or > '7')
                return false;
            isoDay = text[0] - '1';
            return true;
        }
        ushort id = t.Id(i);
        if (id == Words.Tu4)
        {
            isoDay = 3;
            return true;
        }
        if (!t.HasRole(i, NumberRole.Digit) || id == Words.Mot)
            return false;
        int digit = t.Entry(i).Digit;
        if (digit is < 2 or > 7 || digit == 4)
            return false; // Wednesday is "thứ tư", never "thứ bốn"
        isoDay = digit - 1;
        return true;
    }

    // ---- counted periods ----

    /// <summary>"hai ngày trước", "3 tuần qua", "5 năm tới", "2 tháng nữa", "cách đây 3 ngày", "vài ngày trước".</summary>
    private static bool TryCounted(in TokenView t, int i, DateOnly? article, out Mention m)
    {
        m = default;
        int k = i;
        bool ago = false;
        if (t.Is(i, Words.Cach) && t.Is(i + 1, Words.Here))
        {
            ago = true;
            k = i + 2;
        }
        int count;
        bool vague = false;
        int afterCount;
        if (t.HasRole(k, NumberRole.Several))
        {
            count = 0;
            vague = true;
            afterCount = k + 1;
        }
        else if (!TrySmallInteger(t, k, 999, out count, out afterCount) || count < 1)
        {
            return false;
        }
        ushort unitId = t.Id(afterCount);
        DateGranularity g = unitId == Words.Day ? DateGranularity.Day
            : unitId == Words.Week ? DateGranularity.Week
            : unitId == Words.Month ? DateGranularity.Month
            : unitId == Words.Year ? DateGranularity.Year
            : DateGranularity.None;
        if (g == DateGranularity.None)
            return false;
        int end = afterCount + 1;
        int direction; // -1 ago (a point), -2 span up to now, +2 span after now, +1 from now (a point), 0 event-relative
        if (ago)
        {
            direction = -1;
        }
        else if (t.Is(end, Words.Truoc))
        {
            // "9 tháng trước đó", "9 tháng trước khi bị phát hiện": before another event, not before the article
            direction = t.Is(end + 1, Words.Do) || t.Is(end + 1, Words.Khi) ? 0 : -1;
            end += t.Is(end + 1, Words.Do) ? 2 : 1;
        }
        else if (t.Is(end, Words.Qua) || t.Is(end, Words.Nay))
        {
            direction = -2;
            end++;
        }
        else if (t.Is(end, Words.Vua) && (t.Is(end + 1, Words.Qua) || t.Is(end + 1, Words.Roi)))
        {
            direction = -2;
            end += 2;
        }
        else if (t.Is(end, Words.Toi) || (t.Is(end, Words.Sap) && t.Is(end + 1, Words.Toi)))
        {
            direction = 2;
            end += t.Is(end, Words.Sap) ? 2 : 1;
        }
        else if (t.Is(end, Words.Nua))
        {
            direction = 1;
            end++;
        }
        else if (t.Is(end, Words.Sau))
        {
            direction = 0;
            end += t.Is(end + 1, Words.Do) ? 2 : 1;
        }
        else
        {
            return false;
        }
        if (vague || direction == 0 || article is not DateOnly a)
        {
            m = Mention.Unresolved(i, end, g);
            return true;
        }
        DateOnly? point = direction switch
        {
            -1 or -2 => Shift(a, g, -count),
            2 => Shift(a, g, 1),
            _ => Shift(a, g, count),
        };
        m = Mention.FromArticle(i, end, g, point is DateOnly p ? PeriodStart(p, g) : null);
        if (direction is -2 or 2 && m.Resolved)
        {
            DateOnly? last = direction == -2 ? a : Shift(a, g, count);
            m.EndDate = last is DateOnly l ? PeriodStart(l, g) : null;
            if (m.EndDate is null)
                m.Resolved = false;
        }
        return true;
    }

    // ---- early / mid / late ----

    /// <summary>"đầu tháng", "giữa năm", "cuối tuần", "cuối tháng 8", "đầu năm 2024", "cuối tuần qua".</summary>
    private static bool TryPart(in TokenView t, int i, DateOnly? article, out Mention m)
    {
        m = default;
        ushort id = t.Id(i);
        PeriodPart part = id == Words.Dau ? PeriodPart.Early : id == Words.Giua ? PeriodPart.Mid : id == Words.Cuoi ? PeriodPart.Late : PeriodPart.None;
        if (part == PeriodPart.None)
            return false;
        if (!TryMonth(t, i + 1, article, bare: true, out m) && !TryYear(t, i + 1, article, bare: true, out m) &&
            !TryQuarter(t, i + 1, article, bare: true, out m) && !TryWeek(t, i + 1, article, bare: true, out m))
            return false;
        m.Start = i;
        m.Part = part;
        return true;
    }

    // ---- weeks, months, quarters, years, seasons ----

    private static bool TryWeek(in TokenView t, int i, DateOnly? article, bool bare, out Mention m)
    {
        m = default;
        if (!t.Is(i, Words.Week) || IsCountBefore(t, i))
            return false;
        int offset = 0;
        int end = i + 1;
        if (TryRelativeWord(t, i + 1, allowNgoai: false, out int o, out int after))
        {
            offset = o;
            end = after;
        }
        else if (!bare)
        {
            return false;
        }
        DateOnly? date = article is DateOnly a && DateMath.TryAddDays(a, 7L * offset, out DateOnly s) ? DateMath.WeekStart(s) : null;
        m = Mention.FromArticle(i, end, DateGranularity.Week, date);
        return true;
    }

    /// <summary>"tháng 9", "tháng 9/2024", "tháng 9 năm 2024", "tháng Chín", "tháng trước", "tháng 11 tới"; with <paramref name="bare"/> also "tháng" alone (after đầu/giữa/cuối).</summary>
    private static bool TryMonth(in TokenView t, int i, DateOnly? article, bool bare, out Mention m)
    {
        m = default;
        if (!t.Is(i, Words.Month) || IsCountBefore(t, i) || t.Is(i + 1, Words.Ordinal))
            return false;
        int k = i + 1;
        if (t.Kind(k) == TokenKind.Date && TryDateToken(t.Text(k), out int d0, out int m0, out int y0) && d0 == 0)
        {
            m = Mention.Absolute(i, k + 1, DateGranularity.Month, new DateOnly(y0, m0, 1));
            return true;
        }
        // "tháng 12.2016": a dotted month and year, read by the tokenizer as one decimal number.
        if (t.Kind(k) == TokenKind.Number && DottedMonthYear(t.Text(k), out int dm, out int dy))
        {
            m = Mention.Absolute(i, k + 1, DateGranularity.Month, new DateOnly(dy, dm, 1));
            return true;
        }
        if (TryMonthNumber(t, k, wordsAllowed: false, out int month, out int end))
        {
            int year = 0;
            if ((t.Is(end, Words.Slash) || t.Is(end, Words.Hyphen)) && t.Touches(end + 1) && PlainInteger(t, end + 1, 4, out int y) && y >= 1000)
            {
                year = y;
                end += 2;
            }
            else if (TryYearTail(t, end, article, out int y2, out bool relative, out int afterYear))
            {
                end = afterYear;
                if (relative)
                {
                    m = y2 == 0 ? Mention.Unresolved(i, end, DateGranularity.Month)
                        : Mention.FromArticle(i, end, DateGranularity.Month, new DateOnly(y2, month, 1));
                    return true;
                }
                year = y2;
            }
            if (year != 0)
            {
                m = Mention.Absolute(i, end, DateGranularity.Month, new DateOnly(year, month, 1));
                return true;
            }
            int cueEnd = AfterCue(t, end, out Tense after);
            if (t.Is(end, Words.This))
            {
                after = Tense.None;
                cueEnd = end + 1;
            }
            Tense tense = after != Tense.None ? after : TenseBefore(t, i);
            DateOnly? date = article is DateOnly a ? DateMath.NearestMonth(a, month, tense) : null;
            m = Mention.FromArticle(i, cueEnd, DateGranularity.Month, date);
            return true;
        }
        int offset = 0;
        end = i + 1;
        if (TryRelativeWord(t, i + 1, allowNgoai: false, out int o, out int afterRelative))
        {
            offset = o;
            end = afterRelative;
        }
        else if (!bare)
        {
            return false;
        }
        DateOnly? shifted = article is DateOnly art && DateMath.TryAddMonths(DateMath.MonthStart(art), offset, out DateOnly s) ? s : null;
        m = Mention.FromArticle(i, end, DateGranularity.Month, shifted);
        return true;
    }

    /// <summary>"quý 3", "quý III/2024", "quý 1/2021", "quý IV năm 2023", "quý này", "quý trước".</summary>
    private static bool TryQuarter(in TokenView t, int i, DateOnly? article, bool bare, out Mention m)
    {
        m = default;
        if (!t.Is(i, Words.Quarter) || IsCountBefore(t, i) || t.Is(i + 1, Words.Ordinal))
            return false;
        int k = i + 1;
        if (t.Kind(k) == TokenKind.Date && TryDateToken(t.Text(k), out int d0, out int q0, out int y0) && d0 == 0 && q0 <= 4)
        {
            m = Mention.Absolute(i, k + 1, DateGranularity.Quarter, DateMath.QuarterStart(y0, q0));
            return true;
        }
        if (TryQuarterNumber(t, k, out int quarter))
        {
            int end = k + 1;
            int year = 0;
            if ((t.Is(end, Words.Slash) || t.Is(end, Words.Hyphen)) && PlainInteger(t, end + 1, 4, out int y) && y >= 1000)
            {
                year = y;
                end += 2;
            }
            else if (TryYearTail(t, end, article, out int y2, out bool relative, out int afterYear))
            {
                end = afterYear;
                if (relative)
                {
                    m = y2 == 0 ? Mention.Unresolved(i, end, DateGranularity.Quarter)
                        : Mention.FromArticle(i, end, DateGranularity.Quarter, DateMath.QuarterStart(y2, quarter));
                    return true;
                }
                year = y2;
            }
            if (year != 0)
            {
                m = Mention.Absolute(i, end, DateGranularity.Quarter, DateMath.QuarterStart(year, quarter));
                return true;
            }
            int cueEnd = AfterCue(t, end, out Tense after);
            Tense tense = after != Tense.None ? after : TenseBefore(t, i);
            DateOnly? date = article is DateOnly a ? DateMath.NearestQuarter(a, quarter, tense) : null;
            m = Mention.FromArticle(i, cueEnd, DateGranularity.Quarter, date);
            return true;
        }
        int offset = 0;
        int stop = i + 1;
        if (TryRelativeWord(t, i + 1, allowNgoai: false, out int o, out int afterRelative))
        {
            offset = o;
            stop = afterRelative;
        }
        else if (!bare)
        {
            return false;
        }
        DateOnly? start = null;
        if (article is DateOnly art && DateMath.TryAddMonths(DateMath.QuarterStart(art.Year, (art.Month - 1) / 3 + 1), 3 * offset, out DateOnly s))
            start = s;
        m = Mention.FromArticle(i, stop, DateGranularity.Quarter, start);
        return true;
    }

    private static bool TryQuarterNumber(in TokenView t, int i, out int quarter)
    {
        quarter = 0;
        ReadOnlySpan<char> text = t.Text(i);
        if (t.Kind(i) == TokenKind.Number)
        {
            if (text.Length != 1 || text[0] is < '1' or > '4')
                return false;
            quarter = text[0] - '0';
            return true;
        }
        if (t.Kind(i) == TokenKind.Word)
        {
            quarter = text switch { "I" => 1, "II" => 2, "III" => 3, "IV" => 4, _ => 0 };
            if (quarter != 0)
                return true;
        }
        if (t.Is(i, Words.Tu4))
        {
            quarter = 4;
            return true;
        }
        if (t.HasRole(i, NumberRole.Digit) && t.Entry(i).Digit is >= 1 and <= 4)
        {
            quarter = t.Entry(i).Digit;
            return true;
        }
        return false;
    }

    /// <summary>"năm 2024", "năm nay", "năm ngoái", "năm tới", "năm kia"; with <paramref name="bare"/> also "năm" alone (after đầu/giữa/cuối).</summary>
    private static bool TryYear(in TokenView t, int i, DateOnly? article, bool bare, out Mention m)
    {
        m = default;
        if (!t.Is(i, Words.Year) || IsCountBefore(t, i))
            return false;
        if (PlainInteger(t, i + 1, 4, out int year) && year >= 1000)
        {
            m = Mention.Absolute(i, i + 2, DateGranularity.Year, new DateOnly(year, 1, 1));
            return true;
        }
        // "năm tài chính 2020": a fiscal year is named by its year
        if (t.Is(i + 1, Words.Tai2) && t.Is(i + 2, Words.Chinh) && PlainInteger(t, i + 3, 4, out int fiscal) && fiscal >= 1000)
        {
            m = Mention.Absolute(i, i + 4, DateGranularity.Year, new DateOnly(fiscal, 1, 1));
            return true;
        }
        int offset = 0;
        int end = i + 1;
        if (TryRelativeWord(t, i + 1, allowNgoai: true, out int o, out int after))
        {
            offset = o;
            end = after;
        }
        else if (!bare)
        {
            return false;
        }
        m = Mention.FromArticle(i, end, DateGranularity.Year, YearStart(article, offset));
        return true;
    }

    /// <summary>
    /// "thập niên 1990", "thập kỷ 90", "những năm 1980", "những năm 80": a decade (two digits are the 1900s).
    /// </summary>
    private static bool TryDecade(in TokenView t, int i, out Mention m)
    {
        m = default;
        int j;
        if (t.Is(i, Words.Thap) && (t.Is(i + 1, Words.Nien) || t.Is(i + 1, Words.Ky)))
            j = i + 2;
        else if (t.Is(i, Words.Nhung) && t.Is(i + 1, Words.Year))
            j = i + 2;
        else
            return false;
        if (!PlainInteger(t, j, 4, out int year) || year % 10 != 0)
            return false;
        int digits = t.Text(j).Length;
        if (digits == 2)
            year += 1900;
        else if (digits != 4 || year < 1000)
            return false;
        m = Mention.Absolute(i, j + 1, DateGranularity.Decade, new DateOnly(year, 1, 1));
        return true;
    }

    /// <summary>"thế kỷ 20", "thế kỷ XXI": a century (the 20th is written "19", the 1900s, as TIMEX3 does).</summary>
    private static bool TryCentury(in TokenView t, int i, out Mention m)
    {
        m = default;
        if (!t.Is(i, Words.The) || !t.Is(i + 1, Words.Ky))
            return false;
        int ordinal;
        if (!PlainInteger(t, i + 2, 2, out ordinal) && !TryRoman(t.Text(i + 2), out ordinal))
            return false;
        if (ordinal is < 1 or > 30)
            return false;
        int first = (ordinal - 1) * 100;
        m = Mention.Absolute(i, i + 3, DateGranularity.Century, new DateOnly(Math.Max(1, first), 1, 1));
        return true;
    }

    private static bool TryRoman(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 6)
            return false;
        int previous = 0;
        for (int k = text.Length - 1; k >= 0; k--)
        {
            int v = text[k] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            if (v == 0)
                return false;
            value += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }
        return value > 0;
    }

    /// <summary>"năm 2019-2023", "giai đoạn 2019 - 2023", "giai đoạn 2021-2025", "năm học 2020-2021", "nhiệm kỳ 2021 -2026": a span of whole years.</summary>
    private static bool TryYearRange(in TokenView t, int i, out Mention m)
    {
        m = default;
        int j;
        if (t.Is(i, Words.Year) && !IsCountBefore(t, i))
            j = t.Is(i + 1, Words.Hoc) ? i + 2 : i + 1; // "năm học 2020-2021": a school year is named by its two years
        else if ((t.Is(i, Words.Giai) && t.Is(i + 1, Words.Doan)) || (t.Is(i, Words.Nhiem) && t.Is(i + 1, Words.KyTerm)))
            j = i + 2; // "giai đoạn 2021-2025", "nhiệm kỳ 2021-2026" (a term of office)
        else
            return false;
        if (!PlainInteger(t, j, 4, out int from) || from < 1000 || t.Text(j).Length != 4)
            return false;
        int to, end;
        if (t.Is(j + 1, Words.Hyphen) && PlainInteger(t, j + 2, 4, out to) && t.Text(j + 2).Length == 4)
            end = j + 3;
        else if (HyphenYear(t, j + 1, out to))
            end = j + 2; // "nhiệm kỳ 2021 -2026": the hyphen typed against the second year
        else
            return false;
        if (to <= from || to - from > 100)
            return false;
        m = Mention.Absolute(i, end, DateGranularity.Year, new DateOnly(from, 1, 1));
        m.EndDate = new DateOnly(to, 12, 31);
        return true;
    }

    /// <summary>"mùa hè 2024", "mùa đông năm nay", "mùa thu năm ngoái", "mùa xuân tới", "mùa hè vừa qua".</summary>
    private static bool TrySeason(in TokenView t, int i, DateOnly? article, out Mention m)
    {
        m = default;
        if (!t.Is(i, Words.Season))
            return false;
        ushort id = t.Id(i + 1);
        SeasonName season = id == Words.Spring ? SeasonName.Spring
            : id == Words.Summer || id == Words.SummerHa ? SeasonName.Summer
            : id == Words.Autumn ? SeasonName.Autumn
            : id == Words.Winter ? SeasonName.Winter
            : 0;
        if (season == 0)
            return false;
        int k = i + 2;
        if (PlainInteger(t, k, 4, out int year) && year >= 1000)
        {
            m = Mention.Absolute(i, k + 1, DateGranularity.Season, DateMath.SeasonStart(year, season));
            return true;
        }
        if (t.Is(k, Words.Year))
        {
            if (PlainInteger(t, k + 1, 4, out year) && year >= 1000)
            {
                m = Mention.Absolute(i, k + 2, DateGranularity.Season, DateMath.SeasonStart(year, season));
                return true;
            }
            if (!TryRelativeWord(t, k + 1, allowNgoai: true, out int yearOffset, out int afterYear))
                return false;
            DateOnly? start = null;
            if (article is DateOnly a)
            {
                // The season "of this year" is the one that starts in the article's year, except that in January and
                // February "mùa đông năm nay" is the winter in progress (which started the December before).
                int y = a.Year + yearOffset;
                if (season == SeasonName.Winter && a.Month <= 2)
                    y--;
                if (y is >= 1 and <= 9999)
                    start = DateMath.SeasonStart(y, season);
            }
            m = Mention.FromArticle(i, afterYear, DateGranularity.Season, start);
            return true;
        }
        int step;
        int end;
        if (t.Is(k, Words.This))
        {
            step = 0;
            end = k + 1;
        }
        else
        {
            end = AfterCue(t, k, out Tense tense);
            if (tense == Tense.None)
                return false;
            step = tense == Tense.Future ? 1 : -1;
        }
        m = Mention.FromArticle(i, end, DateGranularity.Season, article is DateOnly ad ? DateMath.RelativeSeason(ad, season, step) : null);
        return true;
    }

    // ---- single relative words ----

    /// <summary>"hôm nay", "hôm qua", "hôm kia", "ngày mai", "ngày kia", "ngày hôm qua", "tuần trước", "sang năm", "hôm sau".</summary>
    private static bool TryRelative(in TokenView t, int i, DateOnly? article, out Mention m)
    {
        if (TryRelativeDayWord(t, i, article, out m) || TrySameDay(t, i, out m) || TryWeek(t, i, article, bare: false, out m))
            return true;
        // "ngày trước đó", "ngày hôm sau đó": the day before or after another event, which the rules do not resolve
        if (t.Is(i, Words.Day) && !IsCountBefore(t, i) && (t.Is(i + 1, Words.Truoc) || t.Is(i + 1, Words.Sau)) && t.Is(i + 2, Words.Do))
            return Unresolved(i, i + 3, DateGranularity.Day, out m);
        // "sang năm" (next year), but not "chuyển sang năm 2017" (on to the year 2017) or "sang năm thứ hai"
        if (t.Is(i, Words.Sang) && t.Is(i + 1, Words.Year) && t.Kind(i + 2) != TokenKind.Number && !t.Is(i + 2, Words.Ordinal))
        {
            m = Mention.FromArticle(i, i + 2, DateGranularity.Year, YearStart(article, 1));
            return true;
        }
        return false;
    }

    private static bool TryRelativeDayWord(in TokenView t, int i, DateOnly? article, out Mention m)
    {
        m = default;
        int k = i;
        if (t.Is(k, Words.Day) && t.Is(k + 1, Words.Hom))
            k++;
        int offset;
        if (t.Is(k, Words.Hom))
        {
            ushort next = t.Id(k + 1);
            if (next == Words.Nay)
                offset = 0;
            else if (next == Words.Qua)
                offset = -1;
            else if (next == Words.Kia)
                offset = -2;
            else if (next == Words.Sau || next == Words.Truoc)
                return Unresolved(i, k + 2, DateGranularity.Day, out m);
            else
                return false;
        }
        else if (t.Is(k, Words.Day))
        {
            ushort next = t.Id(k + 1);
            if (next == Words.Mai)
                offset = 1;
            else if (next == Words.Kia && !t.Is(k - 1, Words.Mot)) // "một ngày kia" is "one day", not the day after tomorrow
                offset = 2;
            else
                return false;
        }
        else
        {
            return false;
        }
        m = Mention.FromArticle(i, k + 2, DateGranularity.Day, AddDays(article, offset));
        return true;
    }

    private static bool TryVague(in TokenView t, int i, out Mention m)
    {
        if (VagueDates.TryMatch(t, i, out int end))
            return Unresolved(i, end, DateGranularity.None, out m);
        m = default;
        return false;
    }

    // ---- shared pieces ----

    /// <summary>
    /// A relative word after tuần/tháng/quý/năm: này/nay (0), trước/qua/rồi/vừa qua/vừa rồi (−1), ngoái (−1, years
    /// only), kia (−2, years only), tới/sau/sắp tới/kế tiếp/tiếp theo (+1).
    /// </summary>
    private static bool TryRelativeWord(in TokenView t, int i, bool allowNgoai, out int offset, out int end)
    {
        ushort id = t.Id(i);
        end = i + 1;
        offset = 0;
        if (id == Words.This || (id == Words.Nay && allowNgoai))
            return true;
        // "vài tháng sau khi sinh", "một năm trước khi mất": "sau khi"/"trước khi" (after/before an event) is a conjunction
        if ((id == Words.Truoc || id == Words.Sau) && t.Is(i + 1, Words.Khi))
            return false;
        if (id == Words.Truoc || id == Words.Qua || id == Words.Roi || (allowNgoai && id == Words.Ngoai))
        {
            offset = -1;
            return true;
        }
        if (allowNgoai && id == Words.Kia)
        {
            offset = -2;
            return true;
        }
        if (id == Words.Toi || id == Words.Sau)
        {
            offset = 1;
            return true;
        }
        if (id == Words.Vua && (t.Is(i + 1, Words.Qua) || t.Is(i + 1, Words.Roi)))
        {
            offset = -1;
            end = i + 2;
            return true;
        }
        if ((id == Words.Sap && t.Is(i + 1, Words.Toi)) || (id == Words.Ke && t.Is(i + 1, Words.Tiep)) ||
            (id == Words.Tiep && t.Is(i + 1, Words.Theo)))
        {
            offset = 1;
            end = i + 2;
            return true;
        }
        return false;
    }

    /// <summary>A year after a day or month: "năm 2024", "năm nay", "năm ngoái" (<paramref name="relative"/>; year 0 when no article date).</summary>
    private static bool TryYearTail(in TokenView t, int i, DateOnly? article, out int year, out bool relative, out int end)
    {
        year = 0;
        relative = false;
        end = i;
        if (!t.Is(i, Words.Year))
            return false;
        if (PlainInteger(t, i + 1, 4, out int y) && y >= 1000)
        {
            year = y;
            end = i + 2;
            return true;
        }
        if (TryRelativeWord(t, i + 1, allowNgoai: true, out int offset, out end))
        {
            relative = true;
            year = article is DateOnly a && a.Year + offset is >= 1 and <= 9999 ? a.Year + offset : 0;
            return true;
        }
        return false;
    }

    /// <summary>A direction word after a mention: tới, sắp tới, sau, tiếp theo (future); qua, vừa qua, trước, rồi, vừa rồi (past).</summary>
    private static int AfterCue(in TokenView t, int i, out Tense tense)
    {
        tense = Tense.None;
        ushort id = t.Id(i);
        // "từ ngày 20/4 tới ngày 3/5", "trước 12/5": "tới"/"trước" before another day is "to"/"before", not a cue
        if ((id == Words.Toi || id == Words.Truoc) &&
            (t.Is(i + 1, Words.Day) || t.Is(i + 1, Words.Hom) || t.Kind(i + 1) is TokenKind.Date or TokenKind.Time))
            return i;
        if (id == Words.Toi)
        {
            tense = Tense.Future;
            return i + 1;
        }
        if ((id == Words.Sap && t.Is(i + 1, Words.Toi)) || (id == Words.Tiep && t.Is(i + 1, Words.Theo)))
        {
            tense = Tense.Future;
            return i + 2;
        }
        if (id == Words.Qua || id == Words.Truoc)
        {
            tense = Tense.Past;
            return i + 1;
        }
        if (id == Words.Vua && (t.Is(i + 1, Words.Qua) || t.Is(i + 1, Words.Roi)))
        {
            tense = Tense.Past;
            return i + 2;
        }
        return i;
    }

    /// <summary>The nearest tense cue in the six tokens before <paramref name="start"/>: sẽ, sắp, dự kiến, dự định (future); đã, vừa, từng, hồi (past).</summary>
    private static Tense TenseBefore(in TokenView t, int start)
    {
        // "cho đến tháng 10", "cho tới ngày 20/9": an end point still ahead.
        if ((t.Is(start - 1, Words.Den) || t.Is(start - 1, Words.Toi)) && t.Is(start - 2, Words.Cho))
            return Tense.Future;
        for (int k = start - 1; k >= 0 && k >= start - 6; k--)
        {
            ushort id = t.Id(k);
            if (id == Words.Se || id == Words.Sap || (id == Words.Du && (t.Is(k + 1, Words.Kien) || t.Is(k + 1, Words.Dinh))))
                return Tense.Future;
            if (id == Words.Da || id == Words.Vua || id == Words.Tung || id == Words.Hoi)
                return Tense.Past;
        }
        return Tense.None;
    }

    /// <summary>
    /// A month after "tháng": 1–12 in digits, giêng (1), chạp (12), or in words ("tháng Chín", "tháng mười hai").
    /// With wordsAllowed (inside a day-month construction, where "tháng năm" can only be May) any month in words is
    /// taken; otherwise a one-word month in lower case needs a boundary or a date word after it.
    /// </summary>
    /// <summary>"1.5.2021", "18.3.2008": a day and a month of one or two digits and a year 1000–2100, dotted.</summary>
    private static bool DottedDayMonthYear(ReadOnlySpan<char> text, out int day, out int month, out int year)
    {
        day = month = year = 0;
        int dot = text.IndexOf('.');
        if (dot is not (1 or 2) || !int.TryParse(text[..dot], System.Globalization.NumberStyles.None, null, out day) || day is < 1 or > 31)
            return false;
        return DottedMonthYear(text[(dot + 1)..], out month, out year) && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>"12.2016", "3.2017": one or two digits of a month, a dot, four digits of a year 1000–2100.</summary>
    private static bool DottedMonthYear(ReadOnlySpan<char> text, out int month, out int year)
    {
        month = year = 0;
        int dot = text.IndexOf('.');
        return dot is 1 or 2 && text.Length - dot - 1 == 4 &&
               int.TryParse(text[..dot], System.Globalization.NumberStyles.None, null, out month) && month is >= 1 and <= 12 &&
               int.TryParse(text[(dot + 1)..], System.Globalization.NumberStyles.None, null, out year) && year is >= 1000 and <= 2100;
    }

    /// <summary>
    /// "ngày 25.1 - 3.2", "ngày 30/4 - 2/5": a day range across months, the second day written with its month after a
    /// hyphen; the mention grows to hold it and <c>EndDate</c> is that day (same year, or the next when it would go back).
    /// </summary>
    private static void ExtendDayRange(in TokenView t, ref Mention m)
    {
        if (m.Date is not DateOnly first || !t.Is(m.End, Words.Hyphen) ||
            t.Kind(m.End + 1) is not (TokenKind.Date or TokenKind.Number))
            return;
        ReadOnlySpan<char> text = t.Text(m.End + 1);
        int sep = text.IndexOfAny('/', '.');
        if (sep is not (1 or 2) || text.Length - sep - 1 is < 1 or > 2 ||
            !int.TryParse(text[..sep], System.Globalization.NumberStyles.None, null, out int day) ||
            !int.TryParse(text[(sep + 1)..], System.Globalization.NumberStyles.None, null, out int month) ||
            month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(first.Year, month))
            return;
        var last = new DateOnly(first.Year, month, day);
        if (last <= first)
        {
            if (month == 2 && day == 29 && !DateTime.IsLeapYear(first.Year + 1))
                return;
            last = new DateOnly(first.Year + 1, month, day);
        }
        if (last.DayNumber - first.DayNumber > 92)
            return;
        m.End += 2;
        m.EndDate = last;
    }

    private static bool TryMonthNumber(in TokenView t, int i, bool wordsAllowed, out int month, out int end)
    {
        month = 0;
        end = i + 1;
        if (t.Kind(i) == TokenKind.Number)
            return PlainInteger(t, i, 2, out month) && month is >= 1 and <= 12;
        if (t.Is(i, Words.Gieng))
        {
            month = 1;
            return true;
        }
        if (t.Is(i, Words.Chap))
        {
            month = 12;
            return true;
        }
        bool structural = false;
        if (t.Is(i, Words.Tu4))
            month = 4;
        else if (NumberParser.TryParseSmall(t, i, continuation: false, out double value, out end, out structural) && value is >= 1 and <= 12)
            month = (int)value;
        else
            return false;
        if (wordsAllowed || structural || t.IsCapitalized(i))
            return true;
        // "tháng ba" alone is March, but "mỗi tháng hai lần" is twice a month and "tháng năm" also means time in
        // general: a lower-case month of one word needs a boundary or a date word after it ("tháng ba tới", "tháng tư năm nay").
        bool one = t.Is(i, Words.Mot) || t.Is(i, Words.Year) || t.Entry(i).Digit == 2;
        ushort next = t.Id(end);
        bool boundary = t.Kind(end) is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Other && next != Words.Hyphen;
        if (next == Words.Year || next == Words.Toi || next == Words.Qua || next == Words.This || next == Words.Vua ||
            next == Words.Truoc || next == Words.Sap || (boundary && !one))
            return true;
        month = 0;
        return false;
    }

    /// <summary>A small non-negative integer at token <paramref name="i"/>, in digits (no separators) or words ("hai", "mười lăm").</summary>
    private static bool TrySmallInteger(in TokenView t, int i, int max, out int value, out int end)
    {
        value = 0;
        end = i + 1;
        if (t.Kind(i) == TokenKind.Number)
            return PlainInteger(t, i, 3, out value) && value <= max;
        if (!NumberParser.TryParseSmall(t, i, continuation: false, out double v, out end, out _) || v > max)
            return false;
        value = (int)v;
        return true;
    }

    /// <summary>A four-digit year with a hyphen or dash typed against it, read as one signed number ("-2026").</summary>
    private static bool HyphenYear(in TokenView t, int i, out int year)
    {
        year = 0;
        ReadOnlySpan<char> text = t.Text(i);
        if (t.Kind(i) != TokenKind.Number || text.Length != 5 || text[0] is not ('-' or '–' or '\u2212'))
            return false;
        foreach (char c in text[1..])
        {
            if (!char.IsAsciiDigit(c))
                return false;
            year = year * 10 + (c - '0');
        }
        return year >= 1000;
    }

    /// <summary>A number token of at most <paramref name="maxDigits"/> digits and nothing else.</summary>
    private static bool PlainInteger(in TokenView t, int i, int maxDigits, out int value)
    {
        value = 0;
        if (t.Kind(i) != TokenKind.Number)
            return false;
        ReadOnlySpan<char> text = t.Text(i);
        if (text.Length == 0 || text.Length > maxDigits)
            return false;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>
    /// True when a count stands before a period word ("3 tháng", "vài năm"): a duration, not a date; or a plural
    /// marker ("những năm trước" are earlier years, "những năm 1980" the eighties): not one period either.
    /// </summary>
    private static bool IsCountBefore(in TokenView t, int i) =>
        t.Kind(i - 1) == TokenKind.Number || t.Is(i - 1, Words.Nhung) || t.Is(i - 1, Words.Cac) ||
        t.HasRole(i - 1, NumberRole.Digit | NumberRole.Muoi | NumberRole.Muoi10 | NumberRole.TensUnit | NumberRole.TeenUnit |
                         NumberRole.Several | NumberRole.Nua | NumberRole.Chuc | NumberRole.Tram | NumberRole.Scale);

    private static DateOnly? AddDays(DateOnly? article, int days) =>
        article is DateOnly a && DateMath.TryAddDays(a, days, out DateOnly d) ? d : null;

    private static DateOnly? YearStart(DateOnly? article, int offset) =>
        article is DateOnly a && a.Year + offset is >= 1 and <= 9999 ? new DateOnly(a.Year + offset, 1, 1) : null;

    private static DateOnly? Shift(DateOnly date, DateGranularity g, int count) => g switch
    {
        DateGranularity.Day => DateMath.TryAddDays(date, count, out DateOnly d) ? d : null,
        DateGranularity.Week => DateMath.TryAddDays(date, 7L * count, out DateOnly w) ? w : null,
        DateGranularity.Month => DateMath.TryAddMonths(date, count, out DateOnly mo) ? mo : null,
        DateGranularity.Year => date.Year + count is >= 1 and <= 9999 ? new DateOnly(date.Year + count, 1, 1) : null,
        _ => null,
    };

    private static DateOnly PeriodStart(DateOnly date, DateGranularity g) => g switch
    {
        DateGranularity.Week => DateMath.WeekStart(date),
        DateGranularity.Month => DateMath.MonthStart(date),
        DateGranularity.Year => new DateOnly(date.Year, 1, 1),
        _ => date,
    };
}
