using CsCheck;
using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Text;
using NewsLens.Training.Corpora;
using NewsLens.Training.Segmentation;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Segmentation;

namespace NewsLens.Vietnamese.Tests;

public class WordSegmenterTests
{
    // Our own sentences, segmented by hand ("_" joins the syllables of a word).
    private static readonly string[] TinyCorpus =
    [
        "Bộ_trưởng Quốc_phòng Mỹ phát_biểu tại cuộc họp báo hôm_nay .",
        "Thủ_tướng Chính_phủ cho_biết kinh_tế đang phục_hồi .",
        "Người_dân thành_phố Hà_Nội lo_lắng về giá điện .",
        "Ông Nguyễn_Văn_Minh nói rằng chính_phủ sẽ hỗ_trợ nông_dân .",
        "Bộ_trưởng cho_biết quân_đội đã rút khỏi khu_vực biên_giới .",
        "Các nhà_ngoại_giao phương_Tây cho_biết cuộc đàm_phán đã thất_bại .",
        "Giá xăng tăng 2,5 % so với tháng trước .",
        "Quốc_hội thông_qua luật đất_đai mới vào tháng 11 .",
    ];

    private static readonly string[] Vocab =
        ["bộ", "trưởng", "Quốc", "phòng", "Mỹ", "cho", "biết", "Hà", "Nội", ",", ".", "2,5", "%", "người", "dân", "Zelensky"];

    private static readonly Lazy<WordSegmenter> Tiny = new(TrainTiny);

    private static List<GoldSentence> Parse(IEnumerable<string> lines) =>
        lines.Select((l, i) => new GoldSentence($"tiny:{i}",
            l.Split(' ').Select(w => new GoldWord(w.Split('_'))).ToArray())).ToList();

    private static WordSegmenter TrainTiny()
    {
        List<GoldSentence> train = Parse(TinyCorpus);
        var lexicon = SyllableLexicon.Empty;
        return SegmenterTrainer.Train(train, null, lexicon, new SegmenterTrainer.Options { MaxEpochs = 15, Seed = 7 });
    }

    private static bool[] Segment(WordSegmenter segmenter, GoldSentence s)
    {
        var (syl, kinds, _) = GoldSyllables.Prepare(s);
        var starts = new bool[syl.Length];
        segmenter.Segment(syl, kinds, starts);
        return starts;
    }

    [Fact]
    public void Train_TinyCorpus_LearnsItsOwnSegmentation()
    {
        // Given a segmenter trained inside the test on eight sentences
        WordSegmenter segmenter = Tiny.Value;
        // When it segments those sentences, then it reproduces nearly all of their words
        var score = new NewsLens.Training.Evaluation.SegmentationScore();
        foreach (GoldSentence s in Parse(TinyCorpus))
            score.Add(GoldSyllables.Prepare(s).WordStarts, Segment(segmenter, s));
        Assert.True(score.F1 >= 0.95, $"F1 {score.F1:P1}");
    }

    [Fact]
    public void Train_SameDataAndSeed_SameModelBytes()
    {
        static byte[] Bytes(WordSegmenter s)
        {
            using var stream = new MemoryStream();
            s.Model.Save(stream, WeightEncoding.Int16);
            return stream.ToArray();
        }
        Assert.Equal(Bytes(Tiny.Value), Bytes(TrainTiny()));
    }

    [Fact]
    public void SaveLoad_AnySyllables_PredictsIdentically()
    {
        // Given the tiny model saved and loaded back
        using var stream = new MemoryStream();
        Tiny.Value.Model.Save(stream, WeightEncoding.Int16);
        stream.Position = 0;
        WordSegmenter loaded = WordSegmenter.Load(stream);
        stream.Position = 0;
        var syllables = Gen.Int[0, Vocab.Length - 1].Select(i => Vocab[i]);
        // Then both segment any sentence alike
        WordSegmenter reference = WordSegmenter.Load(stream);
        syllables.Array[1, 40].Sample(words =>
        {
            TokenKind[] kinds = words.Select(GoldSyllables.KindOf).ToArray();
            var a = new bool[words.Length];
            var b = new bool[words.Length];
            reference.Segment(words, kinds, a);
            loaded.Segment(words, kinds, b);
            return a.AsSpan().SequenceEqual(b);
        });
    }

    [Fact]
    public void Annotate_AnyText_WordsCoverEveryTokenInOrder()
    {
        // Given a pipeline with the tiny segmenter
        NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder().UseSentences()
            .Use(new WordSegmenterAnnotator(Tiny.Value)).Build();
        NewsLens.Testing.TextGen.Mixed.Sample(text =>
        {
            Document doc = pipeline.Process(text);
            SpanLayer words = doc.Get(Layers.Words);
            // Then words never lose or reorder syllables: their token ranges tile the tokens
            int next = 0;
            for (int w = 0; w < words.Count; w++)
            {
                var (first, count) = words.TokenRange(w);
                if (first != next || count < 1)
                    return false;
                TextSpan span = words.Span(w);
                if (span.Start != doc.Tokens.Span(first).Start || span.End != doc.Tokens.Span(first + count - 1).End)
                    return false;
                next = first + count;
            }
            return next == doc.Tokens.Count;
        });
    }

    [Fact]
    public void FromModel_WithoutLexicon_ThrowsClearly()
    {
        LinearChainModel bare = LinearChainModel.Load(SaveBare(), "ws");
        var ex = Assert.Throws<InvalidDataException>(() => WordSegmenter.FromModel(bare));
        Assert.Contains("lexicon", ex.Message);
    }

    private static MemoryStream SaveBare()
    {
        // A model saved without its blobs, as another tool might write it.
        var stream = new MemoryStream();
        Tiny.Value.Model.WithAuxiliary(new Dictionary<string, byte[]>(StringComparer.Ordinal)).Save(stream);
        stream.Position = 0;
        return stream;
    }
}
