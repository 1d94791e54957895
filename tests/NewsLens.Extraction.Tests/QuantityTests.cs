using NewsLens.Extraction.Quantities;
using static NewsLens.Extraction.Tests.Extract;

namespace NewsLens.Extraction.Tests;

public class QuantityTests
{
    // ---- digits with Vietnamese separators ----

    [Theory]
    [InlineData("Đoàn có 1.300 người tham gia.", "1.300 người", 1300)]
    [InlineData("Mỗi gói nặng 2,5 kg.", "2,5 kg", 2.5)]
    [InlineData("Khoản vay 50.000.000 đồng đã được duyệt.", "50.000.000 đồng", 50_000_000)]
    [InlineData("Giá niêm yết 1.234,56 USD.", "1.234,56 USD", 1234.56)]
    [InlineData("Nhiệt độ xuống -3,5 độ C.", "-3,5 độ C", -3.5)]
    [InlineData("Con số 0,25% là rất nhỏ.", "0,25%", 0.25)]
    public void Recognize_DigitsWithVietnameseSeparators_ReadsTheValue(string text, string span, double value)
    {
        // Given a number written with Vietnamese separators ("." thousands, "," decimals)
        // When quantities are extracted
        Quantity q = QuantityWithText(text, span);
        // Then the value follows the Vietnamese convention
        Assert.Equal(value, q.Value, 9);
    }

    [Fact]
    public void Recognize_AmbiguousDotInVietnameseText_IsAThousandsSeparator()
    {
        // Given "1.300" in a text with no English-only number form
        // Then it is one thousand three hundred
        Assert.Equal(1300, QuantityWithText("Có 1.300 hộ dân bị ảnh hưởng.", "1.300 hộ dân").Value);
    }

    [Fact]
    public void Recognize_EnglishStyleDocument_ReadsAmbiguousFormsTheEnglishWay()
    {
        // Given a document whose numbers are English-style ("1,234,567" can only be English) and no Vietnamese-only form
        const string text = "Dân số 1,234,567 người; quãng đường 1.300 km; giá 2,500 USD.";
        // Then "1.300" is read as 1.3 and "2,500" as 2500
        Assert.Equal(1_234_567, QuantityWithText(text, "1,234,567 người").Value);
        Assert.Equal(1.3, QuantityWithText(text, "1.300 km").Value, 9);
        Assert.Equal(2500, QuantityWithText(text, "2,500 USD").Value);
    }

    [Fact]
    public void Recognize_OneVietnameseOnlyFormInTheDocument_KeepsTheVietnameseConvention()
    {
        // Given an English-only form and a Vietnamese-only form ("2,5") in one document
        const string text = "Quỹ có 1,234,567 USD, lãi suất 2,5% và 1.300 thành viên đóng 1.300 đồng.";
        // Then the Vietnamese convention wins for the ambiguous "1.300"
        Assert.Equal(1300, QuantityWithText(text, "1.300 đồng").Value);
    }

    [Theory]
    [InlineData("Tốc độ tăng 2.5 lần.", "2.5 lần", 2.5)]
    [InlineData("Chiều dài 3.14 m.", "3.14 m", 3.14)]
    public void Recognize_DotBeforeOtherThanThreeDigits_IsADecimalPoint(string text, string span, double value)
    {
        // Given "2.5": a dot followed by one, two or four digits cannot separate thousands
        Assert.Equal(value, QuantityWithText(text, span).Value, 9);
    }

    [Fact]
    public void Recognize_DecimalTimesScale_IsExact()
    {
        // Given a decimal before a scale word, where binary floating point would give 1020999.9999999999
        // Then the value keeps 15 significant digits and is exactly the written amount
        Assert.Equal(1_021_000, QuantityWithText("Doanh số đạt 1,021 triệu căn.", "1,021 triệu").Value);
        Assert.Equal(2_300_000_000, QuantityWithText("Thu 2,3 tỷ đồng.", "2,3 tỷ đồng").Value);
    }

    [Theory]
    [InlineData("Có 2,000 xe tham gia.", "2,000", 2000)]
    [InlineData("Doanh số đạt 1,021 triệu căn.", "1,021 triệu", 1_021_000)]
    [InlineData("Phí là 72,059 USD/thùng.", "72,059 USD/thùng", 72.059)]
    public void Recognize_AmbiguousComma_FollowsTheDocumentedRule(string text, string span, double value)
    {
        // Given a comma before exactly three digits: "000" is never a decimal part, a scale word makes it a decimal
        // comma, otherwise the Vietnamese convention reads a decimal comma
        Assert.Equal(value, QuantityWithText(text, span).Value, 9);
    }

    // ---- number words ----

    [Theory]
    [InlineData("Có ba mươi người đến.", "ba mươi người", 30)]
    [InlineData("Đợi mười lăm ngày.", "mười lăm ngày", 15)]
    [InlineData("Anh ấy hai mươi mốt tuổi.", "hai mươi mốt tuổi", 21)]
    [InlineData("Đi một trăm linh năm km.", "một trăm linh năm km", 105)]
    [InlineData("Đi một trăm lẻ tư km.", "một trăm lẻ tư km", 104)]
    [InlineData("Có bốn mươi tư người.", "bốn mươi tư người", 44)]
    [InlineData("Có sáu mươi nhăm người.", "sáu mươi nhăm người", 65)]
    [InlineData("Có hai nghìn không trăm linh ba người.", "hai nghìn không trăm linh ba người", 2003)]
    [InlineData("Có ba tỷ năm trăm triệu đồng.", "ba tỷ năm trăm triệu đồng", 3_500_000_000)]
    [InlineData("Có hai phẩy năm triệu người.", "hai phẩy năm triệu người", 2_500_000)]
    [InlineData("Có hai chục người.", "hai chục người", 20)]
    [InlineData("Có một trăm rưỡi người.", "một trăm rưỡi người", 150)]
    public void Recognize_NumberWords_ReadsTheValue(string text, string span, double value)
    {
        // Given a number spelled the Vietnamese way, followed by a unit
        Assert.Equal(value, QuantityWithText(text, span).Value, 9);
    }

    [Theory]
    [InlineData("Kéo dài mười năm.", "mười năm", 10)]
    [InlineData("Đã hai mươi năm rồi.", "hai mươi năm", 20)]
    [InlineData("Trải qua một trăm năm.", "một trăm năm", 100)]
    [InlineData("Có từ một nghìn năm trước.", "một nghìn năm", 1000)]
    public void Recognize_NamAfterTensOrScale_IsTheUnitYearNotFive(string text, string span, double value)
    {
        // Given "năm" after mươi, mười, trăm or a scale: five would be written "lăm" or "linh năm"
        Quantity q = QuantityWithText(text, span);
        // Then "năm" is the unit year
        Assert.Equal(value, q.Value);
        Assert.Equal("year", q.Unit);
    }

    [Theory]
    [InlineData("Một nửa số hộ đã nhận tiền.", "Một nửa", 0.5, null)]
    [InlineData("Còn nửa tháng nữa.", "nửa tháng", 0.5, "month")]
    [InlineData("Khoảng nửa triệu người xem.", "Khoảng nửa triệu người", 500_000, "person")]
    public void Recognize_Half_IsZeroPointFive(string text, string span, double value, string? unit)
    {
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    // ---- scale words ----

    [Theory]
    [InlineData("Dự án 50 tỷ đồng.", "50 tỷ đồng", 5e10)]
    [InlineData("Có 3 triệu lượt xem.", "3 triệu", 3e6)]
    [InlineData("Bán 2,5 nghìn tấn.", "2,5 nghìn tấn", 2500)]
    [InlineData("Thu 7 ngàn đồng.", "7 ngàn đồng", 7000)]
    [InlineData("Có 3 vạn quân.", "3 vạn quân", 30_000)]
    [InlineData("Gói 1,2 nghìn tỷ đồng.", "1,2 nghìn tỷ đồng", 1.2e12)]
    [InlineData("Giá 1 tỷ 200 triệu đồng.", "1 tỷ 200 triệu đồng", 1.2e9)]
    [InlineData("Giá 3 triệu rưỡi.", "3 triệu rưỡi", 3.5e6)]
    [InlineData("Nợ 5 tỉ đồng.", "5 tỉ đồng", 5e9)]
    public void Recognize_ScaleWords_MultiplyAndAdd(string text, string span, double value)
    {
        Assert.Equal(value, QuantityWithText(text, span).Value, 3);
    }

    // ---- approximations ----

    [Theory]
    [InlineData("Có hơn 3 triệu người.", "hơn 3 triệu người", QuantityModifier.MoreThan)]
    [InlineData("Có gần 200 km.", "gần 200 km", QuantityModifier.Nearly)]
    [InlineData("Cách khoảng 30 km.", "khoảng 30 km", QuantityModifier.About)]
    [InlineData("Mất chừng 5 ngày.", "chừng 5 ngày", QuantityModifier.About)]
    [InlineData("Có trên 100 người.", "trên 100 người", QuantityModifier.MoreThan)]
    [InlineData("Trẻ dưới 6 tuổi.", "dưới 6 tuổi", QuantityModifier.LessThan)]
    [InlineData("Có ít nhất 20 người chết.", "ít nhất 20 người", QuantityModifier.AtLeast)]
    [InlineData("Phạt tối đa 5 triệu đồng.", "tối đa 5 triệu đồng", QuantityModifier.AtMost)]
    [InlineData("Phạt không quá 5 triệu đồng.", "không quá 5 triệu đồng", QuantityModifier.AtMost)]
    [InlineData("Trẻ từ 6 tuổi trở xuống.", "6 tuổi trở xuống", QuantityModifier.AtMost)]
    [InlineData("Thiệt hại ước tính 2 tỷ đồng.", "ước tính 2 tỷ đồng", QuantityModifier.About)]
    [InlineData("Giá tầm 5 triệu.", "tầm 5 triệu", QuantityModifier.About)]
    [InlineData("Chỉ có chưa đến 10 người.", "chưa đến 10 người", QuantityModifier.LessThan)]
    [InlineData("Nhà ngót 2 tỷ đồng.", "ngót 2 tỷ đồng", QuantityModifier.Nearly)]
    [InlineData("Người từ 18 tuổi trở lên.", "18 tuổi trở lên", QuantityModifier.AtLeast)]
    [InlineData("Có hàng nghìn người.", "hàng nghìn người", QuantityModifier.Several)]
    [InlineData("Có hàng chục người.", "hàng chục người", QuantityModifier.Several)]
    [InlineData("Có hàng trăm người.", "hàng trăm người", QuantityModifier.Several)]
    public void Recognize_ApproximationWord_SetsTheModifier(string text, string span, QuantityModifier modifier)
    {
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(modifier, q.Modifier);
        Assert.True(q.Approximate);
    }

    [Theory]
    [InlineData("Có hàng nghìn người.", "hàng nghìn người", 1000)]
    [InlineData("Có hàng chục nghìn người.", "hàng chục nghìn người", 10_000)]
    [InlineData("Có hàng trăm triệu người.", "hàng trăm triệu người", 1e8)]
    public void Recognize_HangBeforeAScale_IsThatOrderOfMagnitude(string text, string span, double value)
    {
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(value, q.Value);
        Assert.Null(q.ValueMax);
    }

    [Theory]
    [InlineData("Có vài trăm người.", "vài trăm người", 200, 900)]
    [InlineData("Đã mấy chục năm.", "mấy chục năm", 20, 90)]
    [InlineData("Còn vài ngày.", "vài ngày", 2, 9)]
    public void Recognize_VaiOrMay_IsTheRangeTwoToNineTimesTheScale(string text, string span, double min, double max)
    {
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(min, q.Value);
        Assert.Equal(max, q.ValueMax);
        Assert.Equal(QuantityModifier.Several, q.Modifier);
    }

    [Fact]
    public void Recognize_ExactNumber_IsNotApproximate()
    {
        Quantity q = QuantityWithText("Có 12 người.", "12 người");
        Assert.False(q.Approximate);
        Assert.Equal(QuantityModifier.None, q.Modifier);
    }

    // ---- ranges ----

    [Theory]
    [InlineData("Dài 3-5 km.", "3-5 km", 3, 5, "km")]
    [InlineData("Giá từ 3 đến 5 triệu đồng.", "từ 3 đến 5 triệu đồng", 3e6, 5e6, "VND")]
    [InlineData("Mất 3 đến 5 ngày.", "3 đến 5 ngày", 3, 5, "day")]
    [InlineData("Có 10-15 người.", "10-15 người", 10, 15, "person")]
    [InlineData("Tăng 2-3%.", "2-3%", 2, 3, "%")]
    [InlineData("Có 3 – 5 km.", "3 – 5 km", 3, 5, "km")]
    [InlineData("Từ 300 nghìn tới 1 triệu đồng.", "Từ 300 nghìn tới 1 triệu đồng", 300_000, 1e6, "VND")]
    [InlineData("Từ 2 km đến 4 km.", "Từ 2 km đến 4 km", 2, 4, "km")]
    [InlineData("Giá $3-5 triệu.", "$3-5 triệu", 3e6, 5e6, "USD")]
    [InlineData("Chỉ số khoảng 30 - 50 độ.", "khoảng 30 - 50 độ", 30, 50, "°")]
    public void Recognize_Range_HasLowerValueAndUpperValueMax(string text, string span, double min, double max, string unit)
    {
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(min, q.Value);
        Assert.Equal(max, q.ValueMax);
        Assert.Equal(unit, q.Unit);
        Assert.True(q.IsRange);
    }

    [Fact]
    public void Recognize_DescendingPairInOneToken_IsNotARange()
    {
        // Given "5-3" written as one token: a range goes up, so this is a score or a label
        var (doc, items) = FindQuantities("Kết quả 5-3 km.");
        Assert.True(items.Length == 0, Describe(doc, items));
    }

    [Fact]
    public void Recognize_DifferentUnitsAroundDen_AreTwoQuantities()
    {
        // Given two amounts in different currencies joined by "đến"
        var (_, items) = FindQuantities("Đổi từ 5 triệu đồng đến 200 USD.");
        // Then they are not one range
        Assert.Equal(2, items.Length);
        Assert.All(items, q => Assert.False(q.IsRange));
    }

    [Fact]
    public void Recognize_DurationUntilAYear_IsNotARange()
    {
        // Given a duration followed by "đến" and a year
        var (doc, items) = FindQuantities("Dự án kéo dài 3 năm đến 2025.");
        // Then the duration stands alone
        Quantity q = Assert.Single(items);
        Assert.Equal("3 năm", doc.Slice(q.Span).ToString());
        Assert.False(q.IsRange);
    }

    // ---- units and currencies ----

    [Theory]
    [InlineData("Dài 12 km.", "12 km", "km", UnitKind.Length)]
    [InlineData("Dài 12 m.", "12 m", "m", UnitKind.Length)]
    [InlineData("Dài 12 ki-lô-mét.", "12 ki-lô-mét", "km", UnitKind.Length)]
    [InlineData("Rộng 12 km2.", "12 km2", "km2", UnitKind.Area)]
    [InlineData("Rộng 12 km².", "12 km²", "km2", UnitKind.Area)]
    [InlineData("Rộng 12km².", "12km²", "km2", UnitKind.Area)]
    [InlineData("Rộng 12 ki-lô-mét vuông.", "12 ki-lô-mét vuông", "km2", UnitKind.Area)]
    [InlineData("Rộng 12 mét vuông.", "12 mét vuông", "m2", UnitKind.Area)]
    [InlineData("Rộng 12 ha.", "12 ha", "ha", UnitKind.Area)]
    [InlineData("Rộng 12 héc-ta.", "12 héc-ta", "ha", UnitKind.Area)]
    [InlineData("Tăng 12 phần trăm.", "12 phần trăm", "%", UnitKind.Percent)]
    [InlineData("Nặng 12 kg.", "12 kg", "kg", UnitKind.Mass)]
    [InlineData("Nặng 12kg.", "12kg", "kg", UnitKind.Mass)]
    [InlineData("Nặng 12 tấn.", "12 tấn", "t", UnitKind.Mass)]
    [InlineData("Chứa 12 lít.", "12 lít", "L", UnitKind.Volume)]
    [InlineData("Có 12 người.", "12 người", "person", UnitKind.Person)]
    [InlineData("Có 12 quân.", "12 quân", "person", UnitKind.Person)]
    [InlineData("Có 12 binh sĩ.", "12 binh sĩ", "person", UnitKind.Person)]
    [InlineData("Có 12 lính.", "12 lính", "person", UnitKind.Person)]
    [InlineData("Kéo dài 12 ngày.", "12 ngày", "day", UnitKind.Duration)]
    [InlineData("Kéo dài 12 phút.", "12 phút", "min", UnitKind.Duration)]
    [InlineData("Nóng 38 độ C.", "38 độ C", "°C", UnitKind.Degree)]
    [InlineData("Nóng 38°C.", "38°C", "°C", UnitKind.Degree)]
    [InlineData("Công suất 12 MW.", "12 MW", "MW", UnitKind.Technical)]
    [InlineData("Ghi nhận 12 ca mắc mới.", "12 ca mắc", "case", UnitKind.Count)]
    [InlineData("Lãi suất giảm 0,5 điểm phần trăm.", "0,5 điểm phần trăm", "pp", UnitKind.Percent)]
    [InlineData("Có 12 hộ dân phải di dời.", "12 hộ dân", "household", UnitKind.Person)]
    [InlineData("Giá vàng 56,5 triệu đồng/lượng.", "56,5 triệu đồng/lượng", "VND/tael", UnitKind.Rate)]
    [InlineData("Tiêm 3 triệu liều vắc xin.", "3 triệu liều vắc xin", "dose", UnitKind.Count)]
    [InlineData("Chạy 80 km/h.", "80 km/h", "km/h", UnitKind.Rate)]
    [InlineData("Chạy 80km/h.", "80km/h", "km/h", UnitKind.Rate)]
    [InlineData("Giá 80 USD/thùng.", "80 USD/thùng", "USD/bbl", UnitKind.Rate)]
    [InlineData("Giá 50.000 đồng/kg.", "50.000 đồng/kg", "VND/kg", UnitKind.Rate)]
    public void Recognize_Unit_HasItsCanonicalCode(string text, string span, string unit, UnitKind kind)
    {
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(kind, q.Kind);
    }

    [Theory]
    [InlineData("Giá 5 đô la.", "5 đô la", "USD")]
    [InlineData("Giá 5 đô la Mỹ.", "5 đô la Mỹ", "USD")]
    [InlineData("Giá 5 đô-la.", "5 đô-la", "USD")]
    [InlineData("Giá 5 USD.", "5 USD", "USD")]
    [InlineData("Giá $5.", "$5", "USD")]
    [InlineData("Giá US$ 5 triệu.", "US$ 5 triệu", "USD")]
    [InlineData("Giá 5 đồng.", "5 đồng", "VND")]
    [InlineData("Giá 5 VND.", "5 VND", "VND")]
    [InlineData("Giá 5 VNĐ.", "5 VNĐ", "VND")]
    [InlineData("Giá 50.000đ.", "50.000đ", "VND")]
    [InlineData("Giá 5 euro.", "5 euro", "EUR")]
    [InlineData("Giá €5.", "€5", "EUR")]
    [InlineData("Giá 5 bảng Anh.", "5 bảng Anh", "GBP")]
    [InlineData("Giá 5 nhân dân tệ.", "5 nhân dân tệ", "CNY")]
    [InlineData("Giá 5 rúp.", "5 rúp", "RUB")]
    [InlineData("Giá 5 yen.", "5 yen", "JPY")]
    [InlineData("Giá 5 yên Nhật.", "5 yên Nhật", "JPY")]
    public void Recognize_Currency_IsAnIso4217Code(string text, string span, string code)
    {
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(code, q.Unit);
        Assert.True(q.IsMoney);
    }

    [Fact]
    public void Recognize_Percentage_KeepsTheDecimal()
    {
        Quantity q = QuantityWithText("Lạm phát tăng 2,5%.", "2,5%");
        Assert.Equal(2.5, q.Value);
        Assert.Equal("%", q.Unit);
    }

    [Theory]
    [InlineData("Ba đồng chí đã đến.", "đồng chí")]
    [InlineData("Có 3 đồng nghiệp đi cùng.", "đồng nghiệp")]
    [InlineData("Hai đô thị lớn nhất.", "đô thị")]
    [InlineData("Có 3 quân đoàn.", "quân đoàn")]
    public void Recognize_WordThatStartsLikeAUnit_IsNotThatUnit(string text, string word)
    {
        // Given a noun whose first syllable is a unit on its own ("đồng", "đô", "quân")
        var (doc, items) = FindQuantities(text);
        // Then no quantity takes it as its unit
        Assert.DoesNotContain(items, q => doc.Slice(q.Span).ToString().Contains(word, StringComparison.Ordinal) && q.Unit is not null);
    }

    [Fact]
    public void Recognize_DurationHoursAfterTrong_IsAQuantity()
    {
        // Given "24h" (a time token) after "trong" and before "qua"
        Quantity q = QuantityWithText("Trong 24h qua có 300 ca mắc.", "24h");
        // Then it is 24 hours
        Assert.Equal(24, q.Value);
        Assert.Equal("h", q.Unit);
    }

    [Fact]
    public void Recognize_DurationAndHalf_AddsHalfAUnit()
    {
        Assert.Equal(2.5, QuantityWithText("Chờ 2 tiếng rưỡi.", "2 tiếng rưỡi").Value);
    }

    // ---- what is not a quantity ----

    [Theory]
    [InlineData("Đây là lần thứ 3 anh vô địch.")]
    [InlineData("Anh xếp thứ ba.")]
    [InlineData("Trụ sở ở quận 1.")]
    [InlineData("Theo Điều 5 của luật.")]
    [InlineData("Sự kiện diễn ra năm 2024.")]
    [InlineData("Sinh năm 1990 tại Huế.")]
    [InlineData("Hợp đồng ký ngày 24/8/2024.")]
    [InlineData("Đội nhà thắng 2-1.")]
    [InlineData("Gọi số 0912.345.678 để hỏi.")]
    [InlineData("Mua chiếc iPhone 15 mới.")]
    [InlineData("Họp lúc 15h30.")]
    [InlineData("Tỷ lệ đạt 50/100 điểm chuẩn.")]
    [InlineData("Ngày 6 tháng 9 là ngày lễ.")]
    [InlineData("Một số người không đến.")]
    [InlineData("Ông làm việc một cách cẩn thận.")]
    [InlineData("Họp lúc 9 giờ sáng.")]
    [InlineData("Top 10 được công bố.")]
    [InlineData("Gọi tổng đài 1900 6409.")]
    [InlineData("Cửa hàng ở số nhà 47 Lê Lợi.")]
    [InlineData("Cửa hàng ở 47 Lê Lợi.")]
    [InlineData("Các tiếp xúc của bệnh nhân 2910 đã được cách ly.")]
    [InlineData("Sự việc xảy ra vào khoảng 10h sáng.")]
    [InlineData("Họp lúc 9 giờ 30 phút tối.")]
    [InlineData("Cách ly thôn 5 Đồng Yên.")]
    [InlineData("Theo công văn 930/BGDĐT của Bộ.")]
    [InlineData("Có hai cách: 1. Đăng ký trực tiếp.")]
    [InlineData("Thực hiện chỉ thị 16 của Thủ tướng.")]
    [InlineData("Dự án quốc lộ 2 được khởi công.")]
    public void Recognize_YearsDatesOrdinalsLabelsScoresAndPhones_AreNotQuantities(string text)
    {
        // Given a number that is a year, a date, a time, an ordinal, a label, a score or a phone number
        var (doc, items) = FindQuantities(text);
        // Then no quantity is found
        Assert.True(items.Length == 0, Describe(doc, items));
    }

    [Fact]
    public void Recognize_BareCount_HasNoUnit()
    {
        // Given a count of a noun that is not in the unit table
        Quantity q = QuantityWithText("Có 12 tỉnh bị ảnh hưởng.", "12");
        // Then it is a quantity with no unit
        Assert.Null(q.Unit);
        Assert.Equal(UnitKind.None, q.Kind);
    }

    [Fact]
    public void Recognize_CountInBracketsAfterAName_IsAQuantity()
    {
        // Given per-province counts in brackets (not list numbers, which start a sentence)
        var (doc, items) = FindQuantities("Các ca mới ở Đà Nẵng (1) và Khánh Hòa (6).");
        Assert.Equal(2, items.Length);
        Assert.Equal([1.0, 6.0], items.Select(q => q.Value));
        Assert.Equal("6", doc.Slice(items[1].Span).ToString());
    }

    [Fact]
    public void Recognize_NumberWordWithoutUnit_IsNotAQuantity()
    {
        // Given digit words that are also other words ("ba", "năm", "một") with no unit or scale
        var (doc, items) = FindQuantities("Ba người bạn và năm tháng ấy, một ngày nào đó.");
        // Then only the counted units are quantities
        Assert.All(items, q => Assert.NotNull(q.Unit));
        Assert.True(items.Length >= 1, Describe(doc, items));
    }

    [Fact]
    public void Recognize_QuantityTokens_CoverTheSpan()
    {
        // Given a quantity of several tokens
        var (doc, items) = FindQuantities("Hơn 3 triệu người đã đến.");
        Quantity q = Assert.Single(items);
        // Then its token range starts and ends where its span does
        Assert.Equal(doc.Tokens.Span(q.FirstToken).Start, q.Start);
        Assert.Equal(doc.Tokens.Span(q.EndToken - 1).End, q.End);
        Assert.Equal(4, q.TokenCount);
    }

    [Fact]
    public void Recognize_DecomposedInput_PointsIntoTheOriginalText()
    {
        // Given NFD text (combining marks) with a quantity
        const string text = "Co\u0301 ba mươi ngươ\u0300i.";
        var (doc, items) = FindQuantities(text);
        Quantity q = Assert.Single(items);
        // Then the span is in the original text and covers the decomposed syllables
        Assert.Equal("ba mươi ngươ\u0300i", doc.Slice(q.Span).ToString());
        Assert.Equal(30, q.Value);
    }

    [Fact]
    public void Recognize_BangAfterAScaleWord_IsPounds()
    {
        // Given "bảng" right after a scale word, and "bảng" after a bare number
        Quantity q = QuantityWithText("Phí chuyển nhượng là 14 triệu bảng.", "14 triệu bảng");
        Assert.Equal(14_000_000, q.Value);
        Assert.Equal("GBP", q.Unit);
        var (_, items) = FindQuantities("Giải có 3 bảng đấu.");
        Assert.DoesNotContain(items, x => x.Unit == "GBP");
    }
}

public class FractionAndMultipleTests
{
    [Theory]
    [InlineData("Có một phần ba số hộ dân thiếu nước.", "một phần ba", 1.0 / 3)]
    [InlineData("Khoảng một phần tư doanh nghiệp báo lỗ.", "Khoảng một phần tư", 0.25)]
    [InlineData("Hai phần ba cử tri ủng hộ dự luật.", "Hai phần ba", 2.0 / 3)]
    [InlineData("Chỉ 1 phần 5 số vốn được giải ngân.", "1 phần 5", 0.2)]
    [InlineData("Khoảng 2/3 diện tích lúa bị ngập.", "Khoảng 2/3", 2.0 / 3)]
    [InlineData("Lũ cuốn trôi 3/4 số nhà trong làng.", "3/4", 0.75)]
    [InlineData("Gần 1/2 dân số đã tiêm vắc xin.", "Gần 1/2", 0.5)]
    public void Recognize_Fraction_ValueIsTheRatio(string text, string span, double value)
    {
        // Given a fraction in words or with a slash where a day and month cannot be meant
        Quantity q = QuantityWithText(text, span);
        // Then its value is the ratio, without a unit
        Assert.Equal(value, q.Value, 9);
        Assert.Null(q.Unit);
    }

    [Theory]
    [InlineData("Sản lượng tăng gấp đôi so với năm trước.", "gấp đôi", 2)]
    [InlineData("Giá nhà cao gấp ba lần thu nhập.", "gấp ba lần", 3)]
    [InlineData("Doanh thu gấp 4 lần cùng kỳ.", "gấp 4 lần", 4)]
    public void Recognize_Multiple_IsTimes(string text, string span, double value)
    {
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(value, q.Value, 9);
        Assert.Equal("times", q.Unit);
    }

    [Theory]
    [InlineData("Hội nghị khai mạc ngày 2/3 tại Hà Nội.")]
    [InlineData("Sáng 3/4 đoàn đã tới nơi.")]
    [InlineData("Đọc phần 2 của báo cáo.")]
    [InlineData("Các công trình chỉ bảo vệ được một phần rất nhỏ diện tích.")]
    public void Recognize_DateLabelOrVagueShare_IsNotAFraction(string text)
    {
        // Given a day and month, a label, or "một phần" without a denominator
        // Then no quantity is found
        Assert.Empty(FindQuantities(text).Items);
    }

    // ---- found on the dev passages added in the quantity/date review ----

    [Theory]
    [InlineData("Xe tải từ 3 tấn đến dưới 5 tấn phải đóng phí.", "từ 3 tấn đến dưới 5 tấn", 3, 5, "t")]
    [InlineData("Nhóm tuổi từ 5 đến dưới 10 tuổi được miễn.", "từ 5 đến dưới 10 tuổi", 5, 10, "age")]
    public void Recognize_RangeWithExclusiveUpperBound_IsOneRange(string text, string span, double low, double high, string unit)
    {
        // Given "từ A đến dưới B": the upper bound excluded, as tariffs and age bands write it
        Quantity q = QuantityWithText(text, span);
        // Then it is one range from A to B in the unit
        Assert.Equal(low, q.Value);
        Assert.Equal(high, q.ValueMax);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Recognize_RangeOfACountedNounOutsideTheUnitTable_HasNoUnit()
    {
        // Given "từ 16 ghế đến 29 ghế": the same counted noun after both ends, a noun that is not a unit
        Quantity q = QuantityWithText("Loại xe từ 16 ghế đến 29 ghế tăng giá.", "từ 16 ghế đến 29 ghế");
        // Then one range 16–29 without a unit
        Assert.Equal(16, q.Value);
        Assert.Equal(29, q.ValueMax);
        Assert.Null(q.Unit);
    }

    [Fact]
    public void Recognize_DifferentNounsAfterTheEnds_AreNotOneRange()
    {
        // Given two different nouns: "từ 3 xe đến 5 người" is not a range
        var (_, items) = FindQuantities("Đoàn đi từ 3 xe đến 5 người.");
        Assert.DoesNotContain(items, q => q.ValueMax is not null);
    }

    [Theory]
    [InlineData("Lễ hội diễn ra tại 5 điểm trong thành phố.", "5 điểm")]
    [InlineData("Người dân xếp hàng ở 3 điểm tiêm.", "3 điểm")]
    public void Recognize_DiemAfterALocativePreposition_IsACountOfPlaces(string text, string span)
    {
        // Given "tại 5 điểm": places, not a score
        Quantity q = QuantityWithText(text, span);
        // Then the count has no unit
        Assert.Null(q.Unit);
    }

    [Fact]
    public void Recognize_DiemAsAScore_KeepsTheUnit()
    {
        Assert.Equal("point", QuantityWithText("Đội bóng giành 3 điểm trên sân khách.", "3 điểm").Unit);
    }

    [Theory]
    [InlineData("Gần 2.000 vận động viên tham dự giải.", "Gần 2.000 vận động viên", 2000)]
    [InlineData("Có 12 VĐV nữ xuất phát.", "12 VĐV", 12)]
    [InlineData("Nhóm 5 chuyên gia nước ngoài đã nhập cảnh.", "5 chuyên gia", 5)]
    [InlineData("Tỷ lệ là 150 người mắc trên 100.000 dân.", "trên 100.000 dân", 100_000)]
    public void Recognize_MorePeopleNouns_ArePersons(string text, string span, double value)
    {
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(value, q.Value);
        Assert.Equal("person", q.Unit);
    }

    [Fact]
    public void Recognize_DanSoAfterANumber_IsNotAPersonUnit()
    {
        // Given "dân số" (population, a noun) after a number: not the unit "dân"
        var (_, items) = FindQuantities("Có 3 dân tộc cùng sinh sống.");
        Assert.DoesNotContain(items, q => q.Unit == "person");
    }

    [Theory]
    [InlineData("Khung phí từ 2.000 đồng/lít - 5.000 đồng/lít.", "từ 2.000 đồng/lít - 5.000 đồng/lít", 2000, 5000, "VND/L")]
    [InlineData("Giá dao động 50.000 đồng/kg đến 70.000 đồng/kg.", "50.000 đồng/kg đến 70.000 đồng/kg", 50_000, 70_000, "VND/kg")]
    public void Recognize_RangeOfRatesWrittenOnBothEnds_IsOneRateRange(string text, string span, double low, double high, string unit)
    {
        // Given a rate written after both ends of a range
        Quantity q = QuantityWithText(text, span);
        // Then one range in that rate
        Assert.Equal(low, q.Value);
        Assert.Equal(high, q.ValueMax);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Recognize_RatesWithDifferentDenominators_AreNotOneRange()
    {
        var (_, items) = FindQuantities("Giá từ 50.000 đồng/kg đến 70.000 đồng/lít.");
        Assert.DoesNotContain(items, q => q.ValueMax is not null);
        Assert.Contains(items, q => q.Unit == "VND/kg" && q.Value == 50_000);
    }

    [Fact]
    public void Recognize_RoubleSpelledTheEnglishWay_IsRUB()
    {
        Assert.Equal("RUB", QuantityWithText("Căn hộ trị giá 20 triệu rouble.", "20 triệu rouble").Unit);
    }

    // ---- forms found by the corpus coverage audit (numbers no quantity or date covered) ----

    [Theory]
    [InlineData("Viên pin 4.000 mAh cho hai ngày dùng.", "4.000 mAh", 4000, "mAh")]
    [InlineData("Máy sạc nhanh 33W qua cổng USB.", "33W", 33, "W")]
    [InlineData("Cảm biến chính 64MP và camera trước 8 MP.", "64MP", 64, "MP")]
    [InlineData("Camera trước có độ phân giải 12 megapixel.", "12 megapixel", 12, "MP")]
    [InlineData("Chip chạy ở xung nhịp 2,4 GHz.", "2,4 GHz", 2.4, "GHz")]
    [InlineData("Màn hình có tần số quét 120Hz.", "120Hz", 120, "Hz")]
    [InlineData("Xe dùng động cơ 150cc.", "150cc", 150, "cm3")]
    [InlineData("Động cơ sản sinh 192 mã lực.", "192 mã lực", 192, "hp")]
    [InlineData("Mỗi tháng nhà dùng hết 300 kWh điện.", "300 kWh", 300, "kWh")]
    public void Recognize_DeviceSpecificationUnits_HaveTheirCodes(string text, string span, double value, string unit)
    {
        // Given a battery, power, camera, frequency, engine or energy figure (a unit with an inner capital: mAh, kWh)
        Quantity q = QuantityWithText(text, span);
        // Then the unit is read, not left as a bare number
        Assert.Equal(value, q.Value, 9);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Lưu lượng về hồ đạt 775,57 m3/s.", "775,57 m3/s", 775.57, "m3/s")]
    [InlineData("Gió giật mạnh 20 m/s.", "20 m/s", 20, "m/s")]
    public void Recognize_PerSecondWrittenS_IsARate(string text, string span, double value, string unit)
    {
        // Given "/s" after a unit (a flow, a speed)
        Quantity q = QuantityWithText(text, span);
        // Then it is a rate per second
        Assert.Equal(value, q.Value, 9);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Recognize_DegreeSignTypedAsLetterO_IsCelsius()
    {
        // Given "35oC", the degree sign typed as the letter o
        Quantity q = QuantityWithText("Trời nắng nóng tới 38oC.", "38oC");
        // Then degrees Celsius
        Assert.Equal(38, q.Value);
        Assert.Equal("°C", q.Unit);
    }

    [Theory]
    [InlineData("Ở tuổi 77, ông vẫn đi làm.", "77", 77)]
    [InlineData("Năm 18 tuổi, anh nhập ngũ.", "18 tuổi", 18)]
    public void Recognize_NumberAfterTuoiOrAgeAfterNam_IsAnAge(string text, string span, double value)
    {
        // Given an age written after "tuổi" or "năm N tuổi" (at the age of N, not the year N)
        Quantity q = QuantityWithText(text, span);
        // Then an age
        Assert.Equal(value, q.Value);
        Assert.Equal("age", q.Unit);
    }

    [Theory]
    [InlineData("Cơ cấu gồm 07 giải Nhất và 10 giải Nhì.", "07", 7)]
    [InlineData("Ban tổ chức trao 01 giải đặc biệt.", "01", 1)]
    public void Recognize_TwoDigitCountPaddedWithZero_IsACount(string text, string span, double value)
    {
        // Given a count written with a leading zero before its noun (administrative style)
        Quantity q = QuantityWithText(text, span);
        // Then the count
        Assert.Equal(value, q.Value);
    }

    [Theory]
    [InlineData("Gọi số 0912 345 678 hoặc đường dây 028 để được hỗ trợ.")]
    [InlineData("Trận đấu hôm chủ nhật 05.02 giúp đội nhà vươn lên.")]
    [InlineData("Từ ngày 09-11/02 trời rét đậm.")]
    public void Recognize_LeadingZeroPhoneCodeOrDatePart_IsStillNotAQuantity(string text)
    {
        // Given numbers starting with 0 that are phone numbers, codes or parts of a date
        var (_, items) = FindQuantities(text);
        // Then nothing
        Assert.Empty(items);
    }

    [Theory]
    [InlineData("Trong số 7 trường hợp có 3 người là đảng viên.", "7", 7)]
    [InlineData("Tổng số 12 dự án đã hoàn thành.", "12", 12)]
    public void Recognize_NumberAfterTrongSoOrTongSo_IsACount(string text, string span, double value)
    {
        // Given "số" preceded by "trong" or "tổng": "among" and "in total", not "number N"
        Assert.Equal(value, QuantityWithText(text, span).Value);
    }

    [Fact]
    public void Recognize_NumberAfterSoAlone_IsStillALabel()
    {
        var (_, items) = FindQuantities("Nhà ở số 7 đường này.");
        Assert.Empty(items);
    }

    [Fact]
    public void Recognize_MinuteOfAMatch_IsNotAQuantity()
    {
        // Given a scorers' line with minute marks
        var (_, items) = FindQuantities("Bàn thắng: Hùng (42', 44'); Dũng (53').");
        // Then no quantity
        Assert.Empty(items);
    }

    [Fact]
    public void Recognize_FloodAlertLevel_IsALabel()
    {
        // Given "báo động 3", an alert level
        var (_, items) = FindQuantities("Mực nước sông vượt báo động 3 khoảng 0,5m.");
        // Then only the height is a quantity
        Assert.Single(items);
        Assert.Equal("m", items[0].Unit);
    }

    [Fact]
    public void Recognize_CountBeforeACountedAbbreviation_IsACount()
    {
        // Given a count before a noun written as a capital abbreviation ("CLB" club, "DN" firm)
        const string text = "Có 15 CLB sáng lập và 20 DN tham gia.";
        // Then both are counts ("47 Lê Lợi" before a name stays out)
        Assert.Equal(15, QuantityWithText(text, "15").Value);
        Assert.Equal(20, QuantityWithText(text, "20").Value);
    }

    [Fact]
    public void Recognize_CoordinateWithDotBeforeThreeDigits_IsADecimalDegree()
    {
        // Given coordinates in a Vietnamese-style document ("1.300" is 1300 elsewhere), where "16.260 độ" as 16,260
        // degrees cannot be a latitude or longitude
        const string text = "Tâm chấn ở tọa độ 16.260 độ vĩ Bắc; 107.368 độ kinh Đông, 1.300 người phải sơ tán.";
        // Then the dot is a decimal point there, and only there
        Assert.Equal(16.26, QuantityWithText(text, "16.260 độ").Value, 9);
        Assert.Equal(107.368, QuantityWithText(text, "107.368 độ").Value, 9);
        Assert.Equal(1300, QuantityWithText(text, "1.300 người").Value);
    }

    [Theory]
    [InlineData("Thu nhập từ 5 -7 triệu đồng mỗi tháng.", "từ 5 -7 triệu đồng", 5_000_000, 7_000_000, "VND")]
    [InlineData("Xả lũ với lưu lượng 40 -110 m3/s.", "40 -110 m3/s", 40, 110, "m3/s")]
    public void Recognize_HyphenTypedAgainstTheUpperBound_IsARangeNotANegative(string text, string span, double low, double high, string unit)
    {
        // Given "5 -7": the range hyphen typed against the second number, which alone would read -7
        Quantity q = QuantityWithText(text, span);
        // Then one range, never a negative amount
        Assert.Equal(low, q.Value);
        Assert.Equal(high, q.ValueMax);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Học phí dao động 200-250.000 đồng.", "200-250.000 đồng", 200_000, 250_000)]
    [InlineData("Giá bán lẻ 10-15.000 đồng/kg.", "10-15.000 đồng/kg", 10_000, 15_000)]
    [InlineData("Máy chịu được 3-10.000 lần sạc.", "3-10.000 lần", 3, 10_000)]
    [InlineData("Quãng đường 15-20 km.", "15-20 km", 15, 20)]
    public void Recognize_LowerBoundWithoutTheThousandsOfTheUpper_TakesThem(string text, string span, double low, double high)
    {
        // Given "200-250.000": the lower bound written without the thousands of the upper one, only where the lower
        // bound then has as many digits as the upper one
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(low, q.Value);
        Assert.Equal(high, q.ValueMax);
    }

    [Theory]
    [InlineData("Cháu được chuyển tới Bệnh viện Cu Ba Đồng Hới.")]
    [InlineData("Các nhà khoa học đo một đồng vị của clo.")]
    [InlineData("Hai đội mặc đồng phục mới.")]
    public void Recognize_NameOrNounStartingWithDong_IsNotMoney(string text)
    {
        // Given a place name with a capitalized number word and "Đồng", and nouns that begin with "đồng"
        var (_, items) = FindQuantities(text);
        // Then no amount of money
        Assert.DoesNotContain(items, q => q.Unit == "VND");
    }

    [Theory]
    [InlineData("Lúa đạt năng suất 60 tạ/ha.", "60 tạ/ha", 60, "quintal/ha")]
    [InlineData("Mẫu xe dung tích 150 phân khối.", "150 phân khối", 150, "cm3")]
    public void Recognize_FarmAndEngineUnits_HaveTheirCodes(string text, string span, double value, string unit)
    {
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Recognize_RangeAfterTuoi_IsAnAgeRange()
    {
        // Given "tuổi 18-25": the unit written before both ends
        Quantity q = QuantityWithText("Thanh niên ở độ tuổi 18-25 được tham gia.", "18-25");
        // Then one age range (a bare "18-25" elsewhere stays a score)
        Assert.Equal(18, q.Value);
        Assert.Equal(25, q.ValueMax);
        Assert.Equal("age", q.Unit);
    }

    [Fact]
    public void Recognize_TrenRightAfterANumber_MeansOutOf()
    {
        // Given "9 trên 12 CLB" (nine out of twelve clubs) and "trên 12 người" (more than twelve people)
        const string text = "Có 9 trên 12 CLB rút lui, trên 12 người phản đối.";
        var (doc, items) = FindQuantities(text);
        // Then only the second "trên" is "more than"
        Assert.Equal(QuantityModifier.None, QuantityWithText(text, "12").Modifier);
        Assert.Equal(QuantityModifier.MoreThan, QuantityWithText(text, "trên 12 người").Modifier);
        Assert.DoesNotContain(items, q => doc.Slice(q.Span).SequenceEqual("trên 12"));
    }

    [Theory]
    [InlineData("Trời nóng tới 35ºC.", "35ºC")]
    [InlineData("Sét nóng tới 30.000 ⁰C.", "30.000 ⁰C")]
    public void Recognize_DegreeSignLookAlikes_AreCelsius(string text, string span)
    {
        // Given the degree sign typed as the ordinal indicator º or a superscript zero ⁰
        Assert.Equal("°C", QuantityWithText(text, span).Unit);
    }

    [Theory]
    [InlineData("Học phí năm đầu là 140 nghìn đôla Hồng Kông.", "140 nghìn đôla Hồng Kông", 140_000, "HKD")]
    [InlineData("Chiếc xe có giá 72 triệu Rupiah.", "72 triệu Rupiah", 72_000_000, "IDR")]
    [InlineData("Vé vào cửa là 10.000 kíp.", "10.000 kíp", 10_000, "LAK")]
    [InlineData("Vàng nhẫn bán ra 3.540.000 đồng/chỉ.", "3.540.000 đồng/chỉ", 3_540_000, "VND/mace")]
    [InlineData("Chị mua 2 chỉ vàng làm của hồi môn.", "2 chỉ vàng", 2, "mace")]
    public void Recognize_MoreCurrenciesAndGoldUnits_HaveTheirCodes(string text, string span, double value, string unit)
    {
        // Given "đôla" written as one word before a country, the rupiah and the kip, and the gold "chỉ" (a tenth of a tael)
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Giá cà phê tăng 35 cent trong phiên.", "35 cent", 0.35, "USD")]
    [InlineData("Mỗi gallon xăng rẻ đi 8 cent.", "8 cent", 0.08, "USD")]
    [InlineData("Giá xăng lên 3,5 cent/lít.", "3,5 cent/lít", 0.035, "USD/L")]
    [InlineData("Giá arabica lên 126,35 cent/lb.", "126,35 cent/lb", 1.2635, "USD/lb")]
    [InlineData("Giá đường thô ở mức 1,45 USD/lb.", "1,45 USD/lb", 1.45, "USD/lb")]
    public void Recognize_Cents_AreHundredthsOfADollar(string text, string span, double value, string unit)
    {
        // Given an amount in US cents, the way commodity prices move in world market news
        // When quantities are recognized
        // Then the value is in dollars
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Recognize_CentRange_ScalesBothEnds()
    {
        // Given a range of cents
        Quantity q = QuantityWithText("Giá dầu dao động 20-30 cent.", "20-30 cent");
        // Then both ends are in dollars
        Assert.Equal(0.2, q.Value);
        Assert.Equal(0.3, q.ValueMax);
    }

    [Fact]
    public void Recognize_ChiAloneAfterANumber_IsNotAUnit()
    {
        // Given "chỉ" meaning "only" before a number
        Assert.Equal("person", QuantityWithText("Lớp chỉ 5 người.", "5 người").Unit);
    }

    [Theory]
    [InlineData("Lúc 3 tuổi, cậu bé đã biết đọc.", "3 tuổi", 3, "age")]
    [InlineData("Đã truy vết được 34 F1 của ca bệnh.", "34", 34, null)]
    [InlineData("Thôn có 320 hộ với 1068 nhân khẩu.", "1068 nhân khẩu", 1068, "person")]
    public void Recognize_AgeAfterLucCloseContactsAndRegisteredResidents_AreCounted(string text, string span, double value, string? unit)
    {
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Có hơn chục người bị thương.", "hơn chục người", 10, "person")]
    [InlineData("Gần trăm hộ dân phải di dời.", "Gần trăm hộ dân", 100, "household")]
    [InlineData("Gia đình mất cả trăm triệu đồng.", "trăm triệu đồng", 100_000_000, "VND")]
    [InlineData("Xe chở trăm rưỡi tấn hàng.", "trăm rưỡi tấn", 150, "t")]
    public void Recognize_ChucOrTramWithoutADigit_IsTenOrAHundred(string text, string span, double value, string unit)
    {
        // Given "chục" or "trăm" standing for one ten or one hundred, with a unit or a scale after it
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Recognize_ChucOrTramAloneWithoutAUnit_IsNotAQuantity()
    {
        var (_, items) = FindQuantities("Anh ấy nói cả trăm lần rồi mà chục năm vẫn thế, trăm người như một.");
        Assert.DoesNotContain(items, q => q.Unit is null);
    }

    [Theory]
    [InlineData("Mười mấy người đã đến.", "Mười mấy người", 11, 19, "person")]
    [InlineData("Hai mươi mấy năm qua ông vẫn ở đây.", "Hai mươi mấy năm", 21, 29, "year")]
    [InlineData("Có mười mấy nghìn người xem.", "mười mấy nghìn người", 11_000, 19_000, "person")]
    public void Recognize_TensAndMay_IsTheRangeOfThatTen(string text, string span, double low, double high, string unit)
    {
        // Given "mười mấy" (eleven to nineteen) and "X mươi mấy": tens with an unknown units digit
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(low, q.Value);
        Assert.Equal(high, q.ValueMax);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(QuantityModifier.Several, q.Modifier);
    }

    [Fact]
    public void Recognize_GapRuoi_IsOneAndAHalfTimes()
    {
        Quantity q = QuantityWithText("Doanh thu tăng gấp rưỡi năm trước.", "gấp rưỡi");
        Assert.Equal(1.5, q.Value);
        Assert.Equal("times", q.Unit);
    }

    [Theory]
    [InlineData("Anh có chứng chỉ ngoại ngữ bậc 4 trở lên.")]
    [InlineData("Tỷ lệ góp vốn là 50:50, học sinh trên giáo viên 6:1.")]
    public void Recognize_LevelsRanksAndColonRatios_AreNotQuantities(string text)
    {
        // Given a level ("bậc 4") or a ratio written with a colon
        var (_, items) = FindQuantities(text);
        // Then no quantity
        Assert.Empty(items);
    }

    [Theory]
    [InlineData("Lãi suất ở mức 3,5%.", "3,5%", 3.5)]
    [InlineData("Doanh số gấp 3 lần mức 1.200 xe năm trước.", "1.200", 1200)]
    public void Recognize_AmountAfterMuc_IsStillAQuantity(string text, string span, double value)
    {
        // Given "mức" (level) before an amount, with or without a unit: it is not a label word
        Assert.Equal(value, QuantityWithText(text, span).Value);
    }

    [Fact]
    public void Recognize_UnitCodeInCapitalsAfterALabelWord_IsStillAUnit()
    {
        // Given an amount in a capital currency code after a label word ("mức"); "thôn 5 Đồng Yên" stays a name
        Quantity q = QuantityWithText("Giá vàng đang ở mức 1.278,50 USD/ounce.", "1.278,50 USD/ounce");
        Assert.Equal(1278.5, q.Value, 9);
        Assert.Equal("USD/oz", q.Unit);
    }

    [Fact]
    public void Recognize_DoCBeforeACapital_IsStillCelsius()
    {
        // Given "độ C." before a capitalized word, where the tokenizer reads "C." as an initial
        Quantity q = QuantityWithText("Nhiệt độ cao nhất từ 22 – 25 độ C. Từ đêm nay trời rét.", "từ 22 – 25 độ C.");
        // Then the range is still in degrees Celsius
        Assert.Equal(22, q.Value);
        Assert.Equal(25, q.ValueMax);
        Assert.Equal("°C", q.Unit);
    }

    [Theory]
    [InlineData("Đỉnh Fansipan có lúc âm 3 độ C.", "âm 3 độ C", -3)]
    [InlineData("Nhiệt độ xuống khoảng âm 1,5 độ C.", "khoảng âm 1,5 độ C", -1.5)]
    public void Recognize_AmBeforeATemperature_IsMinus(string text, string span, double value)
    {
        // Given "âm" (minus) before a temperature
        Quantity q = QuantityWithText(text, span);
        // Then a negative temperature
        Assert.Equal(value, q.Value, 9);
        Assert.Equal("°C", q.Unit);
    }

    [Fact]
    public void Recognize_AmBeforeOtherAmounts_LeavesThemPositive()
    {
        // Given "âm" before a percentage (negative growth is said in words; the figure stays as written)
        Quantity q = QuantityWithText("Tăng trưởng âm 2% trong quý.", "2%");
        Assert.Equal(2, q.Value);
    }

}

/// <summary>The forms the second quantity review found on new passages (law, real estate, farming, traffic, statistics).</summary>
public class QuantitySecondReviewTests
{
    [Theory]
    [InlineData("Giá thuê văn phòng là 20 USD/m2/tháng.", "20 USD/m2/tháng", "USD/m2/month")]
    [InlineData("Mức hỗ trợ là 150.000 đồng/người/ngày.", "150.000 đồng/người/ngày", "VND/person/day")]
    [InlineData("Tiền xe buýt 900 USD/học sinh/năm.", "900 USD/học sinh/năm", "USD/person/year")]
    public void Recognize_RateWithTwoDenominators_KeepsBoth(string text, string span, string unit)
    {
        // Given a rate per area or head and per period ("per m2 per month")
        Quantity q = QuantityWithText(text, span);
        // Then both denominators are in the unit
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Nhà tôi trồng 12 sào lúa.", "12 sào", 12, "sao")]
    [InlineData("Năng suất đạt 2,5 tạ/sào.", "2,5 tạ/sào", 2.5, "quintal/sao")]
    public void Recognize_Sao_IsALandMeasure(string text, string span, double value, string unit)
    {
        // Given "sào", the farmer's land measure, alone or as the denominator of a yield
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(value, q.Value, 9);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Có 2 nam công nhân bị thương.", "2 nam công nhân", 2)]
    [InlineData("Đội có 5 nữ vận động viên.", "5 nữ vận động viên", 5)]
    public void Recognize_SexWordBeforeAPersonNoun_CountsPersons(string text, string span, double value)
    {
        // Given "nam"/"nữ" (male/female) between a number and a noun that counts people
        Quantity q = QuantityWithText(text, span);
        // Then the number counts persons
        Assert.Equal(value, q.Value);
        Assert.Equal("person", q.Unit);
    }

    [Fact]
    public void Recognize_SexWordWithoutAPersonNoun_IsNoPersonCount()
    {
        // Given "2 nam 1 nữ" (no noun that counts people after the sex word)
        var (_, qs) = FindQuantities("Nhóm có 2 nam và 1 nữ.");
        // Then the numbers get no person unit
        Assert.All(qs, q => Assert.NotEqual("person", q.Unit));
    }

    [Theory]
    [InlineData("Người vi phạm bị phạt tù từ 2 năm đến cao nhất là 7 năm.", "từ 2 năm đến cao nhất là 7 năm", 2, 7, "year")]
    [InlineData("Mức phạt từ 5 triệu đến tối đa 10 triệu đồng.", "từ 5 triệu đến tối đa 10 triệu đồng", 5000000, 10000000, "VND")]
    public void Recognize_RangeWithACeilingBeforeTheUpperBound_IsOneRange(string text, string span, double low, double high, string unit)
    {
        // Given a range whose upper bound is named as a ceiling ("đến cao nhất là", "đến tối đa")
        Quantity q = QuantityWithText(text, span);
        // Then it is one range
        Assert.Equal(low, q.Value);
        Assert.Equal(high, q.ValueMax);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Giá xăng từ 2.000 đồng/lít-5.000 đồng/lít.", "từ 2.000 đồng/lít-5.000 đồng/lít", 2000, 5000, "VND/L")]
    [InlineData("Vé từ 200 nghìn-2 triệu đồng.", "từ 200 nghìn-2 triệu đồng", 200000, 2000000, "VND")]
    public void Recognize_RangeDashTypedAgainstTheUpperBound_IsOneRange(string text, string span, double low, double high, string unit)
    {
        // Given a range whose dash is typed between the first end's unit or scale word and the second number
        Quantity q = QuantityWithText(text, span);
        Assert.Equal(low, q.Value);
        Assert.Equal(high, q.ValueMax);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Doanh thu đạt1.885 tỷ đồng.", "1.885 tỷ đồng", 1885000000000, "VND")]
    [InlineData("Giá cổ phiếu tăng5% trong phiên.", "5%", 5, "%")]
    [InlineData("Lợi nhuận giảm48%.", "48%", 48, "%")]
    public void Recognize_NumberTypedAgainstTheWordBefore_IsRead(string text, string span, double value, string unit)
    {
        // Given a number typed with no space after a Vietnamese word
        Quantity q = QuantityWithText(text, span);
        // Then the quantity is read as if the space were there
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }
}
