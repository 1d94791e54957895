using NewsLens.Core;
using NewsLens.Extraction.Lexicon;

namespace NewsLens.Extraction.Numbers;

/// <summary>A number found at a token: digits, words, or both ("2,5 triệu", "hai mươi mốt", "1 tỷ 200 triệu").</summary>
internal struct NumberExpr
{
    /// <summary>One past its last token.</summary>
    public int End;
    /// <summary>Its value; the lower bound of a range.</summary>
    public double Value;
    /// <summary>The upper bound of "3-5" (one token) or of "vài trăm" (200–900), else NaN.</summary>
    public double Max;
    /// <summary>The product of the scale words applied to the leading group ("5 triệu": 1e6), 1 when none.</summary>
    public double LeadScale;
    /// <summary>True when a scale word (nghìn, triệu, tỷ, …; chục and trăm after digits) was applied.</summary>
    public bool HasScale;
    /// <summary>True when the number is spelled in words ("ba mươi").</summary>
    public bool IsWords;
    /// <summary>"nửa", "một nửa".</summary>
    public bool Half;
    /// <summary>"vài", "mấy", "hàng …": a vague count.</summary>
    public bool Several;
    /// <summary>True for digits with an attached unit ("15kg", "2,5%").</summary>
    public bool HasAttachedUnit;
    /// <summary>The attached unit.</summary>
    public UnitInfo AttachedUnit;
    /// <summary>Digits only, without separators, sign or range ("2024").</summary>
    public bool Plain;
    /// <summary>Digits before the first separator.</summary>
    public int IntegerDigits;
    /// <summary>Two or more integer digits starting with 0 ("0912").</summary>
    public bool LeadingZero;

    public readonly bool IsRange => !double.IsNaN(Max);
}

/// <summary>
/// The Vietnamese number grammar over tokens. Numbers are read the way they are spoken and written:
/// digit words with "mươi" (tens), "mười" (ten), "trăm" (hundreds), "linh"/"lẻ" (a zero tens digit), the units
/// variants "mốt" (1), "tư" (4), "lăm"/"nhăm" (5) after tens; scale words nghìn/ngàn (1e3), vạn (1e4), triệu (1e6),
/// tỷ/tỉ (1e9), which chain ("nghìn tỷ" = 1e12) and add up in falling order ("1 tỷ 200 triệu"); "rưỡi" (and a half
/// of the scale before it); "phẩy" (the spoken decimal point); "nửa"/"một nửa" (0.5); "vài"/"mấy" (2–9) and "hàng"
/// (an order of magnitude) before a scale.
/// </summary>
internal static class NumberParser
{
    /// <summary>Reads a number starting at token <paramref name="i"/>.</summary>
    public static bool TryParse(in TokenView t, int i, NumberStyle style, out NumberExpr e)
    {
        e = default;
        e.Max = double.NaN;
        e.LeadScale = 1;
        int j;
        bool smallScales;
        if (t.Kind(i) == TokenKind.Number)
        {
            ReadOnlySpan<char> text = t.Text(i);
            if (!DigitNumber.TryParse(text, style, IsScale(t, i + 1, smallScales: true), out DigitParse d))
                return false;
            // "5-3" in one token is a score, never a range (a range goes up)
            if (!double.IsNaN(d.Max) && d.Max <= d.Value)
                return false;
            e.Value = d.Value;
            e.Max = d.Max;
            e.Plain = d.Plain;
            e.IntegerDigits = d.IntegerDigits;
            e.LeadingZero = d.LeadingZero;
            if (d.SuffixStart < text.Length)
            {
                ushort id = ExtractionLexicon.Classify(text[d.SuffixStart..]);
                if (!Units.TrySingle(id, out UnitInfo unit) || unit.IsBlock || (unit.Flags & UnitFlags.DenominatorOnly) != 0)
                    return false;
                e.HasAttachedUnit = true;
                e.AttachedUnit = unit;
                e.End = i + 1;
                return true;
            }
            j = i + 1;
            smallScales = true;
        }
        else if (t.HasRole(i, NumberRole.Several))
        {
            e.Several = true;
            e.Value = 2;
            e.Max = 9;
            j = i + 1;
            smallScales = true;
        }
        else if (t.HasRole(i, NumberRole.Hang))
        {
            if (!IsScale(t, i + 1, smallScales: true))
                return false;
            e.Several = true;
            e.Value = 1;
            j = i + 1;
            smallScales = true;
        }
        else if (t.HasRole(i, NumberRole.Nua) || (t.Is(i, Words.Mot) && t.HasRole(i + 1, NumberRole.Nua)))
        {
            e.Half = true;
            e.Value = 0.5;
            j = t.HasRole(i, NumberRole.Nua) ? i + 1 : i + 2;
            smallScales = false;
        }
        else if (t.HasRole(i, NumberRole.Chuc | NumberRole.Tram))
        {
            // "hơn chục người", "gần trăm hộ", "cả trăm triệu": ten or a hundred without a digit before it.
            e.IsWords = true;
            e.Value = t.Entry(i).Scale;
            j = i + 1;
            if (t.HasRole(j, NumberRole.Ruoi))
            {
                e.Value *= 1.5;
                j++;
            }
            smallScales = false;
        }
        else
        {
            if (!TryParseSmall(t, i, continuation: false, out double small, out j, out bool structural))
                return false;
            // "mười mấy người" (11–19), "hai mươi mấy năm" (21–29): tens and an unknown units digit.
            if (structural && small is >= 10 and <= 90 && small % 10 == 0 && t.HasRole(j, NumberRole.Several) &&
                !t.HasRole(j - 1, NumberRole.Chuc))
            {
                e.IsWords = true;
                e.Several = true;
                e.Value = small + 1;
                e.Max = small + 9;
                j++;
                ApplyScales(t, ref j, smallScales: false, style, ref e);
                e.End = j;
                return true;
            }
            // A digit word right before digits is a date or label word ("năm 2024"), never a number.
            if (t.Kind(j) is TokenKind.Number or TokenKind.Date or TokenKind.Time)
                return false;
            if (t.HasRole(j, NumberRole.Phay) && TryDecimals(t, j + 1, out double fraction, out int k))
            {
                small += fraction;
                j = k;
            }
            e.IsWords = true;
            e.Value = small;
            smallScales = false;
        }
        ApplyScales(t, ref j, smallScales, style, ref e);
        e.End = j;
        if (e.Several && !e.HasScale && !e.IsRange)
            return false;
        return double.IsFinite(e.Value) && (!e.IsRange || double.IsFinite(e.Max));
    }

    /// <summary>
    /// Reads a group below a thousand spelled in words. In a continuation group (after a scale word) "linh"/"lẻ" and
    /// "không trăm" may start it ("một nghìn không trăm linh năm" = 1005). The group is structural when it has
    /// "trăm", "mươi", "mười", "chục" or "linh": a number by its form, not only a digit word that could be something
    /// else ("năm" is five or year).
    /// </summary>
    public static bool TryParseSmall(in TokenView t, int i, bool continuation, out double value, out int end, out bool structural)
    {
        value = 0;
        end = i;
        structural = false;
        ref readonly LexEntry entry = ref t.Entry(i);
        if (entry.Has(NumberRole.Linh))
        {
            if (!continuation || !t.HasRole(i + 1, NumberRole.LinhUnit))
                return false;
            value = t.Entry(i + 1).Digit;
            end = i + 2;
            structural = true;
            return true;
        }
        if (entry.Has(NumberRole.Muoi10))
        {
            value = 10;
            end = i + 1;
            structural = true;
            if (t.HasRole(end, NumberRole.TeenUnit))
                value += t.Entry(end++).Digit;
            return true;
        }
        if (!entry.Has(NumberRole.Digit))
            return false;
        int d = entry.Digit;
        if (t.HasRole(i + 1, NumberRole.Tram))
        {
            if (d == 0 && !continuation)
                return false;
            value = d * 100;
            end = i + 2;
            structural = true;
            if (t.HasRole(end, NumberRole.Linh) && t.HasRole(end + 1, NumberRole.LinhUnit))
            {
                value += t.Entry(end + 1).Digit;
                end += 2;
            }
            else if (t.HasRole(end, NumberRole.Muoi10))
            {
                value += 10;
                end++;
                if (t.HasRole(end, NumberRole.TeenUnit))
                    value += t.Entry(end++).Digit;
            }
            else if (t.HasRole(end, NumberRole.Digit) && t.Entry(end).Digit >= 2 && t.HasRole(end + 1, NumberRole.Muoi))
            {
                value += t.Entry(end).Digit * 10;
                end += 2;
                if (t.HasRole(end, NumberRole.TensUnit))
                    value += t.Entry(end++).Digit;
            }
            else if (t.HasRole(end, NumberRole.Ruoi))
            {
                value += 50;
                end++;
            }
            return true;
        }
        if (d == 0)
            return false;
        if (d >= 2 && t.HasRole(i + 1, NumberRole.Muoi))
        {
            value = d * 10;
            end = i + 2;
            structural = true;
            if (t.HasRole(end, NumberRole.TensUnit))
                value += t.Entry(end++).Digit;
            return true;
        }
        if (t.HasRole(i + 1, NumberRole.Chuc))
        {
            value = d * 10;
            end = i + 2;
            structural = true;
            return true;
        }
        value = d;
        end = i + 1;
        return true;
    }

    /// <summary>True when token <paramref name="j"/> is a scale word (with <paramref name="smallScales"/>, also "chục" and "trăm").</summary>
    public static bool IsScale(in TokenView t, int j, bool smallScales)
    {
        ref readonly LexEntry entry = ref t.Entry(j);
        return entry.Has(NumberRole.Scale) || (smallScales && entry.Has(NumberRole.Chuc | NumberRole.Tram));
    }

    private static void ApplyScales(in TokenView t, ref int j, bool smallScales, NumberStyle style, ref NumberExpr e)
    {
        bool range = e.IsRange;
        double result = 0;
        double current = e.Value;
        double last = double.PositiveInfinity;
        double lead = 1;
        bool leading = true;
        while (true)
        {
            if (IsScale(t, j, smallScales))
            {
                double s = t.Entry(j).Scale;
                j++;
                e.HasScale = true;
                smallScales = false;
                if (range)
                {
                    e.Value *= s;
                    e.Max *= s;
                    lead *= s;
                    continue;
                }
                if (result == 0 || result < s)
                    result = (result + current) * s;
                else
                    result += current * s;
                if (leading)
                    lead *= s;
                current = 0;
                last = s;
                if (t.HasRole(j, NumberRole.Ruoi))
                {
                    result += s / 2;
                    j++;
                }
                continue;
            }
            if (!e.HasScale || range)
                break;
            leading = false;
            // After a scale, another group joins only when a smaller scale follows it ("1 tỷ 200 triệu") or when its
            // form makes it a number ("một nghìn không trăm linh năm"); "một nghìn năm" stays a thousand years.
            if (t.Kind(j) == TokenKind.Number)
            {
                if (IsScale(t, j + 1, smallScales: false) && t.Entry(j + 1).Scale < last &&
                    DigitNumber.TryParse(t.Text(j), style, scaleFollows: true, out DigitParse d) &&
                    d.SuffixStart == t.Text(j).Length && double.IsNaN(d.Max) && d.Value >= 0)
                {
                    current = d.Value;
                    j++;
                    continue;
                }
                break;
            }
            if (TryParseSmall(t, j, continuation: true, out double group, out int k, out bool structural))
            {
                bool scaleNext = IsScale(t, k, smallScales: false) && t.Entry(k).Scale < last;
                if (scaleNext || structural)
                {
                    current = group;
                    j = k;
                    if (scaleNext)
                        continue;
                }
            }
            break;
        }
        if (!range)
            e.Value = result + current;
        e.LeadScale = lead;
    }

    private static bool TryDecimals(in TokenView t, int j, out double fraction, out int end)
    {
        fraction = 0;
        double scale = 1;
        end = j;
        while (t.HasRole(end, NumberRole.Digit) && end - j < 6)
        {
            scale /= 10;
            fraction += t.Entry(end).Digit * scale;
            end++;
        }
        return end > j;
    }
}
