using System.Buffers;

namespace NewsLens.Text.Normalization;

/// <summary>The character folds of <see cref="VietnameseNormalizer"/>: what each special unit becomes.</summary>
internal static class CharFolding
{
    /// <summary>A unit removed from the normalized text (absorbed into its neighbour's original range).</summary>
    internal const char Remove = '\uFFFF';

    /// <summary>A unit that expands to "...".</summary>
    internal const char Ellipsis = '\u2026';

    private const string Removed =
        "\u00AD\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064" +
        "\u2066\u2067\u2068\u2069\uFEFF";

    private const string Spaces = "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000";
    private const string LineBreaks = "\u2028\u2029";
    private const string DoubleQuotes = "\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u275D\u275E\u301D\u301E\u301F\u2E42";
    private const string SingleQuotes = "\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u275B\u275C";
    private const string Dashes = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63";

    /// <summary>
    /// Every unit the normalizer may change or must look at: marks U+0300–U+036F, the characters NFC replaces,
    /// the folded characters, fullwidth ASCII and surrogates (to replace lone ones).
    /// </summary>
    internal static readonly SearchValues<char> Special = SearchValues.Create(BuildSpecial());

    /// <summary>True for a unit the normalizer removes (zero-width and invisible format characters).</summary>
    internal static bool IsRemoved(char c) => c != Remove && Fold(c) == Remove;

    /// <summary>
    /// The fold of a <see cref="Special"/> unit that is neither a mark nor a surrogate: its replacement,
    /// <see cref="Remove"/>, <see cref="Ellipsis"/>, or the unit itself when it stays. Any other unit comes back as
    /// itself, U+FFFF included, so test removal with <see cref="IsRemoved"/>.
    /// </summary>
    internal static char Fold(char c)
    {
        if ((uint)(c - GeneralPunctuation) < (uint)s_generalPunctuation.Length)
            return s_generalPunctuation[c - GeneralPunctuation];
        if ((uint)(c - '\uFF01') <= '\uFF5E' - '\uFF01')
            return (char)(c - 0xFEE0);
        return FoldSlow(c);
    }

    private const char GeneralPunctuation = '\u2000';

    /// <summary><see cref="Fold"/> for U+2000–U+206F, where the frequent folds (’ “ ” – — …) live.</summary>
    private static readonly char[] s_generalPunctuation = BuildGeneralPunctuation();

    private static char FoldSlow(char c)
    {
        if (c == Ellipsis)
            return Ellipsis;
        if (Removed.Contains(c, StringComparison.Ordinal))
            return Remove;
        if (Spaces.Contains(c, StringComparison.Ordinal))
            return ' ';
        if (LineBreaks.Contains(c, StringComparison.Ordinal))
            return '\n';
        if (DoubleQuotes.Contains(c, StringComparison.Ordinal))
            return '"';
        if (SingleQuotes.Contains(c, StringComparison.Ordinal))
            return '\'';
        if (Dashes.Contains(c, StringComparison.Ordinal))
            return '-';
        return c;
    }

    private static char[] BuildGeneralPunctuation()
    {
        var table = new char[0x70];
        for (int k = 0; k < table.Length; k++)
            table[k] = FoldSlow((char)(GeneralPunctuation + k));
        return table;
    }

    private static string BuildSpecial()
    {
        var sb = new System.Text.StringBuilder();
        for (char c = '\u0300'; c <= '\u036F'; c++)
        {
            if (UnicodeComposition.IsMark(c))
                sb.Append(c);
        }
        for (char c = '\uFF01'; c <= '\uFF5E'; c++)
            sb.Append(c);
        for (int c = 0xD800; c <= 0xDFFF; c++)
            sb.Append((char)c);
        sb.Append(UnicodeCompositionData.NfcReplacedChars);
        sb.Append(Ellipsis).Append(Removed).Append(Spaces).Append(LineBreaks).Append(DoubleQuotes).Append(SingleQuotes).Append(Dashes);
        return sb.ToString();
    }
}
