using NewsLens.Core;
using NewsLens.Extraction.Entities;

namespace NewsLens.Extraction.Quotes;

/// <summary>
/// Finds quotes and their speakers with rules over tokens, sentences and paragraphs (README, "Quotes, speakers and
/// entities"): quotation marks are paired across the document (a paragraph that leaves a quote open continues into
/// the next); a quoted span is direct speech when a frame attributes it ("“…”, ông X nói." / "X cho biết: “…”"), when
/// it runs to the end of a sentence after a cue, or when it stands alone at the start of a paragraph (its speaker is
/// the previous one); reported speech is a clause after a cue with a speaker before it, "theo X, …", or "…, X cho
/// biết."; a quoted fragment inside reported speech makes it mixed; any other quoted span is a scare quote or title.
/// </summary>
internal static class QuoteRecognizer
{
    private readonly record struct Pair(int Open, int Close, int ContentFirst, int ContentEnd, int ContinuesFrom);

    private enum PairRole : byte { Unknown, Direct, InsideIndirect, Scare, Continuation }

    private static readonly PhraseSet Temporal = new(
    [
        "ngày", "hôm", "hôm qua", "hôm nay", "sáng", "chiều", "tối", "trưa", "đêm", "vào", "trong", "tại", "cũng", "đã", "vừa", "mới",
        "sau đó", "đồng thời", "từng", "khi", "lần đầu", "ngay lập tức", "hiện", "trước đó", "mới đây", "còn", "sẽ", "đang", "luôn",
        "vẫn", "thì", "cùng ngày", "trả lời", "trao đổi", "khẳng định", "hồi", "đều",
        // "X bất ngờ thừa nhận", "X lại nhận định", "X phải thốt lên … và cho rằng", "X tỏ ra không phục khi cho rằng": an adverb,
        // a modal or a predicate after the subject, not part of the speaker's name
        "bất ngờ", "lại", "phải", "tỏ ra",
    ]);

    private static readonly PhraseSet Nominalizers = new(
    [
        "các", "những", "một", "của", "với", "bản", "lời", "cuộc", "bài", "sự", "việc", "được", "bị", "có thể", "đưa ra", "ra",
        "thể", "để", "nhằm", "qua", "mọi", "nhiều", "cần", "phải", "không", "chưa", "khó", "chẳng", "đừng", "hãy", "câu",
        // "trong thông báo mới …", "tại buổi phát biểu", "theo đánh giá", "đã có kết luận …", "dẫn nhận định của …": a noun, not a verb of speech
        "trong", "tại", "theo", "có", "dẫn", "nhận", "về", "giới", "nhà", "bất cứ", "bất kỳ", "cho", "ban hành", "gửi", "phát đi",
        // "từ chối tiết lộ", "từ chối bình luận": a refusal, not speech
        "từ chối",
        // "giọng nói", "tiếng nói": the voice, not the verb
        "giọng", "tiếng",
        // "chỉ là tuyên bố mang tính động viên", "đây là khẳng định của …": after the copula the cue is a noun
        "là",
    ]);

    private static readonly PhraseSet ClauseOpeners = new(
    [
        "trong", "tại", "khi", "sau", "trước", "trao đổi", "phát biểu", "chia sẻ", "nói", "ngày", "hôm", "nhận định", "xác nhận",
        "ngoài ra", "tuy nhiên", "đồng thời", "song", "mặt khác", "dù", "trả lời", "theo", "cũng theo", "vẫn theo", "về", "với",
        "để", "nhưng", "và", "sáng", "chiều", "tối", "trưa", "đêm", "cụ thể", "bên cạnh đó", "thế nhưng", "vì vậy", "do đó",
    ]);

    private static readonly PhraseSet NotCueAfter = new(
    [
        "chung", "riêng", "trên", "cách khác", "một cách", "gì", "dối", "vệ", "đảm", "hiểm", "quản", "tàng", "hành", "cả", "từ", "ứng",
        "gương", "tắt", "lãnh", "đạo", "tồn", "mật", "chuyện",
        // "phán quyết", "phán xét", "phán đoán", "phán xử" are nouns and verbs of judging, not the cue "phán"
        "quyết", "xét", "đoán", "xử",
    ]);

    /// <summary>
    /// Cues whose reported clause may follow them directly ("X cho biết Y …"); the others need "rằng", "," or ":" ("X chia sẻ rằng …").
    /// "phủ nhận" and "bác bỏ" are not here: their object is most often a noun phrase ("phủ nhận các cáo buộc"); nor is "viết"
    /// ("viết đơn tố cáo", "viết thư"): "X viết: …", "X viết rằng …", "X viết trên Twitter rằng …" still count.
    /// </summary>
    private static readonly PhraseSet DirectComplement = new(
    [
        "cho biết", "cho biết thêm", "nói", "nói thêm", "khẳng định", "tuyên bố", "nhấn mạnh", "nhấn mạnh thêm", "cho hay", "nhận định",
        "thừa nhận", "lưu ý", "cảnh báo", "xác nhận", "nêu rõ", "kết luận", "tiết lộ", "dự báo", "ước tính", "nhận xét",
        "chỉ ra", "khuyến cáo", "quả quyết", "thông báo", "cho rằng", "tin rằng", "nghĩ rằng", "nói rằng", "thú nhận",
        "nói rõ", "chỉ rõ", "lo ngại", "hy vọng", "tin tưởng", "cáo buộc", "chỉ ra lo ngại",
        "cho báo giới biết", "cho báo chí biết", "cho phóng viên biết", "cho các phóng viên biết",
    ]);

    private static readonly PhraseSet Prepositions = new(
    [
        "tại", "trong", "với", "về", "trước", "sau", "ở", "bên", "qua", "trên", "theo", "cho", "từ", "đến", "tới", "vào", "khi", "lúc",
        "hôm", "ngày", "sáng", "chiều", "tối",
    ]);

    private static readonly PhraseSet AbstractObjects = new(
    [
        "tầm quan trọng", "vai trò", "ý nghĩa", "nhu cầu", "mong muốn", "thái độ", "quan điểm", "lập trường", "sự cần thiết",
        "quyết tâm", "sự quan tâm", "sự ủng hộ", "sự hỗ trợ",
    ]);

    /// <summary>What one "khẳng định được" (establishes): a standing, not a clause.</summary>
    private static readonly PhraseSet Standings = new(["vị thế", "vị trí", "bản lĩnh", "tên tuổi", "thương hiệu", "năng lực", "tài năng", "mình", "bản thân"]);

    private static readonly PhraseSet Subordinators = new(["khi", "vì", "nên", "sau khi", "trong khi", "rằng", "do đó", "vì vậy", "bởi", "nhưng", "song", "trong bối cảnh"]);

    /// <summary>Causatives: the one made to think or say speaks ("Điều này khiến nhiều người cho rằng …").</summary>
    private static readonly PhraseSet Causatives = new(["khiến", "khiến cho", "làm cho", "buộc"]);

    /// <summary>Requests addressed to the speaker: "Xin ông cho biết …?" asks, it does not report.</summary>
    private static readonly PhraseSet Requests = new(["xin", "hãy", "vui lòng", "mời", "đề nghị"]);

    /// <summary>
    /// Nouns of a mindset or of criticism: "ý thức chủ quan cho rằng …", "nhiều chỉ trích cho rằng …" describe a belief, they do not
    /// report what a speaker said.
    /// </summary>
    private static readonly PhraseSet Mindsets = new(["ý thức", "tâm lý", "quan niệm", "suy nghĩ", "niềm tin", "định kiến", "chỉ trích", "tư tưởng", "thói quen",
        "cáo buộc"]); // "những cáo buộc cho rằng …": the accusations, nobody named

    /// <summary>Aspect and voice markers: after them a speaker phrase that runs on is a predicate ("… đã phối hợp với X xác nhận …").</summary>
    /// <summary>Head nouns of information: after "xác nhận", "công bố" … they make an object, not a reported clause.</summary>
    private static readonly PhraseSet InformationObjects = new(["sự việc", "vụ việc", "thông tin", "danh tính", "tin", "tin tức", "sự cố", "vụ", "việc"]);

    private static readonly PhraseSet ObjectCues = new(["xác nhận", "công bố", "thông báo", "tiết lộ", "phủ nhận", "bác bỏ"]);

    /// <summary>What one admits ("thừa nhận sai phạm", "xác nhận trách nhiệm của mình"): a fault, not a reported clause.</summary>
    private static readonly PhraseSet FaultObjects = new(["sai phạm", "sai sót", "sai lầm", "trách nhiệm", "lỗi", "khuyết điểm", "thiếu sót", "hành vi"]);

    private static readonly PhraseSet AdmitCues = new(["thừa nhận", "xác nhận", "nhận"]);

    private static readonly PhraseSet Quantifiers = new(["các", "những", "mọi", "toàn bộ", "một số"]);

    /// <summary>"thừa nhận (các) sai phạm …", but not "thừa nhận lỗi là do mình", "thừa nhận trách nhiệm thuộc về …" (a clause).</summary>
    private static bool AdmitsFault(TokenText t, int cue, int cueLength, int c, int ce)
    {
        if (AdmitCues.Match(t, cue, ce) != cueLength || HasClauseMarker(t, c, ce))
            return false;
        int o = c + Quantifiers.Match(t, c, ce);
        int n = FaultObjects.Match(t, o, ce);
        return n > 0 && t.WholeWords(o, n) && !(o + n < ce && (t.Is(o + n, "là") || t.Is(o + n, "thuộc") || t.Is(o + n, "nằm") || t.Is(o + n, "do")));
    }

    /// <summary>Prepositions of place or medium that may open a reported clause after "cho biết" ("cho biết trong tuyên bố chung, …").</summary>
    private static readonly PhraseSet PlaceAdverbials = new(["trong", "tại", "ở", "qua", "trên"]);

    private static readonly PhraseSet TimeNouns = new(["tuần", "tháng", "năm", "ngày", "thời gian", "quý", "tuần này", "hôm nay", "sáng nay", "chiều nay"]);

    private static readonly PhraseSet AspectMarkers = new(["đã", "đang", "sẽ", "vừa"]);

    private static readonly PhraseSet PassiveMarkers = new(["được", "bị"]);

    private static readonly PhraseSet Leading = new(["và", "đồng thời", "còn", "nhưng", "song", "tuy nhiên", "trong khi đó", "trong khi", "ngoài ra", "cũng", "thế nhưng", "như"]);

    private static readonly PhraseSet Pronouns = new(["ông", "bà", "anh", "chị", "cô", "họ", "ông ấy", "bà ấy", "anh ấy", "chị ấy", "cô ấy", "ngài", "nữ"]);

    public static QuoteLayer Recognize(Document document, EntityLayer entities)
    {
        var t = new TokenText(document);
        List<Pair> pairs = PairMarks(t);
        var roles = new PairRole[pairs.Count];
        var quotes = new List<Quote>();
        var quoteSpeakerTokens = new List<(int Token, QuoteSpeaker Speaker)>();

        // Direct quotes first: their frames are the strongest evidence.
        for (int p = 0; p < pairs.Count; p++)
        {
            if (pairs[p].ContinuesFrom >= 0)
            {
                roles[p] = PairRole.Continuation;
                continue;
            }
            if (TryDirect(t, entities, pairs, p, quoteSpeakerTokens, out Quote quote))
            {
                roles[p] = PairRole.Direct;
                quotes.Add(quote);
                if (quote.Speaker is { } sp)
                    quoteSpeakerTokens.Add((pairs[p].Open, sp));
            }
        }
        // Continuations of a direct quote merge into it.
        for (int p = 0; p < pairs.Count; p++)
        {
            if (roles[p] != PairRole.Continuation)
                continue;
            int root = pairs[p].ContinuesFrom;
            while (pairs[root].ContinuesFrom >= 0)
                root = pairs[root].ContinuesFrom;
            TextSpan rootContent = ContentSpan(t, pairs[root]);
            int q = quotes.FindIndex(x => x.Content.Start == rootContent.Start && x.Kind == QuoteKind.Direct);
            if (q >= 0)
            {
                TextSpan own = ContentSpan(t, pairs[p]);
                quotes[q] = quotes[q] with { Content = TextSpan.FromBounds(quotes[q].Content.Start, Math.Max(quotes[q].Content.End, own.End)) };
                roles[p] = PairRole.Direct;
            }
            else
            {
                roles[p] = PairRole.Unknown;
            }
        }

        Indirect(t, entities, pairs, roles, quotes, quoteSpeakerTokens);

        // A quote standing alone takes the speaker of the quote before it, direct or reported.
        quoteSpeakerTokens.Sort(static (a, b) => a.Token.CompareTo(b.Token));
        for (int q = 0; q < quotes.Count; q++)
        {
            if (quotes[q].Kind != QuoteKind.Direct || quotes[q].Cue is not null)
                continue;
            int open = pairs.FindIndex(x => x.ContentFirst < t.Count && x.Open >= 0 && ContentSpan(t, x).Start == quotes[q].Content.Start);
            if (open < 0)
                continue;
            if (Previous(quoteSpeakerTokens, pairs[open].Open) is { } sp)
                quotes[q] = quotes[q] with { Speaker = sp, Confidence = 0.7f };
        }
        // Pronouns ("ông nói", "bà nói") resolve against every speaker before them, reported ones included.
        for (int q = 0; q < quotes.Count; q++)
        {
            if (quotes[q].Speaker is not { Anonymous: false } sp || sp.Span.Length == 0)
                continue;
            int f = TokenAt(t, sp.Span.Start), e = TokenAt(t, sp.Span.End - 1) + 1;
            if (f < 0 || e <= f)
                continue;
            if (Pronouns.Match(t, f, e) == e - f || EntityWords.Demonstratives.MatchEndingAt(t, e, f) > 0)
            {
                int before = Math.Min(f, TokenAt(t, quotes[q].Content.Start) - 1);
                quotes[q] = quotes[q] with { Speaker = sp with { Entity = ResolveBackReference(t, entities, f, e, quoteSpeakerTokens, before) } };
            }
        }

        var scare = new List<TextSpan>();
        for (int p = 0; p < pairs.Count; p++)
        {
            if (roles[p] is PairRole.Unknown or PairRole.Scare && pairs[p].ContentEnd > pairs[p].ContentFirst)
                scare.Add(ContentSpan(t, pairs[p]));
        }
        foreach (var (first, end) in SingleQuotePairs(t))
        {
            TextSpan span = t.Span(first, end);
            bool inside = false;
            foreach (Quote q in quotes)
                inside |= q.Kind == QuoteKind.Direct && q.Content.Contains(span);
            if (!inside)
                scare.Add(span);
        }
        quotes.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        scare.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return new QuoteLayer([.. quotes], [.. scare]);
    }

    private static int TokenAt(TokenText t, int offset)
    {
        int lo = 0, hi = t.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < t.Start(mid))
                hi = mid - 1;
            else if (offset >= t.End(mid))
                lo = mid + 1;
            else
                return mid;
        }
        return -1;
    }

    /// <summary>The content between the marks, without a trailing comma ("“…,” ông Minh nói").</summary>
    private static TextSpan ContentSpan(TokenText t, Pair pair)
    {
        int end = pair.ContentEnd;
        if (end - 1 > pair.ContentFirst && t.IsPunct(end - 1, ','))
            end--;
        return end > pair.ContentFirst ? t.Span(pair.ContentFirst, end) : new TextSpan(t.End(pair.Open), 0);
    }

    private static bool IsDoubleMark(char c) => c is '"' or '“' or '”' or '«' or '»' or '„' or '‟' or '″';

    /// <summary>+1 opening, -1 closing, 0 undecided (a straight double quote between spaces).</summary>
    private static int Direction(TokenText t, int i)
    {
        char c = t.Original(i);
        if (c is '“' or '«' or '„' or '‟')
            return 1;
        if (c is '”' or '»')
            return -1;
        bool spaceBefore = i == 0 || !t.Touches(i) || t.IsPunct(i - 1, '(') || t.IsPunct(i - 1, ':') || t.SentenceOf(i - 1) != t.SentenceOf(i) && t.ParagraphOf(i - 1) != t.ParagraphOf(i);
        bool spaceAfter = i + 1 >= t.Count || !t.Touches(i + 1);
        if (spaceBefore && !spaceAfter)
            return 1;
        if (!spaceBefore && spaceAfter)
            return -1;
        if (!spaceBefore && !spaceAfter)
            return t.Kind(i - 1) is TokenKind.Punctuation ? 1 : -1;
        return 0;
    }

    /// <summary>
    /// Drops placeholders never filled and renumbers the continuation links of the rest, so a link always points to an
    /// earlier pair (the chains followed from a continuation to its first pair end).
    /// </summary>
    private static void RemoveUnfilled(List<Pair> pairs)
    {
        var newIndex = new int[pairs.Count];
        int n = 0;
        for (int p = 0; p < pairs.Count; p++)
            newIndex[p] = pairs[p].Open == -2 ? -1 : n++;
        if (n == pairs.Count)
            return;
        var kept = new List<Pair>(n);
        foreach (Pair x in pairs)
        {
            if (x.Open == -2)
                continue;
            int from = x.ContinuesFrom >= 0 ? newIndex[x.ContinuesFrom] : -1;
            kept.Add(x with { ContinuesFrom = from >= 0 && from < kept.Count ? from : -1 });
        }
        pairs.Clear();
        pairs.AddRange(kept);
    }

    private static List<Pair> PairMarks(TokenText t)
    {
        var pairs = new List<Pair>();
        var open = new List<int>(); // token indices of open double marks (a stack)
        int openParagraph = -1;
        int lastUnclosedPair = -1;
        for (int i = 0; i < t.Count; i++)
        {
            int paragraph = t.ParagraphOf(i);
            if (open.Count > 0 && paragraph != openParagraph)
            {
                // A quote left open at the end of a paragraph: it continues when this paragraph opens a quote first
                // or closes one before opening any; otherwise it ends with its paragraph.
                int j = i;
                int dir = 0;
                while (j < t.Count && t.ParagraphOf(j) == paragraph)
                {
                    if (t.Kind(j) == TokenKind.Quote && IsDoubleMark(t.Original(j)))
                    {
                        dir = Direction(t, j);
                        break;
                    }
                    j++;
                }
                bool continuesByClose = dir < 0;
                if (!continuesByClose)
                {
                    int o = open[0];
                    int lastOfParagraph = i - 1;
                    // A continuation left open again fills its own placeholder, so a quotation over three or more
                    // paragraphs stays one chain.
                    int pending = pairs.FindLastIndex(x => x.Open == -2);
                    if (pending >= 0)
                    {
                        pairs[pending] = new Pair(o, -1, o + 1, lastOfParagraph + 1, pairs[pending].ContinuesFrom);
                        lastUnclosedPair = pending;
                    }
                    else
                    {
                        pairs.Add(new Pair(o, -1, o + 1, lastOfParagraph + 1, -1));
                        lastUnclosedPair = pairs.Count - 1;
                    }
                    open.Clear();
                    if (dir > 0 && j == FirstOfParagraph(t, i))
                    {
                        // Continuation: the next quote opening this paragraph belongs to the same quotation.
                        open.Add(j);
                        openParagraph = paragraph;
                        pairs.Add(new Pair(-2, -2, -2, -2, lastUnclosedPair)); // placeholder, fixed when closed
                        i = j;
                        continue;
                    }
                    lastUnclosedPair = -1;
                }
                else
                {
                    openParagraph = paragraph;
                }
            }
            if (t.Kind(i) != TokenKind.Quote || !IsDoubleMark(t.Original(i)))
                continue;
            int d = Direction(t, i);
            if (d == 0)
                d = open.Count > 0 ? -1 : 1;
            if (d > 0)
            {
                if (open.Count == 0)
                    openParagraph = paragraph;
                open.Add(i);
            }
            else if (open.Count > 0)
            {
                int o = open[^1];
                open.RemoveAt(open.Count - 1);
                if (open.Count == 0)
                {
                    int placeholder = pairs.FindLastIndex(x => x.Open == -2);
                    if (placeholder >= 0)
                        pairs[placeholder] = new Pair(o, i, o + 1, i, pairs[placeholder].ContinuesFrom);
                    else
                        pairs.Add(new Pair(o, i, o + 1, i, -1));
                }
            }
        }
        if (open.Count > 0)
        {
            int o = open[0];
            int placeholder = pairs.FindLastIndex(x => x.Open == -2);
            if (placeholder >= 0)
                pairs[placeholder] = new Pair(o, -1, o + 1, t.Count, pairs[placeholder].ContinuesFrom);
            else
                pairs.Add(new Pair(o, -1, o + 1, t.Count, -1));
        }
        RemoveUnfilled(pairs);
        // Trim a trailing mark-less end (a paragraph end) so content never includes the next paragraph.
        for (int p = 0; p < pairs.Count; p++)
        {
            Pair x = pairs[p];
            if (x.Close < 0 && x.ContentEnd > x.ContentFirst)
            {
                int para = t.ParagraphOf(x.Open);
                int e = x.ContentFirst;
                while (e < x.ContentEnd && t.ParagraphOf(e) == para)
                    e++;
                pairs[p] = x with { ContentEnd = e };
            }
        }
        pairs.Sort(static (a, b) => a.Open.CompareTo(b.Open));
        return pairs;
    }

    private static int FirstOfParagraph(TokenText t, int i)
    {
        int p = t.ParagraphOf(i);
        while (i > 0 && t.ParagraphOf(i - 1) == p)
            i--;
        return i;
    }

    /// <summary>Pairs of single quotation marks (‘…’ and '…') inside one sentence: quoted terms and titles.</summary>
    private static List<(int First, int End)> SingleQuotePairs(TokenText t)
    {
        var result = new List<(int, int)>();
        int open = -1;
        for (int i = 0; i < t.Count; i++)
        {
            if (t.Kind(i) != TokenKind.Quote)
                continue;
            char c = t.Original(i);
            if (c is not ('‘' or '’' or '\'' or '‹' or '›'))
                continue;
            bool opening = c is '‘' or '‹' || (c == '\'' && (!t.Touches(i) || i == 0) && t.Touches(i + 1));
            if (opening)
                open = i;
            else if (open >= 0 && t.SentenceOf(open) == t.SentenceOf(i) && i > open + 1)
            {
                result.Add((open + 1, i));
                open = -1;
            }
        }
        return result;
    }

    /// <summary>The pair whose marks enclose each token, or -1: built once per document so lookups are O(1).</summary>
    private static int[] PairOfToken(TokenText t, List<Pair> pairs)
    {
        var of = new int[t.Count];
        Array.Fill(of, -1);
        for (int p = 0; p < pairs.Count; p++)
        {
            int last = pairs[p].Close < 0 ? pairs[p].ContentEnd - 1 : pairs[p].Close;
            for (int k = Math.Max(0, pairs[p].Open); k <= last && k < of.Length; k++)
                of[k] = p;
        }
        return of;
    }

    private static bool Inside(int[] pairOf, int token, out int pair)
    {
        pair = (uint)token < (uint)pairOf.Length ? pairOf[token] : -1;
        return pair >= 0;
    }

    /// <summary>The speech cue that ends just before token <paramref name="end"/> (skipping "thêm"), or 0.</summary>
    private static int CueEndingAt(TokenText t, int end, int floor, out int cueFirst)
    {
        int n = QuoteCues.Speech.MatchEndingAt(t, end, floor);
        if (n == 0 && end - 1 >= floor && t.Is(end - 1, "thêm"))
            n = QuoteCues.Speech.MatchEndingAt(t, end - 1, floor);
        cueFirst = n > 0 ? (t.Is(end - 1, "thêm") && QuoteCues.Speech.MatchEndingAt(t, end, floor) == 0 ? end - 1 - n : end - n) : end;
        return n;
    }

    private static bool TryDirect(TokenText t, EntityLayer entities, List<Pair> pairs, int p, List<(int Token, QuoteSpeaker Speaker)> history, out Quote quote)
    {
        quote = default;
        Pair pair = pairs[p];
        int n = pair.ContentEnd - pair.ContentFirst;
        if (n <= 0)
            return false;
        TextSpan content = ContentSpan(t, pair);
        Sentence openSentence = t.Sentences[t.SentenceOf(pair.Open)];

        // 1. After the quote: '”, ông X cho biết.' / '”- ông X nói.' / '”, theo ông X.'
        if (pair.Close >= 0 && n >= 2)
        {
            Sentence s = t.Sentences[t.SentenceOf(pair.Close)];
            int a = pair.Close + 1;
            bool commaInside = pair.Close > pair.ContentFirst && t.IsPunct(pair.Close - 1, ',') && a < s.EndToken && t.Kind(a) == TokenKind.Word;
            if (a < s.EndToken && (t.IsPunct(a, ',') || t.IsPunct(a, '-') || t.Low(a).SequenceEqual("–") || commaInside))
            {
                int f = commaInside ? a : a + 1;
                for (int k = f; k < s.EndToken && k - f < 25; k++)
                {
                    if (t.Kind(k) == TokenKind.Quote)
                        break;
                    if (t.Is(k, "theo") && k == f)
                    {
                        int e = k + 1;
                        while (e < s.EndToken && !t.IsPunct(e, '.') && !t.IsPunct(e, ','))
                            e++;
                        if (e > k + 1)
                        {
                            quote = new Quote(content, QuoteKind.Direct, t.Span(k, k + 1), Speaker(t, entities, k + 1, e, history), 0.85f);
                            return true;
                        }
                    }
                    int cl = QuoteCues.Speech.Match(t, k, s.EndToken);
                    if (cl > 0)
                    {
                        TextSpan cue = t.Span(k, k + cl);
                        if (k > f && !LooksLikeSpeaker(t, entities, f, k))
                            break;
                        if (k > f)
                        {
                            int se = TrimSpeakerEnd(t, f, k);
                            quote = new Quote(content, QuoteKind.Direct, cue, Speaker(t, entities, f, se, history), 0.9f);
                            return true;
                        }
                        // Inverted: '”, cho biết ông X.'
                        int e = k + cl;
                        int e2 = e;
                        while (e2 < s.EndToken && !t.IsPunct(e2, '.') && !t.IsPunct(e2, ','))
                            e2++;
                        QuoteSpeaker? sp = e2 > e ? Speaker(t, entities, e, e2, history) : null;
                        quote = new Quote(content, QuoteKind.Direct, cue, sp, 0.8f);
                        return true;
                    }
                }
            }
        }

        // 2. Before the quote: 'X cho biết: “…”', 'X nói, “…”.', 'X khẳng định rằng: “…”'.
        int b = pair.Open;
        int floor = openSentence.FirstToken;
        if (b > floor)
        {
            bool colon = t.IsPunct(b - 1, ':');
            bool comma = t.IsPunct(b - 1, ',');
            int c = colon || comma ? b - 1 : b;
            if (c > floor && t.Is(c - 1, "rằng"))
                c--;
            int cl = CueEndingAt(t, c, floor, out int cueFirst);
            bool toSentenceEnd = pair.Close < 0 || pair.Close + 1 >= openSentence.EndToken
                || t.IsPunct(pair.Close + 1, '.') || t.IsPunct(pair.Close + 1, '!') || t.IsPunct(pair.Close + 1, '?')
                || t.SentenceOf(pair.Close + 1) != t.SentenceOf(pair.Close) || t.Kind(pair.Close - 1) == TokenKind.Punctuation;
            if (cl > 0 && (colon || toSentenceEnd))
            {
                TextSpan cue = t.Span(cueFirst, c);
                int segStart = SpeakerStart(t, entities, cueFirst, floor);
                QuoteSpeaker? sp = segStart < cueFirst ? Speaker(t, entities, segStart, TrimSpeakerEnd(t, segStart, cueFirst), history) : Previous(history, pair.Open);
                quote = new Quote(content, QuoteKind.Direct, cue, sp, 0.9f);
                return true;
            }
            if (colon && n >= 4)
            {
                // A colon without a known cue ("… kết luận sơ bộ nguyên nhân chị P. tử vong: “…”").
                int segStart = SpeakerStart(t, entities, b - 1, floor);
                QuoteSpeaker? sp = Previous(history, pair.Open);
                for (int k = segStart; k < b - 1; k++)
                {
                    int m = entities.MentionAtToken(k);
                    if (m >= 0)
                    {
                        sp = Speaker(t, entities, segStart, TrimSpeakerEnd(t, segStart, b - 1), history);
                        break;
                    }
                }
                quote = new Quote(content, QuoteKind.Direct, null, sp, 0.6f);
                return true;
            }
        }

        // 3. Standing alone at the start of a paragraph or sentence: the previous speaker's words.
        bool startsUnit = pair.Open == openSentence.FirstToken;
        if (startsUnit && n >= 4)
        {
            QuoteSpeaker? sp = Previous(history, pair.Open);
            if (sp is null)
            {
                // The sentence before may introduce the speaker ("Nữ Ngoại trưởng Indonesia cho rằng, … . “…”").
                int si = t.SentenceOf(pair.Open);
                if (si > 0)
                {
                    Sentence prev = t.Sentences[si - 1];
                    for (int k = prev.FirstToken; k < prev.EndToken; k++)
                    {
                        int cl = QuoteCues.Any.Match(t, k, prev.EndToken);
                        if (cl > 0 && k > prev.FirstToken)
                        {
                            int segStart = SpeakerStart(t, entities, k, prev.FirstToken);
                            if (segStart < k)
                                sp = Speaker(t, entities, segStart, TrimSpeakerEnd(t, segStart, k), history);
                            break;
                        }
                    }
                }
            }
            if (sp is not null || n >= 8)
            {
                quote = new Quote(content, QuoteKind.Direct, null, sp, sp is null ? 0.5f : 0.7f);
                return true;
            }
        }
        return false;
    }

    private static QuoteSpeaker? Previous(List<(int Token, QuoteSpeaker Speaker)> history, int before)
    {
        for (int h = history.Count - 1; h >= 0; h--)
        {
            if (history[h].Token < before)
                return history[h].Speaker;
        }
        return null;
    }

    /// <summary>
    /// Where the speaker phrase before a cue at <paramref name="cue"/> starts: after the last clause boundary; extended
    /// back over appositions and comma-separated parts of a long title to the segment that names a person
    /// ("ông Chu Thanh Hải, Phó Chủ tịch UBND TP Bắc Ninh cho biết"); cut after a subordinator in a long segment.
    /// </summary>
    private static int SpeakerStart(TokenText t, EntityLayer entities, int cue, int floor)
    {
        int k = SegmentStart(t, cue, floor);
        // "hải quân Indonesia hôm nay, 21/4, thông báo …", "Nhật Bản, quốc gia …, hôm nay thông báo …": a segment that only gives
        // the time leaves the subject in the segment before, past an apposition to a name
        // "lãnh đạo trung tâm huyện Lục Ngạn, Bắc Giang cho biết": the province after the district belongs to the speaker before it
        if (k < cue && k - 1 > floor && IsPlaceAfterPlace(t, k, cue) && SegmentStart(t, k - 1, floor) is var before && before < k - 1)
            k = before;
        bool sawTime = k < cue && IsTimeOnly(t, k, cue);
        if (sawTime || k == cue)
        {
            int j = k;
            while (j - 1 > floor && t.IsPunct(j - 1, ','))
            {
                int prev = SegmentStart(t, j - 1, floor);
                if (prev >= j - 1)
                    break;
                if (IsTimeOnly(t, prev, j - 1))
                {
                    sawTime = true;
                    j = prev;
                    continue;
                }
                if (!sawTime)
                    break;
                if (!t.IsCap(prev) && prev - 1 > floor && t.IsPunct(prev - 1, ','))
                {
                    int subject = SegmentStart(t, prev - 1, floor);
                    if (subject < prev - 1 && prev - 1 - subject <= 5 && t.IsCap(subject) && HasMention(entities, subject, prev - 1))
                        return subject;
                }
                if (LooksLikeSpeaker(t, entities, prev, j - 1))
                    return prev;
                break;
            }
        }
        // "Theo nhiều nhân chứng cho biết", "Điều này khiến nhiều người cho rằng": the speaker starts after "theo" or the causative.
        for (int x = cue - 2; x >= k; x--)
        {
            if (cue - k > 8 && Subordinators.Match(t, x, cue) > 0)
                break; // "… khiến con tàu gặp nạn nhưng quân đội Indonesia cho rằng": the nearer subordinator cuts below
            int n = t.Is(x, "theo") && t.WholeWords(x, 1) && !t.Is(x + 1, "dõi") && !t.Is(x + 1, "đuổi") && !t.Is(x + 1, "sát") ? 1 : Causatives.Match(t, x, cue);
            if (n > 0 && x + n < cue)
                return x + n;
        }
        // A caption run into the sentence ("… cùng chiến tuyến Một cầu thủ tiết lộ"): a capitalized honorific or unnamed-source
        // opener after a lower-case word starts a new sentence, and the speaker.
        for (int x = cue - 1; x > k; x--)
        {
            if (t.IsCap(x) && t.Kind(x - 1) == TokenKind.Word && !t.IsCap(x - 1)
                && (EntityWords.Honorifics.Match(t, x, cue) > 0 || EntityWords.AnonymousOpeners.Match(t, x, cue) > 0)
                && EntityWords.Places.Match(t, x, cue) == 0 && EntityWords.AdminWords.Match(t, x - 1, x) == 0 // "Bộ Quốc phòng Anh", "tỉnh Bà Rịa"
                && EntityWords.Honorifics.MatchEndingAt(t, x, k) == 0 && EntityWords.Titles.MatchEndingAt(t, x, k) == 0 // "ông Nam"
                && !(entities.MentionAtToken(x) is var m && m >= 0 && entities.Mentions[m].FirstToken < x))
                return x;
        }
        // ", đồng thời cảnh báo …": an elided subject; the caller takes the speaker of the clause before
        if (k < cue && Leading.Match(t, k, cue) == cue - k)
            return k;
        // "…, vị này cho biết", "Ông này nói": a short back-reference is the whole speaker, whatever the clause before names.
        if (cue - k <= 4 && cue - k >= 2 && EntityWords.Demonstratives.MatchEndingAt(t, cue, k + 1) > 0)
            return k;
        // An apposition right after a name ("David Manasseh – người đại diện của …"): the name's segment speaks.
        if (k < cue && k - 2 >= floor && (t.IsPunct(k - 1, ',') || t.IsPunct(k - 1, '-')) && !NamesPerson(t, entities, k, cue)
            && entities.MentionAtToken(k - 2) is var pm && pm >= 0 && entities.Mentions[pm].EndToken == k - 1
            && entities.Entities[entities.Mentions[pm].Entity].Type == EntityType.Person)
        {
            int prev = SegmentStart(t, k - 1, floor);
            if (ClauseOpeners.Match(t, prev, k - 1) == 0)
                return prev;
        }
        if (!NamesPerson(t, entities, k, cue) && !StartsLikeSpeaker(t, k, cue) || k == cue)
        {
            int j = k;
            for (int back = 0; back < 4 && j - 1 > floor && (t.IsPunct(j - 1, ',') || t.IsPunct(j - 1, '-')); back++)
            {
                int prev = SegmentStart(t, j - 1, floor);
                if (prev >= j - 1 || ClauseOpeners.Match(t, prev, j - 1) > 0)
                    break;
                if (NamesPerson(t, entities, prev, j - 1))
                {
                    k = prev;
                    // "Bà X, một giám đốc … và mẹ của Y, cho biết": a lower-case description naming someone else is an apposition;
                    // the named segment before it speaks
                    if (!t.IsCap(prev) && EntityWords.Honorifics.Match(t, prev, j - 1) == 0 && Pronouns.Match(t, prev, j - 1) == 0 && prev - 1 > floor && (t.IsPunct(prev - 1, ',') || t.IsPunct(prev - 1, '-'))
                        && SegmentStart(t, prev - 1, floor) is var named && named < prev - 1 && ClauseOpeners.Match(t, named, prev - 1) == 0
                        && (t.IsCap(named) || StartsLikeSpeaker(t, named, prev - 1)) && NamesPerson(t, entities, named, prev - 1))
                        k = named;
                    break;
                }
                j = prev;
            }
        }
        // "Ông X đã nhập viện nhưng vợ ông cho hay …", "Cảnh sát đã bắt Y và gã này thừa nhận …": a clause (with its aspect or
        // modal marker) joined by "nhưng", "song" or "và" to a short new subject; that subject speaks, however short the segment
        for (int x = cue - 2; x > k + 1 && cue - x <= 5; x--)
        {
            if ((t.Is(x, "nhưng") || t.Is(x, "song") || t.Is(x, "và")) && HasClauseMarker(t, k, x) && !HasClauseMarker(t, x + 1, cue)
                && QuoteCues.Any.Match(t, x + 1, cue) == 0)
                return x + 1;
        }
        if (cue - k > 8)
        {
            for (int x = cue - 2; x > k; x--)
            {
                int n = Subordinators.Match(t, x, cue);
                if (n > 0 && x + n < cue)
                {
                    k = x + n;
                    break;
                }
            }
        }
        return k;
    }

    /// <summary>
    /// "…ở Glendale, Arizona", "…huyện Lục Ngạn, Bắc Giang": the segment [<paramref name="first"/>, <paramref name="end"/>) holds only
    /// one to three capitalized words and the comma before it follows a place introduced by "ở", "tại" or an administrative word; it
    /// names the larger place, not a new phrase.
    /// </summary>
    private static bool IsPlaceAfterPlace(TokenText t, int first, int end)
    {
        if (end - first is < 1 or > 3 || first < 2 || !t.IsPunct(first - 1, ','))
            return false;
        for (int k = first; k < end; k++)
        {
            if (t.Kind(k) != TokenKind.Word || !t.IsCap(k))
                return false;
        }
        int x = first - 1;
        while (x - 1 >= 0 && t.Kind(x - 1) == TokenKind.Word && t.IsCap(x - 1))
            x--;
        return x < first - 1 && x >= 1 && (t.Is(x - 1, "ở") || t.Is(x - 1, "tại") || EntityWords.AdminWords.Match(t, x - 1, x) == 1);
    }

    /// <summary>"hôm nay", "21/4", "sáng 28/4", "chiều nay": a segment that holds only a time.</summary>
    private static bool IsTimeOnly(TokenText t, int first, int end)
    {
        for (int k = first; k < end;)
        {
            int n = TimeWords.Match(t, k, end);
            if (n > 0)
                k += n;
            else if (t.Kind(k) is TokenKind.Date or TokenKind.Time || t.Kind(k) == TokenKind.Number && !t.IsPunct(k, ',') || t.IsPunct(k, '/'))
                k++;
            else
                return false;
        }
        return end > first;
    }

    private static readonly PhraseSet TimeWords = new(["hôm nay", "hôm qua", "sáng nay", "chiều nay", "tối nay", "ngày", "hôm", "sáng", "chiều", "tối",
        "trưa", "đêm", "vào", "cùng ngày", "mới đây", "gần đây", "trước đó", "sau đó", "tháng", "năm"]);

    private static int SegmentStart(TokenText t, int cue, int floor)
    {
        int k = cue;
        // "Ông X (85 tuổi, người trông coi đền) chia sẻ": a comma inside brackets does not end the speaker phrase
        for (int depth = 0; k > floor; k--)
        {
            if (t.IsPunct(k - 1, ')'))
                depth++;
            else if (t.IsPunct(k - 1, '(') && depth > 0)
                depth--;
            else if (depth == 0)
                break;
        }
        while (k > floor && (!t.IsClauseMark(k - 1) || NameHyphen(t, k - 1)) && t.Kind(k - 1) != TokenKind.Quote && !t.IsPunct(k - 1, '.') && !t.Is(k - 1, "rằng")
               && !t.IsPunct(k - 1, '?') && !t.IsPunct(k - 1, '!'))
            k--;
        return k;
    }

    /// <summary>A hyphen with no space on either side joins the syllables of a name ("Ti-lơ-xơn", "Kim Jong-un"): no clause boundary.</summary>
    private static bool NameHyphen(TokenText t, int i) => t.IsPunct(i, '-') && t.Touches(i) && t.Touches(i + 1) && i + 1 < t.Count && t.Kind(i + 1) == TokenKind.Word;

    private static bool NamesPerson(TokenText t, EntityLayer entities, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            int m = entities.MentionAtToken(k);
            if (m >= 0 && entities.Entities[entities.Mentions[m].Entity].Type == EntityType.Person && entities.Mentions[m].Kind == MentionKind.Name)
                return true;
        }
        return false;
    }

    private static bool HasLowerWord(TokenText t, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (t.Kind(k) == TokenKind.Word && !t.IsCap(k))
                return true;
        }
        return false;
    }

    private static bool HasMention(EntityLayer entities, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (entities.MentionAtToken(k) >= 0)
                return true;
        }
        return false;
    }

    private static bool NamesPersonOrOrganization(EntityLayer entities, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            int m = entities.MentionAtToken(k);
            if (m >= 0 && entities.Entities[entities.Mentions[m].Entity].Type is EntityType.Person or EntityType.Organization)
                return true;
        }
        return false;
    }

    private static bool StartsLikeSpeaker(TokenText t, int first, int end)
    {
        while (first < end && Leading.Match(t, first, end) is > 0 and var n)
            first += n;
        return first < end && (EntityWords.Honorifics.Match(t, first, end) > 0 || Pronouns.Match(t, first, end) > 0
            || EntityWords.AnonymousOpeners.Match(t, first, end) > 0);
    }

    private static bool HasNoName(TokenText t, int f, int e)
    {
        for (int k = f; k < e; k++)
        {
            if (t.IsForeign(k))
                return false;
        }
        return true;
    }

    /// <summary>Cuts a speaker phrase before time and manner words after its head ("Rodrigo Duterte ngày 19/4").</summary>
    private static int TrimSpeakerEnd(TokenText t, int first, int end)
    {
        for (int k = first + 1; k < end; k++)
        {
            if (t.IsCap(k))
                continue;
            if (Temporal.Match(t, k, end) > 0 || t.Kind(k) is TokenKind.Date or TokenKind.Time)
            {
                bool capAfter = false;
                for (int x = k + 1; x < end && !capAfter; x++)
                    capAfter = t.IsCap(x);
                if (!capAfter)
                    return k;
            }
        }
        return end;
    }

    private static bool LooksLikeSpeaker(TokenText t, EntityLayer entities, int first, int end)
    {
        while (first < end && Leading.Match(t, first, end) is > 0 and var n)
            first += n;
        if (end <= first || end - first > 30 || (end - first > 16 && !NamesPerson(t, entities, first, first + 4) && !HasMention(entities, first, first + 4)))
            return false;
        for (int k = first; k < end; k++)
        {
            if (entities.MentionAtToken(k) >= 0 || (k > first && t.IsCap(k)) || (k == first && t.IsForeign(k)))
                return true;
        }
        return EntityWords.Honorifics.Match(t, first, end) > 0 || EntityWords.Titles.Match(t, first, end) > 0
            || EntityWords.AnonymousOpeners.Match(t, first, end) > 0 || Pronouns.Match(t, first, end) > 0
            || EntityWords.OrganizationHeads.Match(t, first, end) > 0
            || (end - first <= 4 && EntityWords.Demonstratives.MatchEndingAt(t, end, first + 1) > 0)
            || (t.Is(first, "vị") && EntityWords.Titles.Match(t, first + 1, end) > 0); // "vị phó chủ tịch huyện", "vị bác sĩ"
    }

    /// <summary>Resolves the speaker phrase [first, end) to an entity, an anonymous description, or a back-reference.</summary>
    private static QuoteSpeaker? Speaker(TokenText t, EntityLayer entities, int first, int end, List<(int Token, QuoteSpeaker Speaker)> history)
    {
        while (first < end && (Leading.Match(t, first, end) > 0 || t.IsClauseMark(first)))
            first += Math.Max(1, Leading.Match(t, first, end));
        for (int k = first + 1; k < end - 1; k++)
        {
            // "Washington Post dẫn lời họa sĩ Edel Rodriguez", "Sputnik dẫn nguồn tin ngoại giao …": the one quoted speaks.
            if (t.Is(k, "dẫn") && !t.IsCap(k))
            {
                first = t.Is(k + 1, "lời") ? k + 2 : k + 1;
                break;
            }
        }
        // "thông tin từ Viện …", "nguồn tin từ Bộ …": the named source speaks, not an unnamed one.
        if ((t.Is(first, "thông") || t.Is(first, "nguồn")) && t.Is(first + 1, "tin") && t.Is(first + 2, "từ") && first + 3 < end &&
            t.IsCap(first + 3))
            first += 3;
        // "tiết lộ từ nguồn tin quân sự Mỹ", "chia sẻ của anh X": what was said, then its source; the source speaks.
        else if (SourceNouns.Match(t, first, end) is > 0 and var sn && (t.Is(first + sn, "từ") || t.Is(first + sn, "của")) && first + sn + 1 < end)
            first += sn + 1;
        if (end <= first)
            return null;
        TextSpan span = t.Span(first, end);
        // A common noun phrase ("lực lượng chức năng") is capitalized only because it opens the sentence.
        bool lowerStart = !t.IsCap(first)
            || (first == t.Sentences[t.SentenceOf(first)].FirstToken && !t.IsForeign(first) && entities.MentionAtToken(first) < 0
                && !t.IsCap(first + 1) && EntityWords.Titles.Match(t, first, end) == 0 && EntityWords.Honorifics.Match(t, first, end) == 0
                && Pronouns.Match(t, first, end) == 0);
        // Unnamed sources: "một quan chức cấp cao của châu Âu", "các nhà ngoại giao phương Tây", "Truyền thông địa phương".
        int an = EntityWords.AnonymousOpeners.Match(t, first, end);
        if (an > 0 && (first + an >= end || !t.IsCap(first + an) || !NamesPersonOrOrganization(entities, first, end)) && !NamesPerson(t, entities, first, end))
        {
            bool named = false;
            int m0 = entities.MentionAtToken(first);
            if (m0 >= 0 && entities.Mentions[m0].FirstToken == first && entities.Entities[entities.Mentions[m0].Entity].Type == EntityType.Person)
                named = true;
            if (!named && !t.Is(first, "người") && !t.Is(first, "phía") || (t.Is(first, "phía") && HasNoName(t, first, end)))
                return new QuoteSpeaker(span, -1, true);
        }
        // A named mention inside the phrase: a person first, then an organization, then anything.
        int best = -1;
        EntityType bestType = EntityType.Misc;
        for (int k = first; k < end; k++)
        {
            int m = entities.MentionAtToken(k);
            if (m < 0)
                continue;
            EntityType type = entities.Entities[entities.Mentions[m].Entity].Type;
            int rank = type switch { EntityType.Person => 3, EntityType.Organization => 2, EntityType.Misc => 1, _ => 0 };
            int bestRank = best < 0 ? -1 : bestType switch { EntityType.Person => 3, EntityType.Organization => 2, EntityType.Misc => 1, _ => 0 };
            if (rank > bestRank)
            {
                best = m;
                bestType = type;
            }
            k = entities.Mentions[m].EndToken - 1;
        }
        bool backReference = Pronouns.Match(t, first, end) == end - first
            || EntityWords.Demonstratives.MatchEndingAt(t, end, first) > 0
            || t.Is(first, "vị") && EntityWords.Titles.Match(t, first + 1, end) > 0 && best < 0 // "vị phó chủ tịch huyện": the official named before
            || (EntityWords.Titles.Match(t, first, end) > 0 && (best < 0 || bestType is EntityType.Location or EntityType.Organization) && !HasForeignPerson(t, first, end));
        if (best >= 0 && bestType == EntityType.Person && entities.Mentions[best].EndToken < end && t.IsPunct(entities.Mentions[best].EndToken, ','))
            span = t.Span(first, entities.Mentions[best].EndToken); // "ông Michael R. Davis, chuyên gia …," is "ông Michael R. Davis"
        if (best >= 0 && !(backReference && bestType != EntityType.Person))
            return new QuoteSpeaker(span, entities.Mentions[best].Entity, false);
        if (backReference || Pronouns.Match(t, first, end) > 0)
        {
            int e = ResolveBackReference(t, entities, first, end, history);
            // "chủ tọa tuyên bố", "thẩm phán nói" (a bare title) with nobody of that title named before: an unnamed role, an anonymous
            // speaker; "đại diện liên hiệp" names its organization and is not
            bool unnamedRole = e < 0 && best < 0 && lowerStart && EntityWords.Titles.Match(t, first, end) == end - first;
            return new QuoteSpeaker(span, e, unnamedRole);
        }
        if (best >= 0)
            return new QuoteSpeaker(span, entities.Mentions[best].Entity, false);
        // "nhà sáng lập Alibaba Jack Ma", "chuyên trang giải trí Blooloop": a foreign name makes the source a named one
        if (!LooksLikeSpeaker(t, entities, first, end))
            return new QuoteSpeaker(span, -1, lowerStart && !HasForeignPerson(t, first, end));
        return new QuoteSpeaker(span, -1, lowerStart && !HasForeignPerson(t, first, end));
    }

    private static bool HasForeignPerson(TokenText t, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (t.IsForeign(k) && t.Kind(k) == TokenKind.Word && EntityWords.Places.Match(t, k, end) == 0)
                return true;
        }
        return false;
    }

    /// <summary>"ông", "Ngoại trưởng Ukraine", "vị tướng này": an entity with a matching title, else the last person speaker, else the last person named.</summary>
    private static int ResolveBackReference(TokenText t, EntityLayer entities, int first, int end, List<(int Token, QuoteSpeaker Speaker)> history, int before = -1)
    {
        if (before < 0)
            before = first;
        // "Bộ này cho hay", "cơ quan này cho biết", "đơn vị này khẳng định": an organization noun with a demonstrative refers back
        // to an organization, never to a person.
        int head = Math.Max(EntityWords.OrganizationHeads.Match(t, first, end), OrganizationNouns.Match(t, first, end));
        if (head > 0 && first + head < end && EntityWords.Demonstratives.MatchEndingAt(t, end, first + head) > 0)
            return ResolveOrganization(t, entities, first, head, history, before);
        int title = EntityWords.Titles.Match(t, first, end);
        if (title > 0 && end - first >= 2)
        {
            for (int g = entities.Entities.Count - 1; g >= 0; g--)
            {
                foreach (TextSpan ts in entities.Entities[g].Titles)
                {
                    if (ts.Start >= t.Start(first))
                        continue;
                    if (TitleStartsLike(t, ts, first, Math.Min(end, first + title + 1)))
                        return g;
                }
            }
        }
        for (int h = history.Count - 1; h >= 0; h--)
        {
            if (history[h].Token < before && history[h].Speaker.Entity >= 0 && entities.Entities[history[h].Speaker.Entity].Type == EntityType.Person)
                return history[h].Speaker.Entity;
        }
        ReadOnlySpan<EntityMention> mentions = entities.Mentions;
        for (int m = mentions.Length - 1; m >= 0; m--)
        {
            if (mentions[m].FirstToken < first && entities.Entities[mentions[m].Entity].Type == EntityType.Person)
                return mentions[m].Entity;
        }
        // No antecedent: a person named later in the same paragraph ("Ông nhấn mạnh … Ông King nhận định …").
        for (int m = 0; m < mentions.Length; m++)
        {
            if (mentions[m].FirstToken >= end && t.ParagraphOf(mentions[m].FirstToken) == t.ParagraphOf(first)
                && entities.Entities[mentions[m].Entity].Type == EntityType.Person)
                return mentions[m].Entity;
        }
        return -1;
    }

    /// <summary>Generic nouns for an organization that only refer back ("đơn vị này", "doanh nghiệp này").</summary>
    private static readonly PhraseSet OrganizationNouns = new(["đơn vị", "doanh nghiệp", "nhà mạng", "chủ đầu tư", "nhà chức trách", "giới chức"]);

    /// <summary>The organization an "X này" phrase refers to: the last one named before whose name starts with the same head
    /// ("Bộ này" → "Bộ Công Thương"), else the last organization that spoke, else the last one named.</summary>
    private static int ResolveOrganization(TokenText t, EntityLayer entities, int first, int head, List<(int Token, QuoteSpeaker Speaker)> history, int before)
    {
        ReadOnlySpan<EntityMention> mentions = entities.Mentions;
        for (int m = mentions.Length - 1; m >= 0; m--)
        {
            if (mentions[m].FirstToken < before && entities.Entities[mentions[m].Entity].Type == EntityType.Organization
                && TitleStartsLike(t, t.Span(mentions[m].FirstToken, mentions[m].EndToken), first, first + head))
                return mentions[m].Entity;
        }
        for (int h = history.Count - 1; h >= 0; h--)
        {
            if (history[h].Token < before && history[h].Speaker.Entity >= 0 && entities.Entities[history[h].Speaker.Entity].Type == EntityType.Organization)
                return history[h].Speaker.Entity;
        }
        for (int m = mentions.Length - 1; m >= 0; m--)
        {
            if (mentions[m].FirstToken < before && entities.Entities[mentions[m].Entity].Type == EntityType.Organization)
                return mentions[m].Entity;
        }
        return -1;
    }

    private static bool TitleStartsLike(TokenText t, TextSpan title, int first, int end)
    {
        // Compare the phrase's tokens with the title's leading tokens, case-insensitively.
        int k = first;
        int pos = title.Start;
        while (k < end)
        {
            while (pos < title.End && char.IsWhiteSpace(t.Document.Text[pos]))
                pos++;
            int len = t.End(k) - t.Start(k);
            if (pos + len > title.End)
                return false;
            ReadOnlySpan<char> a = t.Document.Text.AsSpan(pos, len);
            ReadOnlySpan<char> b = t.Document.Text.AsSpan(t.Start(k), len);
            if (!a.Equals(b, StringComparison.OrdinalIgnoreCase))
                return false;
            pos += len;
            k++;
        }
        return true;
    }

    private static void Indirect(TokenText t, EntityLayer entities, List<Pair> pairs, PairRole[] roles, List<Quote> quotes, List<(int Token, QuoteSpeaker Speaker)> history)
    {
        int[] pairOf = PairOfToken(t, pairs);
        foreach (Sentence s in t.Sentences.All)
        {
            int end = s.EndToken;
            while (end > s.FirstToken && (t.IsPunct(end - 1, '.') || t.IsPunct(end - 1, '!') || t.IsPunct(end - 1, '?') || t.Kind(end - 1) == TokenKind.Quote && t.Original(end - 1) is '”' or '"' && !Inside(pairOf, end - 1, out _)))
                end--;
            int floor = s.FirstToken;
            int contentUntil = -1;
            for (int i = s.FirstToken; i < end; i++)
            {
                if (Inside(pairOf, i, out int within) && roles[within] == PairRole.Direct)
                {
                    i = pairs[within].Close < 0 ? pairs[within].ContentEnd : pairs[within].Close;
                    continue;
                }
                // "Theo X, …" and "…, theo X."
                if (t.Is(i, "theo") && i >= contentUntil && (i == s.FirstToken || t.IsPunct(i - 1, ',') || t.Is(i - 1, "song") || t.Is(i - 1, "cũng") || t.Is(i - 1, "vẫn") || t.Is(i - 1, "nhưng")))
                {
                    int e = i + 1;
                    int depth = 0; // "Theo anh X (46 tuổi, lái xe taxi) thì, …": a comma inside brackets does not end the source
                    while (e < end && (depth > 0 || !t.IsPunct(e, ',') && !t.Is(e, "thì")) && e - i < 24)
                    {
                        depth += t.IsPunct(e, '(') ? 1 : t.IsPunct(e, ')') && depth > 0 ? -1 : 0;
                        e++;
                    }
                    while (e + 1 < end && t.IsPunct(e, ',') && EntityWords.Titles.Match(t, e + 1, end) > 0)
                    {
                        // "Theo PGS.TS. Lê Thị Hồng Nhung, Viện trưởng Viện …, nguyên nhân …": the apposition belongs to the source; but
                        // not "Theo cô X, lãnh đạo phải là …" (no name: the clause's subject) nor a clause ("…, Thủ tướng Y ca ngợi … đã …")
                        int a = e + 1;
                        int ae = a;
                        while (ae < end && !t.IsPunct(ae, ',') && ae - i < 40)
                            ae++;
                        bool named = false;
                        for (int x = a + 1; x < ae && !named; x++)
                            named = t.IsCap(x);
                        if (!named || ae - a > 12 || HasQuoteMark(t, a, ae) || HasClauseMarker(t, a, ae))
                            break;
                        e = ae;
                    }
                    // "Theo nhà khoa học X tại Đại học Y ở Glendale, Arizona, …": the state after the city belongs to the source
                    while (e + 1 < end && t.IsPunct(e, ',') && t.IsCap(e - 1))
                    {
                        int pe = e + 1;
                        while (pe < end && t.Kind(pe) == TokenKind.Word && t.IsCap(pe) && pe - e <= 3)
                            pe++;
                        if (pe >= end || !t.IsPunct(pe, ',') || !IsPlaceAfterPlace(t, e + 1, pe))
                            break;
                        e = pe;
                    }
                    bool source = TheoSources.Match(t, i + 1, e) > 0 && e - i > 3;
                    if (t.Is(i + 1, "đó") || t.Is(i + 1, "như") || TheoRules.Match(t, i + 1, e) is > 0 and var rule && t.WholeWords(i + 1, rule) && !(t.Is(i + 1, "luật") && t.Is(i + 2, "sư")) || !source && (!LooksLikeSpeaker(t, entities, i + 1, Math.Min(e, i + 17)) || !HasSpeakerWord(t, i + 1, e)))
                        continue;
                    if (e < end && (t.IsPunct(e, ',') || t.Is(e, "thì")))
                    {
                        int cf = e + 1;
                        while (cf < end && t.IsPunct(cf, ','))
                            cf++; // "Theo anh X (…) thì, …"
                        if (end - cf >= 3 && HasLowerWord(t, cf, end)) // "Theo Reuters, AFP, SCMP" is a source line
                        {
                            int ce = ContentEnd(t, cf, end);
                            AddIndirect(t, entities, pairs, roles, quotes, history, cf, ce, i, i + 1, i + 1, TrimSpeakerEnd(t, i + 1, e), 0.7f);
                            floor = cf;
                            contentUntil = ce;
                            i = cf - 1;
                        }
                    }
                    else if (e >= end && i > s.FirstToken + 3 && t.IsPunct(i - 1, ','))
                    {
                        AddIndirect(t, entities, pairs, roles, quotes, history, s.FirstToken, i - 1, i, i + 1, i + 1, end, 0.7f);
                    }
                    continue;
                }
                int cl = QuoteCues.Any.Match(t, i, end);
                if (cl == 0 || t.IsCap(i) || !t.WholeWords(i, cl) || ((t.Is(i, "dẫn") || t.Is(i, "trích")) && t.Is(i + 1, "lời")))
                    continue;
                int after = i + cl;
                if (cl == 1 && NotCueAfter.Match(t, after, end) > 0 || (i > s.FirstToken && !t.IsCap(i - 1) && Nominalizers.MatchEndingAt(t, i, s.FirstToken) is > 0 and var nom && t.WholeWords(i - nom, nom)))
                    continue;
                // "khẳng định được vị thế", "khẳng định được tên tuổi": a standing won, not speech
                if (t.Is(after, "được") && (Standings.Match(t, after + 1, end) > 0 || AbstractObjects.Match(t, after + 1, end) > 0))
                    continue;
                bool belief = QuoteCues.Belief.Match(t, i, end) == cl;
                if (FramesDirect(quotes, t.Span(i, i + cl)) is { } framed)
                {
                    // '"…", ông X cho biết khi trả lời câu hỏi, …': the cue of a direct quote; '"…", X nhận xét và khẳng định …': the
                    // coordinated cue keeps the direct quote's speaker
                    if (framed.Speaker is { } fs && Coordinators.Match(t, i + cl, end) > 0)
                    {
                        history.Add((i, fs));
                        history.Sort(static (a, b) => a.Token.CompareTo(b.Token));
                        floor = i + cl;
                    }
                    continue;
                }
                int segStart = SpeakerStart(t, entities, i, floor);
                if (segStart >= i)
                    continue;
                // "bất cứ kết luận nào nói rằng …": an indefinite noun, nobody speaks
                if (Requests.Match(t, segStart, i) > 0 || EndsWithMindset(t, segStart, i) || t.Is(i - 1, "nào") || HasPredicate(t, segStart, i, nested: i < contentUntil))
                    continue;
                int speakerEnd = TrimSpeakerEnd(t, segStart, i);
                QuoteSpeaker? elided = null;
                if (i - segStart >= 3 && (t.Is(i - 1, "và") || t.Is(i - 1, "nhưng") && !t.IsPunct(i - 2, ',')))
                {
                    // "X bác bỏ các cáo buộc của Y và cho rằng …", "X livestream trên Facebook và cho biết …", "X phủ nhận tin đồn nhưng
                    // thừa nhận …": the cue is coordinated
                    // with a predicate of the clause's subject; that subject speaks, not the object's tail.
                    int named = entities.MentionAtToken(segStart);
                    if (i >= contentUntil && history.FindLastIndex(h => h.Token < i) is var lastCue && lastCue >= 0 && history[lastCue].Token >= s.FirstToken)
                        elided = history[lastCue].Speaker;
                    else if (named >= 0 && entities.Mentions[named].FirstToken == segStart && entities.Mentions[named].EndToken < i - 1)
                        speakerEnd = entities.Mentions[named].EndToken;
                    else if (Prepositions.Match(t, segStart, i) > 0 || t.Is(segStart, "của"))
                    {
                        // the phrase is the tail of an object ("của Y và"): the subject stands before the first verb of speech
                        for (int x = segStart - 1; x > s.FirstToken; x--)
                        {
                            if (ObjectCues.Match(t, x, segStart) is > 0 and var oc && t.WholeWords(x, oc) && !t.IsCap(x))
                            {
                                int subject = SegmentStart(t, x, s.FirstToken);
                                if (subject < x && x - subject <= 8 && LooksLikeSpeaker(t, entities, subject, x))
                                {
                                    segStart = subject;
                                    speakerEnd = x;
                                }
                                break;
                            }
                        }
                    }
                }
                else if (i - segStart >= 4 && Pronouns.Match(t, i - 1, i) == 1 && t.Is(i - 2, "và") && HasLowerWord(t, segStart, i - 2)
                    && Pronouns.Match(t, segStart, i - 2) == 0)
                {
                    segStart = i - 1; // "… đột nhiên nổi tiếng và họ cho biết …": a new clause with its pronoun subject
                    speakerEnd = i;
                }
                if (elided is null && Leading.Match(t, segStart, i) == i - segStart && history.FindLastIndex(h => h.Token < i) is var last && last >= 0 && history[last].Token >= s.FirstToken)
                    elided = history[last].Speaker; // ", và cho biết …": the subject of the clause before
                else if (elided is null && !LooksLikeSpeaker(t, entities, segStart, speakerEnd))
                    continue;
                bool directive = Directives.Match(t, i, end) == cl;
                // ", đồng thời đề nghị …" after a person's reported clause: the person directs (not after "trong khi đó", where the subject may change)
                bool elidedPerson = elided is { Entity: >= 0 } ep && entities.Entities[ep.Entity].Type == EntityType.Person
                    && Coordinators.Match(t, segStart, i) == i - segStart;
                if (directive && !NamesPerson(t, entities, segStart, speakerEnd) && !elidedPerson)
                    continue;
                int c = after;
                while (c < end && t.Is(c, "thêm"))
                    c++;
                bool marked = t.Is(i + cl - 1, "rằng") || (c < end && (t.IsPunct(c, ',') || t.IsPunct(c, ':') || t.Is(c, "rằng") || t.Is(c, "là")));
                bool needsMark = DirectComplement.Match(t, i, end) != cl;
                // "nói với Newsweek rằng", "chia sẻ trước báo giới rằng"; but not past a clause: "cho biết họ được thông báo rằng …"
                // reports the whole clause.
                if (!marked && (needsMark || Prepositions.Match(t, c, end) > 0))
                {
                    for (int r = c; r < end && r - c < 14; r++)
                    {
                        if (t.Is(r, "rằng"))
                        {
                            c = r;
                            marked = true;
                            break;
                        }
                        if (t.IsPunct(r, ',') || t.IsPunct(r, ':') || t.IsPunct(r, '.'))
                            break;
                        if (r > c && QuoteCues.Any.Match(t, r, end) is > 0 and var rc && t.WholeWords(r, rc))
                            break; // "bác bỏ bất cứ kết luận nào nói rằng …": that "rằng" belongs to the nearer cue
                    }
                }
                if (directive)
                {
                    c = after;
                    marked = true;
                }
                if (needsMark && !marked && !(t.Is(i + cl - 1, "rằng")))
                    continue;
                bool rang = t.Is(c, "rằng") || t.Is(c, "là");
                if (rang)
                    c++;
                while (c < end && (t.IsPunct(c, ',') || t.IsPunct(c, ':')))
                    c++;
                if (c < end && Inside(pairOf, c, out int q) && roles[q] == PairRole.Direct)
                    continue;
                // "khẳng định và đảm bảo cho quyền …", "nhận xét và khẳng định …": a coordinated verb, not a reported clause
                if (c < end && (t.Is(c, "và") || t.Is(c, "hoặc") || t.Is(c, "cũng") && t.Is(c + 1, "như")))
                {
                    KeepSpeakerForNextCue(t, entities, history, elided, segStart, speakerEnd, i);
                    floor = c;
                    i = c - 1;
                    continue;
                }
                int stop = DirectQuoteStop(t, pairs, roles, pairOf, c, end);
                if (stop - c >= 3)
                {
                    // "nói tại Bali …", "nhấn mạnh tầm quan trọng của …": a complement, not a reported clause; but "cho biết trong
                    // tuyên bố chung, các nước …": an adverbial that opens the reported clause
                    bool adverbialFirst = t.Is(i, "cho") && (t.Is(i + 1, "biết") || t.Is(i + 1, "hay")) && cl == 2
                        && (PlaceAdverbials.Match(t, c, end) > 0 && CommaWithin(t, c + 1, stop, 12)
                            || t.Is(c, "trong") && TimeNouns.Match(t, c + 1, end) > 0); // "cho hay trong tuần này UBND huyện sẽ …"
                    if (!marked && (Prepositions.Match(t, c, end) > 0 && !adverbialFirst || AbstractObjects.Match(t, c, end) > 0))
                        continue;
                    if (belief && !rang && !t.Is(i + cl - 1, "rằng") && !marked)
                        continue;
                    int ce = ContentEnd(t, c, stop);
                    if (!marked && ce - c <= 4 && EntityWords.Demonstratives.MatchEndingAt(t, ce, c + 1) > 0)
                        continue; // "xác nhận thông tin này", "khẳng định điều đó": an object, not a clause
                    if (!marked && ce < end && ce - c <= 6 && !HasQuoteMark(t, c, ce) && !HasClauseMarker(t, c, ce))
                    {
                        // "thừa nhận các hành vi vi phạm, và cho biết …": an object, not a clause ("huyện chưa nhận được …" is one);
                        // the coordinated cue after it keeps this speaker
                        KeepSpeakerForNextCue(t, entities, history, elided, segStart, speakerEnd, i);
                        floor = ce;
                        i = ce - 1;
                        continue;
                    }
                    if (!marked && (InformationObjects.Match(t, c, ce) > 0 && ObjectCues.Match(t, i, end) == cl && !HasClauseMarker(t, c, ce)
                        || AdmitsFault(t, i, cl, c, ce)))
                    {
                        // "xác nhận sự việc … và cho biết …", "xác nhận danh tính …": what is confirmed, not a clause; a cue
                        // coordinated after it keeps this speaker
                        if (ce < stop)
                        {
                            KeepSpeakerForNextCue(t, entities, history, elided, segStart, speakerEnd, i);
                            floor = ce;
                            i = ce - 1;
                        }
                        continue;
                    }
                    AddIndirect(t, entities, pairs, roles, quotes, history, c, ce, i, i + cl, segStart, speakerEnd, 0.75f, elided);
                    floor = c;
                    contentUntil = ce;
                    i = c - 1; // reported speech may itself report speech ("X cho hay, thủy thủ đoàn nói rằng …")
                    if (ce < stop && !t.IsPunct(ce, ','))
                    {
                        floor = ce; // "… và cho biết thêm, …": the next cue keeps this speaker
                        i = ce - 1;
                    }
                    continue;
                }
                if (c >= end && segStart > s.FirstToken + 3 && t.IsPunct(segStart - 1, ','))
                {
                    // "…, X cho biết."
                    AddIndirect(t, entities, pairs, roles, quotes, history, s.FirstToken, segStart - 1, i, i + cl, segStart, speakerEnd, 0.7f);
                }
            }
        }
    }

    /// <summary>A cue that made no quote but is coordinated with the next one ("nhận xét và khẳng định …"): its speaker is the next cue's.</summary>
    private static void KeepSpeakerForNextCue(TokenText t, EntityLayer entities, List<(int Token, QuoteSpeaker Speaker)> history, QuoteSpeaker? elided,
        int segStart, int speakerEnd, int cue)
    {
        if ((elided ?? Speaker(t, entities, segStart, speakerEnd, history)) is { } speaker)
        {
            history.Add((cue, speaker));
            history.Sort(static (a, b) => a.Token.CompareTo(b.Token));
        }
    }

    private static Quote? FramesDirect(List<Quote> quotes, TextSpan cue)
    {
        foreach (Quote q in quotes)
        {
            if (q.Kind == QuoteKind.Direct && q.Cue is { } c && c.Overlaps(cue))
                return q;
        }
        return null;
    }

    /// <summary>"nhiều chỉ trích cho rằng …", "ý thức chủ quan cho rằng …": a mindset noun just before the cue.</summary>
    private static bool EndsWithMindset(TokenText t, int first, int cue)
    {
        for (int x = cue - 1; x >= first && x >= cue - 4; x--)
        {
            if (Mindsets.Match(t, x, cue) > 0)
                return true;
        }
        return false;
    }

    /// <summary>
    /// A speaker phrase that holds a predicate: a passive ("được nhiều giáo viên và bạn bè nhận xét là …") or, inside reported
    /// content, an aspect marker and a verb phrase ("cơ quan chức năng đã phối hợp với X xác nhận danh tính …").
    /// </summary>
    private static bool HasPredicate(TokenText t, int first, int cue, bool nested)
    {
        for (int k = first; k < cue; k++)
        {
            // the agent of a passive: "được" + a speaker-like phrase + the cue ("được nhiều giáo viên nhận xét là …")
            if (PassiveMarkers.Match(t, k, cue) > 0 && k > first && cue - k - 1 > 2
                && (t.IsCap(k + 1) || EntityWords.AnonymousOpeners.Match(t, k + 1, cue) > 0 || EntityWords.Honorifics.Match(t, k + 1, cue) > 0))
                return true;
            if (nested && AspectMarkers.Match(t, k, cue) > 0 && cue - k - 1 > 2)
                return true;
            // a relative clause with its agent: "các điều kiện phụ do trường đã công bố, …"
            if (t.Is(k, "do") && k > first && cue - k - 1 <= 4)
                return true;
        }
        return false;
    }

    /// <summary>"và", "đồng thời" joining two cues of one speaker ("nhận xét và khẳng định", ", đồng thời kêu gọi").</summary>
    private static readonly PhraseSet Coordinators = new(["và", "đồng thời", "và đồng thời"]);

    /// <summary>Aspect, negation and modal words: a short complement holding one is a clause, not a noun phrase.</summary>
    private static readonly PhraseSet ClauseMarkers = new(["đã", "đang", "sẽ", "chưa", "không", "vừa", "sắp", "cần", "phải", "vẫn"]);

    private static bool HasClauseMarker(TokenText t, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (ClauseMarkers.Match(t, k, end) > 0)
                return true;
        }
        return false;
    }

    private static bool CommaWithin(TokenText t, int first, int end, int n)
    {
        for (int k = first; k < end && k - first < n; k++)
        {
            if (t.IsPunct(k, ','))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Reported content never runs into a direct quote of the same sentence: it stops before the quote's opening mark and before
    /// the frame that introduces it ("… vào năm 2015 và Bình Nhưỡng tuyên bố “…”" stops after "2015").
    /// </summary>
    private static int DirectQuoteStop(TokenText t, List<Pair> pairs, PairRole[] roles, int[] pairOf, int c, int end)
    {
        int stop = end;
        for (int k = c; k < end; k++)
        {
            if (Inside(pairOf, k, out int q) && roles[q] == PairRole.Direct)
            {
                stop = Math.Max(c, pairs[q].Open);
                break;
            }
        }
        if (stop == end)
            return end;
        while (stop > c && (t.IsPunct(stop - 1, ':') || t.IsPunct(stop - 1, ',')))
            stop--;
        if (CueEndingAt(t, stop, c, out int cueFirst) > 0)
        {
            for (int x = cueFirst - 1; x > c && x >= cueFirst - 8; x--)
            {
                if (t.Is(x, "và") || t.IsPunct(x, ','))
                    return x;
            }
        }
        return stop;
    }

    /// <summary>Where reported content starting at <paramref name="c"/> ends: the sentence end, or a comma before another cue (", và cho biết …", ", đồng thời kêu gọi …").</summary>
    private static int ContentEnd(TokenText t, int c, int end)
    {
        for (int k = c + 2; k < end - 1; k++)
        {
            // "xác nhận sự việc … và cho biết thêm, …": a coordinated cue without a comma ends the content too
            if (Coordinators.Match(t, k, end) is > 0 and var co && QuoteCues.Speech.Match(t, k + co, end) is > 0 and var vl && t.WholeWords(k + co, vl))
                return k;
            if (!t.IsPunct(k, ','))
            {
                // "… đang cân nhắc các biện pháp và Triều Tiên cảnh báo …": "và" + a short named subject + a cue
                if (t.Is(k, "và") && NewSpeakerThenCue(t, k + 1, end))
                    return k;
                continue;
            }
            if (Leading.Match(t, k + 1, end) is > 0 and var lead && Pronouns.Match(t, k + 1 + lead, end) > 0 && NewSpeakerThenCue(t, k + 1 + lead, end))
                return k; // "…, nhưng ông khẳng định …" (not "…, [a time phrase], Quý nói …": the outer report holds the inner one)
            int n = k + 1;
            n += Leading.Match(t, n, end);
            // "X đưa tin, hải quân Indonesia hôm nay, 21/4, thông báo …": the subject and its time are inside; the outer report holds
            // the inner one
            if (QuoteCues.Speech.Match(t, n, end) is > 0 and var cl && t.WholeWords(n, cl)
                && !(n == k + 1 && SegmentStart(t, k, c) is var seg && seg > c && IsTimeOnly(t, seg, k)))
                return k;
        }
        return end;
    }

    /// <summary>A pronoun or a short run of capitalized words (a name) followed by a speech cue ("ông khẳng định", "Triều Tiên cảnh báo").</summary>
    private static bool NewSpeakerThenCue(TokenText t, int n, int end)
    {
        int s = Pronouns.Match(t, n, end);
        if (s == 0)
        {
            while (n + s < end && s < 4 && t.IsCap(n + s) && t.Kind(n + s) == TokenKind.Word)
                s++;
            if (s == 0 || n + s < end && t.IsCap(n + s))
                return false;
        }
        n += s;
        while (n < end && (t.Is(n, "cũng") || t.Is(n, "đã") || t.Is(n, "còn")))
            n++;
        return QuoteCues.Speech.Match(t, n, end) is > 0 and var cl && t.WholeWords(n, cl) && !t.IsCap(n);
    }

    /// <summary>Cues of directives whose content is the object clause ("hối thúc các nước phương Tây đưa ra …"); only with a named person.</summary>
    private static readonly PhraseSet Directives = new(["hối thúc", "yêu cầu", "kêu gọi", "đề nghị"]);

    private static bool HasQuoteMark(TokenText t, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (t.Kind(k) == TokenKind.Quote)
                return true;
        }
        return false;
    }

    /// <summary>"Theo luật Nga, …", "Theo quy định, …": a rule, not a speaker.</summary>
    private static readonly PhraseSet TheoRules = new(["luật", "bộ luật", "hiến pháp", "quy định", "điều", "khoản", "nghị định", "thông tư", "quy chế", "điều lệ",
        // a plan, a custom, a format, a wish, the reporter's own observation: "Theo kế hoạch, …", "Theo ghi nhận của PV, …"
        "kế hoạch", "dự kiến", "thông lệ", "chương trình", "lộ trình", "phương án", "lịch", "thể thức", "mong muốn", "nghĩa đen",
        "ghi nhận", "quan sát", "tìm hiểu",
        // a demand or an instruction states what must be done, not what was said to be so: "Theo yêu cầu của X, nếu …, Y sẽ …"
        "yêu cầu", "đề nghị", "chỉ đạo"]);

    /// <summary>Nouns of what a source said, before "từ"/"của" and the source ("Theo tiết lộ từ …").</summary>
    private static readonly PhraseSet SourceNouns = new(["tiết lộ", "chia sẻ", "lời kể", "thông báo", "nhận định", "ý kiến", "lời", "dự báo"]);

    private static readonly PhraseSet TheoSources = new(["chia sẻ", "lời", "lời kể", "thông tin", "báo cáo", "nguồn tin", "kết quả", "đánh giá"]);

    private static bool HasSpeakerWord(TokenText t, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (t.IsCap(k) || EntityWords.Honorifics.Match(t, k, end) > 0 || EntityWords.Titles.Match(t, k, end) > 0
                || EntityWords.AnonymousOpeners.Match(t, k, end) > 0 || t.Is(k, "lời") || t.Is(k, "chia") && t.Is(k + 1, "sẻ"))
                return true;
        }
        return false;
    }

    private static void AddIndirect(TokenText t, EntityLayer entities, List<Pair> pairs, PairRole[] roles, List<Quote> quotes,
        List<(int Token, QuoteSpeaker Speaker)> history, int contentFirst, int contentEnd, int cueFirst, int cueEnd, int speakerFirst, int speakerEnd, float confidence,
        QuoteSpeaker? speakerOverride = null)
    {
        if (contentEnd <= contentFirst)
            return;
        // Strip quotation marks at the edges of the content.
        bool mixed = false;
        for (int p = 0; p < pairs.Count; p++)
        {
            if (pairs[p].Open >= contentFirst && pairs[p].Open < contentEnd && roles[p] != PairRole.Direct)
            {
                roles[p] = PairRole.InsideIndirect;
                mixed = true;
            }
        }
        TextSpan content = t.Span(contentFirst, contentEnd);
        foreach (Quote existing in quotes)
        {
            if (existing.Kind == QuoteKind.Direct && existing.Content.Overlaps(content))
                return;
        }
        QuoteSpeaker? speaker = speakerOverride ?? Speaker(t, entities, speakerFirst, speakerEnd, history);
        quotes.Add(new Quote(content, mixed ? QuoteKind.Mixed : QuoteKind.Indirect, t.Span(cueFirst, cueEnd), speaker, mixed ? 0.8f : confidence));
        if (speaker is { } sp)
            history.Add((cueFirst, sp));
        history.Sort(static (a, b) => a.Token.CompareTo(b.Token));
    }
}
