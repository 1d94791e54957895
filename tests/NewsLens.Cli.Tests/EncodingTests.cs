using System.Text;
using System.Text.Json;
using NewsLens.Text.Encodings;

namespace NewsLens.Cli.Tests;

public class EncodingTests
{
    private const string Paragraph =
        "Bộ trưởng Quốc phòng cho biết quân đội đã rút khỏi khu vực biên giới hôm thứ sáu.\n" +
        "Người dân trong vùng lũ được hỗ trợ lương thực và nước uống trong suốt mùa mưa năm nay.\n";

    [Theory]
    [InlineData(SourceEncoding.Tcvn3, "TCVN3")]
    [InlineData(SourceEncoding.Vni, "VNI")]
    [InlineData(SourceEncoding.Windows1258, "Windows-1258")]
    public void Analyze_LegacyBytes_AreDetectedAndConverted(SourceEncoding encoding, string name)
    {
        // Given an article saved in a legacy Vietnamese encoding
        using var file = new TempFile(VietnameseEncodings.Encode(Paragraph.ToLowerInvariant(), encoding));
        // When analyzed with automatic detection
        var result = CliRunner.Run("analyze", file.Path, "--format", "json");
        // Then it is read as Unicode Vietnamese, and stderr says which encoding was assumed
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(name, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(Paragraph.ToLowerInvariant(), json.RootElement.GetProperty("text").GetString());
        Assert.Equal(name, json.RootElement.GetProperty("encoding").GetString());
    }

    [Fact]
    public void Analyze_Tcvn3MojibakeInUtf8_IsRepaired()
    {
        // Given TCVN3 bytes that were read as Windows-1252 and saved as UTF-8 ("ViÖt Nam" style)
        byte[] legacy = VietnameseEncodings.Encode(Paragraph.ToLowerInvariant(), SourceEncoding.Tcvn3);
        string mojibake = Encoding.Latin1.GetString(legacy);
        using var file = new TempFile(Encoding.UTF8.GetBytes(mojibake));
        // When analyzed
        var result = CliRunner.Run("analyze", file.Path, "--format", "json");
        // Then the text is proper Vietnamese again
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(Paragraph.ToLowerInvariant(), json.RootElement.GetProperty("text").GetString());
        Assert.Contains("TCVN3", result.Stderr);
    }

    [Fact]
    public void Analyze_UndecidableBytes_ExitsBadEncodingWithOffset()
    {
        // Given bytes that are not UTF-8 and read as no Vietnamese encoding (Latin-1 German)
        using var file = new TempFile(Encoding.Latin1.GetBytes("Grüße aus München, schöne Tage über dem Fluß.\n"));
        // When analyzed
        var result = CliRunner.Run("analyze", file.Path);
        // Then one line gives the offset of the first invalid byte and the candidates
        Assert.Equal(ExitCodes.BadEncoding, result.ExitCode);
        Assert.Contains("byte offset 2", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Analyze_ForcedEncoding_SkipsDetection()
    {
        using var file = new TempFile(VietnameseEncodings.Encode("hà nội mùa thu", SourceEncoding.Vni));
        var result = CliRunner.Run("analyze", file.Path, "--encoding", "vni", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("hà nội mùa thu", json.RootElement.GetProperty("text").GetString());
    }
}
