using System.Text;
using System.Text.Json;

namespace NewsLens.Cli.Tests;

public class SegmentationCommandTests
{
    // Our own sentences in the VietTreebank layout (word/TAG, syllables joined by "_").
    private const string TinyGold =
        "Bộ_trưởng/N Quốc_phòng/N Mỹ/Np phát_biểu/V tại/E cuộc/Nc họp/V báo/N ./.\n" +
        "Thủ_tướng/N Chính_phủ/N cho_biết/V kinh_tế/N đang/R phục_hồi/V ./.\n" +
        "Người_dân/N thành_phố/N Hà_Nội/Np lo_lắng/V về/E giá/N điện/N ./.\n" +
        "Bộ_trưởng/N cho_biết/V quân_đội/N đã/R rút/V khỏi/V khu_vực/N biên_giới/N ./.\n";

    [Fact]
    public void TrainThenEval_TinyGoldFile_WritesAModelThatEvalScores()
    {
        // Given a tiny gold file and an empty data folder (no lexicons)
        using var gold = new TempFile(Encoding.UTF8.GetBytes(TinyGold));
        using var dev = new TempFile("Người_dân/N cho_biết/V giá/N điện/N tăng/V ./.\n"u8.ToArray());
        string data = Directory.CreateTempSubdirectory("newslens-data").FullName;
        string model = Path.Combine(data, "ws.nlm");
        try
        {
            // When a segmenter is trained on it
            var train = CliRunner.Run("train", "ws", "--train", gold.Path, "--dev", dev.Path, "--out", model, "--data", data, "--epochs", "5");
            Assert.Equal(0, train.ExitCode);
            Assert.Contains("removed 0 found in dev/test sets", train.Stderr);
            Assert.True(File.Exists(model));
            // Then eval recognizes the layout and prints the documented JSON fields
            var eval = CliRunner.Run("eval", "ws", "--gold", gold.Path, "--model", model, "--json");
            Assert.Equal(0, eval.ExitCode);
            using var json = JsonDocument.Parse(eval.Stdout);
            JsonElement r = json.RootElement;
            Assert.Equal("ws", r.GetProperty("task").GetString());
            Assert.Equal(4, r.GetProperty("sentences").GetInt32());
            foreach (string field in new[] { "precision", "recall", "f1", "oov_recall", "words_per_second" })
                Assert.True(r.TryGetProperty(field, out _), field);
            Assert.True(r.GetProperty("f1").GetDouble() is > 50 and <= 100); // early stopping on a one-sentence dev set keeps an early epoch
            Assert.Contains("VietTreebank", r.GetProperty("format").GetString());
            // And bench measures it on any text file
            using var text = new TempFile(Encoding.UTF8.GetBytes("Bộ trưởng Quốc phòng Mỹ phát biểu tại cuộc họp báo.\nNgười dân Hà Nội lo lắng.\n"));
            var bench = CliRunner.Run("bench", "ws", "--input", text.Path, "--model", model, "--json", "--seconds", "0.05", "--threads", "1");
            Assert.Equal(0, bench.ExitCode);
            using var b = JsonDocument.Parse(bench.Stdout);
            foreach (string field in new[] { "syllables_per_second", "words_per_second", "threads", "allocated_bytes_per_syllable", "model_load_ms" })
                Assert.True(b.RootElement.TryGetProperty(field, out _), field);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void Eval_UnknownLayout_ExitsWithOneLine()
    {
        using var gold = new TempFile("Đây không phải dữ liệu có nhãn.\nChỉ là văn bản.\n"u8.ToArray());
        var result = CliRunner.Run("eval", "ws", "--gold", gold.Path);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("unknown layout", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Eval_MissingGold_ExitsInputNotFound()
    {
        var result = CliRunner.Run("eval", "ws", "--gold", "/no/such/gold.conllu");
        Assert.Equal(ExitCodes.InputNotFound, result.ExitCode);
    }
}
