using NewsLens.Core;

namespace NewsLens.Extraction.Lexicon;

/// <summary>Decisions that the quantity and date grammars must make the same way.</summary>
internal static class TimeCues
{
    /// <summary>
    /// True when a time token without minutes ("24h", "12H") is a number of hours rather than a clock time: after
    /// "trong", "(trong) vòng", "suốt", "mất", "sau", "kéo dài" or an approximation word (hơn, gần, khoảng, trên, dưới), or before
    /// "qua", "tới", "nữa", "liên tục" ("trong 24h qua", "sau 12h"); never before a part of the day or a day ("khoảng 10h sáng",
    /// "khoảng 20h cùng ngày").
    /// </summary>
    public static bool IsDurationHours(in TokenView t, int i)
    {
        if (t.Kind(i) != TokenKind.Time)
            return false;
        ReadOnlySpan<char> text = t.Text(i);
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            digits++;
        if (digits == 0 || digits != text.Length - 1 || text[^1] is not ('h' or 'H'))
            return false;
        // "vào khoảng 10h sáng", "khoảng 10h ngày 24/8", "khoảng 20h cùng ngày": a clock time after all.
        ushort next = t.Id(i + 1);
        if (Words.IsDayPart(next) || next == Words.Day || next == Words.Hom || t.Kind(i + 1) == TokenKind.Date ||
            (next == Words.Cung && t.Is(i + 2, Words.Day)) ||
            t.Is(i - 2, Words.Vao) || t.Is(i - 2, Words.Luc))
            return false;
        ushort before = t.Id(i - 1);
        if (before == Words.Trong || before == Words.Vong || before == Words.Suot || before == Words.Mat || before == Words.Sau ||
            before == Words.Hon || before == Words.Gan || before == Words.Khoang || before == Words.Tren ||
            before == Words.Duoi || (before == Words.Dai && t.Is(i - 2, Words.Keo)))
            return true;
        ushort after = t.Id(i + 1);
        return after == Words.Qua || after == Words.Toi || after == Words.Nua || (after == Words.Lien && t.Is(i + 2, Words.Tuc));
    }

    /// <summary>The hours of a duration-hours time token ("24h" = 24).</summary>
    public static int Hours(ReadOnlySpan<char> text)
    {
        int value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
                break;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
