using NewsLens.Core;

namespace NewsLens.Extraction.Quantities;

/// <summary>What kind of thing a quantity's unit measures.</summary>
public enum UnitKind : byte
{
    /// <summary>No unit: a bare count or number ("50 tỷ", "3 trong số 5").</summary>
    None,
    /// <summary>Money: an ISO 4217 code ("USD", "VND", "EUR", …; "BTC" for bitcoin).</summary>
    Currency,
    /// <summary>A percentage ("%") or percentage points ("pp").</summary>
    Percent,
    /// <summary>Length: "km", "m", "cm", "mm", "nmi", "mi", "in", "ft".</summary>
    Length,
    /// <summary>Area: "km2", "m2", "cm2", "ha".</summary>
    Area,
    /// <summary>Volume: "L", "mL", "m3", "bbl", "gal".</summary>
    Volume,
    /// <summary>Mass: "kg", "g", "mg", "t", "tael", "oz".</summary>
    Mass,
    /// <summary>People: "person" (người, quân, binh sĩ, lính, nạn nhân, …) and "household" (hộ).</summary>
    Person,
    /// <summary>A duration: "s", "min", "h", "day", "week", "month", "quarter", "year", "decade", "century".</summary>
    Duration,
    /// <summary>Temperature or angle: "°C", "°F", "°" (độ without a scale).</summary>
    Degree,
    /// <summary>Power, energy and data: "kW", "MW", "GW", "kWh", "MWh", "GWh", "MB", "GB", "TB".</summary>
    Technical,
    /// <summary>A count of something named by the unit: "case" (ca mắc), "dose" (liều), "times" (lần), "point" (điểm), "age" (tuổi), "share", "richter".</summary>
    Count,
    /// <summary>A rate, "A/B" from two units ("km/h", "USD/bbl", "VND/kg"); the kind of A is not kept.</summary>
    Rate,
}

/// <summary>How a quantity's value is qualified.</summary>
public enum QuantityModifier : byte
{
    /// <summary>Exact as written.</summary>
    None,
    /// <summary>About: khoảng, chừng, khoảng chừng, cỡ, tầm, xấp xỉ, ước, ước tính, ước khoảng, trên dưới.</summary>
    About,
    /// <summary>More than: hơn, trên.</summary>
    MoreThan,
    /// <summary>Less than: dưới, chưa đến, chưa tới, chưa đầy, không đến, không tới.</summary>
    LessThan,
    /// <summary>Nearly (just under): gần, ngót.</summary>
    Nearly,
    /// <summary>At least: ít nhất, tối thiểu, không dưới, … trở lên.</summary>
    AtLeast,
    /// <summary>At most: tối đa, không quá, … trở xuống.</summary>
    AtMost,
    /// <summary>
    /// An order of magnitude or a vague count: "hàng nghìn" (thousands of: value 1000), "hàng chục", "hàng trăm";
    /// "vài" and "mấy" (a few: the range 2–9 times the scale that follows).
    /// </summary>
    Several,
}

/// <summary>
/// One quantity found in a document: a number with its unit, possibly a range or an approximation.
/// </summary>
/// <param name="Span">Its span in the original text (<see cref="Document.Text"/>), from the first word of a modifier
/// ("hơn", "từ") or a currency sign to the last unit syllable; <c>document.Slice(Span)</c> is its text.</param>
/// <param name="FirstToken">Index of its first token in the token layer.</param>
/// <param name="TokenCount">Number of tokens it covers (at least 1).</param>
/// <param name="Value">The value in the unit (not scaled to a base unit): "2,5 triệu USD" is 2,500,000 with unit
/// "USD", "3 km" is 3 with unit "km", "2,5%" is 2.5 with unit "%". For a range, the lower bound. Always finite.</param>
/// <param name="ValueMax">For a range ("3-5 km", "từ 3 đến 5 triệu", "vài trăm"), the upper bound (greater than
/// <paramref name="Value"/>); null for a single value.</param>
/// <param name="Unit">The canonical unit code (see the README's unit table: "km", "km2", "%", "person", "USD",
/// "VND", "EUR", "km/h", …), or null for a bare number.</param>
/// <param name="Kind">What the unit measures.</param>
/// <param name="Modifier">How the value is qualified ("hơn" = <see cref="QuantityModifier.MoreThan"/>).</param>
public readonly record struct Quantity(
    TextSpan Span,
    int FirstToken,
    int TokenCount,
    double Value,
    double? ValueMax,
    string? Unit,
    UnitKind Kind,
    QuantityModifier Modifier)
{
    /// <summary>Start offset in the original text.</summary>
    public int Start => Span.Start;

    /// <summary>End offset (exclusive) in the original text.</summary>
    public int End => Span.End;

    /// <summary>One past the index of its last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>True when the value is not exact: any <see cref="Modifier"/> other than <see cref="QuantityModifier.None"/>.</summary>
    public bool Approximate => Modifier != QuantityModifier.None;

    /// <summary>True for a range (<see cref="ValueMax"/> is set).</summary>
    public bool IsRange => ValueMax.HasValue;

    /// <summary>True when the unit is a currency.</summary>
    public bool IsMoney => Kind == UnitKind.Currency;
}
