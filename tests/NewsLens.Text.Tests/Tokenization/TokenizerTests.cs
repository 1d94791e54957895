using NewsLens.Core;
using NewsLens.Text.Tokenization;
using static NewsLens.Text.Tests.Tokenization.TokenAssert;

namespace NewsLens.Text.Tests.Tokenization;

public class TokenizerTests
{
    // ---- numbers ----

    [Theory]
    [InlineData("Có 1.300 người", "Có|1.300|người")]
    [InlineData("tăng 2,5 lần", "tăng|2,5|lần")]
    [InlineData("50.000.000 đồng", "50.000.000|đồng")]
    [InlineData("giá 1.234,56 USD", "giá|1.234,56|USD")]
    [InlineData("0912.345.678", "0912.345.678")]
    public void Tokenize_NumberWithThousandsDotOrDecimalComma_IsOneToken(string text, string expected)
    {
        // Given a number with separators between digit groups
        // When it is tokenized
        // Then the number is one token
        Assert.Equal(expected, Joined(text));
    }

    [Theory]
    [InlineData("nhiệt độ -3,5 độ", "-3,5")]
    [InlineData("tăng +2 bậc", "+2")]
    [InlineData("(-5)", "-5")]
    public void Tokenize_SignedNumber_KeepsTheSign(string text, string number)
    {
        // Given a sign that does not follow a letter or digit
        // Then it belongs to the number
        HasToken(text, number, TokenKind.Number);
    }

    [Fact]
    public void Tokenize_MinusBetweenNumbers_IsPunctuation()
    {
        // Given a range written with a hyphen
        // Then the hyphen is not a sign
        Assert.Equal("10|-|15|người", Joined("10-15 người"));
    }

    [Theory]
    [InlineData("tăng 50%.", "50%")]
    [InlineData("chiếm 2,5%,", "2,5%")]
    public void Tokenize_Percentage_IsOneNumber(string text, string number)
    {
        HasToken(text, number, TokenKind.Number);
    }

    [Theory]
    [InlineData("nặng 15kg", "15kg")]
    [InlineData("rộng 1.300km2.", "1.300km2")]
    [InlineData("rộng 1.300km² thôi", "1.300km²")]
    [InlineData("chạy 100m", "100m")]
    [InlineData("mạng 5G", "5G")]
    public void Tokenize_NumberWithAttachedUnit_IsOneNumber(string text, string number)
    {
        // Given a unit written without a space
        // Then number and unit are one Number token
        HasToken(text, number, TokenKind.Number);
    }

    [Theory]
    [InlineData("1.300 km2 đất", "1.300|km2|đất")]
    [InlineData("1.300 km² đất", "1.300|km²|đất")]
    public void Tokenize_UnitStandingApart_IsOneWord(string text, string expected)
    {
        Assert.Equal(expected, Joined(text));
        HasToken(text, expected.Split('|')[1], TokenKind.Word);
    }

    [Theory]
    [InlineData("năm 2024.", "năm|2024|.")]
    [InlineData("đạt 1.300.", "đạt|1.300|.")]
    [InlineData("là 2,5. Sau", "là|2,5|.|Sau")]
    public void Tokenize_SentenceFinalPeriodAfterNumber_IsSeparate(string text, string expected)
    {
        Assert.Equal(expected, Joined(text));
    }

    // ---- dates and times ----

    [Theory]
    [InlineData("ngày 24/8/2024,", "24/8/2024")]
    [InlineData("ngày 6/9 tới", "6/9")]
    [InlineData("ngày 6-9 tới", "6-9")]
    [InlineData("Sáng 2-9,", "2-9")]
    [InlineData("ngày 24-8-2024.", "24-8-2024")]
    [InlineData("ngày 2024-08-24.", "2024-08-24")]
    [InlineData("tháng 8/2024.", "8/2024")]
    [InlineData("ngày 1/1/24", "1/1/24")]
    public void Tokenize_Date_IsOneDateToken(string text, string date)
    {
        HasToken(text, date, TokenKind.Date);
    }

    [Theory]
    [InlineData("giai đoạn 2020-2021", "giai|đoạn|2020|-|2021")]
    [InlineData("từ 10-15%", "từ|10|-|15%")]
    [InlineData("từ 5-10%", "từ|5|-|10%")]
    [InlineData("tỷ lệ 50/100", "tỷ|lệ|50|/|100")]
    [InlineData("ngày 32/13", "ngày|32|/|13")]
    [InlineData("từ 24/8-30/8", "từ|24/8|-|30/8")]
    public void Tokenize_RangeOrImpossibleDate_IsNotADate(string text, string expected)
    {
        // Given numbers that cannot be a day and a month (or that are followed by '%')
        // Then they are split into numbers and punctuation
        Assert.Equal(expected, Joined(text));
    }

    [Theory]
    [InlineData("thắng 2-1", "2-1")]
    [InlineData("từ 2-3 khúc", "2-3")]
    [InlineData("6-9", "6-9")]
    public void Tokenize_BareDayMonthWithHyphen_IsOneNumberToken(string text, string token)
    {
        // Given a d-m pair with a hyphen and no date word before it (a date, a score or a range)
        // Then it stays one token, a Number: the date and quantity layers decide what it means
        HasToken(text, token, TokenKind.Number);
    }

    [Theory]
    [InlineData("lúc 15h30,", "15h30")]
    [InlineData("lúc 15h.", "15h")]
    [InlineData("lúc 15H30", "15H30")]
    [InlineData("lúc 9:45 sáng", "9:45")]
    [InlineData("lúc 9:45:30", "9:45:30")]
    [InlineData("lúc 15g30", "15g30")]
    public void Tokenize_Time_IsOneTimeToken(string text, string time)
    {
        HasToken(text, time, TokenKind.Time);
    }

    [Theory]
    [InlineData("trong 48h", "48h", TokenKind.Number)]
    [InlineData("nặng 15g", "15g", TokenKind.Number)]
    public void Tokenize_HourOrGramThatCannotBeATime_IsANumber(string text, string token, TokenKind kind)
    {
        HasToken(text, token, kind);
    }

    [Fact]
    public void Tokenize_ScoreWithSingleDigitMinutes_IsNotATime()
    {
        Assert.Equal("thắng|2|:|1", Joined("thắng 2:1"));
    }

    // ---- abbreviations ----

    [Theory]
    [InlineData("tại TP.HCM,", "TP.HCM")]
    [InlineData("các nước v.v. và", "v.v.")]
    [InlineData("các nước v.v... và", "v.v...")]
    [InlineData("PGS.TS. Nguyễn", "PGS.TS.")]
    [InlineData("PGS.TS Nguyễn", "PGS.TS")]
    [InlineData("TS. Lê", "TS.")]
    [InlineData("ThS. Lê", "ThS.")]
    [InlineData("GS. Lê", "GS.")]
    [InlineData("Th.S Lê", "Th.S")]
    [InlineData("the U.S. Army", "U.S.")]
    [InlineData("Mr. Smith", "Mr.")]
    [InlineData("St. Louis", "St.")]
    [InlineData("GS.TSKH. Lê", "GS.TSKH.")]
    [InlineData("tại Q.1", "Q.")]
    [InlineData("Apple Inc. công bố", "Inc.")]
    [InlineData("gặp Mr.", "Mr.")]
    [InlineData("Mr.", "Mr.")]
    public void Tokenize_Abbreviation_IsOneAbbreviationToken(string text, string abbreviation)
    {
        HasToken(text, abbreviation, TokenKind.Abbreviation);
    }

    [Fact]
    public void Tokenize_AbbreviationWithSpace_IsAbbreviationThenWord()
    {
        // Given "TP. HCM" (a space after the dot)
        // Then the listed prefix keeps its dot and the rest is a word
        Assert.Equal("tại|TP.|HCM", Joined("tại TP. HCM"));
        HasToken("tại TP. HCM", "TP.", TokenKind.Abbreviation);
    }

    [Theory]
    [InlineData("gặp Mr... rồi", "gặp|Mr|...|rồi")]
    [InlineData("ở TP.HCM... rồi", "ở|TP.HCM|...|rồi")]
    [InlineData("cam quýt v.v.. rồi", "cam|quýt|v.v..|rồi")]
    public void Tokenize_AbbreviationBeforeEllipsis_NeverCutsTheEllipsis(string text, string expected)
    {
        // Given an ellipsis right after an abbreviation (as "…" becomes "..." in normalization)
        // Then the dots stay together: otherwise two tokens would map back to the same original "…"
        Assert.Equal(expected, Joined(text));
    }

    [Fact]
    public void Tokenize_AbbreviationAtSentenceEnd_LeavesThePeriodWhenTheLastSegmentIsNotListed()
    {
        Assert.Equal("ở|TP.HCM|.", Joined("ở TP.HCM."));
    }

    [Theory]
    [InlineData("Seth G. Jones", "Seth|G.|Jones", "G.")]
    [InlineData("George W. Bush", "George|W.|Bush", "W.")]
    [InlineData("J.R.R. Tolkien", "J.R.R.|Tolkien", "J.R.R.")]
    [InlineData("C.Ronaldo ghi bàn", "C.|Ronaldo|ghi|bàn", "C.")]
    [InlineData("ông N.V.Đ. (sinh", "ông|N.V.Đ.|(|sinh", "N.V.Đ.")]
    public void Tokenize_InitialsInNames_AreAbbreviations(string text, string expected, string initials)
    {
        // Given initials inside a name
        // Then each initial (or run of initials) keeps its dot and is an Abbreviation
        Assert.Equal(expected, Joined(text));
        HasToken(text, initials, TokenKind.Abbreviation);
    }

    [Theory]
    [InlineData("ở Việt Nam. Ông", "ở|Việt|Nam|.|Ông")]
    [InlineData("khối Châu Á. Điều", "khối|Châu|Á|.|Điều")]
    [InlineData("điểm a. tiếp", "điểm|a|.|tiếp")]
    [InlineData("nhóm B.\nĐội", "nhóm|B|.|Đội")]
    [InlineData("Vinamilk.Ông", "Vinamilk|.|Ông")]
    public void Tokenize_WordBeforeSentencePeriod_IsNotAnAbbreviation(string text, string expected)
    {
        Assert.Equal(expected, Joined(text));
    }

    // ---- URLs, e-mails, hashtags, mentions ----

    [Theory]
    [InlineData("xem https://dantri.com.vn/kinh-doanh/a-b.htm.", "https://dantri.com.vn/kinh-doanh/a-b.htm")]
    [InlineData("(http://bit.ly/abc)", "http://bit.ly/abc")]
    [InlineData("tại www.facebook.com/JoieBaby.com.vn, ", "www.facebook.com/JoieBaby.com.vn")]
    [InlineData("theo dantri.com.vn.", "dantri.com.vn")]
    [InlineData("vào Kitco.com cho biết", "Kitco.com")]
    [InlineData("xem https://vi.wikipedia.org/wiki/A_(B).", "https://vi.wikipedia.org/wiki/A_(B)")]
    [InlineData("link \"https://x.vn/a?b=1&c=2\".", "https://x.vn/a?b=1&c=2")]
    public void Tokenize_Url_IsOneUrlWithoutTrailingPunctuation(string text, string url)
    {
        HasToken(text, url, TokenKind.Url);
    }

    [Theory]
    [InlineData("gửi về giaoduc@dantri.com.vn.", "giaoduc@dantri.com.vn")]
    [InlineData("liên hệ cskh.intechsolar@intech-group.vn,", "cskh.intechsolar@intech-group.vn")]
    [InlineData("giaoduc@dantri.com.vn.Tr", "giaoduc@dantri.com.vn")]
    public void Tokenize_Email_IsOneEmailToken(string text, string email)
    {
        HasToken(text, email, TokenKind.Email);
    }

    [Theory]
    [InlineData("chiến dịch #Covid19 lan", "#Covid19", TokenKind.Hashtag)]
    [InlineData("hashtag #ViệtNamƠi!", "#ViệtNamƠi", TokenKind.Hashtag)]
    [InlineData("theo @Parking_Meater.", "@Parking_Meater", TokenKind.Mention)]
    [InlineData("số # 5", "#", TokenKind.Symbol)]
    public void Tokenize_HashtagAndMention_AreOneToken(string text, string token, TokenKind kind)
    {
        HasToken(text, token, kind);
    }

    // ---- words ----

    [Theory]
    [InlineData("Hà Nội", "Hà|Nội")]
    [InlineData("Vie\u0302\u0323t Nam", "Vie\u0302\u0323t|Nam")]
    [InlineData("Москва và 北京", "Москва|và|北京")]
    [InlineData("chuyến bay MH17", "chuyến|bay|MH17")]
    public void Tokenize_Letters_FormWordsWithTheirMarks(string text, string expected)
    {
        // Given letters of any script, possibly with combining marks (decomposed Vietnamese)
        // Then a word is a run of letters with its marks and digits
        Assert.Equal(expected, Joined(text));
    }

    [Theory]
    [InlineData("dịch COVID-19 lan", "COVID-19")]
    [InlineData("dịch Covid-19.", "Covid-19")]
    [InlineData("tiêm kích F-16,", "F-16")]
    [InlineData("tiêm kích Su-35", "Su-35")]
    [InlineData("virus SARS-CoV-2.", "SARS-CoV-2")]
    public void Tokenize_HyphenatedAlphanumericName_IsOneWord(string text, string word)
    {
        HasToken(text, word, TokenKind.Word);
    }

    [Theory]
    [InlineData("giá xăng từ 2.000 đồng/lít-5.000 đồng/lít", "giá|xăng|từ|2.000|đồng|/|lít|-|5.000|đồng|/|lít")]
    [InlineData("từ 200 nghìn-2 triệu đồng", "từ|200|nghìn|-|2|triệu|đồng")]
    [InlineData("khoảng 3 tấn-7 tấn", "khoảng|3|tấn|-|7|tấn")]
    public void Tokenize_HyphenBetweenAWordAfterANumberAndANumber_IsARangeDash(string text, string expected)
    {
        // Given a range whose lower bound ends in a unit or scale word typed against the upper bound's digits
        // When it is tokenized
        // Then the unit word, the dash and the upper bound are separate tokens (no "lít-5" compound)
        Assert.Equal(expected, Joined(text));
    }

    [Theory]
    [InlineData("ca covid-19 mới", "covid-19")]
    [InlineData("ngày 2 Covid-19 lan", "Covid-19")]
    [InlineData("mẫu xe-2 bánh", "xe-2")]
    public void Tokenize_HyphenatedWordNotAfterANumberOrCapitalized_StaysOneWord(string text, string word)
    {
        // Given a lowercase compound with digits that does not follow a number, or a capitalized name after one
        // When it is tokenized
        // Then it stays one word; only a lowercase word right after a number (or a rate's slash) gives up the dash
        HasToken(text, word, TokenKind.Word);
    }

    [Theory]
    [InlineData("doanh thu đạt1.885 tỷ đồng", "doanh|thu|đạt|1.885|tỷ|đồng")]
    [InlineData("giá tăng5% và giảm48%", "giá|tăng|5%|và|giảm|48%")]
    [InlineData("Tăng12 bậc", "Tăng|12|bậc")]
    [InlineData("từ năm2019", "từ|năm|2019")]
    public void Tokenize_VietnameseWordTypedAgainstANumber_IsSplit(string text, string expected)
    {
        // Given a Vietnamese word (a letter outside ASCII) typed with no space before a number
        // When it is tokenized
        // Then the word and the number are two tokens
        Assert.Equal(expected, Joined(text));
    }

    [Theory]
    [InlineData("đội U23 thắng", "U23")]
    [InlineData("virus H5N1 lây", "H5N1")]
    [InlineData("tệp mp3 mới", "mp3")]
    [InlineData("dịch COVID19 lan", "COVID19")]
    [InlineData("chiếc iPhone12 mới", "iPhone12")]
    public void Tokenize_AsciiCodeWithDigits_KeepsItsDigits(string text, string word)
    {
        // Given a code or name written in ASCII letters with digits
        // When it is tokenized
        // Then it stays one word (a glued number is split only after a Vietnamese word)
        HasToken(text, word, TokenKind.Word);
    }

    [Theory]
    [InlineData("xung đột Nga-Ukraine", "xung|đột|Nga|-|Ukraine")]
    [InlineData("tới Mát-xcơ-va", "tới|Mát|-|xcơ|-|va")]
    public void Tokenize_HyphenBetweenLetterOnlyWords_IsSplit(string text, string expected)
    {
        // Given a hyphen between letter-only parts (a compound or a transliteration)
        // Then every part is a token and the word segmenter decides what to join
        Assert.Equal(expected, Joined(text));
    }

    [Theory]
    [InlineData("ông O'Brien nói", "ông|O'Brien|nói")]
    [InlineData("Vietnam’s Strongest", "Vietnam’s|Strongest")]
    [InlineData("'Tôi' nói", "'|Tôi|'|nói")]
    [InlineData("infor\u00ADmation", "infor\u00ADmation")]
    public void Tokenize_ApostropheBetweenLetters_StaysInsideTheWord(string text, string expected)
    {
        Assert.Equal(expected, Joined(text));
    }

    // ---- punctuation, quotes, symbols ----

    [Theory]
    [InlineData("Ông nói: \"Tôi đồng ý.\"", "Ông|nói|:|\"|Tôi|đồng|ý|.|\"")]
    [InlineData("“Tốt”, ông nói", "“|Tốt|”|,|ông|nói")]
    [InlineData("«Tốt» ‘a’ ‹b› „c”", "«|Tốt|»|‘|a|’|‹|b|›|„|c|”")]
    [InlineData("(a) [b] {c}", "(|a|)|[|b|]|{|c|}")]
    [InlineData("Vậy sao?! Thế à!!!", "Vậy|sao|?!|Thế|à|!!!")]
    [InlineData("chờ... rồi… xong", "chờ|...|rồi|…|xong")]
    [InlineData("a – b — c", "a|–|b|—|c")]
    public void Tokenize_PunctuationAndQuotes_AreTheirOwnTokens(string text, string expected)
    {
        Assert.Equal(expected, Joined(text));
    }

    [Theory]
    [InlineData("“", TokenKind.Quote)]
    [InlineData("»", TokenKind.Quote)]
    [InlineData("'", TokenKind.Quote)]
    [InlineData("…", TokenKind.Punctuation)]
    [InlineData("–", TokenKind.Punctuation)]
    [InlineData("%", TokenKind.Symbol)]
    [InlineData("&", TokenKind.Symbol)]
    [InlineData("$", TokenKind.Symbol)]
    [InlineData("\u0008", TokenKind.Other)]
    public void Tokenize_SingleCharacter_HasItsKind(string text, TokenKind kind)
    {
        HasToken(text, text, kind);
    }

    [Fact]
    public void Tokenize_LoneSurrogatesAndControls_AreOneOtherTokenEach()
    {
        // Given lone surrogates (built in code: attributes cannot hold them) and a control character
        string text = "a\uD800b \uDC00\uDC00 \u0001";
        // When it is tokenized
        RawToken[] tokens = Tokenizer.Tokenize(text);
        // Then each of them is one Other token and nothing throws
        Assert.Equal(["a", "\uD800", "b", "\uDC00", "\uDC00", "\u0001"], Texts(text));
        Assert.Equal(TokenKind.Other, tokens[1].Kind);
        Assert.Equal(TokenKind.Other, tokens[3].Kind);
        Assert.Equal(TokenKind.Other, tokens[5].Kind);
    }

    [Theory]
    [InlineData("vui 😀 quá", "😀")]
    [InlineData("👍🏽!", "👍🏽")]
    [InlineData("👨‍👩‍👧 nhà", "👨‍👩‍👧")]
    [InlineData("🇻🇳🇺🇸", "🇻🇳")]
    [InlineData("❤️ yêu", "❤️")]
    public void Tokenize_Emoji_IsOneSymbolToken(string text, string emoji)
    {
        HasToken(text, emoji, TokenKind.Symbol);
    }

    [Fact]
    public void Tokenize_TwoEmoji_AreTwoTokens()
    {
        Assert.Equal("😀|😀", Joined("😀😀"));
    }

    // ---- raw text: whitespace and zero-width characters ----

    [Fact]
    public void Tokenize_NbspAndZeroWidthCharacters_AreGaps()
    {
        // Given raw text with NBSP, zero-width space/joiner, word joiner and BOM
        string text = "\uFEFFHà\u00A0Nội\u200Bvà\u2060Huế\u200C!";
        // When it is tokenized
        // Then those characters separate tokens and are in no token
        Assert.Equal("Hà|Nội|và|Huế|!", Joined(text));
        Assert.True(Tiles(text));
    }

    [Fact]
    public void Tokenize_EmptyAndWhitespace_GiveNoToken()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t\u200B "));
    }

    [Fact]
    public void Enumerate_Spans_PointIntoTheGivenText()
    {
        // Given a text with a leading gap
        string text = "  Hà Nội.";
        // When it is enumerated
        var spans = new List<TextSpan>();
        foreach (RawToken token in Tokenizer.Enumerate(text.AsSpan()))
            spans.Add(token.Span);
        // Then the spans are offsets into that text
        Assert.Equal([new TextSpan(2, 2), new TextSpan(5, 3), new TextSpan(8, 1)], spans);
    }

    [Fact]
    public void Tokenize_RealNewsSentence_IsTokenizedAsExpected()
    {
        // Given a sentence in the style of the Dân trí corpus
        string text = "Ngày 24/8/2024, PGS.TS. Nguyễn Văn A (TP.HCM) cho biết 1.300 người, chiếm 2,5%, đã tiêm vaccine Covid-19 lúc 15h30.";
        // Then every rule applies together
        Assert.Equal(
            "Ngày|24/8/2024|,|PGS.TS.|Nguyễn|Văn|A|(|TP.HCM|)|cho|biết|1.300|người|,|chiếm|2,5%|,|đã|tiêm|vaccine|Covid-19|lúc|15h30|.",
            Joined(text));
    }
}
