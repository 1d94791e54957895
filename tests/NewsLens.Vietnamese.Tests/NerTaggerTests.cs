using NewsLens.Learning;
using NewsLens.Training.Ner;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Ner;

namespace NewsLens.Vietnamese.Tests;

public class NerTaggerTests
{
    [Theory]
    [InlineData("Nguyễn Kỳ Sơn", true)]
    [InlineData("Hà_Nội", true)]
    [InlineData("Điện Kremlin Dmitry Peskov", true)]
    [InlineData("Pokrovsk", false)]
    [InlineData("Tổng thống", false)]
    [InlineData("hà nội", false)]
    [InlineData("UBND", false)]
    public void SplitsIntoSyllables_CapitalizedMultiSyllableWordsOnly(string word, bool expected) =>
        Assert.Equal(expected, NerTagger.SplitsIntoSyllables(word));

    [Fact]
    public void BioDecode_IAfterOOrOtherType_BeginsAnEntity()
    {
        // Given O B-PER I-PER I-LOC I-LOC O I-ORG B-ORG
        int[] labels = [0, 1, 2, 4, 4, 0, 6, 5];
        var spans = new (int, int, int)[labels.Length];
        // When decoded conlleval style
        int n = BioSpans.Decode(labels, spans);
        // Then I- after another type or after O starts an entity, and B- always does
        Assert.Equal([(1, 3, 0), (3, 5, 1), (6, 7, 2), (7, 8, 2)], spans[..n]);
    }

    [Theory]
    [InlineData("B-PER", 1)]
    [InlineData("I-MISC", 8)]
    [InlineData("O", 0)]
    [InlineData(" o", 0)]
    [InlineData("Op", 0)]
    [InlineData("B-LOC ", 3)]
    public void BioIdOf_ReadsJunkAsO(string name, int id) => Assert.Equal(id, BioSpans.IdOf(name));

    [Fact]
    public void Lexicon_PhraseMatchesWhateverTheSegmentation_AndSurvivesBytes()
    {
        // Given a lexicon with a two-syllable place and a trigger
        NerLexicon lexicon = NerLexicon.Create([("Hà Nội", NerLexiconCategory.Province), ("tổng thống", NerLexiconCategory.PersonTrigger)]);
        // When it is written and read back
        NerLexicon copy = NerLexicon.FromBytes(lexicon.ToBytes());
        // Then the phrase is found with any joiner and case, prefixes are marked, unknown phrases are not found
        foreach (NerLexicon l in new[] { lexicon, copy })
        {
            Assert.Equal(NerLexiconCategory.Province, l.Lookup("hà_nội"));
            Assert.Equal(NerLexiconCategory.Province, l.Lookup("HÀ  NỘI"));
            Assert.Equal(NerLexiconCategory.PersonTrigger, l.Lookup("Tổng thống"));
            Assert.Equal(NerLexiconCategory.Prefix, l.Lookup("hà"));
            Assert.Equal(NerLexiconCategory.None, l.Lookup("hải phòng"));
            Assert.Equal(2, l.Longest);
        }
    }

    [Fact]
    public void Lexicon_CorruptedBytes_AreAClearError()
    {
        byte[] bytes = NerLexicon.Create([("Huế", NerLexiconCategory.Province)]).ToBytes();
        bytes[0] = (byte)'X';
        Assert.Throws<InvalidDataException>(() => NerLexicon.FromBytes(bytes));
        Assert.Throws<InvalidDataException>(() => NerLexicon.FromBytes(bytes.AsSpan(0, 10)));
    }

    /// <summary>Sentences of our own, in the VLSP 2016 convention (person names one syllable per word).</summary>
    private static List<NerDocumentData> TinyCorpus()
    {
        NerSentenceData S(string text)
        {
            // "[PER Nguyễn Văn An] nói" → words and labels
            var words = new List<string>();
            var labels = new List<int>();
            string? type = null;
            bool first = false;
            foreach (string token in text.Split(' '))
            {
                string t = token;
                if (t.StartsWith('['))
                {
                    type = t[1..];
                    first = true;
                    continue;
                }
                bool close = t.EndsWith(']');
                if (close)
                    t = t[..^1];
                words.Add(t.Replace('_', ' '));
                labels.Add(type is null ? 0 : BioSpans.IdOf((first ? "B-" : "I-") + type));
                first = false;
                if (close)
                    type = null;
            }
            return new NerSentenceData([.. words], words.Select(_ => "N").ToArray(), [.. labels]);
        }
        string[] sentences =
        [
            "Ông [PER Nguyễn Văn An] làm việc ở [LOC Hà_Nội] .",
            "Bà [PER Trần Thị Bình] đến [LOC Đà_Nẵng] hôm_qua .",
            "[ORG Công_ty Bình_Minh] mở chi_nhánh tại [LOC Huế] .",
            "Tổng_thống [PER Volodymyr Zelensky] thăm [LOC Kiev] .",
            "Anh [PER Lê Văn Cường] làm cho [ORG Công_ty Ánh_Dương] .",
            "Chị [PER Phạm Thị Dung] sống ở [LOC Cần_Thơ] .",
        ];
        return sentences.Select((s, i) => new NerDocumentData($"d{i}", [S(s), S(sentences[(i + 1) % sentences.Length])])).ToList();
    }

    private static readonly Lazy<NerTagger> Tiny = new(() =>
    {
        NerLexicon lexicon = NerLexicon.Create([("ông", NerLexiconCategory.PersonTrigger), ("bà", NerLexiconCategory.PersonTrigger), ("công ty", NerLexiconCategory.OrganizationTrigger), ("Huế", NerLexiconCategory.Province)]);
        return NerTrainer.Train(TinyCorpus(), null, lexicon, WordClusters.Empty, new NerTrainer.Options { MaxEpochs = 5 });
    });

    [Fact]
    public void Train_TinyCorpus_LearnsItsOwnSentences()
    {
        // Given a tagger trained on a few sentences of our own
        List<NerDocumentData> docs = TinyCorpus();
        // When it tags them back
        NerEvaluationResult result = NerEvaluation.GoldWords(Tiny.Value, docs);
        // Then it gets (nearly) all their entities
        Assert.True(result.Score.F1 > 0.9, $"F1 {result.Score.F1:P1}");
    }

    [Fact]
    public void SavedModel_LoadsAndPredictsTheSame()
    {
        // Given the tiny tagger saved with float weights and read back
        using var stream = new MemoryStream();
        Tiny.Value.Model.Save(stream, WeightEncoding.Float32);
        stream.Position = 0;
        NerTagger loaded = NerTagger.Load(stream);
        // When both tag the same documents
        foreach (NerDocumentData d in TinyCorpus())
        {
            var words = d.Sentences.Select(s => s.Words).ToList();
            var pos = d.Sentences.Select(s => s.Pos).ToList();
            var a = d.Sentences.Select(s => new int[s.Words.Length]).ToList();
            var b = d.Sentences.Select(s => new int[s.Words.Length]).ToList();
            Tiny.Value.TagDocument(words, pos, a);
            loaded.TagDocument(words, pos, b);
            // Then their labels are equal, and the lexicon travelled with the model
            for (int s = 0; s < a.Count; s++)
                Assert.Equal(a[s], b[s]);
        }
        Assert.Equal(Tiny.Value.Lexicon.Count, loaded.Lexicon.Count);
    }

    [Fact]
    public void Load_ModelOfAnotherKind_IsAClearError()
    {
        using var stream = new MemoryStream();
        Tiny.Value.Model.Save(stream);
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => Segmentation.WordSegmenter.Load(stream));
    }
}
