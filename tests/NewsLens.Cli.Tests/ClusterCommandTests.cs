using System.Text;
using System.Text.Json;

namespace NewsLens.Cli.Tests;

public class ClusterCommandTests
{
    private static readonly string[] Animals = ["Con mèo", "Con chó", "Con gà", "Con vịt", "Con trâu"];
    private static readonly string[] Actions = ["chạy", "ngủ", "ăn cỏ", "kêu to", "nhảy"];
    private static readonly string[] Times = ["hôm qua", "sáng nay", "tối nay"];

    /// <summary>A tiny news file in the UNC layout, written from our own templates.</summary>
    private static string TinyNews()
    {
        var sb = new StringBuilder();
        int doc = 0;
        foreach (string a in Animals)
        {
            var paragraphs = new List<string>();
            foreach (string v in Actions)
            {
                foreach (string t in Times)
                    paragraphs.Add($"{a} {v} {t}, lúc 15h30 có 12 người xem.");
            }
            sb.Append(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["doc_id"] = $"test_{doc++}",
                ["date"] = "20240101",
                ["paragraphs"] = paragraphs,
            })).Append('\n');
        }
        return sb.ToString();
    }

    [Fact]
    public void TrainThenShow_TinyNews_WritesAClustersModelThatShowReads()
    {
        // Given a data folder holding only a tiny Dân Trí-layout news file
        string data = Directory.CreateTempSubdirectory("newslens-data").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(data, "news-unc-dantri"));
            File.WriteAllText(Path.Combine(data, "news-unc-dantri", "unc_v2.0-alpha.jsonl"), TinyNews());
            string model = Path.Combine(data, "clusters.nlm");
            // When clusters are trained on it
            var train = CliRunner.Run("train", "clusters", "--data", data, "--out", model, "--clusters", "6", "--min-count", "2", "--threads", "1");
            // Then the model is written, the summary gives the sizes, and the absent baomoi files are named
            Assert.Equal(0, train.ExitCode);
            Assert.Contains("in 6 clusters", train.Stdout);
            Assert.Contains("5 articles", train.Stdout);
            Assert.Contains("sample clusters", train.Stdout);
            Assert.Contains("baomoi_2017_part1.jsonl is absent", train.Stderr);
            Assert.True(File.Exists(model));
            // And show finds the words (any spelling of them), a number as the number class, and says when a word has no cluster
            var show = CliRunner.Run("clusters", "show", "MÈO", "Hôm_Qua", "12", "2024", "xyzzy", "--model", model);
            Assert.Equal(0, show.ExitCode);
            string[] lines = show.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length == 6, show.Stdout);
            Assert.Matches(@"^MÈO\s+[01]+ \(\d+ bits\)$", lines[0]);
            Assert.Matches(@"^12\s+([01]+) \(\d+ bits\)$", lines[2]);
            Assert.Equal(lines[2].Split("  ", StringSplitOptions.RemoveEmptyEntries)[1], lines[3].Split("  ", StringSplitOptions.RemoveEmptyEntries)[1]);
            Assert.Contains("no cluster", lines[4]);
            Assert.Matches(@"^Hôm_Qua\s+[01]+ \(\d+ bits\)$", lines[1]);
            Assert.StartsWith("common prefix of the 4 paths:", lines[5]);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void Train_NoNewsInDataFolder_ExitsWithOneLine()
    {
        string data = Directory.CreateTempSubdirectory("newslens-data").FullName;
        try
        {
            var result = CliRunner.Run("train", "clusters", "--data", data, "--out", Path.Combine(data, "c.nlm"));
            Assert.Equal(3, result.ExitCode);
            Assert.StartsWith("newslens: no unlabeled news in", result.Stderr);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void Show_NotAClustersFile_ExitsWithOneLine()
    {
        using var bogus = new TempFile("not a model"u8.ToArray(), ".nlm");
        var result = CliRunner.Run("clusters", "show", "mèo", "--model", bogus.Path);
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("magic", result.Stderr);
    }
}
