namespace NewsLens.Extraction.Numbers;

/// <summary>Which convention a document writes its numbers in.</summary>
internal enum NumberStyle : byte
{
    /// <summary>"1.300" is 1300 and "2,5" is 2.5 (the Vietnamese convention, the default).</summary>
    Vietnamese,
    /// <summary>"1,300" is 1300 and "1.300" is 1.3: chosen only when the document has English-only forms and no Vietnamese-only ones.</summary>
    English,
}

/// <summary>What the separators of a written number say about its convention.</summary>
internal enum SeparatorEvidence : byte
{
    /// <summary>No separator, or a form either convention reads the same way ("2.5", "0,5").</summary>
    Neutral,
    /// <summary>Only Vietnamese reads it: "1.234.567", "1.234,5", "2,5" (comma before one, two or four digits).</summary>
    Vietnamese,
    /// <summary>Only English reads it: "1,234,567", "1,234.5".</summary>
    English,
    /// <summary>Not a number in either convention ("12.34.56", "1,23,4"): an identifier.</summary>
    Invalid,
}

/// <summary>A number token's digits parsed.</summary>
internal struct DigitParse
{
    /// <summary>The value (the lower bound of "3-5").</summary>
    public double Value;
    /// <summary>The upper bound of a range written in one token ("3-5"), else NaN.</summary>
    public double Max;
    /// <summary>Where the suffix ("%", "kg", "km²") starts in the token; the token's length when there is none.</summary>
    public int SuffixStart;
    /// <summary>Digits before the first separator.</summary>
    public int IntegerDigits;
    /// <summary>True when the number has no separator, sign or range: "2024", "15".</summary>
    public bool Plain;
    /// <summary>True when the integer part has two or more digits and starts with 0 ("0912", "028"): a phone number or code.</summary>
    public bool LeadingZero;
}

/// <summary>
/// Reads numbers written with digits, with Vietnamese or English separators.
/// </summary>
/// <remarks>
/// <para>The Vietnamese convention writes "1.300" for 1300 and "2,5" for 2.5; English text (and some Vietnamese
/// articles quoting English sources) writes the opposite. Unambiguous forms decide themselves: "1.234.567" and
/// "1.234,5" are Vietnamese; "1,234,567" and "1,234.5" are English; a separator followed by one, two or four or more
/// digits is a decimal point whichever it is ("2,5", "2.5", "3.14"). Only a single separator followed by exactly three
/// digits is ambiguous:</para>
/// <list type="bullet">
/// <item>"1.300" is 1300 (Vietnamese), unless the document is English-style (below) or the integer part is 0 ("0.500").</item>
/// <item>"1,300" is 1.3 (Vietnamese), except when the three digits are "000" ("2,000" = 2000: nobody writes a decimal
/// part of zeros), when the document is English-style, and never before a scale word ("1,021 triệu" = 1.021 million
/// in either style).</item>
/// </list>
/// <para>A document is English-style when it contains at least one English-only form and no Vietnamese-only form.</para>
/// </remarks>
internal static class DigitNumber
{
    private const int MaxGroups = 8;

    /// <summary>Classifies the separators of a number token for the document-wide vote.</summary>
    public static SeparatorEvidence Evidence(ReadOnlySpan<char> token)
    {
        Span<int> lengths = stackalloc int[MaxGroups];
        Span<char> seps = stackalloc char[MaxGroups];
        int p = token.Length > 0 && token[0] is '+' or '-' ? 1 : 0;
        if (!Groups(token, ref p, lengths, seps, out int groups))
            return SeparatorEvidence.Invalid;
        return Classify(lengths[..groups], seps[..(groups - 1)]);
    }

    /// <summary>Parses a number token ("1.300", "-3,5", "2,5%", "15kg", "3-5").</summary>
    /// <param name="token">The token's normalized text.</param>
    /// <param name="style">The document's number style.</param>
    /// <param name="scaleFollows">True when a scale word (nghìn, triệu, tỷ, …) follows the token.</param>
    /// <param name="result">The parsed number.</param>
    /// <returns>False when the digits are not a number in either convention.</returns>
    public static bool TryParse(ReadOnlySpan<char> token, NumberStyle style, bool scaleFollows, out DigitParse result)
    {
        result = default;
        result.Max = double.NaN;
        int p = 0;
        double sign = 1;
        if (token.Length > 0 && token[0] is '+' or '-')
        {
            sign = token[0] == '-' ? -1 : 1;
            p = 1;
        }
        int coreStart = p;
        if (!TryParseCore(token, ref p, style, scaleFollows, out double value, out int integerDigits, out bool plain))
            return false;
        result.Value = sign * value;
        result.IntegerDigits = integerDigits;
        result.LeadingZero = integerDigits >= 2 && token[coreStart] == '0';
        result.Plain = plain && coreStart == 0;
        if (p + 1 < token.Length && token[p] == '-' && char.IsAsciiDigit(token[p + 1]))
        {
            int q = p + 1;
            if (!TryParseCore(token, ref q, style, scaleFollows, out double max, out _, out _))
                return false;
            result.Max = max;
            result.Plain = false;
            p = q;
        }
        result.SuffixStart = p;
        return true;
    }

    private static bool TryParseCore(ReadOnlySpan<char> t, ref int p, NumberStyle style, bool scaleFollows,
        out double value, out int integerDigits, out bool plain)
    {
        value = 0;
        int start = p;
        Span<int> lengths = stackalloc int[MaxGroups];
        Span<char> seps = stackalloc char[MaxGroups];
        if (!Groups(t, ref p, lengths, seps, out int groups))
        {
            integerDigits = 0;
            plain = false;
            return false;
        }
        integerDigits = lengths[0];
        plain = groups == 1;
        ReadOnlySpan<int> len = lengths[..groups];
        ReadOnlySpan<char> sep = seps[..(groups - 1)];
        SeparatorEvidence evidence = Classify(len, sep);
        if (evidence == SeparatorEvidence.Invalid)
            return false;

        // Decide which separator (if any) is the decimal point.
        char decimalSep = '\0';
        if (groups == 2)
        {
            bool three = len[1] == 3;
            bool zeroInteger = len[0] == 1 && t[start] == '0';
            if (!three || zeroInteger)
            {
                decimalSep = sep[0];
            }
            else if (sep[0] == '.')
            {
                decimalSep = style == NumberStyle.English ? '.' : '\0';
            }
            else
            {
                ReadOnlySpan<char> fraction = t.Slice(p - 3, 3);
                bool zeros = fraction.SequenceEqual("000");
                decimalSep = zeros ? '\0' : scaleFollows || style == NumberStyle.Vietnamese ? ',' : '\0';
            }
        }
        else if (groups > 2)
        {
            char last = sep[^1];
            decimalSep = last != sep[0] ? last : '\0';
        }

        double integer = 0;
        double fractionValue = 0;
        double fractionScale = 1;
        bool inFraction = false;
        for (int i = start; i < p; i++)
        {
            char c = t[i];
            if (c == decimalSep && decimalSep != '\0')
            {
                inFraction = true;
                continue;
            }
            if (!char.IsAsciiDigit(c))
                continue;
            if (inFraction)
            {
                fractionScale *= 10;
                fractionValue = fractionValue * 10 + (c - '0');
            }
            else
            {
                integer = integer * 10 + (c - '0');
            }
        }
        value = integer + fractionValue / fractionScale;
        return double.IsFinite(value);
    }

    /// <summary>Reads digit groups separated by '.' or ',' (a separator counts only between digits).</summary>
    private static bool Groups(ReadOnlySpan<char> t, ref int p, Span<int> lengths, Span<char> seps, out int groups)
    {
        groups = 0;
        while (true)
        {
            int s = p;
            while (p < t.Length && char.IsAsciiDigit(t[p]))
                p++;
            if (p == s || groups == MaxGroups)
                return false;
            lengths[groups++] = p - s;
            if (p + 1 < t.Length && t[p] is '.' or ',' && char.IsAsciiDigit(t[p + 1]))
            {
                if (groups == MaxGroups)
                    return false;
                seps[groups - 1] = t[p];
                p++;
                continue;
            }
            return true;
        }
    }

    private static SeparatorEvidence Classify(ReadOnlySpan<int> len, ReadOnlySpan<char> sep)
    {
        if (sep.Length == 0)
            return SeparatorEvidence.Neutral;
        if (sep.Length == 1)
        {
            if (len[1] == 3)
                return SeparatorEvidence.Neutral;
            return sep[0] == ',' ? SeparatorEvidence.Vietnamese : SeparatorEvidence.Neutral;
        }
        // Two or more separators: every separator of the thousands kind comes first, groups of three after a
        // first group of one to three digits, and at most one decimal separator of the other kind at the end.
        char thousands = sep[0];
        int lastThousands = sep.Length - 1;
        if (sep[^1] != thousands)
            lastThousands = sep.Length - 2;
        if (len[0] > 3)
            return SeparatorEvidence.Invalid;
        for (int i = 0; i <= lastThousands; i++)
        {
            if (sep[i] != thousands || len[i + 1] != 3)
                return SeparatorEvidence.Invalid;
        }
        return thousands == '.' ? SeparatorEvidence.Vietnamese : SeparatorEvidence.English;
    }
}
