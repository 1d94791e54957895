using NewsLens.Extraction.Quantities;

namespace NewsLens.Extraction.Lexicon;

/// <summary>How a unit phrase may be used.</summary>
[Flags]
internal enum UnitFlags : byte
{
    None = 0,
    /// <summary>Only after a slash, as the denominator of a rate ("USD/thùng", "đồng/cổ phiếu").</summary>
    DenominatorOnly = 1,
    /// <summary>A currency sign that may also stand before the number ("$5", "€3", "US$ 2").</summary>
    Prefix = 2,
    /// <summary>Only right after a scale word: "14 triệu bảng" is pounds, "3 bảng" is three boards.</summary>
    AfterScaleOnly = 4,
    /// <summary>A hundredth of the coded currency: "21 cent" is 0.21 USD.</summary>
    Hundredth = 8,
}

/// <summary>A unit phrase's meaning; a null <see cref="Code"/> blocks a shorter phrase ("đồng chí" is not VND).</summary>
internal readonly record struct UnitInfo(string? Code, UnitKind Kind, UnitFlags Flags)
{
    public bool IsBlock => Code is null;
}

/// <summary>
/// The unit and currency phrases, written as space-separated syllables (a hyphen in the text between syllables is
/// allowed: "ki-lô-mét"). Matching is case-insensitive, longest phrase first. The README's unit table lists the codes.
/// </summary>
internal static class UnitData
{
    public static readonly (string Phrase, string? Code, UnitKind Kind, UnitFlags Flags)[] Entries =
    [
        // ---- currencies (ISO 4217) ----
        ("usd", "USD", UnitKind.Currency, UnitFlags.None),
        ("đô la mỹ", "USD", UnitKind.Currency, UnitFlags.None),
        ("đô la", "USD", UnitKind.Currency, UnitFlags.None),
        ("đôla", "USD", UnitKind.Currency, UnitFlags.None),
        ("đô", "USD", UnitKind.Currency, UnitFlags.None),
        ("đồng usd", "USD", UnitKind.Currency, UnitFlags.None),
        ("đô mỹ", "USD", UnitKind.Currency, UnitFlags.None),
        ("mỹ kim", "USD", UnitKind.Currency, UnitFlags.None),
        ("$", "USD", UnitKind.Currency, UnitFlags.Prefix),
        ("us $", "USD", UnitKind.Currency, UnitFlags.Prefix),
        ("đôla mỹ", "USD", UnitKind.Currency, UnitFlags.None),
        ("đô la úc", "AUD", UnitKind.Currency, UnitFlags.None),
        ("đôla úc", "AUD", UnitKind.Currency, UnitFlags.None),
        ("đôla canada", "CAD", UnitKind.Currency, UnitFlags.None),
        ("đôla singapore", "SGD", UnitKind.Currency, UnitFlags.None),
        ("đôla hồng kông", "HKD", UnitKind.Currency, UnitFlags.None),
        ("đôla đài loan", "TWD", UnitKind.Currency, UnitFlags.None),
        ("rupiah", "IDR", UnitKind.Currency, UnitFlags.None),
        ("idr", "IDR", UnitKind.Currency, UnitFlags.None),
        ("kíp", "LAK", UnitKind.Currency, UnitFlags.None),
        ("lak", "LAK", UnitKind.Currency, UnitFlags.None),
        ("aud", "AUD", UnitKind.Currency, UnitFlags.None),
        ("đô la canada", "CAD", UnitKind.Currency, UnitFlags.None),
        ("cad", "CAD", UnitKind.Currency, UnitFlags.None),
        ("đô la singapore", "SGD", UnitKind.Currency, UnitFlags.None),
        ("sgd", "SGD", UnitKind.Currency, UnitFlags.None),
        ("đô la hồng kông", "HKD", UnitKind.Currency, UnitFlags.None),
        ("hkd", "HKD", UnitKind.Currency, UnitFlags.None),
        ("đô la đài loan", "TWD", UnitKind.Currency, UnitFlags.None),
        ("đài tệ", "TWD", UnitKind.Currency, UnitFlags.None),
        ("twd", "TWD", UnitKind.Currency, UnitFlags.None),
        ("đồng", "VND", UnitKind.Currency, UnitFlags.None),
        ("việt nam đồng", "VND", UnitKind.Currency, UnitFlags.None),
        ("vnd", "VND", UnitKind.Currency, UnitFlags.None),
        ("vnđ", "VND", UnitKind.Currency, UnitFlags.None),
        ("đ", "VND", UnitKind.Currency, UnitFlags.None),
        ("euro", "EUR", UnitKind.Currency, UnitFlags.None),
        ("cent", "USD", UnitKind.Currency, UnitFlags.Hundredth),
        ("euros", "EUR", UnitKind.Currency, UnitFlags.None),
        ("đồng euro", "EUR", UnitKind.Currency, UnitFlags.None),
        ("eur", "EUR", UnitKind.Currency, UnitFlags.None),
        ("€", "EUR", UnitKind.Currency, UnitFlags.Prefix),
        ("bảng anh", "GBP", UnitKind.Currency, UnitFlags.None),
        ("bảng", "GBP", UnitKind.Currency, UnitFlags.AfterScaleOnly),
        ("đồng bảng anh", "GBP", UnitKind.Currency, UnitFlags.None),
        ("gbp", "GBP", UnitKind.Currency, UnitFlags.None),
        ("£", "GBP", UnitKind.Currency, UnitFlags.Prefix),
        ("nhân dân tệ", "CNY", UnitKind.Currency, UnitFlags.None),
        ("đồng nhân dân tệ", "CNY", UnitKind.Currency, UnitFlags.None),
        ("tệ", "CNY", UnitKind.Currency, UnitFlags.None),
        ("cny", "CNY", UnitKind.Currency, UnitFlags.None),
        ("ndt", "CNY", UnitKind.Currency, UnitFlags.None),
        ("rmb", "CNY", UnitKind.Currency, UnitFlags.None),
        ("yen", "JPY", UnitKind.Currency, UnitFlags.None),
        ("yên", "JPY", UnitKind.Currency, UnitFlags.None),
        ("yên nhật", "JPY", UnitKind.Currency, UnitFlags.None),
        ("đồng yên", "JPY", UnitKind.Currency, UnitFlags.None),
        ("jpy", "JPY", UnitKind.Currency, UnitFlags.None),
        ("¥", "JPY", UnitKind.Currency, UnitFlags.Prefix),
        ("rúp", "RUB", UnitKind.Currency, UnitFlags.None),
        ("rouble", "RUB", UnitKind.Currency, UnitFlags.None),
        ("ruble", "RUB", UnitKind.Currency, UnitFlags.None),
        ("rup", "RUB", UnitKind.Currency, UnitFlags.None),
        ("rúp nga", "RUB", UnitKind.Currency, UnitFlags.None),
        ("đồng rúp", "RUB", UnitKind.Currency, UnitFlags.None),
        ("rub", "RUB", UnitKind.Currency, UnitFlags.None),
        ("won", "KRW", UnitKind.Currency, UnitFlags.None),
        ("won hàn quốc", "KRW", UnitKind.Currency, UnitFlags.None),
        ("krw", "KRW", UnitKind.Currency, UnitFlags.None),
        ("baht", "THB", UnitKind.Currency, UnitFlags.None),
        ("bạt", "THB", UnitKind.Currency, UnitFlags.None),
        ("thb", "THB", UnitKind.Currency, UnitFlags.None),
        ("rupee", "INR", UnitKind.Currency, UnitFlags.None),
        ("inr", "INR", UnitKind.Currency, UnitFlags.None),
        ("franc thụy sĩ", "CHF", UnitKind.Currency, UnitFlags.None),
        ("chf", "CHF", UnitKind.Currency, UnitFlags.None),
        ("riel", "KHR", UnitKind.Currency, UnitFlags.None),
        ("ringgit", "MYR", UnitKind.Currency, UnitFlags.None),
        ("bitcoin", "BTC", UnitKind.Currency, UnitFlags.None),
        ("btc", "BTC", UnitKind.Currency, UnitFlags.None),
        // "đồng", "đô", "quân", "độ" start many words that are not units after a number.
        ("đồng chí", null, UnitKind.None, UnitFlags.None),
        ("đồng nghiệp", null, UnitKind.None, UnitFlags.None),
        ("đồng bào", null, UnitKind.None, UnitFlags.None),
        ("đồng hương", null, UnitKind.None, UnitFlags.None),
        ("đồng minh", null, UnitKind.None, UnitFlags.None),
        ("đồng đội", null, UnitKind.None, UnitFlags.None),
        ("đồng ý", null, UnitKind.None, UnitFlags.None),
        ("đồng thời", null, UnitKind.None, UnitFlags.None),
        ("đồng hồ", null, UnitKind.None, UnitFlags.None),
        ("đồng ruộng", null, UnitKind.None, UnitFlags.None),
        ("đồng bằng", null, UnitKind.None, UnitFlags.None),
        ("đồng loạt", null, UnitKind.None, UnitFlags.None),
        ("đồng phạm", null, UnitKind.None, UnitFlags.None),
        ("đồng sở hữu", null, UnitKind.None, UnitFlags.None),
        ("đồng tác giả", null, UnitKind.None, UnitFlags.None),
        ("đồng chủ tịch", null, UnitKind.None, UnitFlags.None),
        ("đồng hành", null, UnitKind.None, UnitFlags.None),
        ("đồng tiền", null, UnitKind.None, UnitFlags.None),
        ("đồng xu", null, UnitKind.None, UnitFlags.None),
        ("đồng vị", null, UnitKind.None, UnitFlags.None),
        ("đồng phục", null, UnitKind.None, UnitFlags.None),
        ("đồng tính", null, UnitKind.None, UnitFlags.None),
        ("đồng cỏ", null, UnitKind.None, UnitFlags.None),
        ("đồng bộ", null, UnitKind.None, UnitFlags.None),
        ("đồng nhất", null, UnitKind.None, UnitFlags.None),
        ("đồng cảm", null, UnitKind.None, UnitFlags.None),
        ("đồng môn", null, UnitKind.None, UnitFlags.None),
        ("đồng lòng", null, UnitKind.None, UnitFlags.None),
        ("đồng thuận", null, UnitKind.None, UnitFlags.None),
        ("đồng sáng lập", null, UnitKind.None, UnitFlags.None),
        ("đô thị", null, UnitKind.None, UnitFlags.None),
        ("đô đốc", null, UnitKind.None, UnitFlags.None),
        ("đô vật", null, UnitKind.None, UnitFlags.None),
        ("quân đội", null, UnitKind.None, UnitFlags.None),
        ("quân đoàn", null, UnitKind.None, UnitFlags.None),
        ("quân khu", null, UnitKind.None, UnitFlags.None),
        ("quân sự", null, UnitKind.None, UnitFlags.None),
        ("quân chủng", null, UnitKind.None, UnitFlags.None),
        ("quân cờ", null, UnitKind.None, UnitFlags.None),
        ("quân bài", null, UnitKind.None, UnitFlags.None),
        ("độ tuổi", null, UnitKind.None, UnitFlags.None),
        ("độ cao", null, UnitKind.None, UnitFlags.None),
        ("độ dài", null, UnitKind.None, UnitFlags.None),
        ("độ sâu", null, UnitKind.None, UnitFlags.None),
        ("độ ẩm", null, UnitKind.None, UnitFlags.None),
        ("giờ sáng", null, UnitKind.None, UnitFlags.None),
        ("giờ trưa", null, UnitKind.None, UnitFlags.None),
        ("giờ chiều", null, UnitKind.None, UnitFlags.None),
        ("giờ tối", null, UnitKind.None, UnitFlags.None),
        ("giờ đêm", null, UnitKind.None, UnitFlags.None),
        ("tiếng anh", null, UnitKind.None, UnitFlags.None),
        ("ca khúc", null, UnitKind.None, UnitFlags.None),
        ("hộ chiếu", null, UnitKind.None, UnitFlags.None),
        ("hộ khẩu", null, UnitKind.None, UnitFlags.None),
        ("hộ tịch", null, UnitKind.None, UnitFlags.None),
        ("hộ lý", null, UnitKind.None, UnitFlags.None),

        // ---- percentages ----
        ("%", "%", UnitKind.Percent, UnitFlags.None),
        ("phần trăm", "%", UnitKind.Percent, UnitFlags.None),
        ("điểm phần trăm", "pp", UnitKind.Percent, UnitFlags.None),
        ("điểm %", "pp", UnitKind.Percent, UnitFlags.None),

        // ---- length ----
        ("km", "km", UnitKind.Length, UnitFlags.None),
        ("ki lô mét", "km", UnitKind.Length, UnitFlags.None),
        ("kilômét", "km", UnitKind.Length, UnitFlags.None),
        ("kilomet", "km", UnitKind.Length, UnitFlags.None),
        ("kilometer", "km", UnitKind.Length, UnitFlags.None),
        ("cây số", "km", UnitKind.Length, UnitFlags.None),
        ("m", "m", UnitKind.Length, UnitFlags.None),
        ("mét", "m", UnitKind.Length, UnitFlags.None),
        ("cm", "cm", UnitKind.Length, UnitFlags.None),
        ("xăng ti mét", "cm", UnitKind.Length, UnitFlags.None),
        ("xen ti mét", "cm", UnitKind.Length, UnitFlags.None),
        ("centimet", "cm", UnitKind.Length, UnitFlags.None),
        ("mm", "mm", UnitKind.Length, UnitFlags.None),
        ("mi li mét", "mm", UnitKind.Length, UnitFlags.None),
        ("milimet", "mm", UnitKind.Length, UnitFlags.None),
        ("hải lý", "nmi", UnitKind.Length, UnitFlags.None),
        ("dặm", "mi", UnitKind.Length, UnitFlags.None),
        ("inch", "in", UnitKind.Length, UnitFlags.None),
        ("inches", "in", UnitKind.Length, UnitFlags.None),
        ("feet", "ft", UnitKind.Length, UnitFlags.None),
        ("ft", "ft", UnitKind.Length, UnitFlags.None),

        // ---- area ----
        ("km2", "km2", UnitKind.Area, UnitFlags.None),
        ("km²", "km2", UnitKind.Area, UnitFlags.None),
        ("km vuông", "km2", UnitKind.Area, UnitFlags.None),
        ("ki lô mét vuông", "km2", UnitKind.Area, UnitFlags.None),
        ("kilômét vuông", "km2", UnitKind.Area, UnitFlags.None),
        ("cây số vuông", "km2", UnitKind.Area, UnitFlags.None),
        ("m2", "m2", UnitKind.Area, UnitFlags.None),
        ("m²", "m2", UnitKind.Area, UnitFlags.None),
        ("mét vuông", "m2", UnitKind.Area, UnitFlags.None),
        ("cm2", "cm2", UnitKind.Area, UnitFlags.None),
        ("ha", "ha", UnitKind.Area, UnitFlags.None),
        // the farmer's land measure (360 m2 in the North, 500 m2 in the Centre): a unit of its own, not converted
        ("sào", "sao", UnitKind.Area, UnitFlags.None),
        ("hecta", "ha", UnitKind.Area, UnitFlags.None),
        ("héc ta", "ha", UnitKind.Area, UnitFlags.None),
        ("hec ta", "ha", UnitKind.Area, UnitFlags.None),
        ("hécta", "ha", UnitKind.Area, UnitFlags.None),

        // ---- volume ----
        ("lít", "L", UnitKind.Volume, UnitFlags.None),
        ("lit", "L", UnitKind.Volume, UnitFlags.None),
        ("l", "L", UnitKind.Volume, UnitFlags.None),
        ("ml", "mL", UnitKind.Volume, UnitFlags.None),
        ("mi li lít", "mL", UnitKind.Volume, UnitFlags.None),
        ("m3", "m3", UnitKind.Volume, UnitFlags.None),
        ("m³", "m3", UnitKind.Volume, UnitFlags.None),
        ("mét khối", "m3", UnitKind.Volume, UnitFlags.None),
        ("thùng dầu", "bbl", UnitKind.Volume, UnitFlags.None),
        ("thùng", "bbl", UnitKind.Volume, UnitFlags.DenominatorOnly),
        ("gallon", "gal", UnitKind.Volume, UnitFlags.None),

        // ---- mass ----
        ("kg", "kg", UnitKind.Mass, UnitFlags.None),
        ("ki lô gam", "kg", UnitKind.Mass, UnitFlags.None),
        ("kilôgam", "kg", UnitKind.Mass, UnitFlags.None),
        ("kilogam", "kg", UnitKind.Mass, UnitFlags.None),
        ("ký", "kg", UnitKind.Mass, UnitFlags.None),
        ("g", "g", UnitKind.Mass, UnitFlags.None),
        ("gam", "g", UnitKind.Mass, UnitFlags.None),
        ("gram", "g", UnitKind.Mass, UnitFlags.None),
        ("mg", "mg", UnitKind.Mass, UnitFlags.None),
        ("mi li gam", "mg", UnitKind.Mass, UnitFlags.None),
        ("tấn", "t", UnitKind.Mass, UnitFlags.None),
        // a quintal, 100 kg ("năng suất 60 tạ/ha")
        ("tạ", "quintal", UnitKind.Mass, UnitFlags.None),
        ("lượng", "tael", UnitKind.Mass, UnitFlags.None),
        ("lượng vàng", "tael", UnitKind.Mass, UnitFlags.None),
        ("cây vàng", "tael", UnitKind.Mass, UnitFlags.None),
        // a tenth of a tael of gold: "2 chỉ vàng", "3,5 triệu đồng/chỉ" ("chỉ" alone is "only")
        ("chỉ vàng", "mace", UnitKind.Mass, UnitFlags.None),
        ("chỉ", "mace", UnitKind.Mass, UnitFlags.DenominatorOnly),
        ("ounce", "oz", UnitKind.Mass, UnitFlags.None),
        // the pound of commodity prices, only as a denominator ("1,45 USD/lb", "126 cent/lb")
        ("lb", "lb", UnitKind.Mass, UnitFlags.DenominatorOnly),
        ("oz", "oz", UnitKind.Mass, UnitFlags.None),

        // ---- people ----
        ("người", "person", UnitKind.Person, UnitFlags.None),
        ("người dân", "person", UnitKind.Person, UnitFlags.None),
        // "100.000 dân" (per head of population); the nouns that begin with "dân" are blocked
        ("dân", "person", UnitKind.Person, UnitFlags.None),
        ("dân số", null, UnitKind.None, UnitFlags.None),
        ("dân tộc", null, UnitKind.None, UnitFlags.None),
        ("dân sự", null, UnitKind.None, UnitFlags.None),
        ("dân chủ", null, UnitKind.None, UnitFlags.None),
        ("dân sinh", null, UnitKind.None, UnitFlags.None),
        ("dân dụng", null, UnitKind.None, UnitFlags.None),
        ("dân gian", null, UnitKind.None, UnitFlags.None),
        ("dân trí", null, UnitKind.None, UnitFlags.None),
        ("dân cư", "person", UnitKind.Person, UnitFlags.None),
        ("nhân khẩu", "person", UnitKind.Person, UnitFlags.None),
        ("vận động viên", "person", UnitKind.Person, UnitFlags.None),
        ("chuyên gia", "person", UnitKind.Person, UnitFlags.None),
        ("vđv", "person", UnitKind.Person, UnitFlags.None),
        ("người lao động", "person", UnitKind.Person, UnitFlags.None),
        ("quân", "person", UnitKind.Person, UnitFlags.None),
        ("quân nhân", "person", UnitKind.Person, UnitFlags.None),
        ("binh sĩ", "person", UnitKind.Person, UnitFlags.None),
        ("binh lính", "person", UnitKind.Person, UnitFlags.None),
        ("lính", "person", UnitKind.Person, UnitFlags.None),
        ("chiến binh", "person", UnitKind.Person, UnitFlags.None),
        ("chiến sĩ", "person", UnitKind.Person, UnitFlags.None),
        ("tay súng", "person", UnitKind.Person, UnitFlags.None),
        ("phiến quân", "person", UnitKind.Person, UnitFlags.None),
        ("nạn nhân", "person", UnitKind.Person, UnitFlags.None),
        ("bệnh nhân", "person", UnitKind.Person, UnitFlags.None),
        ("học sinh", "person", UnitKind.Person, UnitFlags.None),
        ("sinh viên", "person", UnitKind.Person, UnitFlags.None),
        ("du khách", "person", UnitKind.Person, UnitFlags.None),
        ("hành khách", "person", UnitKind.Person, UnitFlags.None),
        ("công nhân", "person", UnitKind.Person, UnitFlags.None),
        ("cư dân", "person", UnitKind.Person, UnitFlags.None),
        ("công dân", "person", UnitKind.Person, UnitFlags.None),
        ("thí sinh", "person", UnitKind.Person, UnitFlags.None),
        ("cầu thủ", "person", UnitKind.Person, UnitFlags.None),
        ("nhân viên", "person", UnitKind.Person, UnitFlags.None),
        ("lao động", "person", UnitKind.Person, UnitFlags.None),
        ("cán bộ", "person", UnitKind.Person, UnitFlags.None),
        ("trẻ em", "person", UnitKind.Person, UnitFlags.None),
        ("ca sĩ", "person", UnitKind.Person, UnitFlags.None),
        ("hộ", "household", UnitKind.Person, UnitFlags.None),
        ("hộ dân", "household", UnitKind.Person, UnitFlags.None),
        ("hộ gia đình", "household", UnitKind.Person, UnitFlags.None),

        // ---- durations ----
        ("giây", "s", UnitKind.Duration, UnitFlags.None),
        ("phút", "min", UnitKind.Duration, UnitFlags.None),
        ("giờ", "h", UnitKind.Duration, UnitFlags.None),
        ("giờ đồng hồ", "h", UnitKind.Duration, UnitFlags.None),
        ("tiếng", "h", UnitKind.Duration, UnitFlags.None),
        ("tiếng đồng hồ", "h", UnitKind.Duration, UnitFlags.None),
        ("h", "h", UnitKind.Duration, UnitFlags.None),
        ("ngày", "day", UnitKind.Duration, UnitFlags.None),
        ("ngày đêm", "day", UnitKind.Duration, UnitFlags.None),
        ("tuần", "week", UnitKind.Duration, UnitFlags.None),
        ("tháng", "month", UnitKind.Duration, UnitFlags.None),
        ("quý", "quarter", UnitKind.Duration, UnitFlags.None),
        ("năm", "year", UnitKind.Duration, UnitFlags.None),
        ("thập kỷ", "decade", UnitKind.Duration, UnitFlags.None),
        ("thập niên", "decade", UnitKind.Duration, UnitFlags.None),
        ("thế kỷ", "century", UnitKind.Duration, UnitFlags.None),

        // ---- degrees ----
        ("độ c", "°C", UnitKind.Degree, UnitFlags.None),
        ("° c", "°C", UnitKind.Degree, UnitFlags.None),
        ("°c", "°C", UnitKind.Degree, UnitFlags.None),
        ("độ f", "°F", UnitKind.Degree, UnitFlags.None),
        ("° f", "°F", UnitKind.Degree, UnitFlags.None),
        ("độ", "°", UnitKind.Degree, UnitFlags.None),
        ("°", "°", UnitKind.Degree, UnitFlags.None),
        // "35oC", "35 oC": the degree sign typed as the letter o
        ("oc", "°C", UnitKind.Degree, UnitFlags.None),
        // and as the masculine ordinal sign or a superscript zero ("35ºC", "30 ⁰C")
        ("ºc", "°C", UnitKind.Degree, UnitFlags.None),
        ("º c", "°C", UnitKind.Degree, UnitFlags.None),
        ("⁰c", "°C", UnitKind.Degree, UnitFlags.None),
        ("⁰ c", "°C", UnitKind.Degree, UnitFlags.None),

        // ---- power, energy, data ----
        ("kw", "kW", UnitKind.Technical, UnitFlags.None),
        ("mw", "MW", UnitKind.Technical, UnitFlags.None),
        ("gw", "GW", UnitKind.Technical, UnitFlags.None),
        ("kwh", "kWh", UnitKind.Technical, UnitFlags.None),
        ("mwh", "MWh", UnitKind.Technical, UnitFlags.None),
        ("gwh", "GWh", UnitKind.Technical, UnitFlags.None),
        ("mb", "MB", UnitKind.Technical, UnitFlags.None),
        ("gb", "GB", UnitKind.Technical, UnitFlags.None),
        ("tb", "TB", UnitKind.Technical, UnitFlags.None),
        ("w", "W", UnitKind.Technical, UnitFlags.None),
        ("oát", "W", UnitKind.Technical, UnitFlags.None),
        ("mah", "mAh", UnitKind.Technical, UnitFlags.None),
        ("hz", "Hz", UnitKind.Technical, UnitFlags.None),
        ("mhz", "MHz", UnitKind.Technical, UnitFlags.None),
        ("ghz", "GHz", UnitKind.Technical, UnitFlags.None),
        ("mp", "MP", UnitKind.Technical, UnitFlags.None),
        ("megapixel", "MP", UnitKind.Technical, UnitFlags.None),
        ("mã lực", "hp", UnitKind.Technical, UnitFlags.None),
        ("cc", "cm3", UnitKind.Volume, UnitFlags.None),
        ("phân khối", "cm3", UnitKind.Volume, UnitFlags.None),
        ("cm3", "cm3", UnitKind.Volume, UnitFlags.None),
        ("cm³", "cm3", UnitKind.Volume, UnitFlags.None),

        // ---- counts ----
        ("ca", "case", UnitKind.Count, UnitFlags.None),
        ("ca mắc", "case", UnitKind.Count, UnitFlags.None),
        ("ca nhiễm", "case", UnitKind.Count, UnitFlags.None),
        ("ca bệnh", "case", UnitKind.Count, UnitFlags.None),
        ("ca tử vong", "case", UnitKind.Count, UnitFlags.None),
        ("liều", "dose", UnitKind.Count, UnitFlags.None),
        ("liều vắc xin", "dose", UnitKind.Count, UnitFlags.None),
        ("lần", "times", UnitKind.Count, UnitFlags.None),
        ("điểm", "point", UnitKind.Count, UnitFlags.None),
        ("tuổi", "age", UnitKind.Count, UnitFlags.None),
        ("độ richter", "richter", UnitKind.Count, UnitFlags.None),
        ("cổ phiếu", "share", UnitKind.Count, UnitFlags.DenominatorOnly),
        // "m3/s", "m/s": seconds written "s" only as the denominator of a rate ("15s" is not a duration here)
        ("s", "s", UnitKind.Duration, UnitFlags.DenominatorOnly),
        ("cp", "share", UnitKind.Count, UnitFlags.DenominatorOnly),
    ];

    /// <summary>
    /// Other syllables the quantity grammar tests: "tổng" ("trong số 7", "tổng số 12" count, unlike the label "số 7")
    /// nouns written as capital abbreviations that are counted, not names ("15 CLB", "20 DN"); the labels "báo động" and
    /// "bậc" ("báo động 3", "bậc 4"); "vĩ", "kinh" after "độ" (latitude, longitude); "âm" (minus) before a temperature.
    /// </summary>
    public static readonly string[] Words = ["tổng", "clb", "dn", "hlv", "f0", "f1", "f2", "động", "bậc", "vĩ", "kinh", "âm"];

    /// <summary>Abbreviations of counted nouns: a bare number before them is a count ("15 CLB sáng lập", "6 HLV", "34 F1": close contacts).</summary>
    public static readonly string[] CountedAbbreviations = ["clb", "dn", "hlv", "f0", "f1", "f2"];

    /// <summary>Every phrase, for registering its syllables in the lexicon.</summary>
    public static IEnumerable<string> Phrases
    {
        get
        {
            foreach (var entry in Entries)
                yield return entry.Phrase;
        }
    }
}
