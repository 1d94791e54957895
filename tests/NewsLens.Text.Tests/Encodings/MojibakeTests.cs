using System.Text;
using NewsLens.Text.Encodings;

namespace NewsLens.Text.Tests.Encodings;

public sealed class MojibakeTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>What a tool that assumed Windows-1252 made of legacy bytes.</summary>
    private static string AsMojibake(string text, SourceEncoding encoding) =>
        Windows1252.GetString(VietnameseEncodings.Encode(text, encoding));

    [Theory]
    [InlineData(SourceEncoding.Tcvn3)]
    [InlineData(SourceEncoding.Vni)]
    [InlineData(SourceEncoding.Windows1258)]
    public void RepairUnicode_MojibakeParagraph_GivesVietnameseBack(SourceEncoding encoding)
    {
        // Given the paragraph as legacy bytes read as Windows-1252
        string mojibake = AsMojibake(VietnameseEncodingsTests.Paragraph, encoding);

        // When it is detected and repaired
        SourceEncoding? detected = VietnameseEncodings.DetectInUnicode(mojibake);
        string repaired = VietnameseEncodings.RepairUnicode(mojibake, encoding);

        // Then the encoding is found and the text is Vietnamese again
        Assert.Equal(encoding, detected);
        Assert.Equal(VietnameseEncodingsTests.Paragraph, repaired);
        Assert.Equal(VietnameseEncodingsTests.Paragraph, VietnameseEncodings.RepairUnicode(mojibake));
    }

    [Fact]
    public void DetectInUnicode_Tcvn3Mojibake_IsTcvn3()
    {
        // Given "Việt Nam" in TCVN3 read as Windows-1252
        const string mojibake = "ViÖt Nam";

        // When it is detected and repaired
        // Then it is TCVN3 and repairs to Việt Nam
        Assert.Equal(SourceEncoding.Tcvn3, VietnameseEncodings.DetectInUnicode(mojibake));
        Assert.Equal("Việt Nam", VietnameseEncodings.RepairUnicode(mojibake, SourceEncoding.Tcvn3));
    }

    [Fact]
    public void DetectInUnicode_VniMojibake_IsVni()
    {
        // Given "Việt Nam" in VNI read as Windows-1252
        const string mojibake = "Vieät Nam";

        // When it is detected and repaired
        // Then it is VNI and repairs to Việt Nam
        Assert.Equal(SourceEncoding.Vni, VietnameseEncodings.DetectInUnicode(mojibake));
        Assert.Equal("Việt Nam", VietnameseEncodings.RepairUnicode(mojibake, SourceEncoding.Vni));
    }

    [Theory]
    [InlineData("L'été dernier, nous sommes allés à la plage près de Nice avec nos élèves.")]
    [InlineData("Viele Grüße aus München! Die Straße ist schön, und das Wetter ist großartig.")]
    [InlineData("Señora Muñoz está en la estación.")]
    public void DetectInUnicode_OtherLanguage_IsNotMojibake(string text)
    {
        // Given genuine French, German or Spanish
        // When it is checked for mojibake
        // Then nothing is detected and nothing is repaired
        Assert.Null(VietnameseEncodings.DetectInUnicode(text));
        Assert.Equal(text, VietnameseEncodings.RepairUnicode(text));
    }

    [Fact]
    public void DetectInUnicode_GenuineVietnamese_IsNotMojibake()
    {
        // Given genuine Unicode Vietnamese
        string text = VietnameseEncodingsTests.Paragraph;

        // When it is checked for mojibake
        EncodingDetection analysis = VietnameseEncodings.AnalyzeUnicode(text);

        // Then it reads as Unicode Vietnamese already, and nothing is repaired
        Assert.Null(VietnameseEncodings.DetectInUnicode(text));
        Assert.Equal(DetectionOutcome.Decided, analysis.Outcome);
        Assert.Equal(SourceEncoding.Utf8, analysis.Encoding);
        Assert.Equal(text, VietnameseEncodings.RepairUnicode(text));
    }

    [Fact]
    public void DetectInUnicode_ShortGenuineLatin1Vietnamese_IsNotMojibake()
    {
        // Given short genuine Vietnamese whose letters all exist in Windows-1252 (so it could be misread)
        const string text = "Tôi là ai?";

        // When it is checked for mojibake
        // Then nothing is detected
        Assert.Null(VietnameseEncodings.DetectInUnicode(text));
        Assert.Equal(text, VietnameseEncodings.RepairUnicode(text));
    }

    [Fact]
    public void RepairUnicode_MixedText_KeepsGenuineWords()
    {
        // Given a TCVN3 mojibake sentence followed by genuine Unicode Vietnamese words with ư and ơ
        string text = AsMojibake("Hôm nay trời đẹp", SourceEncoding.Tcvn3) + " — người Việt ơi";

        // When it is repaired as TCVN3
        string repaired = VietnameseEncodings.RepairUnicode(text, SourceEncoding.Tcvn3);

        // Then the mojibake is fixed and the genuine words are untouched
        Assert.Equal("Hôm nay trời đẹp — người Việt ơi", repaired);
    }
}
