using NewsLens.Core;
using NewsLens.Text;
using NewsLens.Training.Clusters;
using NewsLens.Vietnamese;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Training.Tests;

public class NewsCorpusTests
{
    [Fact]
    public void Read_BothLayouts_GiveHeadlineAndParagraphsOnePerLine()
    {
        // Given one article in the baomoi layout (title, text) and one in the UNC layout (paragraphs)
        string path = Path.Combine(Path.GetTempPath(), $"newslens-news-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path,
            "{\"id\": \"1\", \"date\": \"2017-02-06\", \"title\": \"Tiêu đề\", \"text\": \"Đoạn một.\\nĐoạn hai.\"}\n\n" +
            "{\"doc_id\": \"x\", \"date\": \"20201001\", \"paragraphs\": [\"Tựa\", \"Câu một.\"]}\n");
        try
        {
            // When read
            var articles = NewsCorpus.Read(path).ToList();
            // Then each gives its lines and its date; the blank line is skipped
            Assert.Equal(2, articles.Count);
            Assert.Equal("Tiêu đề\nĐoạn một.\nĐoạn hai.\n", articles[0].Text);
            Assert.Equal("2017-02-06", articles[0].Date);
            Assert.Equal("Tựa\nCâu một.\n", articles[1].Text);
            Assert.Equal("20201001", articles[1].Date);
            // And a line that is not JSON names its line number
            File.AppendAllText(path, "not json\n");
            var e = Assert.Throws<InvalidDataException>(() => NewsCorpus.Read(path).ToList());
            Assert.Contains(":4:", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Sentences_SegmentedText_AreKeysOfWordsPerSentence()
    {
        // Given two sentences analyzed with the shipped segmenter
        NewsLensPipeline nlp = NewsLensPipeline.CreateBuilder().UseWordSegmenter(VietnameseModels.LoadDefault().Segmenter).Build();
        Document doc = nlp.Process("Thủ tướng đến Hà Nội hôm qua. Có 12 người.");
        var surface = new System.Collections.Concurrent.ConcurrentDictionary<ulong, string>();
        // When turned into sentences of keys
        List<ulong[]> sentences = NewsCorpus.Sentences(doc, surface);
        // Then there is one key array per sentence, words keyed lower-case with the number as <num>
        Assert.Equal(2, sentences.Count);
        Assert.Contains(WordClusters.KeyOf("hà nội"), sentences[0]);
        Assert.Equal(WordClusters.KeyOf("."), sentences[0][^1]);
        Assert.Equal([WordClusters.KeyOf("có"), WordClusters.NumberKey, WordClusters.KeyOf("người"), WordClusters.KeyOf(".")], sentences[1]);
        Assert.Equal("hà nội", surface[WordClusters.KeyOf("hà nội")]);
        Assert.Equal("<num>", surface[WordClusters.NumberKey]);
    }
}
