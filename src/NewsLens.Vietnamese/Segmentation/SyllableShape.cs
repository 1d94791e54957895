using NewsLens.Core;
using NewsLens.Text.Encodings;

namespace NewsLens.Vietnamese.Segmentation;

/// <summary>The coarse shape of a syllable, a feature for segmentation and tagging.</summary>
internal enum SyllableShape : byte
{
    Lower = 1,
    Capitalized,
    AllCaps,
    Number,
    Punctuation,
    Quote,
    Symbol,
    ForeignLower,
    ForeignCapitalized,
    Mixed,
    Other,
}

internal static class SyllableShapes
{
    /// <summary>Classifies a normalized syllable of the given token kind.</summary>
    public static SyllableShape Of(ReadOnlySpan<char> text, TokenKind kind)
    {
        switch (kind)
        {
            case TokenKind.Number or TokenKind.Date or TokenKind.Time:
                return SyllableShape.Number;
            case TokenKind.Punctuation:
                return SyllableShape.Punctuation;
            case TokenKind.Quote:
                return SyllableShape.Quote;
            case TokenKind.Symbol or TokenKind.Url or TokenKind.Email or TokenKind.Hashtag or TokenKind.Mention:
                return SyllableShape.Symbol;
            case TokenKind.Other:
                return SyllableShape.Other;
        }
        if (text.IsEmpty)
            return SyllableShape.Other;
        int upper = 0, letters = 0, digits = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                    upper++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }
        if (letters == 0)
            return digits > 0 ? SyllableShape.Number : SyllableShape.Punctuation;
        if (digits > 0 || letters != text.Length && kind != TokenKind.Abbreviation)
            return SyllableShape.Mixed;
        if (upper > 1 && upper == letters)
            return SyllableShape.AllCaps;
        bool capitalized = char.IsUpper(text[0]);
        bool vietnamese = VietnameseSyllable.IsValid(text);
        if (capitalized)
            return upper == 1 || kind == TokenKind.Abbreviation ? (vietnamese ? SyllableShape.Capitalized : SyllableShape.ForeignCapitalized) : SyllableShape.Mixed;
        return vietnamese ? SyllableShape.Lower : SyllableShape.ForeignLower;
    }
}
