using CsCheck;
using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Training.Corpora;
using NewsLens.Training.Tagging;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Vietnamese.Tests;

public class PosTaggerTests
{
    // Our own sentences, tagged by hand (VietTreebank tags; "_" joins the syllables of a word).
    private static readonly string[] TinyCorpus =
    [
        "Bộ_trưởng/N Quốc_phòng/N Mỹ/Np phát_biểu/V tại/E cuộc/Nc họp/V báo/N hôm_nay/N ./.",
        "Thủ_tướng/N Chính_phủ/N cho_biết/V kinh_tế/N đang/R phục_hồi/V ./.",
        "Người_dân/N thành_phố/N Hà_Nội/Np lo_lắng/V về/E giá/N điện/N ./.",
        "Ông/Nc Minh/Np nói/V rằng/C chính_phủ/N sẽ/R hỗ_trợ/V nông_dân/N ./.",
        "Bộ_trưởng/N cho_biết/V quân_đội/N đã/R rút/V khỏi/V khu_vực/N biên_giới/N ./.",
        "Các/L nhà_ngoại_giao/N phương_Tây/N cho_biết/V cuộc/Nc đàm_phán/V đã/R thất_bại/V ./.",
        "Giá/N xăng/N tăng/V 2,5/M %/Nu so/V với/E tháng/N trước/N ./.",
        "Quốc_hội/N thông_qua/V luật/N đất_đai/N mới/A vào/E tháng/N 11/M ./.",
    ];

    private static readonly Lazy<PosTagger> Tiny = new(TrainTiny);

    private static List<GoldSentence> Parse(IEnumerable<string> lines) =>
        lines.Select((l, i) => new GoldSentence($"tiny:{i}", l.Split(' ').Select(item =>
        {
            int slash = item.LastIndexOf('/');
            return new GoldWord(item[..slash].Split('_'), item[(slash + 1)..]);
        }).ToArray())).ToList();

    private static PosTagger TrainTiny() =>
        PosTrainer.Train(Parse(TinyCorpus), null, [("V", "nói", "VERB"), ("V", "nói", "VERB"), ("V", "là", "AUX"), ("V", "là", "AUX")], NewsLens.Vietnamese.Lexicons.WordClusters.Empty,
            new PosTrainer.Options { MaxEpochs = 10, Seed = 3 });

    private static byte[] Bytes(PosTagger t)
    {
        using var stream = new MemoryStream();
        t.Model.Save(stream, WeightEncoding.Int16);
        return stream.ToArray();
    }

    [Fact]
    public void Train_TinyCorpus_LearnsItsOwnTags()
    {
        // Given a tagger trained inside the test on eight sentences
        PosTagger tagger = Tiny.Value;
        // When it tags those sentences (gold words)
        var score = PosEvaluation.GoldWords(tagger, Parse(TinyCorpus), CorpusFormat.VietTreebankSlash);
        // Then it reproduces nearly all of their tags, and punctuation comes out as CH
        Assert.True(score.Accuracy >= 0.95, $"accuracy {score.Accuracy:P1}");
        Assert.Contains("CH", tagger.Tags);
        Assert.DoesNotContain(".", tagger.Tags);
    }

    [Fact]
    public void Train_SameDataAndSeed_SameModelBytes() => Assert.Equal(Bytes(Tiny.Value), Bytes(TrainTiny()));

    [Fact]
    public void SaveLoad_AnyWords_TagsIdentically()
    {
        // Given the tiny model saved and loaded back
        PosTagger loaded = PosTagger.Load(new MemoryStream(Bytes(Tiny.Value)));
        PosTagger reference = PosTagger.Load(new MemoryStream(Bytes(Tiny.Value)));
        string[] vocab = ["Bộ trưởng", "nói", "rằng", "Hà Nội", "giá", "2,5", "%", ".", ",", "Zelensky", "đã", "thất bại", "“"];
        // Then both tag any sequence of words alike
        Gen.Int[0, vocab.Length - 1].Select(i => vocab[i]).Array[1, 40].Sample(words =>
        {
            var a = new int[words.Length];
            var b = new int[words.Length];
            reference.Tag(words, a);
            loaded.Tag(words, b);
            return a.AsSpan().SequenceEqual(b);
        });
    }

    [Fact]
    public void Annotate_AnyText_OneTagPerWordAndTheSameAsTaggingTheWords()
    {
        // Given a pipeline with the shipped segmenter and the tiny tagger
        NewsLensPipeline pipeline = NewsLensPipeline.CreateBuilder()
            .UseWordSegmenter(VietnameseModels.LoadDefault().Segmenter).UsePosTagger(Tiny.Value).Build();
        NewsLens.Testing.TextGen.Mixed.Sample(text =>
        {
            Document doc = pipeline.Process(text);
            SpanLayer words = doc.Get(Layers.Words);
            WordTagLayer pos = doc.Get(Layers.Pos), upos = doc.Get(Layers.UPos);
            if (pos.Count != words.Count || upos.Count != words.Count)
                return false;
            // Then tagging each sentence's words as strings gives the same tags as the document path
            string normalized = doc.Get(Layers.Normalized).Text;
            int w = 0;
            foreach (Sentence s in doc.Sentences.All)
            {
                var texts = new List<string>();
                for (; w < words.Count && words.TokenRange(w).First < s.EndToken; w++)
                {
                    var (first, count) = words.TokenRange(w);
                    int from = doc.Tokens.NormalizedStarts[first];
                    int to = doc.Tokens.NormalizedStarts[first + count - 1] + doc.Tokens.NormalizedLengths[first + count - 1];
                    texts.Add(normalized[from..to]);
                }
                var tags = new int[texts.Count];
                Tiny.Value.Tag(texts.ToArray(), tags);
                for (int i = 0; i < tags.Length; i++)
                {
                    int word = w - tags.Length + i;
                    if (tags[i] != pos.Id(word) || PosTagset.UniversalTags[Tiny.Value.UniversalOf(tags[i], texts[i])] != upos.Tag(word))
                        return false;
                }
            }
            return true;
        }, iter: 200);
    }

    [Fact]
    public void UposMapping_LearnsPerWordExceptionsAndTagDefaults()
    {
        // Given evidence where V is mostly VERB but "là" is AUX
        UposMapping map = PosTrainer.BuildUposMapping(["N", "V", "CH"],
            [("V", "nói", "VERB"), ("V", "đi", "VERB"), ("V", "chạy", "VERB"), ("V", "là", "AUX"), ("V", "Là", "AUX"),
             ("CH", "%", "SYM"), ("CH", "%", "SYM"), ("CH", ",", "PUNCT"), ("CH", ".", "PUNCT"), ("CH", ".", "PUNCT")],
            minCount: 2);
        string Upos(int tag, string word) => PosTagset.UniversalTags[map.Map(tag, WordKeys.Of(word))];
        // Then the exception applies to its word in any case, the default to the rest, and N falls back to NOUN
        Assert.Equal("AUX", Upos(1, "là"));
        Assert.Equal("VERB", Upos(1, "ăn"));
        Assert.Equal("SYM", Upos(2, "%"));
        Assert.Equal("PUNCT", Upos(2, "."));
        Assert.Equal("NOUN", Upos(0, "nhà"));
        // And it survives serialization
        UposMapping back = UposMapping.FromBytes(["N", "V", "CH"], map.ToBytes());
        Assert.Equal("AUX", PosTagset.UniversalTags[back.Map(1, WordKeys.Of("là"))]);
    }

    [Fact]
    public void TagDictionary_ToBytesFromBytes_RoundTrips()
    {
        Gen.Dictionary(Gen.ULong, Gen.ULong[1, ulong.MaxValue])[0, 200].Sample(entries =>
        {
            var dict = new TagDictionary(entries);
            TagDictionary back = TagDictionary.FromBytes(dict.ToBytes());
            return back.Count == dict.Count && entries.All(e => back.Lookup(e.Key) == e.Value);
        });
    }

    [Fact]
    public void TagDictionary_Corrupted_Throws()
    {
        byte[] bytes = new TagDictionary([new(5UL, 3UL)]).ToBytes();
        Assert.Throws<InvalidDataException>(() => TagDictionary.FromBytes(bytes.AsSpan(0, bytes.Length - 1)));
        Assert.Throws<InvalidDataException>(() => TagDictionary.FromBytes(new byte[8]));
    }

    [Fact]
    public void WordKeys_IgnoreCaseAndWhitespaceRuns()
    {
        var syllables = Gen.String[Gen.Char["aăâbcdđeêhiklmnoôơpqrstuưvxyÀÁẠ"], 1, 6].Array[1, 4];
        syllables.Sample(s =>
            WordKeys.Of(string.Join(' ', s)) == WordKeys.Of("  " + string.Join(" \t\n ", s).ToUpperInvariant() + " "));
        Assert.NotEqual(WordKeys.Of("Hà Nội"), WordKeys.Of("HàNội"));
    }

    [Theory]
    [InlineData(",", "CH")]
    [InlineData("LBKT", "CH")]
    [InlineData("...", "CH")]
    [InlineData("Cc", "CC")]
    [InlineData("B-Np", "Np")]
    [InlineData("Vy", "V")]
    [InlineData("N", "N")]
    public void Normalize_CorpusTags_IntoTheTagSet(string tag, string expected) =>
        Assert.Equal(expected, PosTagset.Normalize(tag, "x"));

    [Fact]
    public void Normalize_EmptyTag_DependsOnTheWord()
    {
        Assert.Equal("CH", PosTagset.Normalize("", "/"));
        Assert.Equal("X", PosTagset.Normalize(null, "abc"));
    }

    [Theory]
    [InlineData("NNP", "Np")]
    [InlineData("Ns", "Nc")]
    [InlineData("Ny", "Np")]
    [InlineData("Nb", "N")]
    [InlineData("FW", "X")]
    [InlineData("CH", "CH")]
    [InlineData("B-NP", null)]
    [InlineData("O", null)]
    public void FromVlsp2016_MapsIntoTheTagSetOrRefuses(string tag, string? expected) =>
        Assert.Equal(expected, PosTagset.FromVlsp2016(tag, "x"));

    [Fact]
    public void FromModel_WithoutItsSections_ThrowsClearly()
    {
        // Given a tagger model saved without its dictionary and mapping, as another tool might write it
        using var stream = new MemoryStream();
        Tiny.Value.Model.WithAuxiliary(new Dictionary<string, byte[]>(StringComparer.Ordinal)).Save(stream);
        stream.Position = 0;
        // Then loading it as a tagger says what is missing
        var ex = Assert.Throws<InvalidDataException>(() => PosTagger.Load(stream));
        Assert.Contains(PosTagger.TagDictionaryBlob, ex.Message);
    }

    [Fact]
    public void Load_ASegmenterModel_IsRefused()
    {
        using var stream = new MemoryStream();
        VietnameseModels.LoadDefault().Segmenter.Model.Save(stream);
        stream.Position = 0;
        Assert.ThrowsAny<Exception>(() => PosTagger.Load(stream));
    }
}
