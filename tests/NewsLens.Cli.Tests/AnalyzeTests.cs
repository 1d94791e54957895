using System.Text;
using System.Text.Json;
using NewsLens.Testing;

namespace NewsLens.Cli.Tests;

public class AnalyzeTests
{
    private static string ExamplePath => Path.Combine(TestPaths.RepoRoot, "examples", "han-man-dbscl.txt");

    [Fact]
    public void AnalyzeJson_Example_MatchesGoldenFile()
    {
        // Given the shipped example article on standard input
        byte[] article = File.ReadAllBytes(ExamplePath);
        // When analyzed as JSON
        var result = CliRunner.Run(article, "analyze", "-", "--format", "json", "--date", "2024-09-07");
        Assert.Equal(0, result.ExitCode);
        // Then the output is exactly the reviewed golden file (UPDATE_GOLDEN=1 rewrites it on purpose)
        string golden = Path.Combine(TestPaths.RepoRoot, "tests", "Golden", "han-man-dbscl.json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, result.Stdout, new UTF8Encoding(false));
        Assert.Equal(File.ReadAllText(golden), result.Stdout);
    }

    [Fact]
    public void AnalyzeJson_Example_QuotesPointIntoTheTextAndAtEntities()
    {
        // Given the example analyzed as JSON
        var result = CliRunner.Run(File.ReadAllBytes(ExamplePath), "analyze", "-", "--format", "json", "--date", "2024-09-07");
        using var json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        string text = root.GetProperty("text").GetString()!;
        var ids = new HashSet<string>();
        foreach (JsonElement e in root.GetProperty("entities").EnumerateArray())
        {
            ids.Add(e.GetProperty("id").GetString()!);
            foreach (JsonElement m in e.GetProperty("mentions").EnumerateArray())
                Assert.Equal(text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()], m.GetProperty("text").GetString());
        }
        // Then every quote's text, cue and speaker are slices of "text", and every speaker entity is in entities[]
        int quotes = 0, anonymous = 0;
        foreach (JsonElement q in root.GetProperty("quotes").EnumerateArray())
        {
            quotes++;
            Assert.Equal(text[q.GetProperty("start").GetInt32()..q.GetProperty("end").GetInt32()], q.GetProperty("text").GetString());
            if (q.GetProperty("cue") is { ValueKind: JsonValueKind.Object } cue)
                Assert.Equal(text[cue.GetProperty("start").GetInt32()..cue.GetProperty("end").GetInt32()], cue.GetProperty("text").GetString());
            if (q.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } sp)
            {
                Assert.Equal(text[sp.GetProperty("start").GetInt32()..sp.GetProperty("end").GetInt32()], sp.GetProperty("text").GetString());
                if (sp.GetProperty("entity").ValueKind == JsonValueKind.String)
                    Assert.Contains(sp.GetProperty("entity").GetString()!, ids);
                if (sp.GetProperty("anonymous").GetBoolean())
                    anonymous++;
            }
        }
        Assert.True(quotes >= 10);
        Assert.Equal(1, anonymous); // "Một quan chức địa phương đề nghị giấu tên"
    }

    [Fact]
    public void AnalyzeJson_Example_OffsetsPointIntoTheText()
    {
        // Given the example analyzed as JSON
        var result = CliRunner.Run(File.ReadAllBytes(ExamplePath), "analyze", "-", "--format", "json");
        using var json = JsonDocument.Parse(result.Stdout);
        string text = json.RootElement.GetProperty("text").GetString()!;
        // Then every token's text is the slice of "text" between its offsets, in order
        int previousEnd = 0;
        foreach (JsonElement token in json.RootElement.GetProperty("tokens").EnumerateArray())
        {
            int start = token.GetProperty("start").GetInt32();
            int end = token.GetProperty("end").GetInt32();
            Assert.True(start >= previousEnd);
            Assert.Equal(text[start..end], token.GetProperty("text").GetString());
            Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..start]));
            previousEnd = end;
        }
        // And every sentence's text is its slice
        foreach (JsonElement sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            int start = sentence.GetProperty("start").GetInt32();
            int end = sentence.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], sentence.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void AnalyzeJson_Example_WordsTileTheTokensOfEachSentence()
    {
        // Given the example analyzed as JSON
        var result = CliRunner.Run(File.ReadAllBytes(ExamplePath), "analyze", "-", "--format", "json");
        using var json = JsonDocument.Parse(result.Stdout);
        string text = json.RootElement.GetProperty("text").GetString()!;
        JsonElement tokens = json.RootElement.GetProperty("tokens");
        // Then words cover the tokens in order, each word's text is its slice, and some words join syllables
        int next = 0, multi = 0;
        foreach (JsonElement word in json.RootElement.GetProperty("words").EnumerateArray())
        {
            int first = word.GetProperty("token_start").GetInt32();
            int end = word.GetProperty("token_end").GetInt32();
            Assert.Equal(next, first);
            Assert.True(end > first);
            int start = word.GetProperty("start").GetInt32();
            int stop = word.GetProperty("end").GetInt32();
            Assert.Equal(text[start..stop], word.GetProperty("text").GetString());
            Assert.Equal(tokens[first].GetProperty("start").GetInt32(), start);
            Assert.Equal(tokens[end - 1].GetProperty("end").GetInt32(), stop);
            multi += end - first > 1 ? 1 : 0;
            next = end;
        }
        Assert.Equal(tokens.GetArrayLength(), next);
        Assert.True(multi > 20);
        Assert.Contains(json.RootElement.GetProperty("words").EnumerateArray(), w => w.GetProperty("text").GetString() == "Bộ trưởng" || w.GetProperty("text").GetString() == "Thứ trưởng");
    }

    [Fact]
    public void Analyze_LargeInput_IsProcessedInChunksWithGlobalOffsets()
    {
        // Given an input of many paragraphs, larger than one processing chunk
        var sb = new StringBuilder();
        for (int i = 0; sb.Length < 3 * (1 << 20); i++)
            sb.Append("Đoạn ").Append(i).Append(": Ông Nam nói rằng giá đã tăng 2,5% so với tháng trước.\n");
        string text = sb.ToString();
        // When analyzed as JSON
        var result = CliRunner.Run(Encoding.UTF8.GetBytes(text), "analyze", "-", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        // Then the text round-trips and the last token points at the end of the whole text
        Assert.Equal(text, json.RootElement.GetProperty("text").GetString());
        JsonElement tokens = json.RootElement.GetProperty("tokens");
        JsonElement last = tokens[tokens.GetArrayLength() - 1];
        Assert.Equal(text.TrimEnd('\n').Length, last.GetProperty("end").GetInt32());
        int paragraphs = json.RootElement.GetProperty("paragraphs").GetArrayLength();
        Assert.Equal(text.Count(c => c == '\n'), paragraphs);
    }

    [Fact]
    public void AnalyzeConllu_Example_HasTenColumnsAndTokenRanges()
    {
        var result = CliRunner.Run(File.ReadAllBytes(ExamplePath), "analyze", "-", "--format", "conllu");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n');
        Assert.StartsWith("# newdoc", lines[0]);
        int tokenLines = 0;
        foreach (string line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            string[] cols = line.Split('\t');
            Assert.Equal(10, cols.Length);
            Assert.Contains("TokenRange=", cols[9]);
            tokenLines++;
        }
        Assert.True(tokenLines > 100);
    }

    [Fact]
    public void AnalyzeText_HostileControlCharacters_AreNotPassedToTheTerminal()
    {
        // Given text with an ANSI escape sequence and Spectre markup
        var result = CliRunner.Run("Tin \u001b[31mđỏ[/] [bold]x\n"u8.ToArray(), "analyze", "-");
        Assert.Equal(0, result.ExitCode);
        // Then the escape character is not written raw
        Assert.DoesNotContain('\u001b', result.Stdout);
        // markup is shown as text, not applied: the brackets and the word are printed (each word with its POS tag)
        Assert.Matches(@"\[\S* bold\S* \]", result.Stdout);
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var result = CliRunner.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CliApp.Version, result.Stdout.Trim());
    }

    [Fact]
    public void Help_ListsAnalyze()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("analyze", result.Stdout);
    }
}
