using NewsLens.Core;
using NewsLens.Text.Sentences;
using static NewsLens.Text.Tests.Sentences.SentenceAssert;

namespace NewsLens.Text.Tests.Sentences;

public class SentenceSplitterTests
{
    // ---- paragraphs ----

    [Fact]
    public void Split_EveryLineBreak_EndsAParagraph()
    {
        // Given one paragraph per line, as a news CMS stores them, with blank lines and \r\n
        string text = "Tiêu đề bài báo\r\nĐoạn một. Câu hai.\n\n\nĐoạn hai\n";
        // When it is split
        var (sentences, paragraphs, _) = Split(text);
        // Then each non-empty line is a paragraph, counted from 0, and a heading without a period is a sentence
        Assert.Equal(3, paragraphs.Count);
        Assert.Equal("Tiêu đề bài báo || Đoạn một. || Câu hai. || Đoạn hai", Joined(text));
        Assert.Equal([0, 1, 1, 2], sentences.All.ToArray().Select(s => s.Paragraph));
        Assert.Equal("Đoạn một. Câu hai.", text.Substring(paragraphs[1].Span.Start, paragraphs[1].Span.Length));
        Assert.Equal(1, paragraphs[1].FirstSentence);
        Assert.Equal(2, paragraphs[1].SentenceCount);
    }

    [Fact]
    public void Split_LineBreakWithoutPeriod_IsAHardBoundary()
    {
        // Given a line that ends without a terminator, followed by a lower-case line
        // Then the line break still ends the sentence
        Assert.Equal("Hà Nội || và Huế", Joined("Hà Nội\nvà Huế"));
    }

    [Fact]
    public void Split_EmptyOrWhitespaceText_HasNoSentenceAndNoParagraph()
    {
        var (sentences, paragraphs, _) = Split(" \n\n ");
        Assert.Equal(0, sentences.Count);
        Assert.Equal(0, paragraphs.Count);
    }

    // ---- terminators ----

    [Theory]
    [InlineData("Trời mưa. Đường ngập.", "Trời mưa. || Đường ngập.")]
    [InlineData("Thật sao? Vâng!", "Thật sao? || Vâng!")]
    [InlineData("Vậy sao?! Đúng.", "Vậy sao?! || Đúng.")]
    [InlineData("Thắng rồi! Đội nhà vui.", "Thắng rồi! || Đội nhà vui.")]
    [InlineData("Năm 2024. 300 người đến.", "Năm 2024. || 300 người đến.")]
    [InlineData("Ông về. \"Tôi mệt\", ông nói.", "Ông về. || \"Tôi mệt\", ông nói.")]
    [InlineData("Ông về. (Ảnh: Getty)", "Ông về. || (Ảnh: Getty)")]
    [InlineData("Ông về. - Bà đi.", "Ông về. || - Bà đi.")]
    [InlineData("Ông về. • Bà đi.", "Ông về. || • Bà đi.")]
    public void Split_TerminatorBeforeASentenceStart_EndsTheSentence(string text, string expected)
    {
        // Given '.', '!', '?' followed by a capital, a digit, an opening quote or bracket, or a bullet
        // Then the sentence ends after the terminator
        Assert.Equal(expected, Joined(text));
    }

    [Theory]
    [InlineData("Trời mưa. đường ngập.")]
    [InlineData("Ôi! thật sao.")]
    [InlineData("Ông về. (ảnh minh họa)")]
    public void Split_TerminatorBeforeLowerCase_DoesNotSplit(string text)
    {
        Assert.Single(SentenceTexts(text));
    }

    [Theory]
    [InlineData("Diện tích 1.300km2, dân số 2,5 triệu người.")]
    [InlineData("Giá 1.234,56 USD ngày 24/8/2024 lúc 9:45.")]
    public void Split_PeriodsInsideNumbers_DoNotSplit(string text)
    {
        Assert.Single(SentenceTexts(text));
    }

    // ---- abbreviations and initials ----

    [Theory]
    [InlineData("PGS.TS. Nguyễn Văn A phát biểu.")]
    [InlineData("Ông Seth G. Jones phát biểu.")]
    [InlineData("Ông George W. Bush phát biểu.")]
    [InlineData("Ông ở TP. Hồ Chí Minh.")]
    [InlineData("Mr. Smith đến.")]
    [InlineData("Ông J.R.R. Tolkien viết.")]
    [InlineData("Ông ở Q. Bình Thạnh.")]
    [InlineData("GS.TSKH. Lê Văn B nói.")]
    [InlineData("(Ảnh: M. Hà).")]
    [InlineData("Biến thể B.1.617 lây nhanh.")]
    [InlineData("Biến thể B. 1.617 lây nhanh.")]
    public void Split_AfterTitleAbbreviationOrInitial_DoesNotSplit(string text)
    {
        // Given a title abbreviation or an initial inside a name, followed by a capitalized name
        // Then the sentence goes on
        Assert.Single(SentenceTexts(text));
    }

    [Theory]
    [InlineData("Đội thuộc bảng B. Đội tuyển đi tiếp.", "Đội thuộc bảng B. || Đội tuyển đi tiếp.")]
    [InlineData("Ông làm ở Apple Inc. Tim Cook biết.", "Ông làm ở Apple Inc. || Tim Cook biết.")]
    [InlineData("Có cam, quýt v.v. Sau đó về.", "Có cam, quýt v.v. || Sau đó về.")]
    [InlineData("Có cam, quýt v.v... Sau đó về.", "Có cam, quýt v.v... || Sau đó về.")]
    [InlineData("Đó là châu Á. Điều này rõ.", "Đó là châu Á. || Điều này rõ.")]
    public void Split_AfterAbbreviationThatCanCloseASentence_SplitsBeforeACapital(string text, string expected)
    {
        Assert.Equal(expected, Joined(text));
    }

    // ---- quotes ----

    [Fact]
    public void Split_PeriodInsideClosingQuote_QuoteBelongsToTheFirstSentence()
    {
        // Given `."` followed by a new sentence
        string text = "Ông nói: \"Tôi đồng ý.\" Sau đó ông về.";
        // Then the sentence ends after the closing quote
        Assert.Equal("Ông nói: \"Tôi đồng ý.\" || Sau đó ông về.", Joined(text));
    }

    [Theory]
    [InlineData("Ông hỏi: “Anh đi đâu?” Rồi ông về.", "Ông hỏi: “Anh đi đâu?” || Rồi ông về.")]
    [InlineData("Bà nói: «Được.» Xong.", "Bà nói: «Được.» || Xong.")]
    [InlineData("Ông viết: \"Tôi đi.\"Sau đó về.", "Ông viết: \"Tôi đi.\" || Sau đó về.")]
    [InlineData("(Ông đã về.) Bà ở lại.", "(Ông đã về.) || Bà ở lại.")]
    public void Split_TerminatorThenClosingQuoteOrBracket_EndsAfterTheCloser(string text, string expected)
    {
        Assert.Equal(expected, Joined(text));
    }

    [Theory]
    [InlineData("\"Chúng tôi sẵn sàng,\" ông nói.")]
    [InlineData("“Chúng tôi sẵn sàng,” Ông Nam nói.")]
    [InlineData("\"Anh đi đâu?\" ông hỏi.")]
    [InlineData("\"Tuyệt vời!\" cô reo lên.")]
    public void Split_QuoteFollowedByLowerCaseOrAfterComma_IsOneSentence(string text)
    {
        // Given `,"` (never a sentence end) or `?"` followed by a lower-case verb of saying
        Assert.Single(SentenceTexts(text));
    }

    [Fact]
    public void Split_AsciiQuoteSpacedOnBothSides_ClosesByParity()
    {
        // Given an ASCII quote with spaces on both sides after a terminator; the paragraph has one quote open
        string text = "Ông nói: \" Tôi đồng ý. \" Sau đó về.";
        // Then parity makes it the closing quote, and it stays with the first sentence
        Assert.Equal("Ông nói: \" Tôi đồng ý. \" || Sau đó về.", Joined(text));
    }

    [Fact]
    public void Split_QuoteParity_ResetsAtEachParagraph()
    {
        // Given an unbalanced quote in one paragraph and a new paragraph that opens a quote after a sentence
        string text = "Ông nói: \"Tôi đi\nBà về. \"Được\" ông đáp.";
        // Then the second paragraph's quote is an opening one and starts a sentence
        Assert.Equal("Ông nói: \"Tôi đi || Bà về. || \"Được\" ông đáp.", Joined(text));
    }

    [Fact]
    public void Split_ColonBeforeQuote_DoesNotSplit()
    {
        Assert.Equal("Ông nói: \"Tôi đồng ý\" rồi đi.", Joined("Ông nói: \"Tôi đồng ý\" rồi đi."));
    }

    [Fact]
    public void Split_PeriodAfterClosingQuote_EndsTheSentence()
    {
        Assert.Equal("Ông gọi đó là \"bước ngoặt\". || Sau đó ông về.", Joined("Ông gọi đó là \"bước ngoặt\". Sau đó ông về."));
    }

    // ---- ellipses ----

    [Theory]
    [InlineData("Chờ đã... Rồi sao?", "Chờ đã... || Rồi sao?")]
    [InlineData("Chờ đã… Rồi sao?", "Chờ đã… || Rồi sao?")]
    [InlineData("Anh ấy đi... rồi về.", "Anh ấy đi... rồi về.")]
    [InlineData("Tăng từ 10... 20 người.", "Tăng từ 10... 20 người.")]
    [InlineData("Anh ấy đi... \"Thôi\" rồi về.", "Anh ấy đi... || \"Thôi\" rồi về.")]
    public void Split_Ellipsis_EndsOnlyBeforeACapitalizedStart(string text, string expected)
    {
        Assert.Equal(expected, Joined(text));
    }

    // ---- bullets and lists ----

    [Theory]
    [InlineData("Gồm:\n- Hà Nội\n• Huế\n+ Đà Nẵng\n* Cần Thơ", "Gồm: || - Hà Nội || • Huế || + Đà Nẵng || * Cần Thơ")]
    [InlineData("Gồm:\n1. Hà Nội.\n2. Huế.", "Gồm: || 1. Hà Nội. || 2. Huế.")]
    [InlineData("Gồm:\na) Hà Nội;\nb) Huế.", "Gồm: || a) Hà Nội; || b) Huế.")]
    public void Split_BulletLines_StartNewSentences(string text, string expected)
    {
        // Given a list, one item per line
        // Then every item is a sentence, and "1." at the start is a list marker, not a sentence end
        Assert.Equal(expected, Joined(text));
    }

    [Fact]
    public void Split_NumberedItemsInOneParagraph_KeepTheirMarkers()
    {
        Assert.Equal("1. Hà Nội. || 2. Huế.", Joined("1. Hà Nội. 2. Huế."));
    }

    // ---- layers ----

    [Fact]
    public void Split_SentenceSpans_PointIntoTheOriginalText()
    {
        // Given a normalized text whose map points into a longer original ("…" expanded to "...")
        string original = "Chờ… Rồi.";
        string normalized = "Chờ... Rồi.";
        var map = OffsetMap.FromRanges([0, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 4, 4, 5, 6, 7, 8, 9], original.Length);
        var text = new NormalizedText(normalized, map);
        // When it is tokenized and split
        var (sentences, _) = SentenceSplitter.Split(text, TokenizerAnnotator.Tokenize(text));
        // Then sentence spans are original offsets
        Assert.Equal(2, sentences.Count);
        Assert.Equal("Chờ…", original.Substring(sentences[0].Span.Start, sentences[0].Span.Length));
        Assert.Equal("Rồi.", original.Substring(sentences[1].Span.Start, sentences[1].Span.Length));
    }

    [Fact]
    public void Split_StringOverload_MatchesTheLayerOverload()
    {
        string text = "Trời mưa. Đường ngập.\nXe kẹt.";
        var (a, b) = SentenceSplitter.Split(text);
        var (c, d, _) = Split(text);
        Assert.Equal(a.All.ToArray(), c.All.ToArray());
        Assert.Equal(b.All.ToArray(), d.All.ToArray());
    }
}
