using NewsLens.Extraction.Dates;
using static NewsLens.Extraction.Tests.Extract;

namespace NewsLens.Extraction.Tests;

public class DateTests
{
    // The article date of these tests: Saturday 24 August 2024 (ISO week 34).

    // ---- absolute ----

    [Theory]
    [InlineData("Ký ngày 24/8/2024 tại Hà Nội.", "ngày 24/8/2024", "2024-08-24", DateGranularity.Day)]
    [InlineData("Hạn chót 24/8/2024.", "24/8/2024", "2024-08-24", DateGranularity.Day)]
    [InlineData("Hạn chót 24-8-2024.", "24-8-2024", "2024-08-24", DateGranularity.Day)]
    [InlineData("Hạn chót 2024-08-24.", "2024-08-24", "2024-08-24", DateGranularity.Day)]
    [InlineData("Hạn chót 24/8/24.", "24/8/24", "2024-08-24", DateGranularity.Day)]
    [InlineData("Hạn chót 24/8/98.", "24/8/98", "1998-08-24", DateGranularity.Day)]
    [InlineData("Ngày 6 tháng 9 năm 2023 trời mưa.", "Ngày 6 tháng 9 năm 2023", "2023-09-06", DateGranularity.Day)]
    [InlineData("Lễ mùng 2 tháng 9 năm 2023.", "mùng 2 tháng 9 năm 2023", "2023-09-02", DateGranularity.Day)]
    [InlineData("Khai mạc 6 tháng 9 năm 2023.", "6 tháng 9 năm 2023", "2023-09-06", DateGranularity.Day)]
    [InlineData("Số liệu tháng 9/2023.", "tháng 9/2023", "2023-09", DateGranularity.Month)]
    [InlineData("Số liệu tháng 9 năm 2023.", "tháng 9 năm 2023", "2023-09", DateGranularity.Month)]
    [InlineData("Số liệu tháng 9-2023.", "tháng 9-2023", "2023-09", DateGranularity.Month)]
    [InlineData("Số liệu 9/2023.", "9/2023", "2023-09", DateGranularity.Month)]
    [InlineData("Thành lập năm 1998.", "năm 1998", "1998", DateGranularity.Year)]
    [InlineData("Doanh thu quý 3/2023.", "quý 3/2023", "2023-Q3", DateGranularity.Quarter)]
    [InlineData("Doanh thu quý III/2023.", "quý III/2023", "2023-Q3", DateGranularity.Quarter)]
    [InlineData("Doanh thu quý IV năm 2023.", "quý IV năm 2023", "2023-Q4", DateGranularity.Quarter)]
    [InlineData("Kế hoạch mùa hè 2023.", "mùa hè 2023", "2023-SU", DateGranularity.Season)]
    public void Recognize_AbsoluteDate_ResolvesWithoutTheArticleDate(string text, string span, string value, DateGranularity granularity)
    {
        // Given a date that says its year
        // When no article date is known
        DateMention d = DateWithText(text, span, date: null);
        // Then it still resolves, and is not relative
        Assert.True(d.Resolved);
        Assert.False(d.Relative);
        Assert.Equal(value, d.Value);
        Assert.Equal(granularity, d.Granularity);
    }

    [Theory]
    [InlineData("Khai trương ngày 6/9.", "ngày 6/9", "2024-09-06")]
    [InlineData("Khai trương ngày 6-9.", "ngày 6-9", "2024-09-06")]
    [InlineData("Từ 30/4 đến 1/5.", "30/4", "2024-04-30")]
    [InlineData("Sự kiện ngày 25/12 năm ngoái.", "ngày 25/12 năm ngoái", "2023-12-25")]
    [InlineData("Hạn nộp ngày 15 tới.", "ngày 15 tới", "2024-09-15")]
    [InlineData("Lễ diễn ra hôm mùng 5.", "mùng 5", "2024-09-05")]
    public void Recognize_DayWithoutYear_TakesTheNearestYear(string text, string span, string value)
    {
        DateMention d = DateWithText(text, span, Article);
        Assert.Equal(value, d.Value);
        Assert.True(d.Relative);
    }

    [Fact]
    public void Recognize_DayWithoutYearEarlyInTheYear_IsLastDecember()
    {
        // Given an article of 3 January and "25/12"
        DateMention d = DateWithText("Tiệc ngày 25/12 rất vui.", "ngày 25/12", new DateOnly(2025, 1, 3));
        // Then the nearest 25 December is the one a week before
        Assert.Equal("2024-12-25", d.Value);
    }

    [Fact]
    public void Recognize_DayWithoutYearAndNoArticleDate_IsUnresolved()
    {
        DateMention d = DateWithText("Khai trương ngày 6/9.", "ngày 6/9", date: null);
        Assert.False(d.Resolved);
        Assert.Null(d.Value);
        Assert.Equal(DateGranularity.Day, d.Granularity);
    }

    [Theory]
    [InlineData("Hội nghị lúc 15h30.", "15h30", "T15:30")]
    [InlineData("Hội nghị lúc 9:45.", "9:45", "T09:45")]
    [InlineData("Hội nghị lúc 15h.", "15h", "T15:00")]
    [InlineData("Hội nghị lúc 9 giờ 45 phút.", "9 giờ 45 phút", "T09:45")]
    [InlineData("Tai nạn lúc 3 giờ chiều.", "3 giờ chiều", "T15:00")]
    [InlineData("Tai nạn lúc 9 giờ tối.", "9 giờ tối", "T21:00")]
    [InlineData("Hội nghị lúc 8 giờ rưỡi.", "8 giờ rưỡi", "T08:30")]
    [InlineData("Hội nghị lúc 9 giờ kém 15.", "9 giờ kém 15", "T08:45")]
    [InlineData("Hội nghị lúc 15g30.", "15g30", "T15:30")]
    [InlineData("Sự việc xảy ra vào khoảng 10h sáng.", "10h sáng", "T10:00")]
    public void Recognize_TimeWithoutDay_IsATimeOfDay(string text, string span, string value)
    {
        DateMention d = DateWithText(text, span, Article);
        Assert.Equal(DateGranularity.Time, d.Granularity);
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Họp lúc 15h30 ngày 20/8.", "15h30 ngày 20/8", "2024-08-20T15:30")]
    [InlineData("Họp lúc 9h sáng nay.", "9h sáng nay", "2024-08-24T09:00")]
    [InlineData("Họp lúc 21h hôm qua.", "21h hôm qua", "2024-08-23T21:00")]
    [InlineData("Họp lúc 15h30, ngày 20/8/2024.", "15h30, ngày 20/8/2024", "2024-08-20T15:30")]
    public void Recognize_TimeWithItsDay_IsOneTimeMention(string text, string span, string value)
    {
        DateMention d = DateWithText(text, span, Article);
        Assert.Equal(DateGranularity.Time, d.Granularity);
        Assert.Equal(value, d.Value);
    }

    [Fact]
    public void Recognize_TimeAfterADay_TakesThatDay()
    {
        // Given a day, then "lúc" and a time
        var (doc, items) = FindDates("Ngày 20/8, lúc 15h30, đoàn xuất phát.", Article);
        // Then the time is on that day
        Assert.Equal(2, items.Length);
        Assert.Equal("2024-08-20T15:30", items[1].Value);
        Assert.Equal("15h30", doc.Slice(items[1].Span).ToString());
    }

    [Theory]
    [InlineData("Sáng 24/8, đoàn đến.", "Sáng 24/8", "2024-08-24", DayPart.Morning)]
    [InlineData("Sáng nay, đoàn đến.", "Sáng nay", "2024-08-24", DayPart.Morning)]
    [InlineData("Tối qua, đoàn đến.", "Tối qua", "2024-08-23", DayPart.Evening)]
    [InlineData("Chiều mai, đoàn đến.", "Chiều mai", "2024-08-25", DayPart.Afternoon)]
    [InlineData("Đêm 23/8, đoàn đến.", "Đêm 23/8", "2024-08-23", DayPart.Night)]
    [InlineData("Rạng sáng 24/8, đoàn đến.", "Rạng sáng 24/8", "2024-08-24", DayPart.Morning)]
    [InlineData("Trưa hôm qua, đoàn đến.", "Trưa hôm qua", "2024-08-23", DayPart.Noon)]
    [InlineData("Tối thứ Hai, đoàn đến.", "Tối thứ Hai", "2024-08-19", DayPart.Evening)]
    public void Recognize_PartOfDay_KeepsTheDayAndThePart(string text, string span, string value, DayPart part)
    {
        DateMention d = DateWithText(text, span, Article);
        Assert.Equal(value, d.Value);
        Assert.Equal(DateGranularity.Day, d.Granularity);
        Assert.Equal(part, d.DayPart);
    }

    [Fact]
    public void Recognize_RelativeDayWithTheDateInBrackets_IsOneMention()
    {
        DateMention d = DateWithText("Sáng nay (24/8), trời mưa.", "Sáng nay (24/8)", Article);
        Assert.Equal("2024-08-24", d.Value);
    }

    // ---- relative days ----

    [Theory]
    [InlineData("Hôm nay trời đẹp.", "Hôm nay", "2024-08-24")]
    [InlineData("Hôm qua trời đẹp.", "Hôm qua", "2024-08-23")]
    [InlineData("Hôm kia trời đẹp.", "Hôm kia", "2024-08-22")]
    [InlineData("Ngày mai trời đẹp.", "Ngày mai", "2024-08-25")]
    [InlineData("Ngày kia trời đẹp.", "Ngày kia", "2024-08-26")]
    [InlineData("Ngày hôm qua trời đẹp.", "Ngày hôm qua", "2024-08-23")]
    [InlineData("Đoàn đến hai ngày trước.", "hai ngày trước", "2024-08-22")]
    [InlineData("Đoàn đến cách đây 3 ngày.", "cách đây 3 ngày", "2024-08-21")]
    [InlineData("Đoàn đến 2 ngày nữa.", "2 ngày nữa", "2024-08-26")]
    public void Recognize_RelativeDay_IsCountedFromTheArticleDate(string text, string span, string value)
    {
        DateMention d = DateWithText(text, span, Article);
        Assert.Equal(value, d.Value);
        Assert.True(d.Relative);
        Assert.Equal(DateGranularity.Day, d.Granularity);
    }

    [Fact]
    public void Recognize_RelativeDayWithoutArticleDate_KeepsTheTextUnresolved()
    {
        var (doc, items) = FindDates("Hôm qua trời đẹp.", null);
        DateMention d = Assert.Single(items);
        Assert.Equal("Hôm qua", doc.Slice(d.Span).ToString());
        Assert.False(d.Resolved);
        Assert.Null(d.Value);
        Assert.Equal(DateGranularity.Day, d.Granularity);
    }

    // ---- weekdays ----

    [Theory]
    [InlineData("Hôm thứ sáu, đoàn đến.", "Hôm thứ sáu", "2024-08-23")]
    [InlineData("Đoàn đến vào thứ Sáu.", "thứ Sáu", "2024-08-23")]
    [InlineData("Đoàn đến vào thứ 6.", "thứ 6", "2024-08-23")]
    [InlineData("Đoàn đến vào chủ nhật.", "chủ nhật", "2024-08-18")]
    [InlineData("Đoàn đến vào thứ Bảy.", "thứ Bảy", "2024-08-24")]
    [InlineData("Đoàn đến vào thứ Hai.", "thứ Hai", "2024-08-19")]
    [InlineData("Đoàn đến ngày thứ Năm.", "ngày thứ Năm", "2024-08-22")]
    [InlineData("Đoàn đến ngày chủ nhật.", "ngày chủ nhật", "2024-08-18")]
    public void Recognize_WeekdayWithoutCue_IsTheMostRecentOnOrBeforeTheArticleDate(string text, string span, string value)
    {
        Assert.Equal(value, DateWithText(text, span, Article).Value);
    }

    [Theory]
    [InlineData("Đoàn sẽ đến vào thứ Sáu.", "thứ Sáu", "2024-08-30")]
    [InlineData("Đoàn đến vào thứ Sáu tới.", "thứ Sáu tới", "2024-08-30")]
    [InlineData("Đoàn sắp đến vào thứ Hai.", "thứ Hai", "2024-08-26")]
    [InlineData("Đoàn sẽ đến vào thứ Bảy.", "thứ Bảy", "2024-08-31")]
    public void Recognize_WeekdayWithFutureCue_IsTheFirstAfterTheArticleDate(string text, string span, string value)
    {
        Assert.Equal(value, DateWithText(text, span, Article).Value);
    }

    [Theory]
    [InlineData("Đoàn đến thứ 6 tuần trước.", "thứ 6 tuần trước", "2024-08-16")]
    [InlineData("Đoàn đến thứ Hai tuần này.", "thứ Hai tuần này", "2024-08-19")]
    [InlineData("Đoàn đến thứ Hai tuần sau.", "thứ Hai tuần sau", "2024-08-26")]
    [InlineData("Đoàn đến thứ Tư tuần tới.", "thứ Tư tuần tới", "2024-08-28")]
    public void Recognize_WeekdayOfAWeek_IsThatDayOfThatIsoWeek(string text, string span, string value)
    {
        Assert.Equal(value, DateWithText(text, span, Article).Value);
    }

    [Fact]
    public void Recognize_WeekdayWithItsDate_TakesTheWrittenDate()
    {
        DateMention d = DateWithText("Thứ Sáu (23/8), đoàn đến.", "Thứ Sáu (23/8)", Article);
        Assert.Equal("2024-08-23", d.Value);
    }

    [Theory]
    [InlineData("Thứ 2 vừa qua, chợ đóng cửa.", "Thứ 2 vừa qua", "2024-08-19")]
    [InlineData("Thứ 5 vừa rồi giá xăng giảm.", "Thứ 5 vừa rồi", "2024-08-22")]
    [InlineData("Theo báo cáo, thứ 3 vừa qua mưa lớn.", "thứ 3 vừa qua", "2024-08-20")]
    [InlineData("Thứ 4 sắp tới, đội lên đường.", "Thứ 4 sắp tới", "2024-08-28")]
    [InlineData("Thứ 2 tới, trường khai giảng.", "Thứ 2 tới", "2024-08-26")]
    [InlineData("Báo Asahi thứ 2 vừa qua cho biết tin này.", "thứ 2 vừa qua", "2024-08-19")]
    public void Recognize_DigitWeekdayOpeningAClauseWithADirection_IsAWeekday(string text, string span, string value)
    {
        // Given a day name written with a digit, at the start of a sentence, after a comma or after a name,
        // followed by "vừa qua", "vừa rồi", "sắp tới" or "tới" and a comma
        // When dates are recognized against Saturday 24 August 2024
        // Then it is that weekday of the week before or after
        Assert.Equal(value, DateWithText(text, span, Article).Value);
    }

    [Theory]
    [InlineData("Tại kỳ họp thứ 2 vừa qua, Quốc hội thông qua luật.")]
    [InlineData("Lần thứ 2 tới đây, anh sẽ thắng.")]
    [InlineData("Đội về thứ 3 vừa qua.")]
    [InlineData("Thứ 2 tới lượt đội khách.")]
    [InlineData("Vòng thứ 2 vừa qua, đội nhà thắng.")]
    [InlineData("Đợt thứ 3 vừa qua có 200 người.")]
    public void Recognize_OrdinalThuAfterANounWithADirection_IsNotAWeekday(string text)
    {
        // Given "thứ N" after a noun or a verb it ranks ("kỳ họp", "lần", "về"), or "tới" that is a verb
        // When dates are recognized
        // Then there is no weekday
        var (doc, items) = FindDates(text, Article);
        Assert.True(items.Length == 0, Describe(doc, items));
    }

    [Theory]
    [InlineData("Đây là lần thứ 6 anh thắng.")]
    [InlineData("Anh xếp thứ sáu chung cuộc.")]
    [InlineData("Đây là ngày thứ 6 liên tiếp có mưa.")]
    [InlineData("Thứ hai là vấn đề vốn.")]
    [InlineData("Lớp học vào thứ 2 hàng tuần.")]
    [InlineData("Chợ họp mỗi thứ Hai.")]
    [InlineData("Chợ họp mỗi sáng thứ hai.")]
    [InlineData("Đến ngày thứ 7, bệnh nhân hết sốt.")]
    [InlineData("Đây là làn sóng thứ hai này của dịch.")]
    [InlineData("Cô là người đẹp thứ hai tới từ châu Á.")]
    [InlineData("Đồ vật từ thế kỷ thứ 3 trước Công nguyên.")]
    public void Recognize_OrdinalThu_IsNotAWeekday(string text)
    {
        var (doc, items) = FindDates(text, Article);
        Assert.True(items.Length == 0, Describe(doc, items));
    }

    // ---- weeks, months, years, seasons ----

    [Theory]
    [InlineData("Tuần trước trời mưa.", "Tuần trước", "2024-W33", DateGranularity.Week)]
    [InlineData("Tuần tới trời mưa.", "Tuần tới", "2024-W35", DateGranularity.Week)]
    [InlineData("Tuần này trời mưa.", "Tuần này", "2024-W34", DateGranularity.Week)]
    [InlineData("Tháng trước trời mưa.", "Tháng trước", "2024-07", DateGranularity.Month)]
    [InlineData("Tháng tới trời mưa.", "Tháng tới", "2024-09", DateGranularity.Month)]
    [InlineData("Tháng này trời mưa.", "Tháng này", "2024-08", DateGranularity.Month)]
    [InlineData("Năm ngoái trời mưa.", "Năm ngoái", "2023", DateGranularity.Year)]
    [InlineData("Năm nay trời mưa.", "Năm nay", "2024", DateGranularity.Year)]
    [InlineData("Năm tới trời mưa.", "Năm tới", "2025", DateGranularity.Year)]
    [InlineData("Năm sau trời mưa.", "Năm sau", "2025", DateGranularity.Year)]
    [InlineData("Sang năm trời mưa.", "Sang năm", "2025", DateGranularity.Year)]
    [InlineData("Quý trước lãi lớn.", "Quý trước", "2024-Q2", DateGranularity.Quarter)]
    [InlineData("Mùa đông năm nay lạnh.", "Mùa đông năm nay", "2024-WI", DateGranularity.Season)]
    [InlineData("Mùa hè năm ngoái nóng.", "Mùa hè năm ngoái", "2023-SU", DateGranularity.Season)]
    [InlineData("Mùa xuân tới sẽ ấm.", "Mùa xuân tới", "2025-SP", DateGranularity.Season)]
    [InlineData("Mùa hè này nóng.", "Mùa hè này", "2024-SU", DateGranularity.Season)]
    [InlineData("Mùa đông này lạnh.", "Mùa đông này", "2024-WI", DateGranularity.Season)]
    [InlineData("Mùa xuân vừa qua ấm.", "Mùa xuân vừa qua", "2024-SP", DateGranularity.Season)]
    [InlineData("Năm kia trời mưa.", "Năm kia", "2022", DateGranularity.Year)]
    [InlineData("Quý I lãi lớn.", "Quý I", "2024-Q1", DateGranularity.Quarter)]
    public void Recognize_RelativePeriod_IsThePeriodMovedFromTheArticleDate(string text, string span, string value, DateGranularity granularity)
    {
        DateMention d = DateWithText(text, span, Article);
        Assert.Equal(value, d.Value);
        Assert.Equal(granularity, d.Granularity);
        Assert.True(d.Relative);
    }

    [Fact]
    public void Recognize_WinterOfThisYearInJanuary_IsTheWinterInProgress()
    {
        // Given an article of 10 January 2025 and "mùa đông năm nay"
        DateMention d = DateWithText("Mùa đông năm nay lạnh.", "Mùa đông năm nay", new DateOnly(2025, 1, 10));
        // Then it is the winter that started in December 2024
        Assert.Equal("2024-WI", d.Value);
        Assert.Equal(new DateOnly(2024, 12, 1), d.Date);
    }

    [Fact]
    public void Recognize_WeekdayWithACommaAndItsDate_TakesTheWrittenDate()
    {
        DateMention d = DateWithText("Thứ Bảy, ngày 17/8/2024, trời mưa.", "Thứ Bảy, ngày 17/8/2024", Article);
        Assert.Equal("2024-08-17", d.Value);
        Assert.False(d.Relative);
    }

    [Fact]
    public void Recognize_OrdinalMonthBeforeADate_LeavesOnlyTheDate()
    {
        // Given "tháng thứ 6" (the sixth month) followed by a date
        var (doc, items) = FindDates("Đến tháng thứ 6, ngày 13/4/2015, anh khỏi bệnh.", Article);
        // Then the ordinal is not read as a weekday joined to the date
        DateMention d = Assert.Single(items);
        Assert.Equal("ngày 13/4/2015", doc.Slice(d.Span).ToString());
    }

    [Fact]
    public void Recognize_SmallFractionWrittenLikeADate_IsNotADate()
    {
        var (doc, items) = FindDates("Có 1/2 số người đồng ý.", Article);
        Assert.True(items.Length == 0, Describe(doc, items));
    }

    [Theory]
    [InlineData("Đầu tháng, giá tăng.", "Đầu tháng", "2024-08", PeriodPart.Early)]
    [InlineData("Cuối năm, giá tăng.", "Cuối năm", "2024", PeriodPart.Late)]
    [InlineData("Giữa tháng trước, giá tăng.", "Giữa tháng trước", "2024-07", PeriodPart.Mid)]
    [InlineData("Cuối tuần qua, giá tăng.", "Cuối tuần qua", "2024-W33", PeriodPart.Late)]
    [InlineData("Cuối tháng 4 năm 1975, chiến tranh kết thúc.", "Cuối tháng 4 năm 1975", "1975-04", PeriodPart.Late)]
    [InlineData("Đầu năm 2021, giá tăng.", "Đầu năm 2021", "2021", PeriodPart.Early)]
    public void Recognize_EarlyMidLate_KeepsThePeriodAndThePart(string text, string span, string value, PeriodPart part)
    {
        DateMention d = DateWithText(text, span, Article);
        Assert.Equal(value, d.Value);
        Assert.Equal(part, d.Part);
    }

    [Theory]
    [InlineData("Giá tăng vào tháng 11.", "tháng 11", "2024-11")]
    [InlineData("Giá tăng vào tháng 3.", "tháng 3", "2024-03")]
    [InlineData("Giá đã tăng hồi tháng 12.", "tháng 12", "2023-12")]
    [InlineData("Giá sẽ tăng vào tháng 3.", "tháng 3", "2025-03")]
    [InlineData("Giá tăng vào tháng 11 tới.", "tháng 11 tới", "2024-11")]
    [InlineData("Giá tăng vào tháng 12 vừa qua.", "tháng 12 vừa qua", "2023-12")]
    [InlineData("Giá tăng vào tháng Chín.", "tháng Chín", "2024-09")]
    [InlineData("Giá tăng vào tháng mười hai.", "tháng mười hai", "2024-12")]
    public void Recognize_MonthWithoutYear_TakesTheNearestYearOrTheOneTheTenseSays(string text, string span, string value)
    {
        Assert.Equal(value, DateWithText(text, span, Article).Value);
    }

    [Theory]
    [InlineData("Đoàn đi 3 tuần qua.", "3 tuần qua", "2024-W31", "2024-W34", DateGranularity.Week)]
    [InlineData("Đoàn đi 5 năm tới.", "5 năm tới", "2025", "2029", DateGranularity.Year)]
    [InlineData("Trong 2 tháng qua, giá tăng.", "2 tháng qua", "2024-06", "2024-08", DateGranularity.Month)]
    public void Recognize_CountedSpan_HasAStartAndAnEnd(string text, string span, string value, string endValue, DateGranularity granularity)
    {
        DateMention d = DateWithText(text, span, Article);
        Assert.Equal(value, d.Value);
        Assert.Equal(endValue, d.EndValue);
        Assert.Equal(granularity, d.Granularity);
    }

    // ---- vague and event-relative ----

    [Theory]
    [InlineData("Gần đây giá tăng.", "Gần đây", DateGranularity.None)]
    [InlineData("Thời gian qua giá tăng.", "Thời gian qua", DateGranularity.None)]
    [InlineData("Hiện nay giá tăng.", "Hiện nay", DateGranularity.None)]
    [InlineData("Hai ngày sau, giá tăng.", "Hai ngày sau", DateGranularity.Day)]
    [InlineData("Hôm sau, giá tăng.", "Hôm sau", DateGranularity.Day)]
    [InlineData("Mười năm trước đó, giá thấp.", "Mười năm trước đó", DateGranularity.Year)]
    [InlineData("Vài ngày trước, giá tăng.", "Vài ngày trước", DateGranularity.Day)]
    public void Recognize_VagueOrEventRelative_IsUnresolvedEvenWithAnArticleDate(string text, string span, DateGranularity granularity)
    {
        DateMention d = DateWithText(text, span, Article);
        Assert.False(d.Resolved);
        Assert.Null(d.Value);
        Assert.Equal(granularity, d.Granularity);
    }

    [Theory]
    [InlineData("Mỗi tháng hai lần.")]
    [InlineData("Dự án kéo dài 3 tháng.")]
    [InlineData("Anh đi vài năm.")]
    [InlineData("Giao hàng trong vòng 24h.")]
    [InlineData("Hai nơi lệch nhau tới 21 giờ đồng hồ.")]
    [InlineData("Chuyện tháng năm trôi qua.")]
    [InlineData("Những năm trước, giá thấp hơn.")]
    public void Recognize_DurationsAndIdioms_AreNotDates(string text)
    {
        var (doc, items) = FindDates(text, Article);
        Assert.True(items.Length == 0, Describe(doc, items));
    }

    [Fact]
    public void TryFormatValue_WritesTheSameAsValue()
    {
        var (_, items) = FindDates("Ngày 24/8/2024, tuần trước, quý 3/2024, mùa hè 2024, lúc 15h30 hôm qua.", Article);
        Span<char> buffer = stackalloc char[24];
        Assert.Equal(5, items.Length);
        foreach (DateMention d in items)
        {
            Assert.True(d.TryFormatValue(buffer, out int written));
            Assert.Equal(d.Value, buffer[..written].ToString());
        }
    }

    [Theory]
    [InlineData("Tòa cho biết sẽ xét xử vào ngày 27.2 tới.", "ngày 27.2 tới", "2017-02-27")]
    [InlineData("Sáng 5.6.2017, trời mưa lớn.", "Sáng 5.6.2017", "2017-06-05")]
    [InlineData("Hôm qua 7.2, đoàn công tác đã đến.", "Hôm qua 7.2", "2017-02-07")]
    public void Recognize_DottedDayMonthAfterADateWord_IsADate(string text, string span, string value)
    {
        // Given a day and month written with a dot after a date word (Thanh Niên style)
        DateMention d = DateWithText(text, span, new DateOnly(2017, 2, 8));
        Assert.Equal(value, d.Value);
    }

    [Fact]
    public void Recognize_ChoDenMonth_IsTheNextSuchMonth()
    {
        DateMention d = DateWithText("Vùng cấm có hiệu lực cho đến tháng 10.", "tháng 10", new DateOnly(2021, 4, 20));
        Assert.Equal("2021-10", d.Value);
    }

    [Fact]
    public void Recognize_DottedNumberWithoutADateWord_StaysANumber()
    {
        var (_, dates) = FindDates("Tỷ lệ đạt 27.2 phần trăm.", new DateOnly(2017, 2, 8));
        Assert.Empty(dates);
    }
}

public class DecadeCenturyAndYearRangeTests
{
    [Theory]
    [InlineData("Trong thập niên 1990, kinh tế tăng trưởng mạnh.", "thập niên 1990", "199", "decade")]
    [InlineData("Thập kỷ 80 là thời kỳ khó khăn.", "Thập kỷ 80", "198", "decade")]
    [InlineData("Những năm 1960, thành phố còn nhỏ.", "Những năm 1960", "196", "decade")]
    [InlineData("Công trình xây từ thế kỷ 19.", "thế kỷ 19", "18", "century")]
    [InlineData("Bước sang thế kỷ XXI, mọi thứ thay đổi.", "thế kỷ XXI", "20", "century")]
    public void Recognize_DecadeOrCentury_ReducedPrecisionValue(string text, string span, string value, string granularity)
    {
        // Given a decade or a century; no article date is needed
        DateMention d = DateWithText(text, span, date: null);
        // Then its value is the ISO 8601 reduced-precision year (as TIMEX3 writes it)
        Assert.Equal(value, d.Value);
        Assert.Equal(granularity, d.GranularityName);
    }

    [Theory]
    [InlineData("Kế hoạch giai đoạn 2021-2025 đã được duyệt.", "giai đoạn 2021-2025", "2021", "2025")]
    [InlineData("Doanh thu năm 2019-2023 tăng đều.", "năm 2019-2023", "2019", "2023")]
    [InlineData("Ủy ban nhiệm kỳ 2020-2025 họp phiên đầu.", "nhiệm kỳ 2020-2025", "2020", "2025")]
    [InlineData("Bầu cử đại biểu nhiệm kỳ 2021 -2026 đã xong.", "nhiệm kỳ 2021 -2026", "2021", "2026")]
    [InlineData("Kế hoạch giai đoạn 2016 -2020 hoàn thành.", "giai đoạn 2016 -2020", "2016", "2020")]
    public void Recognize_YearRange_StartAndEndYears(string text, string span, string value, string end)
    {
        DateMention d = DateWithText(text, span, date: null);
        Assert.Equal(value, d.Value);
        Assert.Equal(end, d.EndValue);
    }

    [Theory]
    [InlineData("Những năm qua, người dân đã quen.")]
    [InlineData("Tỷ số 2019-2023 không có nghĩa gì.")]
    [InlineData("Nhiệm kỳ này kéo dài 5 năm.")]
    public void Recognize_NotADecadeOrRange_NoSuchDate(string text)
    {
        var (_, items) = FindDates(text, null);
        Assert.DoesNotContain(items, d => d.GranularityName is "decade" or "century" || d.EndValue is not null);
    }

    [Theory]
    [InlineData("Lợi nhuận tăng 15% so với 2019.", "2019", "2019")]
    [InlineData("Doanh thu giảm so với 2018 và 2019.", "2018", "2018")]
    public void Recognize_BareYearAfterSoVoi_IsAYear(string text, string span, string value)
    {
        // Given a comparison with a bare year ("so với 2020")
        DateMention d = DateWithText(text, span, Article);
        // Then the year is a date
        Assert.Equal(value, d.Value);
    }

    [Fact]
    public void Recognize_BareYearLikeCountAfterSoVoi_IsNotADate()
    {
        // Given a count that looks like a year but has a unit after it
        var (_, items) = FindDates("Số ca tăng so với 2000 người tuần trước.", Article);
        Assert.DoesNotContain(items, d => d.Value == "2000");
    }

    [Fact]
    public void Recognize_TimeOnARelativeDayWithTheDateInBrackets_TakesTheWrittenDate()
    {
        // Given "10h sáng nay (25/8)" in an article dated the 24th: the bracketed date is the day the writer meant
        DateMention d = DateWithText("Chiếc xe được tìm thấy vào khoảng 10h sáng nay (25/8).", "10h sáng nay (25/8)", Article);
        // Then the time is on the written day
        Assert.Equal("2024-08-25T10:00", d.Value);
    }

    [Theory]
    [InlineData("Anh L.V.B (SN 1985) đã bị tạm giữ.", "1985", "1985")]
    [InlineData("Anh Nguyễn Văn A, SN 1990, trú tại xã Tân Lập.", "1990", "1990")]
    public void Recognize_YearAfterSN_IsAYearOfBirth(string text, string span, string value)
    {
        // Given "SN 1985" (sinh năm, born in)
        DateMention d = DateWithText(text, span, Article);
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Đợt 1 kéo dài từ ngày 26 - 29/8.", "ngày 26 - 29/8", "2024-08-26", "2024-08-29")]
    [InlineData("Giải diễn ra từ 3 - 5/9 tại Huế.", "3 - 5/9", "2024-09-03", "2024-09-05")]
    public void Recognize_DaysOfOneMonthWrittenOnce_AreOneRange(string text, string span, string value, string endValue)
    {
        // Given "ngày 26 - 29/8": the month is written on the last day only
        DateMention d = DateWithText(text, span, Article);
        // Then one mention from the first day to the last
        Assert.Equal(value, d.Value);
        Assert.Equal(endValue, d.EndValue);
    }

    [Fact]
    public void Recognize_NumberHyphenDateWithoutADayWord_IsNotADayRange()
    {
        // Given "thắng 3 - 29/8" (no "ngày" or "từ" before the number)
        var (_, items) = FindDates("Đội bóng thắng 3 - 29/8 vẫn chưa đá.", Article);
        Assert.DoesNotContain(items, d => d.EndValue is not null);
    }

    [Theory]
    [InlineData("Doanh số giảm 12% so với tuần trước đó.", "tuần trước đó")]
    [InlineData("Dự án được phê duyệt vào tháng sau đó.", "tháng sau đó")]
    public void Recognize_PeriodBeforeOrAfterThat_IsRelativeToAnotherEvent(string text, string span)
    {
        // Given "tuần trước đó" (the week before that): relative to an event in the text, not to the article date
        DateMention d = DateWithText(text, span, Article);
        Assert.False(d.Resolved);
        Assert.Null(d.Value);
    }

    [Fact]
    public void Recognize_DottedMonthAndYear_IsAMonth()
    {
        // Given "tháng 12.2016", which the tokenizer reads as one decimal number
        DateMention d = DateWithText("Báo cáo tháng 12.2016 cho thấy doanh thu tăng.", "tháng 12.2016", Article);
        Assert.Equal("2016-12", d.Value);
    }

    [Theory]
    [InlineData("Từ ngày 25.7 - 3.8, mưa lớn kéo dài.", "ngày 25.7 - 3.8", "2024-07-25", "2024-08-03")]
    [InlineData("Dịp nghỉ lễ 30/4 - 1/5 năm nay.", "30/4 - 1/5", "2024-04-30", "2024-05-01")]
    public void Recognize_DayRangeAcrossMonths_IsOneMention(string text, string span, string value, string endValue)
    {
        // Given two days with their months joined by a hyphen
        DateMention d = DateWithText(text, span, Article);
        // Then one mention from the first day to the second
        Assert.Equal(value, d.Value);
        Assert.Equal(endValue, d.EndValue);
    }

    [Fact]
    public void Recognize_DayFollowedByHyphenAndACount_StaysADay()
    {
        DateMention d = DateWithText("Ngày 24/8 - 2 người bị thương.", "Ngày 24/8", Article);
        Assert.Null(d.EndValue);
    }

    [Theory]
    [InlineData("Hội làng mở vào mùng 9 tháng Giêng.", "mùng 9 tháng Giêng", "2017-02-05")]
    [InlineData("Lễ cúng diễn ra ngày 23 tháng Chạp năm 2016.", "ngày 23 tháng Chạp năm 2016", "2017-01-20")]
    public void Recognize_LunarDay_IsTheSolarDayItFallsOn(string text, string span, string value)
    {
        // Given a day of a lunar month ("tháng Giêng", "tháng Chạp" name lunar months only), in an article of 6 Feb 2017
        DateMention d = DateWithText(text, span, new DateOnly(2017, 2, 6));
        // Then the value is the solar day (lunar new year 2017 was 28 January)
        Assert.Equal(value, d.Value);
    }
}

/// <summary>The forms the corpus audit of the date review found missed or misread: "cùng ngày", hours before a day, Tết, dotted dates, ranges with "đến".</summary>
public class DateAuditTests
{
    [Theory]
    [InlineData("Đến 15h cùng ngày, đoàn cứu hộ tới nơi.", "15h cùng ngày", DateGranularity.Time)]
    [InlineData("Khoảng 20h cùng ngày, chiếc ca nô chìm.", "20h cùng ngày", DateGranularity.Time)]
    [InlineData("Đến 13 giờ cùng ngày, đoàn vẫn chưa tìm thấy ai.", "13 giờ cùng ngày", DateGranularity.Time)]
    [InlineData("Chiều cùng ngày, ông Nam trình báo công an.", "Chiều cùng ngày", DateGranularity.Day)]
    [InlineData("Cùng ngày, bộ trưởng thăm bệnh viện.", "Cùng ngày", DateGranularity.Day)]
    public void Recognize_SameDayWithNoDayToldBefore_IsUnresolved(string text, string span, DateGranularity granularity)
    {
        // Given "cùng ngày" (the day of an event told before) after a time, a part of the day, or alone, with no day
        // told before it in the text
        // When the dates are read with an article date
        DateMention d = DateWithText(text, span, Article);
        // Then it is one mention, relative to an event the text does not date: unresolved, like "hôm sau"
        Assert.Equal(granularity, d.Granularity);
        Assert.False(d.Resolved);
        Assert.Null(d.Value);
    }

    [Theory]
    [InlineData("Hiện nay (20/8), bão vẫn mạnh.\nHồi 7h cùng ngày, tâm bão ở phía đông.", "7h cùng ngày", "2024-08-20T07:00")]
    [InlineData("Cuộc họp sáng nay dự kiến lúc 8h30. Ban tổ chức lùi giờ họp tới 9h30 cùng ngày.", "9h30 cùng ngày", "2024-08-24T09:30")]
    [InlineData("Ngày 21/8, ông Nam nhập viện. Chiều cùng ngày, ông được xuất viện.", "Chiều cùng ngày", "2024-08-21")]
    [InlineData("Tối 22/8, tàu mắc cạn. Cùng ngày, đoàn cứu hộ tới nơi.", "Cùng ngày", "2024-08-22")]
    public void Recognize_SameDayAfterADayTold_TakesThatDay(string text, string span, string value)
    {
        // Given "cùng ngày" (the same day) after a day told in its sentence or the two before (or in the paragraph
        // before, when the time opens its paragraph)
        DateMention d = DateWithText(text, span, Article);
        // Then it is that day, with its own clock time if it has one
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Hôm qua, ông Nam bị bắt. Số ca mới cao hơn ngày trước đó.", "ngày trước đó")]
    [InlineData("Ngày 20/8 có 300 ca, tăng so với ngày trước đó.", "ngày trước đó")]
    [InlineData("Ông nhập viện rồi ngày sau đó được về.", "ngày sau đó")]
    public void Recognize_DayBeforeOrAfterThat_IsUnresolved(string text, string span)
    {
        // Given "ngày trước đó" / "ngày sau đó" (the day before or after another event)
        DateMention d = DateWithText(text, span, Article);
        // Then it is one unresolved day, not the article date
        Assert.Equal(DateGranularity.Day, d.Granularity);
        Assert.False(d.Resolved);
    }

    [Theory]
    [InlineData("Trường tuyển sinh năm học 2024-2025 từ tháng 6.", "năm học 2024-2025", "2024")]
    [InlineData("Kỳ thi năm học 2019-2020 bị hoãn.", "năm học 2019-2020", "2019")]
    public void Recognize_SchoolYear_IsASpanOfItsTwoYears(string text, string span, string value)
    {
        // Given "năm học YYYY-YYYY" (a school year named by the two calendar years it spans)
        DateMention d = DateWithText(text, span, Article);
        // Then it is a span of years whose value is the first
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Tại ngày 31/12/2022, tài sản của công ty giảm 5% so với đầu năm.", "đầu năm", "2022")]
    [InlineData("Năm 2021, công ty lãi lớn. Lượng tiền mặt cuối năm tăng gấp đôi.", "cuối năm", "2021")]
    public void Recognize_BareYearPartAfterAWrittenYear_TakesThatYear(string text, string span, string value)
    {
        // Given a bare "đầu năm"/"cuối năm" in a passage about a year written before it (a report on a year that ended)
        DateMention d = DateWithText(text, span, Article);
        // Then it is the start or end of that year, not of the article's year
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Năm 2021, công ty lãi lớn. Từ đầu năm đến nay, giá tăng 5%.", "đầu năm")]
    [InlineData("Doanh thu tăng so với năm ngoái. Cuối năm, công ty sẽ chia cổ tức.", "Cuối năm")]
    [InlineData("Cuối năm, công ty sẽ chia cổ tức.", "Cuối năm")]
    public void Recognize_BareYearPartWithoutAWrittenYear_KeepsTheArticleYear(string text, string span)
    {
        // Given "từ đầu năm đến nay" (so far this year), or a bare "cuối năm" after a year relative to the article
        // date or with no year before it
        DateMention d = DateWithText(text, span, Article);
        // Then it is in the article's year
        Assert.Equal("2024", d.Value);
    }

    [Fact]
    public void Recognize_HoursBeforeSameDay_IsAClockTimeNotADuration()
    {
        // Given "khoảng 20h cùng ngày" (an approximation word before the hours, which usually makes a duration)
        var (_, quantities) = FindQuantities("Khoảng 20h cùng ngày, chiếc ca nô chìm.");
        // Then no duration of 20 hours is read
        Assert.Empty(quantities);
    }

    [Theory]
    [InlineData("Vào khoảng 8 giờ ngày 20/8, nhóm học sinh ra sông tắm.", "8 giờ ngày 20/8", "2024-08-20T08:00")]
    [InlineData("Trận đầu: 18 giờ ngày 22-8 tại Mỹ Đình.", "18 giờ ngày 22-8", "2024-08-22T18:00")]
    [InlineData("Cháy xảy ra khoảng 11 giờ hôm qua.", "11 giờ hôm qua", "2024-08-23T11:00")]
    public void Recognize_HoursFollowedByADay_IsAClockTimeOnThatDay(string text, string span, string value)
    {
        // Given "N giờ" with no lúc/vào before it and no part of the day after it, but a day after it
        DateMention d = DateWithText(text, span, Article);
        // Then it is the clock time of that day
        Assert.Equal(DateGranularity.Time, d.Granularity);
        Assert.Equal(value, d.Value);
    }

    [Fact]
    public void Recognize_DurationHoursBeforeADay_StayADuration()
    {
        // Given "trong 24 giờ ngày 20/8" (the 24 hours of that day)
        var (doc, items) = FindDates("Trong 24 giờ ngày 20/8, thành phố ghi nhận 50 ca mắc.", Article);
        // Then only the day is a date; the hours are a duration
        DateMention d = Assert.Single(items);
        Assert.Equal("ngày 20/8", doc.Slice(d.Span).ToString());
    }

    [Theory]
    [InlineData("Ngày mùng 3 Tết, chợ hoa vắng khách.", "mùng 3 Tết", "2024-02-12")]
    [InlineData("Công ty khai xuân từ mùng 8 Tết.", "mùng 8 Tết", "2024-02-17")]
    [InlineData("Ngày 3 Tết, đường phố vắng.", "Ngày 3 Tết", "2024-02-12")]
    [InlineData("Họ nghỉ từ ngày 28 Tết.", "ngày 28 Tết", "2024-02-07")]
    public void Recognize_DayOfTet_IsTheSolarDayOfThatLunarDay(string text, string span, string value)
    {
        // Given an article of 20 February 2024 (the Tết of that year fell on 10 February) and a day counted from Tết
        DateMention d = DateWithText(text, span, new DateOnly(2024, 2, 20));
        // Then "mùng N Tết" is day N of the first lunar month, "28 Tết" day 28 of the last month before it
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Quy định có hiệu lực từ 1.9.2024.", "1.9.2024", "2024-09-01")]
    [InlineData("Ông giữ chức vụ này đến 18.3.2008: sau đó nghỉ hưu.", "18.3.2008", "2008-03-18")]
    public void Recognize_DottedDayMonthYear_IsADateWithoutADayWord(string text, string span, string value)
    {
        // Given a dotted day, month and four-digit year that no number is written like, with no "ngày" before it
        DateMention d = DateWithText(text, span, Article);
        // Then it is that day
        Assert.Equal(value, d.Value);
        Assert.False(d.Relative);
    }

    [Fact]
    public void Recognize_DottedDecimal_IsNotADate()
    {
        // Given a decimal with a dot (one dot, not a date)
        var (_, items) = FindDates("Giá tăng 1.5 lần so với cùng kỳ.", Article);
        // Then no day is read from it
        Assert.DoesNotContain(items, d => d.Granularity == DateGranularity.Day);
    }

    [Theory]
    [InlineData("Nhà máy đóng cửa từ ngày 19 đến ngày 23/8.", "ngày 19", "2024-08-19")]
    [InlineData("Lễ hội diễn ra từ ngày 28 đến ngày 3/9.", "ngày 28", "2024-08-28")]
    [InlineData("Mưa lớn từ 16 đến 20/8 ở miền núi.", "16", "2024-08-16")]
    [InlineData("Hội nghị họp từ ngày 14 đến 16-8 tại Huế.", "ngày 14", "2024-08-14")]
    [InlineData("Hội nghị họp từ ngày 14 đến 16-8 tại Huế.", "16-8", "2024-08-16")]
    public void Recognize_FirstDayOfARangeWithDen_TakesTheMonthOfTheLast(string text, string span, string value)
    {
        // Given "từ ngày A đến (ngày) B/M": the first day written without its month
        DateMention d = DateWithText(text, span, Article);
        // Then it is day A of month M, or of the month before when A is the larger day
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Hội nghị diễn ra ngày 21 và 22/8 tại Đà Nẵng.", "ngày 21", "2024-08-21")]
    [InlineData("Các ngày 25, 26 và 27/8, học sinh được nghỉ.", "ngày 25", "2024-08-25")]
    [InlineData("Các ngày 25, 26 và 27/8, học sinh được nghỉ.", "26", "2024-08-26")]
    [InlineData("Hồ xả lũ trong 3 ngày 18, 19, 20-8.", "ngày 18", "2024-08-18")]
    [InlineData("Hồ xả lũ trong 3 ngày 18, 19, 20-8.", "20-8", "2024-08-20")]
    public void Recognize_DaysListedBeforeADayMonth_TakeItsMonth(string text, string span, string value)
    {
        // Given days listed with commas and "và" before the last one, which alone carries its month
        DateMention d = DateWithText(text, span, Article);
        // Then every listed day is in that month
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Đường cấm từ 8h-17h ngày 20/8.", "8h", "2024-08-20T08:00")]
    [InlineData("Họ tìm giường bệnh từ 7 giờ đến 11 giờ tối ngày 23/8.", "7 giờ", "2024-08-23T07:00")]
    public void Recognize_FirstTimeOfARange_TakesTheDayOfTheLast(string text, string span, string value)
    {
        // Given a range of two times with the day written after the second
        DateMention d = DateWithText(text, span, Article);
        // Then the first time is on that day too
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Cặp đôi quen nhau 9 tháng trước khi công khai.", "9 tháng trước")]
    [InlineData("Họ chia tay hai năm trước khi anh qua đời.", "hai năm trước")]
    public void Recognize_CountedPeriodBeforeKhi_IsRelativeToThatEvent(string text, string span)
    {
        // Given "N tháng/năm trước khi …" (before an event told after it, not before the article)
        DateMention d = DateWithText(text, span, Article);
        // Then it is unresolved, like "N tháng trước đó"
        Assert.False(d.Resolved);
        Assert.Null(d.Value);
    }

    [Theory]
    [InlineData("Cô ly thân vài tháng sau khi sinh con.")]
    [InlineData("Anh đổi việc một năm trước khi kết hôn.")]
    [InlineData("Một ngày kia, cô ấy viết lên mạng xã hội.")]
    public void Recognize_ConjunctionsAndStoryOpenings_AreNoRelativeDates(string text)
    {
        // Given "tháng sau khi" / "năm trước khi" (the conjunctions after/before) and "một ngày kia" (one day)
        var (doc, items) = FindDates(text, Article);
        // Then no next month, last year or day after tomorrow is read
        Assert.DoesNotContain(items, d => d.Resolved && d.Value is not null);
    }

    [Fact]
    public void Recognize_SangNamFollowedByAYear_IsThatYear()
    {
        // Given "sang năm 2025" (on to the year 2025), not "sang năm" (next year)
        DateMention d = DateWithText("Vốn được chuyển sang năm 2025.", "năm 2025", Article);
        // Then the year is the written one
        Assert.Equal("2025", d.Value);
    }

    [Fact]
    public void Recognize_WeekdayFollowedByAHyphenDate_TakesTheWrittenDate()
    {
        // Given a day name followed by its day and month written with a hyphen (no date word before the number)
        DateMention d = DateWithText("Trong buổi sáng Chủ nhật 11-8, phường tổ chức cấp giấy.", "sáng Chủ nhật 11-8", Article);
        // Then the written date wins over the most recent Sunday (18 August)
        Assert.Equal("2024-08-11", d.Value);
    }

    [Theory]
    [InlineData("Đội tuyển có 7/10 học sinh đạt giải.")]
    [InlineData("Đã nghiệm thu 5/5 hạng mục công trình.")]
    [InlineData("Tỉ lệ dị ứng là 1/10 người.")]
    [InlineData("Bác sĩ cho biết 7/8 trường hợp là F1.")]
    [InlineData("Có 6/10 môn thi đạt giải.")]
    [InlineData("Khu vui chơi hoạt động 24/7 quanh năm.")]
    public void Recognize_PartOfACountedWhole_IsNotADate(string text)
    {
        // Given "a/b" before a counted noun (at most the whole), or "24/7", with no date word before it
        var (_, items) = FindDates(text, Article);
        // Then it is not a day
        Assert.Empty(items);
    }

    [Theory]
    [InlineData("Ngày 7/10 học sinh nhập học.", "Ngày 7/10", "2024-10-07")]
    [InlineData("Sáng 5/5 hạng mục cuối được nghiệm thu.", "Sáng 5/5", "2024-05-05")]
    public void Recognize_DayMonthAfterADateWord_StaysADateBeforeACountedNoun(string text, string span, string value)
    {
        // Given the same forms after a date word
        DateMention d = DateWithText(text, span, Article);
        // Then they are days
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Mang thai 9 tháng 10 ngày, chị mới sinh con.")]
    [InlineData("Định kỳ phun thuốc 3 tháng một lần.")]
    public void Recognize_MonthsAndDaysOfADuration_AreNotADate(string text)
    {
        // Given "9 tháng 10 ngày" (a duration) or "3 tháng một lần" (a frequency), no "ngày" before the first number
        var (_, items) = FindDates(text, Article);
        // Then no day is read
        Assert.DoesNotContain(items, d => d.Granularity == DateGranularity.Day);
    }

    [Fact]
    public void Recognize_TowardAnotherDay_IsNoFutureCue()
    {
        // Given "từ ngày 20/8 tới ngày 3/9" ("tới" = to), in an article of 24 August
        DateMention d = DateWithText("Lệnh hạn chế được kéo dài từ ngày 20/8 tới ngày 3/9.", "ngày 20/8", Article);
        // Then "tới" does not push 20 August into next year
        Assert.Equal("2024-08-20", d.Value);
    }

    [Fact]
    public void Recognize_FirstDayOfAFutureRange_IsNotAfterItsLastDay()
    {
        // Given "sẽ … từ ngày 20/8 tới ngày 3/9" in an article of 24 August: the future cue would push 20 August a year on
        DateMention d = DateWithText("Lệnh hạn chế sẽ được kéo dài từ ngày 20/8 tới ngày 3/9.", "ngày 20/8", Article);
        // Then the first day stays before the last one
        Assert.Equal("2024-08-20", d.Value);
    }

    [Fact]
    public void Recognize_FirstDayOfARangeEndingLateInTheYear_StaysInTheArticlesYear()
    {
        // Given "từ ngày 27/4 đến ngày 31/12" in an article of 28 April 2021 (31/12 alone is nearest last December)
        DateMention d = DateWithText("Hồ sơ nhận từ ngày 27/4 đến ngày 31/12.", "ngày 27/4", new DateOnly(2021, 4, 28));
        // Then the first day is not moved a year back: the range that holds the article date wins
        Assert.Equal("2021-04-27", d.Value);
    }

    [Fact]
    public void Recognize_DayMonthBeforeAYearWord_IsADateNotAFraction()
    {
        // Given "1/5 năm nay" (a unit of time after it is no counted noun)
        DateMention d = DateWithText("Dịp nghỉ lễ 30/4 và 1/5 năm nay kéo dài 5 ngày.", "1/5 năm nay", Article);
        Assert.Equal("2024-05-01", d.Value);
    }

    [Theory]
    [InlineData("Ngày 9-10/8, hội nghị diễn ra tại Huế.", "Ngày 9-10/8", "2024-08-09")]
    [InlineData("Trong tuần 4-10/1 số ca giảm.", "4-10/1", "2025-01-04")]
    public void Recognize_HyphenatedDaysBeforeASlashMonth_AreARange(string text, string span, string value)
    {
        // Given two days joined by a hyphen and the month after a slash ("9-10/8")
        DateMention d = DateWithText(text, span, Article);
        // Then it is one range whose value is the first day and whose end is the second
        Assert.Equal(value, d.Value);
        Assert.NotNull(d.EndValue);
    }

    [Fact]
    public void Recognize_FiscalYear_IsItsYear()
    {
        // Given a fiscal year named by its year
        DateMention d = DateWithText("Lợi nhuận năm tài chính 2023 tăng mạnh.", "năm tài chính 2023", Article);
        // Then it is that year
        Assert.Equal("2023", d.Value);
    }

    [Fact]
    public void Recognize_TwentyFourHoursOfADay_IsMidnightOfTheNext()
    {
        // Given "24h ngày 30/8" (the midnight that ends 30 August)
        DateMention d = DateWithText("Lệnh cấm kéo dài đến 24h ngày 30/8.", "24h ngày 30/8", Article);
        // Then it is 00:00 of 31 August
        Assert.Equal("2024-08-31T00:00", d.Value);
    }

    [Fact]
    public void Recognize_NumberRangeWithDen_IsNoDate()
    {
        // Given a range of amounts after "từ"
        var (_, items) = FindDates("Giá từ 3 đến 5 triệu đồng.", Article);
        // Then nothing is a date
        Assert.Empty(items);
    }

    [Fact]
    public void Recognize_SolarDayWithTheLunarDayInBrackets_KeepsTheSolarDay()
    {
        // Given a solar day followed by its lunar name in brackets
        DateMention d = DateWithText("Công nhân đi làm từ ngày 3/2 (mùng 7 Tết).", "ngày 3/2", new DateOnly(2017, 2, 8));
        // Then the written solar day is the value and the lunar day is a mention of its own
        Assert.Equal("2017-02-03", d.Value);
        Assert.Equal("2017-02-03", DateWithText("Công nhân đi làm từ ngày 3/2 (mùng 7 Tết).", "mùng 7 Tết", new DateOnly(2017, 2, 8)).Value);
    }

    [Theory]
    [InlineData("Tại cuộc họp chiều nay 24/8, cổ đông chất vấn.", "chiều nay 24/8", "2024-08-24")]
    [InlineData("Phiên họp sáng nay, 23/8 kết thúc sớm.", "sáng nay, 23/8", "2024-08-23")]
    [InlineData("Kể từ hôm nay 1/9, lãi suất giảm.", "hôm nay 1/9", "2024-09-01")]
    [InlineData("Lúc 6h50 sáng nay 23/8, giá vàng tăng.", "6h50 sáng nay 23/8", "2024-08-23T06:50")]
    public void Recognize_RelativeDayFollowedByItsDate_IsOneMentionAndTheWrittenDateWins(string text, string span, string value)
    {
        // Given a relative day followed by a date without brackets (the text was written on that date)
        DateMention d = DateWithText(text, span, Article);
        // Then it is one mention whose value is the written date
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Tàu biến mất lúc 4h30 giờ sáng nay.", "4h30 giờ sáng nay", "2024-08-24T04:30")]
    [InlineData("Sáng sớm nay (24/8), bão đổ bộ vào đất liền.", "Sáng sớm nay (24/8)", "2024-08-24")]
    [InlineData("Lịch thi đấu: 15:00 - 25/8: đội A gặp đội B.", "15:00 - 25/8", "2024-08-25T15:00")]
    public void Recognize_TimeAndDayVariants_AreOneMention(string text, string span, string value)
    {
        // Given a redundant "giờ" after a clock, "sáng sớm" (early morning), or a listing "time - date"
        DateMention d = DateWithText(text, span, Article);
        // Then the whole phrase is one mention with the day
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Sáng nay, cuộc họp dự kiến bắt đầu lúc 8h30. Ban tổ chức lùi giờ họp. Thống kê lúc 9h cho thấy 90 người dự.", "9h", "2024-08-24T09:00")]
    [InlineData("Ngày 20/8, đoàn đến Huế. Đến 15h cùng ngày, họ họp. Lúc 17h, họ về.", "17h", "2024-08-20T17:00")]
    [InlineData("Tối 22/8, ông Nam đi chơi. Đến 23h, ông về nhà.", "23h", "2024-08-22T23:00")]
    [InlineData("Sáng 22/8, cuộc họp bắt đầu lúc 8h30.\nĐến 9h20, số cổ đông tăng.", "9h20", "2024-08-22T09:20")]
    public void Recognize_TimeWithoutDay_TakesTheDayToldJustBefore(string text, string span, string value)
    {
        // Given a time with no day of its own, after a day told earlier in its paragraph ("cùng ngày" passes it on)
        DateMention d = DateWithText(text, span, Article);
        // Then it takes that day
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Tối 20/8, rạng sáng 21/8 có hai trận đấu. Trận đầu diễn ra lúc 19h.", "19h", "2024-08-20T19:00")]
    [InlineData("Lịch ngày 20/8, rạng sáng 21/8 có ba trận. Lúc 2h45 là trận chính.", "2h45", "2024-08-21T02:45")]
    [InlineData("Đêm 19/8, rạng sáng 21/8 có bão. Lúc 19h mưa tạnh.", "19h", "2024-08-21T19:00")]
    public void Recognize_EveningTimeAfterTheSmallHoursOfTheNextDay_TakesTheDayBefore(string text, string span, string value)
    {
        // Given a day and then "rạng sáng" of the next day (the night between them), then a time with no day
        DateMention d = DateWithText(text, span, Article);
        // Then an afternoon or evening time belongs to the first day, a time in the small hours to the second,
        // and when the two days are not consecutive the day told last is kept
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("Ngày 20/8, đoàn đến Huế.\nHọ rời đi lúc 9h.", "9h")]
    [InlineData("Ngày 20/8, đoàn đến Huế.\nBa người ở lại.\nLúc 9h, họ rời đi.", "9h")]
    [InlineData("Ngày 20/8, đoàn đến Huế. Sáng hôm sau, họ rời đi lúc 9h.", "9h")]
    public void Recognize_TimeWithoutDay_DoesNotCrossAParagraphOrAnUnresolvedDay(string text, string span)
    {
        // Given a time after a paragraph break, or after "hôm sau" (a day the rules do not resolve)
        DateMention d = DateWithText(text, span, Article);
        // Then it keeps no day
        Assert.Equal("T09:00", d.Value);
    }
}
