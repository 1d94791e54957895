using System.Text;
using System.Text.Json;

namespace NewsLens.Cli.Tests;

public class NerCommandTests
{
    // Our own sentences in the VLSP 2016 layout (word, POS, chunk, NER, nested NER), person names one syllable per word.
    private const string TinyGold =
        "Ông\tNc\tB-NP\tO\tO\nNguyễn\tNp\tB-NP\tB-PER\tO\nVăn\tNp\tI-NP\tI-PER\tO\nAn\tNp\tI-NP\tI-PER\tO\nđến\tV\tB-VP\tO\tO\nHà_Nội\tNp\tB-NP\tB-LOC\tO\n.\tCH\tO\tO\tO\n\n" +
        "Bà\tNc\tB-NP\tO\tO\nLê\tNp\tB-NP\tB-PER\tO\nThị\tNp\tI-NP\tI-PER\tO\nHoa\tNp\tI-NP\tI-PER\tO\nlàm\tV\tB-VP\tO\tO\nở\tE\tB-PP\tO\tO\nCông_ty\tN\tB-NP\tB-ORG\tO\nBình_Minh\tNp\tI-NP\tI-ORG\tO\n.\tCH\tO\tO\tO\n\n" +
        "Anh\tNc\tB-NP\tO\tO\nTrần\tNp\tB-NP\tB-PER\tO\nBình\tNp\tI-NP\tI-PER\tO\nsống\tV\tB-VP\tO\tO\ntại\tE\tB-PP\tO\tO\nĐà_Nẵng\tNp\tB-NP\tB-LOC\tO\n.\tCH\tO\tO\tO\n";

    [Fact]
    public void TrainThenEvalThenBench_TinyGoldFile_Works()
    {
        // Given a tiny gold file of our own and an empty data folder (no gazetteers: they are skipped and reported)
        using var gold = new TempFile(Encoding.UTF8.GetBytes(TinyGold));
        string data = Directory.CreateTempSubdirectory("newslens-data").FullName;
        string model = Path.Combine(data, "ner.nlm");
        try
        {
            // When an NER model is trained on it (every 8th document is dev: here none, so every epoch runs)
            var train = CliRunner.Run("train", "ner", "--train", gold.Path, "--out", model, "--data", data, "--epochs", "4", "--with-vlsp2018", "false");
            Assert.Equal(0, train.ExitCode);
            Assert.Contains("missing, skipped", train.Stderr);
            Assert.True(File.Exists(model));
            // Then eval with gold words prints the documented JSON fields and learns its own sentences
            var eval = CliRunner.Run("eval", "ner", "--gold", gold.Path, "--model", model, "--json");
            Assert.Equal(0, eval.ExitCode);
            using var json = JsonDocument.Parse(eval.Stdout);
            JsonElement r = json.RootElement;
            Assert.Equal("ner", r.GetProperty("task").GetString());
            Assert.Equal("gold-words", r.GetProperty("mode").GetString());
            Assert.Equal(6, r.GetProperty("gold_entities").GetInt32());
            foreach (string field in new[] { "precision", "recall", "f1", "per_type", "words_per_second" })
                Assert.True(r.TryGetProperty(field, out _), field);
            Assert.True(r.GetProperty("per_type").TryGetProperty("PER", out JsonElement per));
            Assert.True(per.GetProperty("f1").GetDouble() is >= 0 and <= 100);
            // And end to end it reads the raw text with our segmenter and tagger
            var e2e = CliRunner.Run("eval", "ner", "--gold", gold.Path, "--model", model, "--json", "--end-to-end");
            Assert.Equal(0, e2e.ExitCode);
            using var e = JsonDocument.Parse(e2e.Stdout);
            Assert.Equal("end-to-end", e.RootElement.GetProperty("mode").GetString());
            // And bench times the whole pipeline on any text file
            using var text = new TempFile(Encoding.UTF8.GetBytes("Ông Nguyễn Văn An đến Hà Nội.\nBà Lê Thị Hoa làm ở Công ty Bình Minh.\n"));
            var bench = CliRunner.Run("bench", "ner", "--input", text.Path, "--model", model, "--json", "--seconds", "0.05", "--threads", "1");
            Assert.Equal(0, bench.ExitCode);
            using var b = JsonDocument.Parse(bench.Stdout);
            Assert.Equal("ner", b.RootElement.GetProperty("task").GetString());
            foreach (string field in new[] { "syllables_per_second", "words_per_second", "threads", "allocated_bytes_per_syllable", "model_load_ms" })
                Assert.True(b.RootElement.TryGetProperty(field, out _), field);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void EvalNer_EnamexFile_IsScoredEndToEnd()
    {
        // Given a VLSP 2018 style article of our own (inline ENAMEX tags) and the shipped model
        using var gold = new TempFile(Encoding.UTF8.GetBytes("Ông <ENAMEX TYPE=\"PERSON\">Nguyễn Văn An</ENAMEX> đến <ENAMEX TYPE=\"LOCATION\">Hà Nội</ENAMEX> hôm qua.\n"));
        var eval = CliRunner.Run("eval", "ner", "--gold", gold.Path, "--json");
        Assert.Equal(0, eval.ExitCode);
        using var json = JsonDocument.Parse(eval.Stdout);
        // Then it is read end to end (there are no gold words) and both entities are counted
        Assert.Equal("end-to-end", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("gold_entities").GetInt32());
    }

    [Fact]
    public void EvalNer_GoldWithoutEntityTags_IsAClearError()
    {
        using var gold = new TempFile("Người_dân/N cho_biết/V ./.\n"u8.ToArray());
        var eval = CliRunner.Run("eval", "ner", "--gold", gold.Path);
        Assert.Equal(4, eval.ExitCode);
        Assert.Contains("no entity tags", eval.Stderr);
    }

    [Fact]
    public void AnalyzeJson_EntitiesHaveMentionsWithOffsetsAndWordRanges()
    {
        // Given a sentence of our own with a person and a place
        const string text = "Hôm qua, ông Nguyễn Văn An đã đến Hà Nội để dự hội nghị.\n";
        var result = CliRunner.Run(Encoding.UTF8.GetBytes(text), "analyze", "-", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        string all = root.GetProperty("text").GetString()!;
        var words = root.GetProperty("words").EnumerateArray().ToList();
        var entities = root.GetProperty("entities").EnumerateArray().ToList();
        // Then each entity has an id, a type, a name and one mention whose text, offsets and word range agree
        Assert.NotEmpty(entities);
        foreach (JsonElement e in entities)
        {
            Assert.StartsWith("e", e.GetProperty("id").GetString());
            Assert.Contains(e.GetProperty("type").GetString(), new[] { "PER", "LOC", "ORG", "MISC" });
            JsonElement m = e.GetProperty("mentions").EnumerateArray().Single();
            int start = m.GetProperty("start").GetInt32(), end = m.GetProperty("end").GetInt32();
            Assert.Equal(all[start..end], m.GetProperty("text").GetString());
            int ws = m.GetProperty("word_start").GetInt32(), we = m.GetProperty("word_end").GetInt32();
            Assert.Equal(start, words[ws].GetProperty("start").GetInt32());
            Assert.Equal(end, words[we - 1].GetProperty("end").GetInt32());
        }
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "PER" && e.GetProperty("name").GetString() == "Nguyễn Văn An");
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "LOC" && e.GetProperty("name").GetString() == "Hà Nội");
    }

    [Fact]
    public void AnalyzeConlluAndText_MarkEntities()
    {
        byte[] input = Encoding.UTF8.GetBytes("Ông Nguyễn Văn An đến Hà Nội.\n");
        var conllu = CliRunner.Run(input, "analyze", "-", "--format", "conllu");
        Assert.Equal(0, conllu.ExitCode);
        Assert.Contains("NER=B-LOC", conllu.Stdout);
        var text = CliRunner.Run(input, "analyze", "-");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("]LOC", text.Stdout);
    }
}
