using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Testing;
using NewsLens.Text;
using NewsLens.Training.Corpora;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Vietnamese.Tests;

/// <summary>Facts about the shipped <c>models/clusters.nlm</c>, measured when it was trained (see the README).</summary>
public class ShippedClustersTests
{
    private static readonly Lazy<DataModel> Model = new(() =>
        DataModel.Load(Path.Combine(TestPaths.RepoRoot, "models", "clusters.nlm"), WordClusters.ModelKind));

    private static readonly Lazy<WordClusters> Clusters = new(() => WordClusters.FromModel(Model.Value));

    private static readonly NewsLensPipeline Tokenizer = NewsLensPipeline.CreateBuilder().UseNormalization().UseTokenizer().Build();

    private static readonly string[] Weekdays = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"];
    private static readonly string[] Cities = ["hà nội", "đà nẵng", "hải phòng", "cần thơ", "huế", "nghệ an"];
    private static readonly string[] Unrelated = ["bóng đá", "chính phủ", "ăn", "đẹp", "và", "của", ",", "2024"];

    /// <summary>A word's key as in training: normalized and tokenized, a lone number, date or time as its class.</summary>
    private static ulong Key(string word)
    {
        Document doc = Tokenizer.Process(word);
        return WordClusters.KeyOf(doc, 0, doc.Tokens.Count);
    }

    private static ClusterPath PathOf(string word)
    {
        Assert.True(Clusters.Value.TryGet(Key(word), out ClusterPath path), $"'{word}' has no cluster");
        return path;
    }

    [Fact]
    public void ShippedFile_HoldsWhatItsMetadataSays_AndIsTheEmbeddedDefault()
    {
        // Given the shipped clusters file
        IReadOnlyDictionary<string, System.Text.Json.JsonElement> meta = Model.Value.Properties;
        WordClusters clusters = Clusters.Value;
        // Then it has the vocabulary and the number of distinct paths (clusters) its metadata states
        Assert.Equal(meta["vocabulary"].GetInt32(), clusters.Count);
        Assert.Equal(meta["clusters"].GetInt32(), clusters.Entries.Select(e => e.Path).Distinct().Count());
        Assert.Equal(meta["max_path_bits"].GetInt32(), clusters.MaxPathLength);
        Assert.True(meta["min_count"].GetInt32() >= 1);
        // And the library's embedded default is this file, and it stays small
        Assert.Equal(clusters.ToBytes(), VietnameseModels.LoadDefault().Clusters.ToBytes());
        Assert.True(new FileInfo(Path.Combine(TestPaths.RepoRoot, "models", "clusters.nlm")).Length < 2 * 1024 * 1024);
    }

    [Theory]
    [InlineData("weekdays")]
    [InlineData("cities")]
    public void ShippedClusters_WordsOfOneClass_ShareLongerPrefixesThanUnrelatedWords(string which)
    {
        // Given words of one class (weekday names; Vietnamese cities) and unrelated frequent words
        string[] words = which == "weekdays" ? Weekdays : Cities;
        // When their paths are compared
        int within = words.SelectMany(a => words.Where(b => b != a).Select(b => PathOf(a).CommonPrefixLength(PathOf(b)))).Min();
        int across = words.SelectMany(a => Unrelated.Select(b => PathOf(a).CommonPrefixLength(PathOf(b)))).Max();
        // Then any two of the class share more bits than any of them with an unrelated word (measured: at least 8 bits against at most 4)
        Assert.True(within > across, $"{which}: within {within} bits, against unrelated {across}");
    }

    [DataFact("ud-vietnamese-vtb/vi_vtb-ud-test.conllu")]
    public void ShippedClusters_UdVtbTest_CoverMostWordTokens()
    {
        // Given the gold words of UD VTB test (treebank text, not the news the clusters were learned from)
        var (_, sentences) = CorpusReader.Read(TestPaths.DataFile("ud-vietnamese-vtb/vi_vtb-ud-test.conllu")!);
        long tokens = 0, covered = 0;
        foreach (GoldSentence s in sentences)
        {
            foreach (GoldWord w in s.Words)
            {
                tokens++;
                covered += Clusters.Value.TryGet(Key(w.Text), out _) ? 1 : 0;
            }
        }
        // Then most word tokens have a cluster (measured when the model shipped: 98.67% of 11,692)
        double coverage = (double)covered / tokens;
        Assert.True(coverage >= 0.98, $"coverage {coverage:P2} of {tokens} tokens");
    }
}
