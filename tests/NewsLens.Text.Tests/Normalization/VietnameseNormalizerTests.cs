using NewsLens.Core;
using NewsLens.Text.Normalization;

namespace NewsLens.Text.Tests.Normalization;

public sealed class VietnameseNormalizerTests
{
    private static (int Start, int End) RangeOf(NormalizedText normalized, int unit) =>
        (normalized.Map.ToOriginalStart(unit), normalized.Map.ToOriginalEnd(unit + 1));

    // ---- NFC ----

    [Fact]
    public void Normalize_NfdInput_ComposesToNfc()
    {
        // Given "a" + combining grave (NFD, as macOS writes it)
        const string text = "ba\u0300n";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then the composed unit maps to the whole original sequence
        Assert.Equal("bàn", result.Text);
        Assert.Equal((0, 1), RangeOf(result, 0));
        Assert.Equal((1, 3), RangeOf(result, 1));
        Assert.Equal((3, 4), RangeOf(result, 2));
    }

    [Fact]
    public void Normalize_NfdLetterWithTwoMarks_ComposesToOneUnit()
    {
        // Given "Việt" in NFD: e + circumflex + dot below
        const string text = "Vie\u0302\u0323t";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then
        Assert.Equal("Việt", result.Text);
        Assert.Equal((2, 5), RangeOf(result, 2));
        Assert.Equal(new TextSpan(0, 6), result.Map.ToOriginal(new TextSpan(0, 4)));
    }

    [Theory]
    [InlineData("e\u0323\u0302", "ệ")]
    [InlineData("e\u0302\u0323", "ệ")]
    [InlineData("ê\u0323", "ệ")]
    [InlineData("ẹ\u0302", "ệ")]
    [InlineData("a\u0341", "á")]
    [InlineData("a\u0340", "à")]
    [InlineData("o\u031B\u0301", "ớ")]
    [InlineData("à\u0323", "ạ\u0300")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("\u2126", "\u03A9")]
    public void Normalize_MarksInAnyOrderOrPrecomposed_GiveTheNfcForm(string text, string expected)
    {
        // Given a combining sequence in some canonically equivalent spelling
        // When
        string result = VietnameseNormalizer.Normalize(text).Text;

        // Then it is the NFC spelling
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Normalize_MarkWithoutBase_IsKept()
    {
        // Given marks at the start, after a space and after an emoji
        const string text = "\u0301a \u0301\U0001F600\u0301";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then nothing composes and nothing is lost
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void Normalize_ZeroWidthBetweenBaseAndMark_StillComposes()
    {
        // Given a ZWSP between "a" and its grave accent
        const string text = "a\u200B\u0300";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then folding comes first, so the mark composes, and the unit covers all three
        Assert.Equal("à", result.Text);
        Assert.Equal((0, 3), RangeOf(result, 0));
    }

    [Fact]
    public void Normalize_NoncharacterAfterMark_IsKept()
    {
        // Given U+FFFF after a combining mark
        const string text = "a\u0301\uFFFF";

        // When
        string result = VietnameseNormalizer.Normalize(text).Text;

        // Then only the sequence composes
        Assert.Equal("á\uFFFF", result);
    }

    [Fact]
    public void Normalize_LoneSurrogates_BecomeReplacementCharacters()
    {
        // Given a lone high and a lone low surrogate
        const string text = "a\uD800b\uDC00";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then each becomes U+FFFD, one for one
        Assert.Equal("a\uFFFDb\uFFFD", result.Text);
        Assert.True(result.Map.IsIdentity);
    }

    [Fact]
    public void Normalize_SurrogatePair_IsUnchanged()
    {
        // Given an emoji
        const string text = "Hà Nội \U0001F600";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then the same string comes back
        Assert.Same(text, result.Text);
    }

    // ---- Tone placement ----

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("hòa", "hòa")]
    [InlineData("thuý", "thúy")]
    [InlineData("oà", "òa")]
    [InlineData("uỷ", "ủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("luỹ", "lũy")]
    [InlineData("mùa", "mùa")]
    [InlineData("tài", "tài")]
    [InlineData("Thuý Kiều", "Thúy Kiều")]
    [InlineData("hoà bình", "hòa bình")]
    public void Normalize_OpenSyllableWithTwoVowels_PutsToneOnFirst(string text, string expected)
    {
        // Given an open syllable with oa, oe, uy or another two-vowel nucleus
        // When
        string result = VietnameseNormalizer.Normalize(text).Text;

        // Then the tone is on the first vowel (the traditional placement)
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("hòan", "hoàn")]
    [InlineData("hoàn", "hoàn")]
    [InlineData("tóan", "toán")]
    [InlineData("khóet", "khoét")]
    [InlineData("húyt", "huýt")]
    [InlineData("hoạch", "hoạch")]
    [InlineData("họach", "hoạch")]
    public void Normalize_ClosedSyllableWithTwoVowels_PutsToneOnSecond(string text, string expected)
    {
        // Given a syllable with a final consonant
        // When
        string result = VietnameseNormalizer.Normalize(text).Text;

        // Then the tone is on the second vowel
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("thuyền", "thuyền")]
    [InlineData("nứơc", "nước")]
    [InlineData("ngừơi", "người")]
    [InlineData("múôn", "muốn")]
    [InlineData("thủơ", "thuở")]
    [InlineData("Huế", "Huế")]
    [InlineData("cửu", "cửu")]
    [InlineData("mửa", "mửa")]
    public void Normalize_NucleusWithDiacriticVowel_PutsToneOnIt(string text, string expected)
    {
        // Given a nucleus with ă â ê ô ơ (or ư)
        // When
        string result = VietnameseNormalizer.Normalize(text).Text;

        // Then the tone sits on that vowel (ơ before ư)
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("ngòai", "ngoài")]
    [InlineData("ngoai\u0300", "ngoài")]
    [InlineData("khủyu", "khuỷu")]
    [InlineData("xóay", "xoáy")]
    [InlineData("ngòeo", "ngoèo")]
    public void Normalize_ThreeVowels_PutsToneOnMiddle(string text, string expected)
    {
        // Given a three-vowel nucleus
        // When
        string result = VietnameseNormalizer.Normalize(text).Text;

        // Then the tone is on the middle vowel
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("quý", "quý")]
    [InlineData("qúy", "quý")]
    [InlineData("quá", "quá")]
    [InlineData("qùa", "quà")]
    [InlineData("quái", "quái")]
    [InlineData("quýt", "quýt")]
    [InlineData("già", "già")]
    [InlineData("gìa", "già")]
    [InlineData("giúp", "giúp")]
    [InlineData("giữa", "giữa")]
    [InlineData("gì", "gì")]
    [InlineData("gìn", "gìn")]
    public void Normalize_QuAndGiOnsets_KeepTheirGlideToneless(string text, string expected)
    {
        // Given a syllable whose u (qu) or i (gi + vowel) belongs to the onset
        // When
        string result = VietnameseNormalizer.Normalize(text).Text;

        // Then the tone goes on the nucleus, never on the onset's u or i
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("Hoà", "Hòa")]
    [InlineData("THUÝ", "THÚY")]
    [InlineData("ỦY", "ỦY")]
    [InlineData("QÚY", "QUÝ")]
    [InlineData("hOà", "hÒa")]
    public void Normalize_Capitals_KeepCaseLetterByLetter(string text, string expected)
    {
        // Given capitals
        // When
        string result = VietnameseNormalizer.Normalize(text).Text;

        // Then the tone moves and each letter keeps its case
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("hòà", "hòa")]
    [InlineData("khỏẻ", "khỏe")]
    public void Normalize_DoubledTone_IsKeptOnce(string text, string expected)
    {
        // Given the same tone typed on two vowels
        // When
        string result = VietnameseNormalizer.Normalize(text).Text;

        // Then it is kept once, in the canonical place
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("hòá")]
    [InlineData("Zelensky")]
    [InlineData("Raúl")]
    [InlineData("Chloé")]
    [InlineData("José")]
    [InlineData("Noël")]
    [InlineData("xhoà")]
    [InlineData("hoàx")]
    public void Normalize_NotAVietnameseSyllable_IsLeftAlone(string text)
    {
        // Given a foreign word, a non-syllable or two different tones
        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then it is untouched
        Assert.Same(text, result.Text);
    }

    [Fact]
    public void Normalize_ToneMove_KeepsIdentityMap()
    {
        // Given a text whose only change is a tone move
        const string text = "Ông Nguyễn Văn Thuý hoà giải";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then the units do not move, so the map is the identity
        Assert.Equal("Ông Nguyễn Văn Thúy hòa giải", result.Text);
        Assert.True(result.Map.IsIdentity);
    }

    // ---- Folds ----

    [Theory]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\u2009b\u202Fc\u3000d\u205Fe", "a b c d e")]
    [InlineData("a\u2028b\u2029c", "a\nb\nc")]
    [InlineData("“Top10”", "\"Top10\"")]
    [InlineData("„x‟ «y»", "\"x\" \"y\"")]
    [InlineData("‘x’ ‚y‛ 5′ ‹z›", "'x' 'y' 5' 'z'")]
    [InlineData("a‐b‑c‒d–e—f―g−5﹘﹣－", "a-b-c-d-e-f-g-5---")]
    [InlineData("Ｈｅｌｌｏ！ １２３", "Hello! 123")]
    [InlineData("a\r\nb\tc", "a\r\nb\tc")]
    public void Normalize_Folds_OneUnitForOne(string text, string expected)
    {
        // Given spaces, line separators, quotes, dashes or fullwidth forms
        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then each becomes its plain form and the map stays the identity
        Assert.Equal(expected, result.Text);
        Assert.True(result.Map.IsIdentity);
    }

    [Fact]
    public void Normalize_Ellipsis_ExpandsToThreeUnitsOfOneOriginalUnit()
    {
        // Given an ellipsis
        const string text = "Chờ…xem";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then it becomes "..." and all three dots map to the one original unit
        Assert.Equal("Chờ...xem", result.Text);
        for (int i = 3; i < 6; i++)
            Assert.Equal((3, 4), RangeOf(result, i));
        Assert.Equal((4, 5), RangeOf(result, 6));
        Assert.Equal(new TextSpan(3, 1), result.Map.ToOriginal(new TextSpan(3, 3)));
    }

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u200C')]
    [InlineData('\u200D')]
    [InlineData('\u2060')]
    [InlineData('\uFEFF')]
    [InlineData('\u00AD')]
    public void Normalize_InvisibleCharacter_IsRemovedAndAbsorbedByPreviousUnit(char invisible)
    {
        // Given an invisible format character inside a word
        string text = "ab" + invisible + "c";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then it is gone, and the unit before it covers it
        Assert.Equal("abc", result.Text);
        Assert.Equal((0, 1), RangeOf(result, 0));
        Assert.Equal((1, 3), RangeOf(result, 1));
        Assert.Equal((3, 4), RangeOf(result, 2));
    }

    [Fact]
    public void Normalize_LeadingInvisibleCharacters_AreAbsorbedByFirstUnit()
    {
        // Given a byte-order mark and a ZWSP before the text
        const string text = "\uFEFF\u200BHà";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then the first unit covers them
        Assert.Equal("Hà", result.Text);
        Assert.Equal((0, 3), RangeOf(result, 0));
        Assert.Equal((3, 4), RangeOf(result, 1));
    }

    [Fact]
    public void Normalize_OnlyInvisibleCharacters_GivesEmptyText()
    {
        // Given nothing but invisible characters
        const string text = "\u200B\uFEFF";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then the normalized text is empty and maps to the empty start of the original
        Assert.Equal("", result.Text);
        Assert.Equal(2, result.Map.OriginalLength);
        Assert.Equal(new TextSpan(2, 0), result.Map.ToOriginal(new TextSpan(0, 0)));
    }

    [Fact]
    public void Normalize_CleanText_ReturnsSameInstanceWithIdentityMap()
    {
        // Given already normalized Vietnamese news text
        const string text = "Năm 2020, Vinamilk đã vượt qua các thương hiệu trong và ngoài nước (Top 10) - \"Hòa bình\".";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then nothing is copied
        Assert.Same(text, result.Text);
        Assert.True(result.Map.IsIdentity);
        Assert.True(VietnameseNormalizer.IsNormalized(text));
    }

    // ---- Canonicalize, Equivalent ----

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("ho\u0061\u0300", "hòa")]
    [InlineData("ho\u0300a", "hòa")]
    [InlineData("thuý", "thúy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("nứơc", "nước")]
    public void Equivalent_DifferentSpellingsOfOneSyllable_AreEquivalent(string a, string b)
    {
        // Given two spellings of one syllable
        // When
        bool equivalent = VietnameseNormalizer.Equivalent(a, b);

        // Then they compare equal, both ways
        Assert.True(equivalent);
        Assert.True(VietnameseNormalizer.Equivalent(b, a));
    }

    [Fact]
    public void Equivalent_DifferentWords_AreNot()
    {
        // Given words that differ by their tone
        // When
        bool equivalent = VietnameseNormalizer.Equivalent("hòa", "hóa");

        // Then
        Assert.False(equivalent);
    }

    [Fact]
    public void Equivalent_IgnoreCase_ComparesCaseInsensitively()
    {
        // Given different case and tone placement
        // When
        bool strict = VietnameseNormalizer.Equivalent("HOÀ", "hòa");
        bool ignoringCase = VietnameseNormalizer.Equivalent("HOÀ", "hòa", ignoreCase: true);

        // Then
        Assert.False(strict);
        Assert.True(ignoringCase);
    }

    [Fact]
    public void Canonicalize_NormalizedText_ReturnsSameInstance()
    {
        // Given a normalized text
        const string text = "Hòa bình";

        // When
        string result = VietnameseNormalizer.Canonicalize(text);

        // Then
        Assert.Same(text, result);
        Assert.Equal("hòa...\"x\"", VietnameseNormalizer.Canonicalize("hoà…“x”"));
    }

    [Fact]
    public void TryCanonicalize_ShortDestination_ReturnsFalse()
    {
        // Given a destination too short for the expanded ellipsis
        Span<char> destination = stackalloc char[2];

        // When
        bool ok = VietnameseNormalizer.TryCanonicalize("a…", destination, out int written);

        // Then
        Assert.False(ok);
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryCanonicalize_LongEnoughDestination_WritesNormalizedText()
    {
        // Given room for the longest result
        Span<char> destination = stackalloc char[VietnameseNormalizer.GetMaxNormalizedLength(4)];

        // When
        bool ok = VietnameseNormalizer.TryCanonicalize("hoà…", destination, out int written);

        // Then
        Assert.True(ok);
        Assert.Equal("hòa...", destination[..written].ToString());
    }
}
