using System.Text.Json;
using NewsLens.Core;
using NewsLens.Testing;
using NewsLens.Text.Tests.Tokenization;

namespace NewsLens.Text.Tests.Sentences;

public class CorpusSmokeTests
{
    private const string Corpus = "news-unc-dantri/unc_v2.0-alpha.jsonl";

    [Fact]
    public void TokenizeAndSplit_DanTriArticles_KeepEveryInvariant()
    {
        // Given the first 300 articles of the Dân trí corpus, one paragraph per line (skipped when the data is absent)
        string? path = TestPaths.DataFile(Corpus);
        if (path is null)
            return;
        int checkedArticles = 0;
        foreach (string line in File.ReadLines(path).Take(300))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            var paragraphs = doc.RootElement.GetProperty("paragraphs").EnumerateArray()
                .Select(p => p.GetString() ?? "").Where(p => p.Trim().Length > 0).ToArray();
            string text = string.Join("\n", paragraphs);

            // When it is tokenized and split
            NormalizedText normalized = NormalizedText.Unchanged(text);
            TokenLayer tokens = TokenizerAnnotator.Tokenize(normalized);
            var (sentences, paras) = NewsLens.Text.Sentences.SentenceSplitter.Split(normalized, tokens);

            // Then tokens tile the text, every line is one paragraph, and every token is in one sentence
            Assert.True(TokenAssert.Tiles(text));
            Assert.Equal(paragraphs.Count(p => p.Any(c => !TokenAssert.IsGapChar(c))), paras.Count);
            Assert.Equal(tokens.Count, sentences.Count == 0 ? 0 : sentences[sentences.Count - 1].EndToken);
            Assert.True(sentences.Count >= paras.Count);
            checkedArticles++;
        }
        Assert.Equal(300, checkedArticles);
    }
}
