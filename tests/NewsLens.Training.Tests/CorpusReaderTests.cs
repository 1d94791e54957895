using NewsLens.Testing;
using NewsLens.Training.Corpora;

namespace NewsLens.Training.Tests;

public class CorpusReaderTests
{
    [Theory]
    [InlineData("1\tHà Nội\thà nội\tPROPN\tNp\t_\t0\troot\t_\t_", CorpusFormat.Conllu)]
    [InlineData("tiếp cận\tB-V\tB-V", CorpusFormat.Vlsp2013Columns)]
    [InlineData("Chiến_tranh/N đi/V qua/V ./.", CorpusFormat.VietTreebankSlash)]
    [InlineData("Nguyễn\tNNP\tB-NP\tB-PER\tO", CorpusFormat.Vlsp2016Columns)]
    public void Detect_EachLayout_IsRecognized(string line, CorpusFormat expected)
    {
        Assert.Equal(expected, CorpusReader.Detect([line, line]));
    }

    [Fact]
    public void Detect_PlainText_IsNotRecognized()
    {
        Assert.Null(CorpusReader.Detect(["Hôm nay trời đẹp.", "Tôi đi học."]));
    }

    [Theory]
    [InlineData("Hà_Nội", true, new[] { "Hà", "Nội" })]
    [InlineData("tiếp cận", false, new[] { "tiếp", "cận" })]
    [InlineData("_", true, new[] { "_" })]
    public void SplitSyllables_JoinersAreRemoved(string word, bool underscores, string[] expected)
    {
        Assert.Equal(expected, CorpusReader.SplitSyllables(word, underscores));
    }

    [DataFact("ud-vietnamese-vtb/vi_vtb-ud-test.conllu")]
    public void Read_UdVtbTest_Has800Sentences()
    {
        var (format, sentences) = CorpusReader.Read(TestPaths.DataFile("ud-vietnamese-vtb/vi_vtb-ud-test.conllu")!);
        Assert.Equal(CorpusFormat.Conllu, format);
        Assert.Equal(800, sentences.Count);
        Assert.Equal(["bắt", "chuyện"], sentences[0].Words[1].Syllables);
    }

    [DataFact("vlsp2013-pos-test-underthesea/test_output.txt")]
    public void Read_Vlsp2013Test_Has2120SentencesAnd66346Words()
    {
        var (format, sentences) = CorpusReader.Read(TestPaths.DataFile("vlsp2013-pos-test-underthesea/test_output.txt")!);
        Assert.Equal(CorpusFormat.Vlsp2013Columns, format);
        Assert.Equal(2120, sentences.Count); // PROVENANCE says 2,119, but the file holds 2,120 blank-line-separated blocks
        Assert.Equal(66346, sentences.Sum(s => s.Words.Count));
        Assert.Equal("M", sentences[0].Words[0].Pos);
    }

    [DataFact("viettreebank-pos-vlp/vtb-tagged.txt")]
    public void Read_VietTreebank_Has10165Sentences()
    {
        var (format, sentences) = CorpusReader.Read(TestPaths.DataFile("viettreebank-pos-vlp/vtb-tagged.txt")!);
        Assert.Equal(CorpusFormat.VietTreebankSlash, format);
        Assert.Equal(10165, sentences.Count);
        Assert.Equal(221112, sentences.Sum(s => s.Words.Count));
    }

    [DataFact("vlsp2016-ner-test/vie.test")]
    public void Read_Vlsp2016Test_Has2831Sentences()
    {
        var (format, sentences) = CorpusReader.Read(TestPaths.DataFile("vlsp2016-ner-test/vie.test")!);
        Assert.Equal(CorpusFormat.Vlsp2016Columns, format);
        Assert.Equal(2831, sentences.Count);
        Assert.Contains(sentences.SelectMany(s => s.Words), w => w.Ner == "B-PER");
    }
}
