using NewsLens.Training.Corpora;
using NewsLens.Training.Tagging;

namespace NewsLens.Vietnamese.Tests;

public class TagConverterTests
{
    // Our own sentences in two conventions: the source tags the directional "ra"/"lên" after a verb V, the target R;
    // after a noun both say V. "_" joins syllables.
    private static readonly (string Source, string Target)[] Pairs =
    [
        ("Anh/P chạy/V ra/V sân/N ./.", "Anh/P chạy/V ra/R sân/N ./."),
        ("Chị/P nhìn/V ra/V biển/N ./.", "Chị/P nhìn/V ra/R biển/N ./."),
        ("Giá/N xăng/N tăng/V lên/V mức/N mới/A ./.", "Giá/N xăng/N tăng/V lên/R mức/N mới/A ./."),
        ("Họ/P đưa/V hàng/N lên/V tàu/N ./.", "Họ/P đưa/V hàng/N lên/V tàu/N ./."),
        ("Cửa/N ra/V phía/N sau/N ./.", "Cửa/N ra/V phía/N sau/N ./."),
        ("Quân_đội/N rút/V ra/V khỏi/V thành_phố/N ./.", "Quân_đội/N rút/V ra/R khỏi/V thành_phố/N ./."),
        ("Ông/Nc Minh/NNP đứng/V lên/V phát_biểu/V ./.", "Ông/Nc Minh/Np đứng/V lên/R phát_biểu/V ./."),
        ("Xe/N lên/V dốc/N ./.", "Xe/N lên/V dốc/N ./."),
    ];

    private static GoldSentence Sentence(string line, int id) =>
        new($"s{id}", line.Split(' ').Select(item =>
        {
            int slash = item.LastIndexOf('/');
            return new GoldWord(item[..slash].Split('_'), item[(slash + 1)..]);
        }).ToArray());

    private static List<(GoldSentence Source, GoldSentence Target)> Parsed() =>
        Pairs.Select((p, i) => (Sentence(p.Source, i), Sentence(p.Target, i))).ToList();

    [Fact]
    public void Convert_UnseenSentence_FollowsTheLearnedContextNotAWordForWordRenaming()
    {
        // Given a converter learned from our pairs
        TagConverter converter = TagConverter.Learn(Parsed(), seed: 1);
        // When it converts sentences it never saw, with a verb it never saw before "ra" and a noun before "lên"
        GoldSentence afterVerb = converter.Convert(Sentence("Em/P bước/V ra/V sân/N ./.", 100));
        GoldSentence afterNoun = converter.Convert(Sentence("Đường/N lên/V núi/N ./.", 101));
        // Then "ra" after a verb becomes R, "lên" after a noun stays V, and NNP is renamed Np
        Assert.Equal("R", afterVerb.Words[2].Pos);
        Assert.Equal("V", afterNoun.Words[1].Pos);
        Assert.Equal("Np", converter.Convert(Sentence("Ông/Nc Minh/NNP chạy/V ra/V ./.", 102)).Words[1].Pos);
        // And the words are untouched
        Assert.Equal(["Em", "bước", "ra", "sân", "."], afterVerb.Words.Select(w => w.Text));
    }

    [Fact]
    public void Align_PairsOnlySentencesWithTheSameWords()
    {
        // Given a target corpus and source sentences: one the same but for case, one segmented differently, one absent
        var target = new[] { Sentence("Quân_đội/N rút/V ra/R ./.", 0) };
        var source = new[]
        {
            Sentence("quân_đội/N rút/V ra/V ./.", 1),
            Sentence("Quân/N đội/N rút/V ra/V ./.", 2),
            Sentence("Giá/N tăng/V ./.", 3),
        };
        // Then only the first pairs up
        var pairs = TagConverter.Align(source, target);
        Assert.Equal("s1", Assert.Single(pairs).Source.Id);
    }

    [Fact]
    public void WithConvertedSilver_EvaluationSentencesNeitherTeachNorJoin_TreebankCopiesAreNotRepeated()
    {
        // Given a treebank, a silver corpus that shares some sentences with it, and an evaluation set
        var parsed = Parsed();
        var treebank = parsed.Select(p => p.Target).ToList();
        var silver = parsed.Select(p => p.Source).Append(Sentence("Em/P bước/V ra/V sân/N ./.", 50)).ToList();
        var evaluation = new[] { new[] { parsed[0].Target } };
        // When the training sentences are assembled
        var (sentences, pairs, converted) = PosTrainer.WithConvertedSilver(treebank, silver, evaluation, seed: 1);
        // Then the evaluation sentence taught nothing, only the silver sentence the treebank lacks was added,
        // converted, and the treebank comes first, unchanged
        Assert.Equal(Pairs.Length - 1, pairs);
        Assert.Equal(1, converted);
        Assert.Equal(treebank, sentences.Take(treebank.Count));
        Assert.Equal("R", sentences[^1].Words[2].Pos);
    }

    [Fact]
    public void WithConvertedSilver_NothingShared_IsAClearError() =>
        Assert.Throws<ArgumentException>(() => PosTrainer.WithConvertedSilver(
            [Sentence("Giá/N tăng/V ./.", 0)], [Sentence("Xe/N lên/V dốc/N ./.", 1)], [], seed: 1));
}
