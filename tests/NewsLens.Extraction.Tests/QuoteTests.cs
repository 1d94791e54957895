using NewsLens.Core;
using NewsLens.Extraction.Entities;
using NewsLens.Extraction.Quotes;
using NewsLens.Text;

namespace NewsLens.Extraction.Tests;

/// <summary>One test per construction of issue 6 (items 1–3), on short sentences written for the test.</summary>
public class QuoteTests
{
    internal static readonly NewsLensPipeline Pipeline = NewsLensPipeline.CreateBuilder().UseQuotes().Build();

    private static (Document Doc, Quote[] Quotes) Run(string text)
    {
        Document doc = Pipeline.Process(text);
        return (doc, doc.GetQuotes().ToArray());
    }

    private static string Text(Document doc, TextSpan span) => doc.Slice(span).ToString();

    private static string SpeakerName(Document doc, Quote q)
    {
        Assert.True(q.Speaker is { Entity: >= 0 }, $"no speaker entity for '{Text(doc, q.Content)}'");
        return Text(doc, doc.GetEntities().Entities[q.Speaker!.Value.Entity].Name);
    }

    private static Quote Single(Document doc, Quote[] quotes)
    {
        Assert.True(quotes.Length == 1, $"expected one quote, found {quotes.Length}: {string.Join(" | ", quotes.Select(q => Text(doc, q.Content)))}");
        return quotes[0];
    }

    [Fact]
    public void Direct_QuoteThenCommaSpeakerCue_IsAttributed()
    {
        // Given a quote followed by ", ông Nam nói."
        var (doc, quotes) = Run("\"Chúng tôi sẵn sàng hỗ trợ người dân vùng lũ\", ông Trần Văn Nam nói.");
        // Then one direct quote, its content without the marks, the cue "nói" and the speaker Trần Văn Nam
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Chúng tôi sẵn sàng hỗ trợ người dân vùng lũ", Text(doc, q.Content));
        Assert.Equal("nói", Text(doc, q.Cue!.Value));
        Assert.Equal("ông Trần Văn Nam", Text(doc, q.Speaker!.Value.Span));
        Assert.Equal("Trần Văn Nam", SpeakerName(doc, q));
    }

    [Theory]
    [InlineData("“", "”")]
    [InlineData("«", "»")]
    [InlineData("\"", "\"")]
    public void Direct_EveryQuoteStyle_IsFound(string open, string close)
    {
        var (doc, quotes) = Run($"Bộ trưởng Quốc phòng Mỹ Lloyd Austin phát biểu rằng: {open}Chúng tôi sẽ tiếp tục viện trợ cho đồng minh.{close}");
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Chúng tôi sẽ tiếp tục viện trợ cho đồng minh.", Text(doc, q.Content));
        Assert.Equal("phát biểu", Text(doc, q.Cue!.Value));
        Assert.Equal("Lloyd Austin", SpeakerName(doc, q));
    }

    [Fact]
    public void Entities_TitlePlusName_AttachesTheTitleAndAffiliation()
    {
        Document doc = Pipeline.Process("Bộ trưởng Quốc phòng Mỹ Lloyd Austin phát biểu rằng: “Chúng tôi sẽ tiếp tục viện trợ.”");
        DocumentEntity austin = doc.GetEntities().Entities.Single(e => doc.Slice(e.Name).SequenceEqual("Lloyd Austin"));
        Assert.Equal(EntityType.Person, austin.Type);
        Assert.Contains("Bộ trưởng Quốc phòng Mỹ", austin.Titles.Select(t => doc.Slice(t).ToString()));
    }

    [Fact]
    public void Direct_NestedSingleQuotes_StayInsideOneQuote()
    {
        var (doc, quotes) = Run("“Họ gọi đó là ‘ranh giới đỏ’ của mình và sẽ không lùi bước”, ông Austin nói.");
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.StartsWith("Họ gọi đó là ‘ranh giới đỏ’", Text(doc, q.Content), StringComparison.Ordinal);
        Assert.True(doc.Get(ExtractionLayers.Quotes).ScareQuotes.IsEmpty);
    }

    [Fact]
    public void Direct_ParagraphLeftOpen_ContinuesInTheNextParagraph()
    {
        // Given a paragraph that opens a quote without closing it, and a next paragraph that opens it again
        string text = "Ông Nam nói: “Câu thứ nhất của ông Nam về dự án này.\n“Câu thứ hai vẫn là lời của ông Nam.”";
        var (doc, quotes) = Run(text);
        // Then one direct quote spans both paragraphs
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.StartsWith("Câu thứ nhất", Text(doc, q.Content), StringComparison.Ordinal);
        Assert.EndsWith("lời của ông Nam.", Text(doc, q.Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("”")] // closed in the third paragraph
    [InlineData("")]  // left open to the end of the text
    public void Direct_ParagraphsLeftOpenTwice_AreOneQuotation(string close)
    {
        // Given a quotation over three paragraphs, each opening a mark and the first two leaving it open, in mixed mark styles
        string text = "Ông Nam nói: «Câu thứ nhất của ông Nam.\n\"Câu thứ hai của ông Nam.\n“Câu thứ ba của ông Nam." + close;
        var (doc, quotes) = Run(text);
        // Then it is one direct quote from the first paragraph to the third (the recognizer used to loop forever on it)
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.StartsWith("Câu thứ nhất", Text(doc, q.Content), StringComparison.Ordinal);
        Assert.EndsWith("Câu thứ ba của ông Nam.", Text(doc, q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Direct_ShortParagraphsLeftOpen_EndWithoutLooping()
    {
        // Given the smallest text of that shape a property run found (three paragraphs, each opening a mark)
        var (doc, quotes) = Run("«ỉ\n\"Q\n“b");
        // Then the recognizer ends and every quote lies inside the text
        foreach (Quote q in quotes)
            Assert.InRange(q.Content.End, q.Content.Start, doc.Text.Length);
    }

    [Fact]
    public void Direct_StandingAlone_TakesThePreviousParagraphsSpeaker()
    {
        string text = "“Chúng tôi sẽ làm hết sức mình”, Thủ tướng Anthony Albanese nói.\n“Người dân có quyền được biết sự thật về vụ việc này.”";
        var (doc, quotes) = Run(text);
        Assert.Equal(2, quotes.Length);
        Assert.Null(quotes[1].Cue);
        Assert.Equal("Anthony Albanese", SpeakerName(doc, quotes[1]));
    }

    [Fact]
    public void Direct_SpeakerIntroducedByTheoInThePreviousParagraph_ResolvesOng()
    {
        string text = "Theo Seth G. Jones, Nga đang gặp nhiều khó khăn về hậu cần.\n“Họ không thể duy trì nhịp độ này lâu dài”, ông nói.";
        var (doc, quotes) = Run(text);
        Quote direct = quotes.Single(q => q.Kind == QuoteKind.Direct);
        Assert.Equal("ông", Text(doc, direct.Speaker!.Value.Span));
        Assert.Equal("Seth G. Jones", SpeakerName(doc, direct));
        Quote theo = quotes.Single(q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("Theo", Text(doc, theo.Cue!.Value));
        Assert.Equal("Nga đang gặp nhiều khó khăn về hậu cần", Text(doc, theo.Content));
    }

    [Fact]
    public void Indirect_SpeakerCueClause_IsReportedSpeech()
    {
        var (doc, quotes) = Run("Ông Phạm Minh Chính cho biết giá điện sẽ tăng vào tháng tới.");
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("giá điện sẽ tăng vào tháng tới", Text(doc, q.Content));
        Assert.Equal("cho biết", Text(doc, q.Cue!.Value));
        Assert.Equal("Phạm Minh Chính", SpeakerName(doc, q));
    }

    [Fact]
    public void Indirect_TheoAfterTheClause_IsReportedSpeech()
    {
        var (doc, quotes) = Run("Số ca mắc mới đã giảm mạnh trong tuần qua, theo Bộ Y tế.");
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("Số ca mắc mới đã giảm mạnh trong tuần qua", Text(doc, q.Content));
        Assert.Equal("Bộ Y tế", SpeakerName(doc, q));
    }

    [Fact]
    public void Indirect_DongThoiNoiThemRang_KeepsTheSpeakerOfTheFirstClause()
    {
        var (doc, quotes) = Run("Ông Nguyễn Văn An cho biết dự án đã hoàn thành đúng hạn, đồng thời nói thêm rằng chi phí thấp hơn dự kiến.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("dự án đã hoàn thành đúng hạn", Text(doc, quotes[0].Content));
        Assert.Equal("chi phí thấp hơn dự kiến", Text(doc, quotes[1].Content));
        Assert.All(quotes, q => Assert.Equal("Nguyễn Văn An", SpeakerName(doc, q)));
    }

    [Fact]
    public void Indirect_UnnamedGroupCuoRang_IsAnonymous()
    {
        var (doc, quotes) = Run("Các nhà ngoại giao phương Tây cho rằng lệnh trừng phạt sẽ còn kéo dài.");
        Quote q = Single(doc, quotes);
        Assert.True(q.Speaker!.Value.Anonymous);
        Assert.Equal(-1, q.Speaker.Value.Entity);
        Assert.Equal("Các nhà ngoại giao phương Tây", Text(doc, q.Speaker.Value.Span));
    }

    [Fact]
    public void Direct_UnnamedOfficial_IsAnonymousWithItsDescription()
    {
        var (doc, quotes) = Run("“Chúng tôi rất lo ngại về diễn biến này”, một quan chức cấp cao của châu Âu cho biết.");
        Quote q = Single(doc, quotes);
        Assert.True(q.Speaker!.Value.Anonymous);
        Assert.Equal("một quan chức cấp cao của châu Âu", Text(doc, q.Speaker.Value.Span));
    }

    [Fact]
    public void Indirect_OrganizationSpeaker_IsAnEntity()
    {
        var (doc, quotes) = Run("Hôm qua, Điện Kremlin cho biết Nga sẵn sàng đàm phán với Ukraine.");
        Quote q = Single(doc, quotes);
        Assert.Equal("Điện Kremlin", SpeakerName(doc, q));
        Assert.Equal(EntityType.Organization, doc.GetEntities().Entities[q.Speaker!.Value.Entity].Type);
    }

    [Fact]
    public void Mixed_QuotedFragmentInReportedSpeech_IsMixedNotScare()
    {
        var (doc, quotes) = Run("Ông Austin lưu ý rằng Ukraine có “khả năng khá đáng kể của riêng mình”.");
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.StartsWith("Ukraine có “khả năng", Text(doc, q.Content), StringComparison.Ordinal);
        Assert.True(doc.Get(ExtractionLayers.Quotes).ScareQuotes.IsEmpty);
    }

    [Fact]
    public void ScareQuote_TermInQuotes_IsNotSpeech()
    {
        var (doc, quotes) = Run("Khu vực này từ lâu được coi là “ranh giới đỏ” giữa hai bên.");
        Assert.Empty(quotes);
        TextSpan scare = Assert.Single(doc.Get(ExtractionLayers.Quotes).ScareQuotes.ToArray());
        Assert.Equal("ranh giới đỏ", Text(doc, scare));
    }

    [Fact]
    public void Speaker_DemonstrativeBackReference_ResolvesToThePersonNamedBefore()
    {
        var (doc, quotes) = Run("Tướng Mark Milley đã tới thăm Kiev hôm thứ hai. Vị tướng này nói rằng quân đội Ukraine đang tiến triển tốt.");
        Quote q = Single(doc, quotes);
        Assert.Equal("Vị tướng này", Text(doc, q.Speaker!.Value.Span));
        Assert.Equal("Mark Milley", SpeakerName(doc, q));
    }

    [Fact]
    public void Entities_MentionsOfOnePerson_AreGroupedUnderTheFullestName()
    {
        Document doc = Pipeline.Process("Tổng thống Volodymyr Zelensky đã tới Washington. Ông Zelensky gặp các nghị sĩ. Sau đó Zelensky rời đi.");
        DocumentEntity z = doc.GetEntities().Entities.Single(e => e.Type == EntityType.Person);
        Assert.Equal("Volodymyr Zelensky", doc.Slice(z.Name).ToString());
        Assert.Equal(3, z.Mentions.Count);
        Assert.Contains("Tổng thống", z.Titles.Select(t => doc.Slice(t).ToString()));
    }

    [Fact]
    public void Entities_WithAnNerLayer_UseItsMentionsAndLabels()
    {
        // Given a pipeline whose NER stage (here a stand-in) marks "Vingroup" as ORG
        NewsLensPipeline withNer = NewsLensPipeline.CreateBuilder().UseSentences().Use(new FixedNer("Vingroup", "ORG")).UseQuotes().Build();
        Document doc = withNer.Process("Vingroup cho biết doanh thu quý này tăng mạnh so với cùng kỳ.");
        // Then the entity comes from the NER layer with its label, and the quote points at it
        DocumentEntity v = Assert.Single(doc.GetEntities().Entities);
        Assert.Equal(EntityType.Organization, v.Type);
        Quote q = Assert.Single(doc.GetQuotes().ToArray());
        Assert.Equal(v.Id, q.Speaker!.Value.Entity);
    }

    /// <summary>A stand-in NER annotator: marks every occurrence of one word with one label.</summary>
    private sealed class FixedNer(string word, string label) : IAnnotator
    {
        public string Name => "fixed-ner/1";

        public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

        public IReadOnlyList<LayerKey> Provides { get; } = [Layers.Entities];

        public void Annotate(Document document)
        {
            var starts = new List<int>();
            var firsts = new List<int>();
            TokenLayer tokens = document.Tokens;
            for (int i = 0; i < tokens.Count; i++)
            {
                if (document.Slice(tokens.Span(i)).SequenceEqual(word))
                {
                    starts.Add(tokens.Span(i).Start);
                    firsts.Add(i);
                }
            }
            int[] lengths = starts.Select(_ => word.Length).ToArray();
            int[] ones = starts.Select(_ => 1).ToArray();
            int[] labels = starts.Select(_ => 0).ToArray();
            document.Set(Layers.Entities, new SpanLayer([label], [.. starts], lengths, [.. firsts], ones, labels));
        }
    }

    [Fact]
    public void Indirect_PhuNhanWithANounObject_IsNotAQuote()
    {
        // Given "phủ nhận" with a noun phrase as its object (what is denied, not what is said)
        var (_, quotes) = Run("Huấn luyện viên Trần Văn Nam vẫn phủ nhận các cáo buộc.");
        // Then no quote
        Assert.Empty(quotes);
    }

    [Fact]
    public void Indirect_PhuNhanRang_IsStillAQuote()
    {
        var (doc, quotes) = Run("Ông Trần Văn Nam phủ nhận rằng công ty đã vi phạm hợp đồng.");
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.StartsWith("công ty đã vi phạm", Text(doc, q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Indirect_MoTaRang_IsReportedSpeech()
    {
        // Given "mô tả rằng" (describes that …), a cue the list lacked
        var (doc, quotes) = Run("Ông Trần Văn Nam mô tả rằng khu vực này đã bị ngập sâu suốt ba ngày.");
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("mô tả", Text(doc, q.Cue!.Value));
        Assert.Equal("Trần Văn Nam", SpeakerName(doc, q));
    }

    [Fact]
    public void Indirect_PhanRang_IsReportedSpeech_ButPhanQuyetIsNot()
    {
        // Given "phán rằng" (a court rules that …) and, in another text, the noun "phán quyết" (a ruling)
        var (doc, quotes) = Run("Tòa án Tối cao phán rằng hợp đồng vẫn có hiệu lực.");
        Quote q = Single(doc, quotes);
        Assert.Equal("phán", Text(doc, q.Cue!.Value));
        var (doc2, others) = Run("Ông Trần Văn Nam nghe phán quyết, tòa tuyên án treo.");
        Assert.DoesNotContain(others, x => x.Cue is { } c && Text(doc2, c).StartsWith("phán", StringComparison.Ordinal));
    }

    [Fact]
    public void Indirect_ChoBaoGioiBiet_IsACue()
    {
        // Given "X cho báo giới biết Y": the audience stands between "cho" and "biết"
        var (doc, quotes) = Run("Ông Trần Văn Nam cho báo giới biết công ty sẽ kháng cáo trong tuần tới.");
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.StartsWith("công ty sẽ kháng cáo", Text(doc, q.Content), StringComparison.Ordinal);
        Assert.Equal("Trần Văn Nam", SpeakerName(doc, q));
    }

    [Theory]
    [InlineData("Theo luật Nga, ứng viên có án tích không được tranh cử.")]
    [InlineData("Theo quy định của Bộ Y tế, người nhập cảnh phải cách ly 14 ngày.")]
    public void Indirect_TheoALaw_IsNotASpeaker(string text)
    {
        // Given "Theo <a law or rule>, …": what the rule says, not what someone said
        var (_, quotes) = Run(text);
        Assert.Empty(quotes);
    }

    [Fact]
    public void Direct_QuoteThenDashAnonymousSpeakerTraoDoi_IsAttributedToTheUnnamedSource()
    {
        // Given a quote followed by "- một lãnh đạo thành phố trao đổi với PV."
        var (doc, quotes) = Run("\"Chúng tôi tạm dừng sự kiện để bảo đảm an toàn\" - một lãnh đạo thành phố trao đổi với PV.");
        Quote q = Single(doc, quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("trao đổi", Text(doc, q.Cue!.Value));
        Assert.True(q.Speaker is { Anonymous: true });
    }

    [Fact]
    public void Indirect_ThongTinTuANamedSource_IsNotAnonymous()
    {
        // Given "Thông tin từ <a named organization> cho biết, …"
        var (doc, quotes) = Run("Thông tin từ Bộ Y tế cho biết, số ca mắc mới trong tuần đã giảm mạnh.");
        Quote q = Single(doc, quotes);
        // Then the organization speaks, not an unnamed source
        Assert.True(q.Speaker is { Anonymous: false });
        Assert.StartsWith("Bộ Y tế", Text(doc, q.Speaker!.Value.Span), StringComparison.Ordinal);
    }

    // ---- the quote review: precision of reported speech (rules from the dev errors and the audit of unannotated articles) ----

    [Fact]
    public void Indirect_ContentRunningIntoADirectQuote_StopsBeforeItsFrame()
    {
        // Given reported speech followed, in the same sentence, by "và X tuyên bố “…”"
        var (doc, quotes) = Run("Hãng tin Reuters cho biết, hai bên đã ký thỏa thuận vào năm 2015 và Hà Nội tuyên bố “sẽ thực hiện ngay”.");
        // Then the reported clause stops before the frame of the direct quote, and the direct quote is found too
        Quote reported = Assert.Single(quotes, q => q.Kind != QuoteKind.Direct);
        Assert.Equal("hai bên đã ký thỏa thuận vào năm 2015", Text(doc, reported.Content));
        Quote direct = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("sẽ thực hiện ngay", Text(doc, direct.Content));
    }

    [Fact]
    public void Indirect_CueFollowedByACoordinatedVerb_IsNotAReportedClause()
    {
        // Given a document that "khẳng định và bảo đảm" a right: two verbs sharing an object, no clause
        var (_, quotes) = Run("Dự thảo luật khẳng định và bảo đảm quyền sở hữu của người dân.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Indirect_DirectQuoteCueThenVaCue_KeepsTheDirectQuotesSpeaker()
    {
        // Given '"…", bà Lan nhận xét và khẳng định …': the second cue reports with the same speaker
        var (doc, quotes) = Run("\"Món ăn ở đây rất ngon. Tôi sẽ quay lại\", bà Nguyễn Thị Lan nhận xét và khẳng định nhà hàng xứng đáng được khen.");
        Quote reported = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("khẳng định", Text(doc, reported.Cue!.Value));
        Assert.StartsWith("nhà hàng xứng đáng", Text(doc, reported.Content), StringComparison.Ordinal);
        Assert.Equal("Nguyễn Thị Lan", SpeakerName(doc, reported));
    }

    [Fact]
    public void Indirect_RangFarAfterChoBiet_DoesNotSkipTheClauseBeforeIt()
    {
        // Given "cho biết họ đã được thông báo rằng …": "cho biết" reports the whole clause, not only what follows "rằng"
        var (doc, quotes) = Run("Gia đình anh Minh cho biết họ đã được thông báo rằng anh sẽ được thả vào tuần tới.");
        Quote q = Single(doc, quotes);
        Assert.Equal("cho biết", Text(doc, q.Cue!.Value));
        Assert.StartsWith("họ đã được thông báo rằng", Text(doc, q.Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Trong thông báo mới của cảnh sát, họ cho biết chiếc xe đã được tìm thấy ở ngoại ô.", "cho biết")]
    [InlineData("Hãng tin Reuters dẫn nhận định của giới chuyên gia cho biết, chi phí trục vớt sẽ rất lớn.", "cho biết")]
    public void Indirect_CueWordAfterAPrepositionOrDan_IsANoun(string text, string cue)
    {
        // Given "trong thông báo …", "dẫn nhận định …": the cue word is a noun there; the real cue comes later
        var (doc, quotes) = Run(text);
        Quote q = Single(doc, quotes);
        Assert.Equal(cue, Text(doc, q.Cue!.Value));
    }

    [Theory]
    [InlineData("Hội đồng chuyên môn đã có kết luận về nguyên nhân vụ việc.")]
    [InlineData("Xin ông cho biết kế hoạch của công ty trong năm tới?")]
    [InlineData("Người dân viết đơn gửi lên công an phường.")]
    [InlineData("Nguồn tin từ quân đội đã xác nhận thông tin này.")]
    [InlineData("Anh Tuấn, một kỹ sư trẻ được nhiều đồng nghiệp nhận xét là rất chăm chỉ, đã xin nghỉ việc.")]
    public void Indirect_CueWordThatReportsNothing_IsNotAQuote(string text)
    {
        // Given a cue word used as a noun ("có kết luận"), in a request ("Xin ông cho biết …?"), with a noun object ("viết đơn",
        // "xác nhận thông tin này") or with the agent of a passive ("được nhiều đồng nghiệp nhận xét là …")
        var (_, quotes) = Run(text);
        // Then no quote
        Assert.Empty(quotes);
    }

    [Fact]
    public void Indirect_VietRang_IsStillReportedSpeech()
    {
        var (doc, quotes) = Run("Tờ Guardian viết rằng chính phủ sẽ công bố kế hoạch mới vào tháng sau.");
        Quote q = Single(doc, quotes);
        Assert.StartsWith("chính phủ sẽ công bố", Text(doc, q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Indirect_MindsetNounBeforeChoRang_IsNotASpeaker()
    {
        // Given "Theo luật sư X, nhiều người vẫn giữ tâm lý chủ quan cho rằng …": a belief inside the lawyer's words
        var (doc, quotes) = Run("Theo luật sư Phạm Văn Bình, nhiều người vẫn giữ tâm lý chủ quan cho rằng vỉa hè trước nhà là của mình.");
        Quote q = Single(doc, quotes);
        Assert.Equal("Theo", Text(doc, q.Cue!.Value));
        Assert.Equal("Phạm Văn Bình", SpeakerName(doc, q));
    }

    [Fact]
    public void Indirect_NestedSpeakerPhraseWithAPredicate_IsNotAReportedSpeaker()
    {
        // Given reported content whose own cue follows a verb phrase ("đã phối hợp với nhà trường xác nhận danh tính …")
        var (doc, quotes) = Run("Ông Trần Văn Nam khẳng định lực lượng chức năng đã phối hợp với nhà trường xác nhận danh tính hai nạn nhân.");
        // Then one quote: what ông Nam affirmed
        Quote q = Single(doc, quotes);
        Assert.StartsWith("lực lượng chức năng đã phối hợp", Text(doc, q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Indirect_Causative_TheOneMadeToThinkSpeaks()
    {
        // Given "Điều này khiến nhiều người cho rằng …"
        var (doc, quotes) = Run("Điều này khiến nhiều người cho rằng giá nhà sẽ còn tăng mạnh.");
        Quote q = Single(doc, quotes);
        Assert.True(q.Speaker is { Anonymous: true });
        Assert.Equal("nhiều người", Text(doc, q.Speaker!.Value.Span));
    }

    [Fact]
    public void Speaker_AfterNhungInALongClause_IsTheUnnamedSource()
    {
        // Given "Dù chưa công bố … nhưng nguồn tin quân sự cho biết, …": the speaker phrase starts after "nhưng"
        var (doc, quotes) = Run("Dù chưa công bố chi tiết về hệ thống mới nhưng nguồn tin quân sự Mỹ cho biết, hệ thống này đã được thử nghiệm thành công.");
        Quote q = Single(doc, quotes);
        Assert.True(q.Speaker is { Anonymous: true });
        Assert.Equal("nguồn tin quân sự Mỹ", Text(doc, q.Speaker!.Value.Span));
    }

    [Fact]
    public void Speaker_ViNayAfterALongApposition_ResolvesToThePersonNamedBefore()
    {
        // Given "Liên hệ với ông X, <two titles>, vị này cho biết …"
        var (doc, quotes) = Run("Liên hệ với ông Trần Văn Nam, Phó Chủ tịch UBND huyện, Trưởng ban chỉ đạo phòng chống thiên tai, vị này cho biết huyện chưa nhận được công văn.");
        Quote q = Single(doc, quotes);
        Assert.Equal("vị này", Text(doc, q.Speaker!.Value.Span));
        Assert.Equal("Trần Văn Nam", SpeakerName(doc, q));
    }

    [Fact]
    public void Indirect_DongThoiKeuGoi_IsADirectiveOfTheSameNamedSpeaker()
    {
        // Given "X cho biết …, đồng thời kêu gọi …": a directive needs a named person; the elided subject is one
        var (doc, quotes) = Run("Ông Trần Văn Nam cho biết huyện chưa nhận được công văn, đồng thời kêu gọi người dân liên hệ với Sở Nội vụ.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("kêu gọi", Text(doc, quotes[1].Cue!.Value));
        Assert.Equal("Trần Văn Nam", SpeakerName(doc, quotes[1]));
    }

    [Fact]
    public void Indirect_TheoSourceWithACommaInBrackets_KeepsTheBracketsInTheSource()
    {
        var (doc, quotes) = Run("Theo anh Lê Văn Hùng (45 tuổi, tài xế taxi) thì, chiếc xe bị chặn lại ở đầu ngõ.");
        Quote q = Single(doc, quotes);
        Assert.Equal("chiếc xe bị chặn lại ở đầu ngõ", Text(doc, q.Content));
        Assert.Equal("Lê Văn Hùng", SpeakerName(doc, q));
    }

    [Fact]
    public void Indirect_XacNhanSuViecVaChoBiet_ReportsOnlyTheClause()
    {
        // Given "X xác nhận sự việc … và cho biết thêm, …": the incident confirmed is an object; the clause after "cho biết" is reported
        var (doc, quotes) = Run("Ông Trần Văn Nam xác nhận sự việc xảy ra tại công trường và cho biết thêm, công ty sẽ hỗ trợ gia đình nạn nhân.");
        Quote q = Single(doc, quotes);
        Assert.Equal("công ty sẽ hỗ trợ gia đình nạn nhân", Text(doc, q.Content));
        Assert.Equal("Trần Văn Nam", SpeakerName(doc, q));
    }

    [Fact]
    public void Indirect_ChoBietTrongThenComma_ReportsTheClauseWithItsAdverbial()
    {
        // Given "cho biết trong tuyên bố chung, …": the adverbial of place opens the reported clause
        var (doc, quotes) = Run("Các nguồn tin ở Hamburg cho biết trong tuyên bố chung, các nước nhất trí tăng viện trợ.");
        Quote q = Single(doc, quotes);
        Assert.True(q.Speaker is { Anonymous: true });
        Assert.EndsWith("các nước nhất trí tăng viện trợ", Text(doc, q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Indirect_TheoTietLoTuNguonTin_IsTheUnnamedSource()
    {
        var (doc, quotes) = Run("Theo tiết lộ từ nguồn tin quân sự Mỹ, tàu sân bay sẽ rời cảng vào tuần tới.");
        Quote q = Single(doc, quotes);
        Assert.True(q.Speaker is { Anonymous: true });
        Assert.Equal("nguồn tin quân sự Mỹ", Text(doc, q.Speaker!.Value.Span));
    }

    [Fact]
    public void Direct_CueFollowedByAnAdverbialClause_IsNotReusedForReportedSpeech()
    {
        // Given '"…", ông X cho biết khi trả lời câu hỏi, liệu …': the cue frames the direct quote only
        var (_, quotes) = Run("\"Không phải tiểu đoàn mà là trung đoàn\", ông Trần Văn Nam cho biết khi trả lời câu hỏi, liệu công ty có mua thêm hay không.");
        Assert.Equal(QuoteKind.Direct, Assert.Single(quotes).Kind);
    }

    [Fact]
    public void Indirect_DaPhanGroup_IsAnonymous()
    {
        var (doc, quotes) = Run("Đa phần dân mạng đều cho rằng đây là bản đăng ký hài hước nhất.");
        Quote q = Single(doc, quotes);
        Assert.True(q.Speaker is { Anonymous: true });
    }

    [Fact]
    public void Speaker_CaptionRunIntoTheSentence_StartsAtTheCapitalizedOpener()
    {
        // Given a photo caption run into the next sentence: "… cùng tập luyện Một cầu thủ tiết lộ, …"
        var (doc, quotes) = Run("Hai tiền đạo cùng tập luyện Một cầu thủ tiết lộ, bài tập này khó hơn nhiều so với vẻ ngoài.");
        Quote q = Single(doc, quotes);
        Assert.Equal("Một cầu thủ", Text(doc, q.Speaker!.Value.Span));
        // A name after an honorific is no caption ("ông Nam": "nam" is also an honorific)
        var (doc3, quotes3) = Run("Bàn về vụ kiện của ông Cao Văn Mỹ, ông Nam cho biết, bản thân chịu nhiều áp lực.");
        Assert.Equal("ông Nam", Text(doc3, Single(doc3, quotes3).Speaker!.Value.Span));
        Assert.True(q.Speaker is { Anonymous: true });
        // But a country after a lower-case word ("Bộ Quốc phòng Anh") is no honorific
        var (doc2, quotes2) = Run("Một phát ngôn viên của Bộ Quốc phòng Anh nói với báo chí rằng các đồng minh sẽ ủng hộ Ukraine.");
        Assert.StartsWith("Một phát ngôn viên", Text(doc2, Single(doc2, quotes2).Speaker!.Value.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Indirect_TheoViPlusTitle_IsASpeaker()
    {
        var (doc, quotes) = Run("Ông Trần Văn Tân là phó chủ tịch huyện. Cũng theo vị phó chủ tịch huyện, nhiều ngư dân đã tự ra nhà máy để kiểm tra.");
        Quote q = Single(doc, quotes);
        Assert.Equal("nhiều ngư dân đã tự ra nhà máy để kiểm tra", Text(doc, q.Content));
        // and "vị" + title refers back to the official named before, it is no unnamed source
        Assert.Equal("Trần Văn Tân", SpeakerName(doc, q));
    }

    [Fact]
    public void Indirect_ChoHayTrongTuanNay_ReportsTheClauseWithItsTime()
    {
        // Given "cho hay trong tuần này …": a time adverbial opens the reported clause
        var (doc, quotes) = Run("Ông Trần Văn Tân cho hay trong tuần này huyện sẽ mời các ngư dân đến làm việc.");
        Quote q = Single(doc, quotes);
        Assert.StartsWith("trong tuần này huyện sẽ mời", Text(doc, q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Speaker_HyphenatedTransliteratedName_IsNotCutAtTheHyphen()
    {
        // Given a name written in Vietnamese transliteration with hyphens ("Ti-lơ-xơn"): the hyphens join syllables, they are no clause marks
        var (doc, quotes) = Run("Ngoại trưởng Mỹ Rếch Ti-lơ-xơn cho biết, Mỹ muốn ổn định quan hệ với Nga.");
        Quote q = Single(doc, quotes);
        Assert.Equal("Ngoại trưởng Mỹ Rếch Ti-lơ-xơn", Text(doc, q.Speaker!.Value.Span));
    }

    [Theory]
    [InlineData("Ông Trần Văn Nam từ chối tiết lộ việc công ty có bị phạt hay không.")]
    [InlineData("Phía công ty phản ứng mạnh trước những cáo buộc cho rằng sản phẩm kém chất lượng.")]
    [InlineData("Theo ghi nhận của PV, công trình đã được khắc phục.")]
    [InlineData("Theo kế hoạch, cây cầu sẽ thông xe vào tháng 9.")]
    [InlineData("Theo thể thức của giải, đội đầu bảng giành vé đi tiếp.")]
    [InlineData("Phía quân đội sau đó cũng xác nhận việc bắn hạ chiếc máy bay.")]
    [InlineData("Bộ trưởng Trần Văn Nam bác bỏ bất cứ kết luận nào nói rằng ông đã nhận hối lộ.")]
    public void Indirect_RefusalAccusationPlanOrObject_IsNotAQuote(string text)
    {
        // Given a refusal ("từ chối tiết lộ"), accusations as the subject of "cho rằng", a plan, a format or the reporter's own
        // observation after "Theo", a confirmed event as an object ("xác nhận việc …")
        var (_, quotes) = Run(text);
        Assert.Empty(quotes);
    }

    [Fact]
    public void Indirect_NhungPronounCue_EndsTheFirstReportedClause()
    {
        // Given "X thừa nhận …, nhưng ông khẳng định …": two reported clauses of one speaker
        var (doc, quotes) = Run("Ông Trần Văn Nam thừa nhận đã gặp đối tác hai lần, nhưng ông khẳng định không nhớ nội dung cuộc gặp.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("đã gặp đối tác hai lần", Text(doc, quotes[0].Content));
        Assert.Equal("không nhớ nội dung cuộc gặp", Text(doc, quotes[1].Content));
    }

    [Fact]
    public void Indirect_VaNamedSpeakerCue_EndsTheFirstReportedClause()
    {
        // Given "Mỹ tuyên bố … và Triều Tiên cảnh báo …": the second speaker's clause is not part of the first
        var (doc, quotes) = Run("Mỹ tuyên bố đang cân nhắc các biện pháp mới và Triều Tiên cảnh báo sẽ đáp trả mạnh mẽ.");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("đang cân nhắc các biện pháp mới", Text(doc, quotes[0].Content));
        Assert.Equal("sẽ đáp trả mạnh mẽ", Text(doc, quotes[1].Content));
    }

    [Fact]
    public void Indirect_TheoSourceThenUnnamedTitle_TheTitleOpensTheContent()
    {
        // Given "Theo cô X, lãnh đạo phải là …": "lãnh đạo" is the subject of the reported clause, not an apposition of the source
        var (doc, quotes) = Run("Theo cô Nguyễn Thị Lan, lãnh đạo phải là người biết lắng nghe nhân viên.");
        Quote q = Single(doc, quotes);
        Assert.Equal("lãnh đạo phải là người biết lắng nghe nhân viên", Text(doc, q.Content));
    }

    [Fact]
    public void Indirect_XacNhanVuViecDongThoiChoBiet_KeepsTheSpeaker()
    {
        var (doc, quotes) = Run("Ông Trần Văn Nam đã xác nhận vụ tấn công của tin tặc, đồng thời cho biết dữ liệu khách hàng vẫn an toàn.");
        Quote q = Single(doc, quotes);
        Assert.Equal("cho biết", Text(doc, q.Cue!.Value));
        Assert.Equal("Trần Văn Nam", SpeakerName(doc, q));
    }

    [Fact]
    public void Speaker_TitleThenForeignName_IsNotAnonymous()
    {
        // Given "nhà sáng lập Alibaba Jack Ma cho hay …" inside a sentence: a named source, even when no entity is found for it
        var (doc, quotes) = Run("Theo tạp chí Inc, nhà sáng lập Alibaba Jack Ma cho hay lãnh đạo cần biết yêu thương nhân viên.");
        Quote inner = Assert.Single(quotes, q => Text(doc, q.Cue!.Value) == "cho hay");
        Assert.True(inner.Speaker is { Anonymous: false });
    }

    [Fact]
    public void Indirect_GioiPhanTichNoiRang_TheCueIsNoi()
    {
        // Given "giới phân tích nói … rằng": "phân tích" names the analysts, "nói" is the cue
        var (doc, quotes) = Run("Trong khi đó, giới phân tích nói với truyền thông rằng giá dầu sẽ giảm.");
        Quote q = Single(doc, quotes);
        Assert.StartsWith("nói", Text(doc, q.Cue!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Indirect_TwoSyllableCueBeforeLanhDao_IsStillACue()
    {
        // Given "cho hay lãnh đạo …": the words that make "bảo lãnh" or "nói dối" of a one-syllable cue do not stop "cho hay"
        var (doc, quotes) = Run("Ông Trần Văn Nam cho hay lãnh đạo huyện sẽ làm việc với người dân.");
        Quote q = Single(doc, quotes);
        Assert.StartsWith("lãnh đạo huyện sẽ", Text(doc, q.Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các thí sinh bằng điểm được xét theo các điều kiện phụ do trường đã công bố, nếu vẫn vượt chỉ tiêu thì ưu tiên nguyện vọng cao hơn.")]
    [InlineData("Tuy nhiên, ông Trần Văn Nam không lý giải rõ cho nhận định này.")]
    [InlineData("Chi cục đã ban hành thông báo thực hiện quyền khởi kiện trong thời hạn một tháng.")]
    public void Indirect_RelativeAgentOrNounAfterChoOrBanHanh_IsNotAQuote(string text)
    {
        // Given a relative clause with its agent ("do trường đã công bố"), a cue word as a noun after "cho" or "ban hành"
        var (_, quotes) = Run(text);
        Assert.Empty(quotes);
    }

    [Fact]
    public void Speaker_BracketsBeforeTheCue_StayInTheSpeakerPhrase()
    {
        var (doc, quotes) = Run("Ông Nguyễn Văn Ninh (85 tuổi, người trông coi đền) chia sẻ, cây táu đã có từ thời vua Hùng.");
        Quote q = Single(doc, quotes);
        Assert.StartsWith("Ông Nguyễn Văn Ninh", Text(doc, q.Speaker!.Value.Span), StringComparison.Ordinal);
        Assert.Equal("Nguyễn Văn Ninh", SpeakerName(doc, q));
    }

    [Fact]
    public void Indirect_TimePhraseThenNamedSpeakerCue_IsReportedInsideTheOuterReport()
    {
        // Given "X tiết lộ, [a time phrase], Y nói …": the outer report holds the inner one, it does not stop at ", Y nói"
        var (doc, quotes) = Run("Người thân của tài xế tiết lộ, một ngày trước khi xảy ra tai nạn, Quý nói vợ đi vay tiền để sửa xe.");
        Quote outer = Assert.Single(quotes, q => Text(doc, q.Cue!.Value) == "tiết lộ");
        Assert.EndsWith("vay tiền để sửa xe", Text(doc, outer.Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bộ Tài chính đã làm việc với ông Trần Văn Nam sáng nay. Bộ này cho biết ngân sách năm tới sẽ tăng.", "Bộ Tài")]
    [InlineData("Cục Hàng không cho biết sân bay sẽ mở lại. Ông Lê Văn Hùng đã đồng ý. Cơ quan này khẳng định các chuyến bay đều an toàn.", "Cục Hàng")]
    public void Speaker_OrganizationNounWithDemonstrative_ResolvesToAnOrganizationNotAPerson(string text, string name)
    {
        // Given "Bộ này", "cơ quan này" as the speaker after a person was named: it refers back to an organization
        var (doc, quotes) = Run(text);
        Quote q = quotes.Last();
        Assert.StartsWith(name, SpeakerName(doc, q), StringComparison.Ordinal); // the organization, not "Trần Văn Nam" or "Lê Văn Hùng"
    }

    [Theory]
    [InlineData("Trong khi đó, Nga bác bỏ các cáo buộc của Ba Lan và cho rằng đó là một hành động thù địch.", "Nga")]
    [InlineData("Lê Văn Hùng đăng ảnh lên Facebook và cho biết anh đã khỏi bệnh.", "Lê Văn Hùng")]
    [InlineData("Bức ảnh của hai vợ chồng bỗng nổi tiếng và họ cho biết đã chụp nó ở Đà Lạt.", "họ")]
    [InlineData("Trần Thu Hà phủ nhận tin đồn kết hôn nhưng thừa nhận cô đang hẹn hò.", "Trần Thu Hà")]
    public void Speaker_CueAfterVa_IsTheSubjectOfItsClause(string text, string speaker)
    {
        // Given a cue coordinated with a predicate ("X bác bỏ … của Y và cho rằng"), or a new clause with a pronoun ("… và họ cho biết")
        var (doc, quotes) = Run(text);
        Quote q = Single(doc, quotes);
        // Then the clause's subject speaks, not the object's tail nor the clause before
        Assert.Equal(speaker, Text(doc, q.Speaker!.Value.Span));
    }

    [Theory]
    [InlineData("Nhiều người đã quen với giọng nói trầm ấm của phát thanh viên này.")]
    [InlineData("Người dùng có thể chọn giọng nói nam hoặc nữ cho trợ lý ảo.")]
    [InlineData("Sau nhiều năm, nữ ca sĩ đã khẳng định được vị thế của mình trong làng nhạc.")]
    public void Indirect_VoiceNounOrStandingWon_IsNotAQuote(string text)
    {
        // Given "giọng nói" (a voice) or "khẳng định được vị thế" (a standing won): no verb of speech
        var (_, quotes) = Run(text);
        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("Theo yêu cầu của công ty, nếu trước thứ sáu nhà thầu không hoàn thành, hợp đồng sẽ bị hủy.")]
    [InlineData("Theo chỉ đạo của UBND tỉnh, các trường học sẽ đóng cửa từ ngày mai.")]
    public void Theo_DemandOrInstruction_IsNotASource(string text)
    {
        // Given "Theo yêu cầu/chỉ đạo của X, …": what must be done, not what X said is so
        var (_, quotes) = Run(text);
        Assert.Empty(quotes);
    }

    [Fact]
    public void Speaker_BareTitleWithNobodyNamedBefore_IsAnonymous()
    {
        // Given a bare title as the speaker ("chủ tọa") and no one of that title named before
        var (doc, quotes) = Run("Phiên tòa kéo dài hai ngày. Cuối cùng, chủ tọa tuyên bố bị cáo phải bồi thường cho các nạn nhân.");
        Quote q = Single(doc, quotes);
        // Then the speaker is an unnamed role: anonymous, with no entity
        Assert.True(q.Speaker is { Anonymous: true, Entity: < 0 });
    }

    [Fact]
    public void Indirect_AgencyFrameWithSubjectAndTime_HoldsTheInnerReport()
    {
        // Given "X đưa tin, [subject] hôm nay, 5/3, thông báo …": the time segment is no speaker and no end of the frame
        var (doc, quotes) = Run("AFP đưa tin, cảnh sát Pháp hôm nay, 5/3, thông báo họ đã bắt giữ hai nghi phạm.");
        Quote inner = Assert.Single(quotes, q => Text(doc, q.Cue!.Value) == "thông báo");
        Assert.Equal("họ đã bắt giữ hai nghi phạm", Text(doc, inner.Content));
        Assert.StartsWith("cảnh sát Pháp", Text(doc, inner.Speaker!.Value.Span), StringComparison.Ordinal);
        // Then the frame runs over the inner report
        Quote outer = Assert.Single(quotes, q => Text(doc, q.Cue!.Value) == "đưa tin");
        Assert.EndsWith("hai nghi phạm", Text(doc, outer.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Speaker_TimeSegmentAfterAnApposition_LeavesTheNamedSubject()
    {
        // Given "Hàn Quốc, nước … , hôm nay thông báo rằng …": the speaker is the named subject before the apposition
        var (doc, quotes) = Run("Hàn Quốc, nước vừa cam kết hỗ trợ Lào, hôm nay thông báo rằng nước này sẽ gửi 200 máy thở.");
        Quote q = Single(doc, quotes);
        Assert.StartsWith("Hàn Quốc", Text(doc, q.Speaker!.Value.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Speaker_AdverbOrModalAfterTheSubject_IsNotPartOfTheSpeaker()
    {
        // Given a subject followed by an adverb ("bất ngờ", "lại"), a modal ("phải") or "tỏ ra …" before the cue
        foreach (string text in new[]
        {
            "Tuần trước, ca sĩ Minh Hằng bất ngờ thừa nhận cô đã chia tay bạn trai.",
            "Anh Quốc Bảo lại nhận định rằng giá vàng sẽ còn giảm.",
            "Ông Trần Văn Hùng tỏ ra không vui khi cho rằng đội nhà thiếu may mắn.",
        })
        {
            // When quotes are recognized
            var (doc, quotes) = Run(text);
            // Then the speaker ends with the subject's name, without the adverb or predicate
            Quote q = Single(doc, quotes);
            string speaker = Text(doc, q.Speaker!.Value.Span);
            Assert.DoesNotContain("bất ngờ", speaker, StringComparison.Ordinal);
            Assert.DoesNotContain(" lại", speaker, StringComparison.Ordinal);
            Assert.DoesNotContain("tỏ ra", speaker, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Speaker_ModalAfterAnAnonymousSubject_IsNotPartOfTheSpeaker()
    {
        // Given "Nhiều khán giả phải thốt lên: "…" và cho rằng …": "phải" is a modal of the subject's predicate
        var (doc, quotes) = Run("Nhiều khán giả phải thốt lên: \"Quá đẹp\" và cho rằng buổi diễn xứng đáng với giá vé.");
        // When the reported clause is recognized
        Quote q = Assert.Single(quotes, q => q.Cue is { } c && Text(doc, c) == "cho rằng");
        // Then the speaker is the subject alone
        Assert.Equal("Nhiều khán giả", Text(doc, q.Speaker!.Value.Span));
    }

    [Fact]
    public void Cue_AfterTheCopula_IsANounNotSpeech()
    {
        // Given a cue right after "là": "… chỉ là tuyên bố …", "Đó là nhận định …"
        foreach (string text in new[]
        {
            "Việc đội khách đòi thắng đậm có lẽ chỉ là tuyên bố để trấn an người hâm mộ.",
            "Đó là nhận định ban đầu về nguyên nhân vụ cháy của nhiều người dân.",
        })
        {
            // When quotes are recognized
            var (doc, quotes) = Run(text);
            // Then nothing is reported
            Assert.Empty(quotes);
        }
    }

    [Fact]
    public void Speaker_NameBeforeADescriptiveApposition_Speaks()
    {
        // Given "Bà X, một … và mẹ của Y, cho biết …": the apposition describes X and names another person
        var (doc, quotes) = Run("Bà Nguyễn Thị Lan, một giáo viên về hưu và mẹ của Trần Văn Nam, cho biết con bà không có mặt ở đó.");
        // When quotes are recognized
        Quote q = Single(doc, quotes);
        // Then the speaker is the named woman, not the described son
        Assert.StartsWith("Bà Nguyễn Thị Lan", Text(doc, q.Speaker!.Value.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Speaker_NewSubjectAfterAClauseAndConjunction_Speaks()
    {
        // Given a short clause joined without a comma by "nhưng" or "và" to a new subject of the cue
        foreach (var (text, speaker) in new[]
        {
            ("Anh Tùng đã phải cấp cứu nhưng mẹ anh cho hay anh đã qua cơn nguy kịch.", "mẹ anh"),
            ("Công an đã bắt giữ Long và gã này thừa nhận đã lấy trộm xe máy.", "gã này"),
        })
        {
            // When quotes are recognized
            var (doc, quotes) = Run(text);
            // Then the speaker is the new subject, not the first clause
            Quote q = Single(doc, quotes);
            Assert.Equal(speaker, Text(doc, q.Speaker!.Value.Span));
        }
    }

    [Fact]
    public void Speaker_TwoSubjectsJoinedByAnd_StayTogether()
    {
        // Given two subjects joined by "và" with no clause before ("Ông A và bà B cho biết")
        var (doc, quotes) = Run("Ông Lê Văn Hải và bà Trần Thị Mai cho biết họ sẽ kháng cáo.");
        // When quotes are recognized
        Quote q = Single(doc, quotes);
        // Then the speaker phrase still starts at the first subject
        Assert.StartsWith("Ông Lê Văn Hải", Text(doc, q.Speaker!.Value.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Theo_SourceEndingInCityThenState_KeepsTheStateInTheSource()
    {
        // Given "Theo giáo sư X ở Boston, Massachusetts, …": the comma between city and state is inside the source
        var (doc, quotes) = Run("Theo giáo sư Peter Hall ở Boston, Massachusetts, giấc ngủ ngắn giúp trí nhớ tốt hơn.");
        // When quotes are recognized
        Quote q = Single(doc, quotes);
        // Then the content starts after the state
        Assert.Equal("giấc ngủ ngắn giúp trí nhớ tốt hơn", Text(doc, q.Content));
    }

    [Fact]
    public void Speaker_DistrictThenProvince_KeepsTheWholeSource()
    {
        // Given "lãnh đạo UBND huyện X, Y cho biết …": the province after the district is not the speaker
        var (doc, quotes) = Run("Chiều 3/5, lãnh đạo UBND huyện Tân Phú, Đồng Nai cho biết đã di dời 30 hộ dân.");
        // When quotes are recognized
        Quote q = Single(doc, quotes);
        // Then the speaker starts with the leaders, not the province
        Assert.StartsWith("lãnh đạo UBND huyện Tân Phú", Text(doc, q.Speaker!.Value.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Theo_ListOfPlacesAfterTheSource_StaysInTheContent()
    {
        // Given "Theo ông X, Hà Nội, Huế …": places after a source not ending in a place are the content's subject
        var (doc, quotes) = Run("Theo ông Trần Minh, Hà Nội, Huế và Đà Nẵng sẽ mở cửa lại vào tháng tới.");
        // When quotes are recognized
        Quote q = Single(doc, quotes);
        // Then the content starts with the places
        Assert.StartsWith("Hà Nội", Text(doc, q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Admit_FaultAsObject_IsNotAReportedClause()
    {
        // Given "thừa nhận/xác nhận" with a fault noun as its object
        foreach (string text in new[]
        {
            "Ông Phúc đã thừa nhận sai phạm trong việc cấp phép xây dựng.",
            "Công ty Sao Mai xác nhận trách nhiệm đối với sự cố rò rỉ.",
            "Bà Hạnh thừa nhận những thiếu sót của mình khi điều hành.",
        })
        {
            // When quotes are recognized
            var (doc, quotes) = Run(text);
            // Then nothing is reported
            Assert.Empty(quotes);
        }
    }

    [Fact]
    public void Admit_FaultNounOpeningAClause_IsReported()
    {
        // Given "thừa nhận lỗi là do …": the fault noun is the subject of the reported clause
        var (doc, quotes) = Run("Ông Phúc thừa nhận lỗi là do mình thiếu kiểm tra.");
        // When quotes are recognized
        Quote q = Single(doc, quotes);
        // Then the clause is reported
        Assert.StartsWith("lỗi là do", Text(doc, q.Content), StringComparison.Ordinal);
    }
}
