using CsCheck;
using NewsLens.Core;
using NewsLens.Testing;
using NewsLens.Text.Tokenization;
using static NewsLens.Text.Tests.Tokenization.TokenAssert;

namespace NewsLens.Text.Tests.Tokenization;

public class TokenizerPropertyTests
{
    [Fact]
    public void Tokenize_VietnameseText_TilesTheInput()
    {
        // Given random Vietnamese-looking text
        // When it is tokenized
        // Then tokens are in order, non-empty, separated by whitespace/zero-width gaps only, and rebuild the text
        TextGen.Vietnamese.Sample(Tiles, iter: 2000);
    }

    [Fact]
    public void Tokenize_AnyUtf16_TilesTheInputAndNeverThrows()
    {
        // Given arbitrary UTF-16, including lone surrogates, controls, combining marks and emoji
        TextGen.AnyUtf16.Sample(Tiles, iter: 2000);
    }

    [Fact]
    public void Tokenize_Mixed_TilesTheInput()
    {
        TextGen.Mixed.Sample(Tiles, iter: 2000);
    }

    [Fact]
    public void Tokenize_AnyPrefixOfNewsLikeText_TilesAndNeverReadsPastTheEnd()
    {
        // Given every prefix of a text dense in special cases (so that every rule meets the end of its input)
        const string text = "PGS.TS. v.v... TP.HCM 24/8/2024 2024-08-24 15h30 9:45:30 1.234,56% -3,5 15kg a.b@x.com.vn " +
                            "https://x.vn/a_(b). www.a.com #Hà @u.v 👨‍👩‍👧🇻🇳❤️ O'Brien COVID-19 J.R.R. G. Jones?! …";
        // Then each prefix tiles
        for (int n = 0; n <= text.Length; n++)
            Assert.True(Tiles(text[..n]), text[..n]);
    }

    [Fact]
    public void Tokenize_TokenKinds_AreConsistentWithTheirFirstCharacter()
    {
        // Given random text
        // Then a Quote token is one quote character and a Word token starts with a letter or digit
        TextGen.Mixed.Sample(text =>
        {
            foreach (RawToken t in Tokenizer.Enumerate(text))
            {
                char c = text[t.Span.Start];
                if (t.Kind == TokenKind.Quote && t.Span.Length != 1 && !char.IsWhiteSpace(c))
                {
                    // a quote token is one code unit, plus combining marks that attach to it
                    for (int k = t.Span.Start + 1; k < t.Span.End; k++)
                    {
                        if (char.GetUnicodeCategory(text[k]) is not (System.Globalization.UnicodeCategory.NonSpacingMark
                            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark))
                            return false;
                    }
                }
                if (t.Kind == TokenKind.Word && !(char.IsLetterOrDigit(c) || char.IsHighSurrogate(c)))
                    return false;
            }
            return true;
        }, iter: 1000);
    }
}
