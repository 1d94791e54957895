using System.Text;
using System.Text.Json;

namespace NewsLens.Cli.Tests;

public class PosCommandTests
{
    // Our own sentences in the VietTreebank layout (word/TAG, syllables joined by "_").
    private const string TinyGold =
        "Bộ_trưởng/N Quốc_phòng/N Mỹ/Np phát_biểu/V tại/E cuộc/Nc họp/V báo/N ./.\n" +
        "Thủ_tướng/N Chính_phủ/N cho_biết/V kinh_tế/N đang/R phục_hồi/V ./.\n" +
        "Người_dân/N thành_phố/N Hà_Nội/Np lo_lắng/V về/E giá/N điện/N ./.\n" +
        "Bộ_trưởng/N cho_biết/V quân_đội/N đã/R rút/V khỏi/V khu_vực/N biên_giới/N ./.\n";

    [Fact]
    public void TrainThenEvalThenBench_TinyGoldFile_Works()
    {
        // Given a tiny gold file and an empty data folder
        using var gold = new TempFile(Encoding.UTF8.GetBytes(TinyGold));
        using var dev = new TempFile("Người_dân/N cho_biết/V giá/N điện/N tăng/V ./.\n"u8.ToArray());
        string data = Directory.CreateTempSubdirectory("newslens-data").FullName;
        string model = Path.Combine(data, "pos.nlm");
        try
        {
            // When a tagger is trained on it
            var train = CliRunner.Run("train", "pos", "--train", gold.Path, "--dev", dev.Path, "--out", model, "--data", data, "--epochs", "5");
            Assert.Equal(0, train.ExitCode);
            Assert.Contains("removed", train.Stderr);
            Assert.True(File.Exists(model));
            // Then eval with gold words prints the documented JSON fields
            var eval = CliRunner.Run("eval", "pos", "--gold", gold.Path, "--model", model, "--json");
            Assert.Equal(0, eval.ExitCode);
            using var json = JsonDocument.Parse(eval.Stdout);
            JsonElement r = json.RootElement;
            Assert.Equal("pos", r.GetProperty("task").GetString());
            Assert.Equal(4, r.GetProperty("sentences").GetInt32());
            foreach (string field in new[] { "accuracy", "accuracy_mapped", "oov_accuracy", "words_per_second" })
                Assert.True(r.TryGetProperty(field, out _), field);
            Assert.True(r.GetProperty("accuracy").GetDouble() is > 50 and <= 100);
            // And end to end it segments the text itself and reports a segmentation F1
            var e2e = CliRunner.Run("eval", "pos", "--gold", gold.Path, "--model", model, "--json", "--end-to-end");
            Assert.Equal(0, e2e.ExitCode);
            using var e = JsonDocument.Parse(e2e.Stdout);
            Assert.Equal("end-to-end", e.RootElement.GetProperty("mode").GetString());
            Assert.True(e.RootElement.GetProperty("segmentation_f1").GetDouble() > 50);
            // And bench times segmentation + tagging on any text file
            using var text = new TempFile(Encoding.UTF8.GetBytes("Bộ trưởng Quốc phòng Mỹ phát biểu tại cuộc họp báo.\nNgười dân Hà Nội lo lắng.\n"));
            var bench = CliRunner.Run("bench", "pos", "--input", text.Path, "--model", model, "--json", "--seconds", "0.05", "--threads", "1");
            Assert.Equal(0, bench.ExitCode);
            using var b = JsonDocument.Parse(bench.Stdout);
            Assert.Equal("pos", b.RootElement.GetProperty("task").GetString());
            foreach (string field in new[] { "syllables_per_second", "words_per_second", "threads", "allocated_bytes_per_syllable", "model_load_ms" })
                Assert.True(b.RootElement.TryGetProperty(field, out _), field);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void AnalyzeJson_WordsCarryPosAndUpos()
    {
        var result = CliRunner.Run(Encoding.UTF8.GetBytes("Người dân Hà Nội lo lắng về giá điện.\n"), "analyze", "-", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        foreach (JsonElement w in json.RootElement.GetProperty("words").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(w.GetProperty("pos").GetString()));
            Assert.False(string.IsNullOrEmpty(w.GetProperty("upos").GetString()));
        }
    }

    [Fact]
    public void AnalyzeConllu_FillsUposAndXpos()
    {
        var result = CliRunner.Run(Encoding.UTF8.GetBytes("Người dân Hà Nội lo lắng.\n"), "analyze", "-", "--format", "conllu");
        Assert.Equal(0, result.ExitCode);
        string[] row = result.Stdout.Split('\n').First(l => l.StartsWith("3\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal("Hà Nội", row[1]);
        Assert.Equal("PROPN", row[3]);
        Assert.Equal("Np", row[4]);
    }
}

public class ExtractionOutputTests
{
    [Fact]
    public void AnalyzeJson_QuantitiesAndDates_WithValuesAndOffsets()
    {
        // Given a sentence of our own with a quantity, money and a relative date, and the article's date
        const string text = "Hôm thứ sáu, giá xăng tăng khoảng 2,5% và Chính phủ chi 50 tỷ đồng.\n";
        var result = CliRunner.Run(Encoding.UTF8.GetBytes(text), "analyze", "-", "--format", "json", "--date", "2024-09-09");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        string all = root.GetProperty("text").GetString()!;
        var quantities = root.GetProperty("quantities").EnumerateArray().ToList();
        var dates = root.GetProperty("dates").EnumerateArray().ToList();
        // Then every item's text is its slice of the text
        foreach (JsonElement item in quantities.Concat(dates))
        {
            int start = item.GetProperty("start").GetInt32(), end = item.GetProperty("end").GetInt32();
            Assert.Equal(all[start..end], item.GetProperty("text").GetString());
        }
        // And the values are normalized
        JsonElement percent = quantities.Single(q => q.GetProperty("unit").GetString() == "%");
        Assert.Equal(2.5, percent.GetProperty("value").GetDouble());
        Assert.True(percent.GetProperty("approximate").GetBoolean());
        JsonElement money = quantities.Single(q => q.GetProperty("unit").GetString() == "VND");
        Assert.Equal(50e9, money.GetProperty("value").GetDouble());
        JsonElement friday = dates.Single();
        Assert.Equal("2024-09-06", friday.GetProperty("value").GetString());
        Assert.Equal("day", friday.GetProperty("granularity").GetString());
        Assert.True(friday.GetProperty("resolved").GetBoolean());
    }
}
