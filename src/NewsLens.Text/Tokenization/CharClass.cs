using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsLens.Text.Tokenization;

/// <summary>
/// Character classes for the tokenizer, precomputed once for the whole BMP into a 128 KB table so that every test in
/// the scanning loop is one load and one mask (faster than <c>char.GetUnicodeCategory</c> outside Latin-1, and
/// Vietnamese lives in Latin Extended Additional).
/// </summary>
internal static class CharClass
{
    /// <summary>Whitespace (<see cref="char.IsWhiteSpace(char)"/>) or a zero-width format character: text between tokens.</summary>
    public const ushort Gap = 1 << 0;
    /// <summary>Can start a word: a letter (L*, Nl) or a non-ASCII decimal digit.</summary>
    public const ushort WordStart = 1 << 1;
    /// <summary>Can continue a word: letters, combining marks, decimal digits, superscript digits.</summary>
    public const ushort WordPart = 1 << 2;
    /// <summary>A combining mark (Mn, Mc, Me), including variation selectors.</summary>
    public const ushort Mark = 1 << 3;
    /// <summary>'0'–'9'.</summary>
    public const ushort AsciiDigit = 1 << 4;
    /// <summary>An upper-case or title-case letter.</summary>
    public const ushort Upper = 1 << 5;
    /// <summary>A quotation mark of any style.</summary>
    public const ushort Quote = 1 << 6;
    /// <summary>Punctuation (P*) that is not a quote and not re-classed as a symbol.</summary>
    public const ushort Punct = 1 << 7;
    /// <summary>A symbol (S*), or '%', '&amp;', '#', '@', '‰'.</summary>
    public const ushort Symbol = 1 << 8;
    /// <summary>A line or paragraph separator: \n \r \v \f U+0085 U+2028 U+2029.</summary>
    public const ushort LineBreak = 1 << 9;
    /// <summary>A high surrogate.</summary>
    public const ushort High = 1 << 10;
    /// <summary>A low surrogate.</summary>
    public const ushort Low = 1 << 11;
    /// <summary>A letter: L* or Nl.</summary>
    public const ushort Letter = 1 << 12;
    /// <summary>A lower-case letter.</summary>
    public const ushort Lower = 1 << 13;
    /// <summary>A word part that is not a letter or mark: a decimal or superscript digit.</summary>
    public const ushort DigitLike = 1 << 14;
    /// <summary>A character after which a word may go on as something longer: ' ’ soft-hyphen - : @ _ % + . (checked only after a word).</summary>
    public const ushort WordTail = 1 << 15;

    private static readonly ushort[] s_table = Build();

    /// <summary>The flags of <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s_table), c);

    /// <summary>A reference to the table, for loops that keep it in a register.</summary>
    public static ref ushort Table => ref MemoryMarshal.GetArrayDataReference(s_table);

    /// <summary>True when <paramref name="c"/> has any of <paramref name="flags"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c, ushort flags) => (Of(c) & flags) != 0;

    /// <summary>True for '0'–'9'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>True for ASCII letters and digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>True when <paramref name="c"/> separates tokens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsGap(char c) => (Of(c) & Gap) != 0;

    /// <summary>True for the zero-width format characters the tokenizer treats like whitespace.</summary>
    public static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static ushort[] Build()
    {
        var table = new ushort[65536];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)i;
            ushort f = 0;
            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || IsZeroWidth(c))
                f |= Gap;
            if (c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029')
                f |= LineBreak;
            switch (cat)
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                    f |= Letter | WordStart | WordPart | Upper;
                    break;
                case UnicodeCategory.LowercaseLetter:
                    f |= Letter | WordStart | WordPart | Lower;
                    break;
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                    f |= Letter | WordStart | WordPart;
                    break;
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    f |= Mark | WordPart;
                    break;
                case UnicodeCategory.DecimalDigitNumber:
                    f |= WordPart | DigitLike;
                    if (c <= '9')
                        f |= AsciiDigit;
                    else
                        f |= WordStart;
                    break;
                case UnicodeCategory.OtherNumber:
                    if (c is '\u00B2' or '\u00B3' or '\u00B9' || (c >= '\u2070' && c <= '\u2079'))
                        f |= WordPart | DigitLike;
                    f |= Symbol;
                    break;
                case UnicodeCategory.MathSymbol:
                case UnicodeCategory.CurrencySymbol:
                case UnicodeCategory.ModifierSymbol:
                case UnicodeCategory.OtherSymbol:
                    f |= Symbol;
                    break;
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.DashPunctuation:
                case UnicodeCategory.OpenPunctuation:
                case UnicodeCategory.ClosePunctuation:
                case UnicodeCategory.InitialQuotePunctuation:
                case UnicodeCategory.FinalQuotePunctuation:
                case UnicodeCategory.OtherPunctuation:
                    f |= Punct;
                    break;
                case UnicodeCategory.Surrogate:
                    f |= char.IsHighSurrogate(c) ? High : Low;
                    break;
            }
            if (c is '"' or '\'' or '“' or '”' or '„' or '‟' or '«' or '»' or '‘' or '’' or '‚' or '‛' or '‹' or '›')
                f = (ushort)((f & ~Punct) | Quote);
            if (c is '%' or '&' or '#' or '@' or '‰' or '‱')
                f = (ushort)((f & ~Punct) | Symbol);
            if (c is '\'' or '’' or '\u00AD' or '-' or ':' or '@' or '_' or '%' or '+' or '.')
                f |= WordTail;
            table[i] = f;
        }
        return table;
    }
}
