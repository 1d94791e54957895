using System.Text;

namespace NewsLens.Cli.Tests;

public class BadInputTests
{
    private static void AssertOneLineError(CliRunner.Result result, int exitCode, string expectedFragment)
    {
        Assert.Equal(exitCode, result.ExitCode);
        string[] lines = result.Stderr.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("newslens: ", lines[0]);
        Assert.Contains(expectedFragment, lines[0]);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Analyze_MissingFile_ExitsInputNotFound()
    {
        // Given a path that does not exist
        string path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.txt");
        // When analyzed, then one line names the problem
        AssertOneLineError(CliRunner.Run("analyze", path), ExitCodes.InputNotFound, "no such file");
    }

    [Fact]
    public void Analyze_Directory_ExitsInputNotFound()
    {
        AssertOneLineError(CliRunner.Run("analyze", Path.GetTempPath()), ExitCodes.InputNotFound, "is a directory");
    }

    [Fact]
    public void Analyze_EmptyFile_ExitsEmpty()
    {
        using var file = new TempFile([]);
        AssertOneLineError(CliRunner.Run("analyze", file.Path), ExitCodes.EmptyInput, "is empty");
    }

    [Fact]
    public void Analyze_WhitespaceOnly_ExitsEmpty()
    {
        using var file = new TempFile("\uFEFF  \n\t\r\n  "u8.ToArray());
        AssertOneLineError(CliRunner.Run("analyze", file.Path), ExitCodes.EmptyInput, "only whitespace");
    }

    [Fact]
    public void Analyze_InvalidUtf8_ReportsByteOffsetAndLine()
    {
        // Given valid Vietnamese text with one stray continuation byte on line 2
        byte[] head = Encoding.UTF8.GetBytes("Hà Nội mùa thu.\nĐà Nẵng ");
        byte[] bytes = [.. head, 0x80, .. Encoding.UTF8.GetBytes("nắng.\n")];
        using var file = new TempFile(bytes);
        // When analyzed as UTF-8, then the error gives the byte offset and line
        AssertOneLineError(CliRunner.Run("analyze", file.Path, "--encoding", "utf-8"), ExitCodes.BadEncoding,
            $"at byte offset {head.Length} (line 2)");
    }

    [Fact]
    public void Analyze_BinaryFile_ExitsBinary()
    {
        byte[] bytes = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
        using var file = new TempFile(bytes);
        AssertOneLineError(CliRunner.Run("analyze", file.Path), ExitCodes.BinaryInput, "binary");
    }

    [Fact]
    public void Analyze_Html_ExitsMarkup()
    {
        using var file = new TempFile("<!DOCTYPE html><html><body><p>Xin chào</p></body></html>"u8.ToArray());
        AssertOneLineError(CliRunner.Run("analyze", file.Path), ExitCodes.MarkupInput, "HTML");
    }

    [Fact]
    public void Analyze_HundredMegabytesWithoutNewline_ExitsLineTooLongInBoundedTime()
    {
        // Given a 100 MB file that is one line
        string path = Path.Combine(Path.GetTempPath(), $"newslens-huge-{Guid.NewGuid():N}.txt");
        try
        {
            using (var stream = File.Create(path))
            {
                byte[] block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Hà Nội ", 1000)));
                long written = 0;
                while (written < 100L * 1024 * 1024)
                {
                    stream.Write(block);
                    written += block.Length;
                }
            }
            // When analyzed, then it is refused with the line number, before any output
            AssertOneLineError(CliRunner.Run("analyze", path), ExitCodes.LineTooLong, "line 1 ");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Analyze_UnknownFormat_ExitsUsage()
    {
        var result = CliRunner.Run("analyze", "-", "--format", "yaml");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("yaml", result.Stderr);
    }

    [Fact]
    public void Analyze_BadDate_ExitsUsage()
    {
        var result = CliRunner.Run("xin chào"u8.ToArray(), "analyze", "-", "--date", "2024-13-45");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("YYYY-MM-DD", result.Stderr);
    }

    [Fact]
    public void Analyze_Utf8CutMidCharacter_ExitsBadEncodingNotACrash()
    {
        // Given valid UTF-8 whose last character was cut in half (a file truncated by a copy)
        byte[] full = "Hà Nội mùa thu, trời trong xanh và gió mát. Người dân đổ ra đường.\n"u8.ToArray();
        byte[] cut = [.. full, 0xE1, 0xBB];
        using var file = new TempFile(cut);
        // When analyzed with detection, then it is reported as invalid UTF-8 at the cut
        AssertOneLineError(CliRunner.Run("analyze", file.Path), ExitCodes.BadEncoding, $"byte offset {full.Length}");
    }
}
