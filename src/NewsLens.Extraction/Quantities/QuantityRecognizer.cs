using System.Buffers;
using NewsLens.Core;
using NewsLens.Extraction.Lexicon;
using NewsLens.Extraction.Numbers;

namespace NewsLens.Extraction.Quantities;

/// <summary>
/// Finds quantities and money in a tokenized document, sentence by sentence, left to right, longest match first.
/// </summary>
/// <remarks>
/// <para>A quantity is <c>[modifier] [từ] [currency sign] number [unit] [(-|~|đến|tới) [sign] number [unit]]
/// [/ unit] [rưỡi] [trở lên|trở xuống]</c>, a fraction (<c>number phần number</c>: "một phần ba"; "2/3" after an
/// approximation word or before a partitive noun: "khoảng 2/3", "2/3 số hộ") or a multiple ("gấp đôi", "gấp ba lần"). Numbers follow <see cref="NumberParser"/> (digits with Vietnamese or
/// English separators, number words, scale words); units and modifiers come from the tables in the lexicon.</para>
/// <para>What is not a quantity: a number after a date, time or ordinal word ("thứ 3", "ngày 6", "năm 2024", "lúc 9",
/// "quý 2"); a number followed by "tháng" and a month ("6 tháng 9" is a date); "N giờ" after "lúc"/"vào" or before a
/// part of the day (a clock time); digits joined to another number by "-" or "/" without a unit (scores "2-1", ratios
/// "50/100"); and, for a bare number (no unit and no scale): a number spelled in words ("một", "năm" are too often
/// something else), a year-like integer 1000–2100 written without separators, a number starting with 0 or of seven
/// or more digits without separators (phone numbers, codes), and a number right after a label word ("Điều 5",
/// "quận 1", "lần 2", "top 10", "báo động 3") or after a capitalized word that does not start the sentence ("iPhone 15"),
/// the minute of a match ("Correa (42')").</para>
/// <para>Exceptions found by auditing the numbers of Dân Trí and Baomoi news that nothing covered: "tuổi 77", "năm 18
/// tuổi", "lúc 3 tuổi" are ages; "trong số 7", "tổng số 12" count (unlike "số 7"); a zero-padded two-digit integer
/// before its noun is a count ("07 giải"); a count may stand before a capital abbreviation of a counted noun ("15 CLB");
/// "trên" right after a number means "out of" ("9 trên 12"); "5 -7 triệu" is a range (the hyphen typed against the
/// second number); "200-250.000 đồng" gives the lower bound the thousands of the upper one; a latitude or longitude
/// ("16.260 độ vĩ Bắc") reads a dot before three digits as a decimal point.</para>
/// </remarks>
public static class QuantityRecognizer
{
    /// <summary>Finds the quantities of <paramref name="document"/> (which needs the normalized, tokens and sentences layers).</summary>
    public static Quantity[] Recognize(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        TokenLayer tokens = document.Tokens;
        int n = tokens.Count;
        if (n == 0)
            return [];
        string normalized = document.Get(Layers.Normalized).Text;
        ushort[] ids = ArrayPool<ushort>.Shared.Rent(n);
        var found = new PooledList<Quantity>();
        try
        {
            Span<ushort> idSpan = ids.AsSpan(0, n);
            TokenClassifier.Classify(tokens, normalized, idSpan);
            NumberStyle style = DetectStyle(tokens, normalized);
            ReadOnlySpan<int> starts = tokens.Starts;
            ReadOnlySpan<int> lengths = tokens.Lengths;
            foreach (Sentence sentence in document.Sentences.All)
            {
                var view = new TokenView(tokens, normalized, idSpan, sentence.FirstToken, sentence.TokenCount);
                int i = 0;
                while (i < view.Count)
                {
                    if (CanStart(view, i) && TryMatch(view, i, style, out Match m))
                    {
                        int first = sentence.FirstToken + m.Start;
                        int last = sentence.FirstToken + m.End - 1;
                        var span = TextSpan.FromBounds(starts[first], starts[last] + lengths[last]);
                        found.Add(new Quantity(span, first, m.End - m.Start, m.Value,
                            double.IsNaN(m.Max) ? null : m.Max, m.Unit, m.Kind, m.Modifier));
                        i = m.End;
                    }
                    else
                    {
                        i++;
                    }
                }
            }
            return found.ToArray();
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(ids);
            found.Dispose();
        }
    }

    /// <summary>Syllables a quantity can start with: number words, approximation words, "từ", currency signs.</summary>
    private static readonly bool[] s_starts = BuildStarts();

    private static bool[] BuildStarts()
    {
        var starts = new bool[ExtractionLexicon.Count];
        for (int id = 1; id < starts.Length; id++)
        {
            ushort u = (ushort)id;
            starts[id] = ExtractionLexicon.Entry(u).Has(NumberRole.Digit | NumberRole.Muoi10 | NumberRole.Several | NumberRole.Hang | NumberRole.Nua |
                                                        NumberRole.Chuc | NumberRole.Tram) ||
                         Modifiers.StartsPrefix(u) || Units.StartsSign(u) || u == Words.Tu || u == Words.Gap || u == Words.Am;
        }
        return starts;
    }

    private static readonly UnitInfo s_age = new("age", UnitKind.Count, UnitFlags.None);

    private static bool CanStart(in TokenView t, int i) =>
        t.Kind(i) is TokenKind.Number or TokenKind.Time or TokenKind.Date || s_starts[t.Id(i)];

    /// <summary>English-style when the document has an English-only number form and no Vietnamese-only one (see <see cref="DigitNumber"/>).</summary>
    internal static NumberStyle DetectStyle(TokenLayer tokens, string normalized)
    {
        ReadOnlySpan<TokenKind> kinds = tokens.Kinds;
        ReadOnlySpan<int> starts = tokens.NormalizedStarts;
        ReadOnlySpan<int> lengths = tokens.NormalizedLengths;
        bool english = false;
        for (int i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] != TokenKind.Number)
                continue;
            switch (DigitNumber.Evidence(normalized.AsSpan(starts[i], lengths[i])))
            {
                case SeparatorEvidence.Vietnamese:
                    return NumberStyle.Vietnamese;
                case SeparatorEvidence.English:
                    english = true;
                    break;
            }
        }
        return english ? NumberStyle.English : NumberStyle.Vietnamese;
    }

    private struct Match
    {
        public int Start;
        public int End;
        public double Value;
        public double Max;
        public string? Unit;
        public UnitKind Kind;
        public QuantityModifier Modifier;
    }

    private static bool TryMatch(in TokenView t, int i, NumberStyle style, out Match m)
    {
        m = default;
        int j = i;
        var modifier = QuantityModifier.None;
        int afterModifier = i;
        // "9 trên 12 CLB": "trên" right after a number means "out of", not "more than".
        if (Modifiers.TryPrefix(t, j, out QuantityModifier prefixModifier, out int modifierEnd) &&
            !(t.Is(j, Words.Tren) && t.Kind(j - 1) == TokenKind.Number))
        {
            afterModifier = modifierEnd;
            modifier = prefixModifier;
            j = modifierEnd;
        }
        int from = -1;
        if (t.Is(j, Words.Tu))
        {
            from = j;
            j++;
        }
        if (from < 0 && (TrySlashFraction(t, j, afterModifier > i, out m.Value) || TryMultiple(t, j, style, out m.Value, out j)))
        {
            bool multiple = t.Is(afterModifier, Words.Gap);
            m.Start = i;
            m.End = multiple ? j : afterModifier + 1;
            m.Value = Clean(m.Value);
            m.Max = double.NaN;
            m.Unit = multiple ? "times" : null;
            m.Kind = multiple ? UnitKind.Count : UnitKind.None;
            m.Modifier = modifier;
            return !Words.IsDateOrOrdinalCue(t.Id(i - 1));
        }
        // "âm 3 độ C": minus three degrees (read for temperatures only, below).
        bool minus = from < 0 && t.Is(j, Words.Am) && t.Kind(j + 1) == TokenKind.Number;
        if (minus)
            j++;
        bool hasSign = TryCurrencySign(t, j, out UnitInfo sign, out int afterSign);
        if (hasSign)
            j = afterSign;
        int numberStart = j;
        if (!TryNumber(t, j, style, out NumberExpr a))
            return false;

        // The unit of the first number, if any ("3 km đến 5 km", "3 đến 5 km").
        bool hasUnit = a.HasAttachedUnit;
        UnitInfo unit = a.AttachedUnit;
        int end = a.End;
        bool unitCapitalized = false;
        if (!hasUnit && TryUnit(t, end, out UnitInfo u, out int afterUnit))
        {
            hasUnit = true;
            unit = u;
            // "Đồng" written like a name; a unit code in capitals ("USD", "VND") is not
            unitCapitalized = t.IsCapitalized(end) && HasLower(t.Text(end));
            end = afterUnit;
        }
        // "2 nam công nhân", "3 nữ sinh viên": a sex word before a noun that counts people (not after the word "năm",
        // which is as often the year: "2016 là năm nữ ca sĩ …")
        else if (!hasUnit && (t.Is(end, Words.Male) || t.Is(end, Words.Female)) && !t.Is(numberStart, Words.Year) &&
                 TryUnit(t, end + 1, out u, out afterUnit) && u.Kind == UnitKind.Person)
        {
            hasUnit = true;
            unit = u;
            end = afterUnit;
        }

        // "ở tuổi 77", "tuổi 18-25": a number right after "tuổi" is an age, like "77 tuổi".
        bool unitBefore = false;
        if (!hasUnit && !a.HasScale && !a.IsWords && !a.Several && !a.Half && t.Is(numberStart - 1, Words.Tuoi))
        {
            hasUnit = true;
            unit = s_age;
            unitBefore = true;
        }

        // A fraction in words: "một phần ba", "một phần tư", "hai phần năm", "1 phần 4" ("phần trăm" is a unit,
        // matched above; "tư" is 4 only here and after tens).
        bool fraction = false;
        if (!hasUnit && !a.IsRange && !a.Several && !a.Half && !a.HasScale && a.Value >= 1 && t.Is(end, Words.Phan) &&
            TryDenominator(t, end + 1, style, out double parts, out int afterParts) && a.Value < parts)
        {
            a.Value /= parts;
            end = afterParts;
            fraction = true;
        }

        // A range: "3-5", "3 - 5", "3~5", "3 đến 5", "từ 3 đến 5 triệu".
        bool isRange = a.IsRange && !a.Several;
        bool hyphenated = a.IsRange && !a.Several;
        // A rate on the first end of a range: "từ 1.000 đồng/lít-4.000 đồng/lít"; the other end must have the same one.
        bool hasRateA = false;
        UnitInfo denominatorA = default;
        if (hasUnit && !a.IsRange && IsRate(t, end, out denominatorA, out int afterRateA))
        {
            hasRateA = true;
            end = afterRateA;
        }

        // "từ 12 ghế đến 30 ghế": with "từ" before it, a counted noun outside the unit table may stand after both ends;
        // the range then has no unit.
        int sep = end;
        int countedNoun = -1;
        if (from >= 0 && !hasUnit && !a.IsRange && t.Kind(end) == TokenKind.Word && !t.IsCapitalized(end) &&
            (t.Is(end + 1, Words.Den) || t.Is(end + 1, Words.Toi)))
        {
            countedNoun = end;
            sep = end + 1;
        }
        // "từ 5 -7 triệu": a hyphen typed against the second number makes it look negative; it separates a range.
        bool signedNext = !a.IsWords && t.Kind(sep) == TokenKind.Number && !t.Touches(sep) && t.Text(sep) is ['-', _, ..] &&
                          t.Kind(sep - 1) == TokenKind.Number;
        if (!fraction && !a.IsRange && !a.Half && !a.Several && (IsRangeSeparator(t, sep, out bool hyphen) || signedNext))
        {
            hyphen |= signedNext;
            int b0 = signedNext ? sep : sep + 1;
            // "từ 2 tấn đến dưới 4 tấn": the upper bound may be exclusive; the range is the same.
            if (!hyphen && t.Is(b0, Words.Duoi))
                b0++;
            // "từ 1 năm đến cao nhất là 12 năm", "từ 5 đến tối đa 10 triệu": the upper bound named as a ceiling.
            else if (!hyphen && ((t.Is(b0, Words.Cao) && t.Is(b0 + 1, Words.Nhat3)) || (t.Is(b0, Words.Evening) && t.Is(b0 + 1, Words.Da2))))
                b0 += t.Is(b0 + 2, Words.La) ? 3 : 2;
            bool hasSignB = TryCurrencySign(t, b0, out UnitInfo signB, out int afterSignB);
            if (hasSignB)
                b0 = afterSignB;
            if (TryNumber(t, b0, style, out NumberExpr b) && !b.IsRange && !b.Half && !b.Several &&
                !(hyphen && (a.IsWords || b.IsWords)))
            {
                bool hasUnitB = b.HasAttachedUnit;
                UnitInfo unitB = b.AttachedUnit;
                int endB = b.End;
                bool nounAgrees = countedNoun < 0;
                if (countedNoun >= 0)
                {
                    nounAgrees = !hasUnitB && t.Text(endB).Equals(t.Text(countedNoun), StringComparison.OrdinalIgnoreCase);
                    if (nounAgrees)
                        endB++;
                }
                else if (!hasUnitB && TryUnit(t, endB, out UnitInfo ub, out int afterUnitB))
                {
                    hasUnitB = true;
                    unitB = ub;
                    endB = afterUnitB;
                }
                if (hasRateA)
                {
                    int afterRateB = endB;
                    nounAgrees = hasUnitB && IsRate(t, endB, out UnitInfo denominatorB, out afterRateB) &&
                                 denominatorB.Code == denominatorA.Code;
                    if (nounAgrees)
                        endB = afterRateB;
                }
                if (signedNext)
                    b.Value = -b.Value;
                double low = a.Value;
                if (!a.HasScale && b.HasScale && low * b.LeadScale <= b.Value)
                    low *= b.LeadScale;
                else if (hyphen && !hasUnit && !a.HasScale && !b.HasScale && a.Plain && low is >= 1 and < 1000 && b.Value >= 1000)
                    low = ElidedThousands(low, b.Value);
                // The two ends must agree: same unit and sign when both have one; a unit written only after the first
                // number needs "từ" before it ("từ 3 km đến 5"), and a year-like bound is a date ("3 năm đến 2025").
                bool agree = (!hasUnit || !hasUnitB || unit.Code == unitB.Code) &&
                             (!hasSign || !hasSignB || sign.Code == signB.Code) &&
                             (!hasUnit || hasUnitB || b.HasScale || from >= 0 || unitBefore) &&
                             !(!hasUnitB && b.Plain && b.IntegerDigits == 4 && b.Value is >= 1000 and <= 2100);
                if (agree && nounAgrees && low < b.Value)
                {
                    isRange = true;
                    hyphenated = hyphen;
                    a.Value = low;
                    a.Max = b.Value;
                    a.HasScale |= b.HasScale;
                    if (hasUnitB)
                    {
                        hasUnit = true;
                        unit = unitB;
                    }
                    if (hasSignB && !hasSign)
                    {
                        hasSign = true;
                        sign = signB;
                    }
                    end = endB;
                }
            }
        }

        if (hasSign)
        {
            // "$5 triệu đồng" names two currencies: the sign wins and the word is left out.
            if (hasUnit && unit.Code != sign.Code && !isRange)
                end = a.End;
            hasUnit = true;
            unit = sign;
        }

        // "tại 4 điểm", "ở 2 điểm": after a locative preposition "điểm" is a place (a count of places), not a score.
        if (hasUnit && unit.Code == "point" && (t.Is(i - 1, Words.Tai) || t.Is(i - 1, Words.O)))
            hasUnit = false;
        string? code = hasUnit ? unit.Code : null;
        UnitKind kind = hasUnit ? unit.Kind : UnitKind.None;
        // "tăng 21 cent": a cent is a hundredth of a dollar, so the amount is given in dollars.
        double factor = hasUnit && (unit.Flags & UnitFlags.Hundredth) != 0 ? 0.01 : 1;

        // A rate: "USD/thùng", "đồng/kg", "km/h", "80km/h".
        if (hasRateA && hasUnit)
        {
            code = Words.Rate(code!, denominatorA.Code!);
            kind = UnitKind.Rate;
        }
        else if (hasUnit && IsRate(t, end, out UnitInfo denominator, out int afterDenominator))
        {
            code = Words.Rate(code!, denominator.Code!);
            kind = UnitKind.Rate;
            end = afterDenominator;
        }
        // A second denominator: "USD/m2/tháng", "đồng/người/ngày" (per area or head, per period).
        if (kind == UnitKind.Rate && IsRate(t, end, out UnitInfo second, out int afterSecond))
        {
            code = Words.Rate(code!, second.Code!);
            end = afterSecond;
        }

        double value = a.Value * factor;
        if (minus)
        {
            if (kind != UnitKind.Degree || isRange || value <= 0)
                return false;
            value = -value;
        }
        if (kind == UnitKind.Duration && !isRange && t.Is(end, Words.Ruoi) && value == Math.Floor(value))
        {
            value += 0.5;
            end++;
        }
        // "16.260 độ vĩ Bắc": a latitude or longitude is at most 180°, so there a dot before three digits is a decimal
        // point whatever the document's style.
        if (code == "°" && !isRange && value > 180 && (t.Is(end, Words.Vi) || t.Is(end, Words.Kinh)) &&
            IsDotBeforeThreeDigits(t.Text(numberStart)))
            value /= 1000;
        if (Modifiers.TryPostfix(t, end, out QuantityModifier postfix, out int afterPostfix))
        {
            if (modifier == QuantityModifier.None)
                modifier = postfix;
            end = afterPostfix;
        }
        if (modifier == QuantityModifier.None && a.Several)
            modifier = QuantityModifier.Several;

        bool hasModifier = afterModifier > i;
        int start = hasModifier ? i : from < 0 ? i : isRange ? from : from + 1;

        if (!Accept(t, start, numberStart, a, isRange, hyphenated, hasUnit, fraction, unitCapitalized, code, value))
            return false;

        m.Start = start;
        m.End = end;
        m.Value = Clean(value);
        m.Max = isRange || (a.Several && a.IsRange) ? Clean(a.Max * factor) : double.NaN;
        m.Unit = code;
        m.Kind = kind;
        m.Modifier = modifier;
        return true;
    }

    /// <summary>The policy that keeps labels, ordinals, dates, scores and codes out (see the class remarks).</summary>
    private static bool Accept(in TokenView t, int start, int numberStart, in NumberExpr a, bool isRange, bool hyphenated,
        bool hasUnit, bool fraction, bool unitCapitalized, string? code, double value)
    {
        if (!double.IsFinite(value) || (isRange && !double.IsFinite(a.Max)))
            return false;
        // "0912…", "028" are phone numbers and codes; a two-digit count padded with a zero before its noun is a count
        // ("07 giải Nhất", "05 ngày").
        if (a.LeadingZero && !(a.Plain && a.IntegerDigits == 2 && t.Kind(a.End) == TokenKind.Word && !t.IsCapitalized(a.End) &&
                               !t.Is(numberStart - 1, Words.Slash) && !t.Is(numberStart - 1, Words.Hyphen)))
            return false;
        int before = start - 1;
        // "năm 18 tuổi", "lúc 3 tuổi" (at eighteen, at three) are ages, not a year or a time.
        // "có lúc âm 3 độ C": a temperature below zero is no clock time.
        if (Words.IsDateOrOrdinalCue(t.Id(before)) && !(code == "age" && (t.Is(before, Words.Year) || t.Is(before, Words.Luc))) &&
            !(value < 0 && code is "°C" or "°F" or "°"))
            return false;

        // "6 tháng 9" is a date; "lúc 9 giờ", "9 giờ sáng" are clock times.
        int afterNumber = a.End;
        if (t.Is(afterNumber, Words.Month) && IsMonthNumber(t, afterNumber + 1))
            return false;
        if (t.Is(afterNumber, Words.Hour) &&
            (t.Is(start - 1, Words.Luc) || t.Is(start - 1, Words.Vao) || Words.IsDayPart(t.Id(afterNumber + 1)) ||
             t.Is(afterNumber + 1, Words.Kem)))
            return false;

        if (IsClockMinutes(t, start, a))
            return false;

        // Digits joined by "-" or "/" to another number: a score, a ratio, a fraction or a date part. Written without
        // spaces this is never a quantity of its own; with spaces ("30 - 50") only a bare number is refused.
        bool digits = !a.IsWords && !a.Several && !a.Half && t.Kind(numberStart) == TokenKind.Number;
        bool bare = !hasUnit && !a.HasScale && !a.Half && !fraction;
        // "tỷ lệ 1:3", "50:50": a ratio written with a colon between digits.
        if (digits && ((t.Is(numberStart - 1, Words.Colon) && t.Touches(numberStart) && t.Kind(numberStart - 2) == TokenKind.Number && t.Touches(numberStart - 1)) ||
                       (t.Is(a.End, Words.Colon) && t.Touches(a.End) && t.Touches(a.End + 1) && t.Kind(a.End + 1) == TokenKind.Number)))
            return false;
        if (digits && start == numberStart && (t.Is(numberStart - 1, Words.Slash) || t.Is(numberStart - 1, Words.Hyphen)) &&
            t.Kind(numberStart - 2) == TokenKind.Number && (bare || (t.Touches(numberStart) && t.Touches(numberStart - 1))))
            return false;
        if (digits && !isRange && (t.Is(a.End, Words.Slash) || t.Is(a.End, Words.Hyphen)) && t.Kind(a.End + 1) == TokenKind.Number &&
            (bare || (t.Touches(a.End) && t.Touches(a.End + 1))))
            return false;
        // A hyphenated pair without a unit is a score ("thắng 2-1", "hòa 1-1") unless a word before says it is an amount.
        if (hyphenated && bare && start == numberStart)
            return false;

        // "Cu Ba Đồng Hới", "Hai Bà Trưng": a capitalized number word inside a sentence before a capitalized word is a name.
        if (unitCapitalized && a.IsWords && numberStart > 0 && t.IsCapitalized(numberStart))
            return false;
        // "thôn 5 Đồng Yên": after a label, a capitalized "unit" is the rest of a name.
        if (unitCapitalized && !a.HasScale && start == numberStart && Words.IsLabel(t.Id(before)))
            return false;
        if (!bare)
            return code is not null || !hasUnit;

        // A bare number.
        if (a.IsWords || a.Several)
            return false;
        if (a.Plain && (a.IntegerDigits >= 7 || (a.IntegerDigits == 4 && value is >= 1000 and <= 2100)))
            return false;
        // Digits next to other digits ("1900 6409") are a phone number or a code; before a name they are a house
        // number or part of a name ("47 Lê Lợi").
        if (t.Kind(numberStart - 1) == TokenKind.Number || t.Kind(a.End) == TokenKind.Number)
            return false;
        if (t.Kind(a.End) == TokenKind.Word && t.IsCapitalized(a.End) && !Words.IsCountedAbbreviation(t.Id(a.End)))
            return false;
        // "Correa (42', 44')": the minute of a match, not an amount.
        if (t.Touches(a.End) && t.Text(a.End) is "'" or "′")
            return false;
        // "công văn 930/BGDĐT": a number joined by a slash to a code.
        if (t.Is(a.End, Words.Slash) && t.Touches(a.End) && t.Touches(a.End + 1))
            return false;
        // "1. Học …", ": 1.", "(2) Các …" at the start: the number of an item in a list ("Khánh Hòa (6)" is a count).
        if ((t.Is(a.End, Words.Period) || t.Is(a.End, Words.CloseParen)) &&
            (numberStart == 0 || t.Is(numberStart - 1, Words.Colon) || t.Is(numberStart - 1, Words.Semicolon) ||
             (numberStart == 1 && t.Is(0, Words.OpenParen))))
            return false;
        if (start == numberStart && before >= 0)
        {
            // "số 7" is a label, but "trong số 7", "tổng số 12" count.
            bool countAfterSo = t.Is(before, Words.NumberWord) && (t.Is(before - 1, Words.Trong) || t.Is(before - 1, Words.Tong));
            if ((Words.IsLabel(t.Id(before)) && !countAfterSo) || t.Kind(before) == TokenKind.Abbreviation)
                return false;
            if (before > 0 && t.Kind(before) == TokenKind.Word && HasUpper(t, before))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Rounds away the binary noise of decimal arithmetic ("1,021 triệu" is 1021000, not 1020999.9999999999) by keeping
    /// 15 significant digits, which is all a double holds anyway.
    /// </summary>
    internal static double Clean(double value)
    {
        if (value == 0 || !double.IsFinite(value))
            return value;
        int magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value))) + 1;
        int decimals = 15 - magnitude;
        return decimals <= 0 ? value : Math.Round(value, Math.Min(decimals, 15));
    }

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLower(c))
                return true;
        }
        return false;
    }

    /// <summary>True when token <paramref name="i"/> has an upper-case letter ("Nghị", "iPhone", "ASEAN").</summary>
    private static bool HasUpper(in TokenView t, int i)
    {
        foreach (char c in t.Text(i))
        {
            if (char.IsUpper(c))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "200-250.000 đồng", "10-15.000": a lower bound written without the thousands its upper bound has. The lower bound
    /// takes the power of a thousand that gives it as many digits as the upper bound, when it stays below it
    /// ("3-10.000" keeps 3: 3,000 would have fewer digits than 10,000).
    /// </summary>
    private static double ElidedThousands(double low, double high)
    {
        int digits = (int)Math.Floor(Math.Log10(high));
        for (double k = 1e3; k <= 1e9; k *= 1e3)
        {
            double scaled = low * k;
            if ((int)Math.Floor(Math.Log10(scaled)) == digits)
                return scaled < high ? scaled : low;
        }
        return low;
    }

    /// <summary>True for digits with one dot followed by exactly three digits ("16.260").</summary>
    private static bool IsDotBeforeThreeDigits(ReadOnlySpan<char> text)
    {
        int dot = text.IndexOf('.');
        if (dot <= 0 || text.Length - dot - 1 != 3 || text[(dot + 1)..].IndexOf('.') >= 0)
            return false;
        foreach (char c in text[..dot])
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        foreach (char c in text[(dot + 1)..])
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }

    /// <summary>"lúc 9 giờ 30", "9 giờ 30 phút tối": the minutes of a clock time.</summary>
    private static bool IsClockMinutes(in TokenView t, int start, in NumberExpr a)
    {
        if (!t.Is(start - 1, Words.Hour) || !(t.Kind(start - 2) == TokenKind.Number || t.HasRole(start - 2, NumberRole.Digit | NumberRole.Muoi10 | NumberRole.TensUnit)))
            return false;
        int hourStart = start - 2;
        while (hourStart > 0 && t.HasRole(hourStart - 1, NumberRole.Digit | NumberRole.Muoi10 | NumberRole.Muoi))
            hourStart--;
        ushort cue = t.Id(hourStart - 1);
        if (cue == Words.Luc || cue == Words.Vao || cue == Words.Tu || cue == Words.Den)
            return true;
        int after = t.Is(a.End, Words.Minute) ? a.End + 1 : a.End;
        return Words.IsDayPart(t.Id(after));
    }

    private static bool IsMonthNumber(in TokenView t, int i)
    {
        if (t.Kind(i) == TokenKind.Number)
        {
            ReadOnlySpan<char> text = t.Text(i);
            return text.Length is 1 or 2 && int.TryParse(text, out int month) && month is >= 1 and <= 12;
        }
        if (t.Kind(i) == TokenKind.Date)
            return true;
        return t.HasRole(i, NumberRole.Digit | NumberRole.Muoi10) || t.Is(i, Words.Tu4) || t.Is(i, Words.Gieng) || t.Is(i, Words.Chap);
    }

    private static bool TryNumber(in TokenView t, int i, NumberStyle style, out NumberExpr e)
    {
        if (TimeCues.IsDurationHours(t, i))
        {
            e = default;
            e.Value = TimeCues.Hours(t.Text(i));
            e.Max = double.NaN;
            e.LeadScale = 1;
            e.End = i + 1;
            e.HasAttachedUnit = true;
            e.AttachedUnit = new UnitInfo("h", UnitKind.Duration, UnitFlags.None);
            return true;
        }
        return NumberParser.TryParse(t, i, style, out e);
    }

    /// <summary>
    /// "2/3" — one token the tokenizer reads as a day and month — as a fraction: numerator below a denominator of at
    /// most 10, after an approximation word (<paramref name="approximated"/>) or before a partitive noun.
    /// </summary>
    private static bool TrySlashFraction(in TokenView t, int i, bool approximated, out double value)
    {
        value = 0;
        if (t.Kind(i) != TokenKind.Date || !(approximated || Words.IsPartitive(t.Id(i + 1))))
            return false;
        ReadOnlySpan<char> text = t.Text(i);
        int slash = text.IndexOf('/');
        if (slash <= 0 || !int.TryParse(text[..slash], out int numerator) || !int.TryParse(text[(slash + 1)..], out int denominator) ||
            text[(slash + 1)..].Length > 2 || numerator < 1 || denominator > 10 || numerator >= denominator)
            return false;
        value = (double)numerator / denominator;
        return true;
    }

    /// <summary>The denominator of a fraction in words: a whole number 2–100, or "tư" (4).</summary>
    private static bool TryDenominator(in TokenView t, int i, NumberStyle style, out double value, out int end)
    {
        if (t.Is(i, Words.Tu4))
        {
            value = 4;
            end = i + 1;
            return true;
        }
        value = 0;
        end = i;
        if (!TryNumber(t, i, style, out NumberExpr n) || n.IsRange || n.Several || n.Half || n.HasScale || n.HasAttachedUnit ||
            n.Value != Math.Floor(n.Value) || n.Value is < 2 or > 100)
            return false;
        value = n.Value;
        end = n.End;
        return true;
    }

    /// <summary>"gấp đôi" (2), "gấp ba", "gấp 3 lần": a multiple; <paramref name="end"/> is one past it.</summary>
    private static bool TryMultiple(in TokenView t, int i, NumberStyle style, out double value, out int end)
    {
        value = 0;
        end = i;
        if (!t.Is(i, Words.Gap))
            return false;
        if (t.Is(i + 1, Words.Doi) || t.Is(i + 1, Words.Ruoi))
        {
            // "gấp đôi" (twice), "gấp rưỡi" (one and a half times)
            value = t.Is(i + 1, Words.Doi) ? 2 : 1.5;
            end = i + 2;
            return true;
        }
        if (!TryNumber(t, i + 1, style, out NumberExpr n) || n.IsRange || n.Several || n.Half || n.HasAttachedUnit || n.Value < 1)
            return false;
        value = n.Value;
        end = t.Is(n.End, Words.Times) ? n.End + 1 : n.End;
        return true;
    }

    private static bool TryUnit(in TokenView t, int i, out UnitInfo unit, out int end, bool allowDenominator = false)
    {
        if (Units.TryMatch(t, i, out unit, out end) && !unit.IsBlock &&
            (allowDenominator || (unit.Flags & UnitFlags.DenominatorOnly) == 0) &&
            ((unit.Flags & UnitFlags.AfterScaleOnly) == 0 || t.HasRole(i - 1, NumberRole.Scale)))
            return true;
        unit = default;
        end = i;
        return false;
    }

    private static bool TryCurrencySign(in TokenView t, int i, out UnitInfo sign, out int end)
    {
        if (Units.TryMatch(t, i, out sign, out end) && (sign.Flags & UnitFlags.Prefix) != 0 &&
            (t.Kind(end) == TokenKind.Number))
            return true;
        sign = default;
        end = i;
        return false;
    }

    /// <summary>"/kg", "/lít", "/h" touching the unit before it: the denominator of a rate.</summary>
    private static bool IsRate(in TokenView t, int i, out UnitInfo denominator, out int end)
    {
        if (t.Is(i, Words.Slash) && t.Touches(i) && t.Touches(i + 1) &&
            TryUnit(t, i + 1, out denominator, out end, allowDenominator: true))
            return true;
        denominator = default;
        end = i;
        return false;
    }

    private static bool IsRangeSeparator(in TokenView t, int i, out bool hyphen)
    {
        hyphen = t.Is(i, Words.Hyphen) || t.Is(i, Words.Tilde);
        return hyphen || t.Is(i, Words.Den) || t.Is(i, Words.Toi);
    }
}
