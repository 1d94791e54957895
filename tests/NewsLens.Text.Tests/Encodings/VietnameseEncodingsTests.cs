using System.Text;
using CsCheck;
using NewsLens.Text.Encodings;
using Xunit.Abstractions;

namespace NewsLens.Text.Tests.Encodings;

public sealed class VietnameseEncodingsTests(ITestOutputHelper output)
{
    // Written for these tests: a short local-news paragraph with capitals, all six tones and đ/ư/ơ/ă.
    internal const string Paragraph =
        "Sáng nay, Ủy ban nhân dân thành phố tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm qua. " +
        "Theo báo cáo, mưa lớn kéo dài đã làm ngập nhiều tuyến đường ở các quận nội thành, hàng nghìn hộ dân " +
        "phải di dời đến nơi an toàn. Lãnh đạo thành phố yêu cầu các sở, ngành khẩn trương khắc phục hậu quả, " +
        "kiểm tra hệ thống thoát nước và hỗ trợ người dân sớm ổn định cuộc sống. Ông Nguyễn Văn Bình, giám đốc " +
        "một doanh nghiệp xây dựng, cho biết công ty sẵn sàng góp sức cùng chính quyền địa phương. Ở ĐÀ NẴNG, " +
        "Ấp Bắc và Ứng Hòa, lực lượng cứu hộ vẫn trực suốt đêm.";

    public static TheoryData<SourceEncoding> LegacyEncodings =>
        [SourceEncoding.Windows1258, SourceEncoding.Tcvn3, SourceEncoding.Vni];

    private const string Consonants = "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX";

    private static readonly Gen<string> Word =
        Gen.Char[VietnameseLetters.AllVowelForms + Consonants].Array[1, 7].Select(a => new string(a));

    private static readonly Gen<string> Separator =
        Gen.OneOf(Gen.Const(" "), Gen.Const(", "), Gen.Const(". "), Gen.Const("\n"), Gen.Const(" - "), Gen.Const(" (2024) "));

    private static readonly Gen<string> VietnameseText =
        Gen.Select(Word, Separator, (w, s) => w + s).Array[0, 30].Select(a => string.Concat(a));

    [Theory]
    [MemberData(nameof(LegacyEncodings))]
    public void Decode_EncodedRandomVietnamese_RoundTrips(SourceEncoding encoding)
    {
        // Given random text made of every Vietnamese letter (both cases), consonants, spaces and ASCII punctuation
        // When it is encoded and decoded again
        // Then it comes back unchanged
        VietnameseText.Sample(text =>
            Assert.Equal(text, VietnameseEncodings.Decode(VietnameseEncodings.Encode(text, encoding), encoding)),
            iter: 300);
    }

    [Theory]
    [MemberData(nameof(LegacyEncodings))]
    public void Decode_EncodedParagraph_RoundTrips(SourceEncoding encoding)
    {
        // Given the paragraph in a legacy encoding
        byte[] bytes = VietnameseEncodings.Encode(Paragraph, encoding);

        // When it is decoded
        string text = VietnameseEncodings.Decode(bytes, encoding);

        // Then it is the paragraph again, NFC
        Assert.Equal(Paragraph, text);
    }

    [Fact]
    public void Decode_Tcvn3KnownBytes_GivesLetters()
    {
        // Given "Việt Nam đẹp" in TCVN3 by hand: ệ = 0xD6, đ = 0xAE, ẹ = 0xD1
        byte[] bytes = [(byte)'V', (byte)'i', 0xD6, (byte)'t', (byte)' ', (byte)'N', (byte)'a', (byte)'m', (byte)' ', 0xAE, 0xD1, (byte)'p'];

        // When it is decoded
        string text = VietnameseEncodings.Decode(bytes, SourceEncoding.Tcvn3);

        // Then it is the Vietnamese text
        Assert.Equal("Việt Nam đẹp", text);
    }

    [Fact]
    public void Decode_Tcvn3Vn1CapitalAndWindowsQuotes_AreRead()
    {
        // Given VN1's capital Ấ (0xC4), and Windows-1252 curly quotes (0x93, 0x94) around "á" (0xB8)
        byte[] bytes = [0xC4, (byte)'p', (byte)' ', 0x93, 0xB8, 0x94];

        // When it is decoded as TCVN3
        string text = VietnameseEncodings.Decode(bytes, SourceEncoding.Tcvn3);

        // Then the capital and the quotes survive
        Assert.Equal("Ấp “á”", text);
    }

    [Fact]
    public void Decode_VniKnownBytes_GivesLetters()
    {
        // Given "Việt Nam đẹp" in VNI by hand, as Windows-1252 chars: "Vieät Nam ñeïp"
        byte[] bytes = Encoding.Latin1.GetBytes("Vieät Nam ñeïp");

        // When it is decoded
        string text = VietnameseEncodings.Decode(bytes, SourceEncoding.Vni);

        // Then it is the Vietnamese text
        Assert.Equal("Việt Nam đẹp", text);
    }

    [Fact]
    public void Decode_Windows1258CombiningTones_ComposesToNfc()
    {
        // Given "Việt" in Windows-1258: V i ê(0xEA) + combining dot below (0xF2) t
        byte[] bytes = [(byte)'V', (byte)'i', 0xEA, 0xF2, (byte)'t'];

        // When it is decoded
        string text = VietnameseEncodings.Decode(bytes, SourceEncoding.Windows1258);

        // Then the letter is precomposed
        Assert.Equal("Việt", text);
        Assert.Equal(4, text.Length);
    }

    [Fact]
    public void Decode_Utf8Nfd_ComposesAndDropsBom()
    {
        // Given UTF-8 with a byte-order mark and "Việt" decomposed (e + dot below + circumflex)
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Vie\u0323\u0302t")];

        // When it is decoded
        string text = VietnameseEncodings.Decode(bytes, SourceEncoding.Utf8);

        // Then it is NFC without the mark
        Assert.Equal("Việt", text);
    }

    [Theory]
    [InlineData(SourceEncoding.Utf8)]
    [InlineData(SourceEncoding.Windows1258)]
    [InlineData(SourceEncoding.Tcvn3)]
    [InlineData(SourceEncoding.Vni)]
    public void Decode_EveryByte_NeverThrows(SourceEncoding encoding)
    {
        // Given every byte value, twice, and random bytes
        byte[] all = Enumerable.Range(0, 512).Select(i => (byte)i).ToArray();

        // When they are decoded
        // Then nothing throws and the text is no longer than the bytes
        Assert.True(VietnameseEncodings.Decode(all, encoding).Length <= all.Length);
        Gen.Byte.Array[0, 100].Sample(bytes => VietnameseEncodings.Decode(bytes, encoding).Length <= bytes.Length, iter: 200);
    }

    [Theory]
    [MemberData(nameof(LegacyEncodings))]
    public void Detect_ParagraphInLegacyEncoding_DecidesThatEncoding(SourceEncoding encoding)
    {
        // Given the paragraph in a legacy encoding
        byte[] bytes = VietnameseEncodings.Encode(Paragraph, encoding);

        // When its encoding is detected
        EncodingDetection detection = VietnameseEncodings.Detect(bytes);
        output.WriteLine(detection.Message);

        // Then that encoding is decided with high confidence
        Assert.True(detection.Outcome == DetectionOutcome.Decided, detection.Message);
        Assert.Equal(encoding, detection.Encoding);
        Assert.True(detection.Confidence >= 0.9, detection.Message);
        Assert.StartsWith($"detected {VietnameseEncodings.DisplayName(encoding)}", detection.Message);
    }

    [Theory]
    [InlineData(SourceEncoding.Windows1258)]
    [InlineData(SourceEncoding.Tcvn3)]
    [InlineData(SourceEncoding.Vni)]
    public void Detect_OneShortLine_DecidesItsEncoding(SourceEncoding encoding)
    {
        // Given one short line in a legacy encoding
        byte[] bytes = VietnameseEncodings.Encode("Hôm nay trời đẹp quá, chúng tôi đi chơi.", encoding);

        // When its encoding is detected
        EncodingDetection detection = VietnameseEncodings.Detect(bytes);
        output.WriteLine(detection.Message);

        // Then the few non-ASCII words are enough
        Assert.True(detection.Outcome == DetectionOutcome.Decided, detection.Message);
        Assert.Equal(encoding, detection.Encoding);
    }

    [Fact]
    public void Detect_Tcvn3Bytes_DecidesTcvn3()
    {
        // Given a second paragraph, written for this test, in TCVN3
        const string text = "Chiều qua, đội tuyển bóng đá nữ giành chiến thắng thuyết phục trước đối thủ mạnh. " +
            "Huấn luyện viên khen ngợi tinh thần thi đấu và sự gắn kết của các cầu thủ trẻ.";
        byte[] bytes = VietnameseEncodings.Encode(text, SourceEncoding.Tcvn3);

        // When its encoding is detected
        EncodingDetection detection = VietnameseEncodings.Detect(bytes);

        // Then TCVN3 is decided
        Assert.Equal(DetectionOutcome.Decided, detection.Outcome);
        Assert.Equal(SourceEncoding.Tcvn3, detection.Encoding);
    }

    [Fact]
    public void Detect_NulByte_IsBinaryWithOffset()
    {
        // Given text with a NUL byte at offset 5
        byte[] bytes = [.. "Hello"u8, 0, .. "world"u8];

        // When its encoding is detected
        EncodingDetection detection = VietnameseEncodings.Detect(bytes);

        // Then it is binary, and the message says where
        Assert.Equal(DetectionOutcome.Binary, detection.Outcome);
        Assert.Equal("input looks binary (NUL byte at offset 5)", detection.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ZIP")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01 }, "ELF")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "GZIP")]
    public void Detect_FileSignature_IsBinary(byte[] bytes, string kind)
    {
        // Given the start of a binary file
        // When its encoding is detected
        EncodingDetection detection = VietnameseEncodings.Detect(bytes);

        // Then it is binary and named
        Assert.Equal(DetectionOutcome.Binary, detection.Outcome);
        Assert.Equal($"input looks binary ({kind} file signature)", detection.Message);
    }

    [Fact]
    public void Detect_ManyControlBytes_IsBinary()
    {
        // Given text where one byte in five is a control byte
        byte[] bytes = Enumerable.Range(0, 500).Select(i => i % 5 == 0 ? (byte)0x03 : (byte)'a').ToArray();

        // When its encoding is detected
        EncodingDetection detection = VietnameseEncodings.Detect(bytes);

        // Then it is binary, and the message gives the share
        Assert.Equal(DetectionOutcome.Binary, detection.Outcome);
        Assert.Equal("input looks binary (20% of bytes are control characters)", detection.Message);
    }

    [Fact]
    public void Detect_HighBytesThatReadAsNothing_IsUndecidableWithScores()
    {
        // Given words made of high bytes that are no Vietnamese in any candidate
        byte[] bytes = [0xA9, 0xB1, 0xBC, 0x20, 0xFE, 0xEE, 0xD0, 0x20, 0xA4, 0xA5, 0xA6, 0x20, 0xC6, 0xC7, 0xC8];

        // When its encoding is detected
        EncodingDetection detection = VietnameseEncodings.Detect(bytes);

        // Then it is undecidable, and the message lists every candidate's score and what to do
        Assert.Equal(DetectionOutcome.Undecidable, detection.Outcome);
        Assert.StartsWith("cannot decide the encoding: ", detection.Message);
        foreach (string name in new[] { "TCVN3 0.", "VNI 0.", "Windows-1258 0.", "Windows-1252 0." })
            Assert.Contains(name, detection.Message);
        Assert.EndsWith("convert to UTF-8 or pass --encoding", detection.Message);
    }

    [Fact]
    public void Detect_Windows1252French_IsUndecidable()
    {
        // Given French in Windows-1252 (not UTF-8, not Vietnamese)
        byte[] bytes = Encoding.Latin1.GetBytes("L'été dernier, nous sommes allés à la plage près de Nice avec nos élèves.");

        // When its encoding is detected
        EncodingDetection detection = VietnameseEncodings.Detect(bytes);
        output.WriteLine(detection.Message);

        // Then no Vietnamese encoding is claimed
        Assert.Equal(DetectionOutcome.Undecidable, detection.Outcome);
    }

    [Fact]
    public void Detect_ValidUtf8CutMidLetter_DecidesUtf8()
    {
        // Given UTF-8 Vietnamese cut in the middle of its last letter (as a 64 KB sample may be)
        byte[] full = Encoding.UTF8.GetBytes("Xin chào Việt Nam ơ");
        byte[] cut = full[..^1];

        // When its encoding is detected
        EncodingDetection detection = VietnameseEncodings.Detect(cut);

        // Then it is UTF-8
        Assert.Equal(DetectionOutcome.Decided, detection.Outcome);
        Assert.Equal(SourceEncoding.Utf8, detection.Encoding);
    }

    [Fact]
    public void Encode_UnrepresentableChar_BecomesQuestionMark()
    {
        // Given a Chinese character, which no legacy Vietnamese encoding holds
        // When it is encoded
        // Then it becomes '?'
        Assert.Equal("a?b"u8.ToArray(), VietnameseEncodings.Encode("a中b", SourceEncoding.Vni));
        Assert.Equal("a?b"u8.ToArray(), VietnameseEncodings.Encode("a中b", SourceEncoding.Tcvn3));
        Assert.Equal("a?b"u8.ToArray(), VietnameseEncodings.Encode("a中b", SourceEncoding.Windows1258));
    }

    [Theory]
    [InlineData("tcvn3", SourceEncoding.Tcvn3)]
    [InlineData("ABC", SourceEncoding.Tcvn3)]
    [InlineData("vni", SourceEncoding.Vni)]
    [InlineData("cp1258", SourceEncoding.Windows1258)]
    [InlineData("Windows-1258", SourceEncoding.Windows1258)]
    [InlineData("utf-8", SourceEncoding.Utf8)]
    public void TryParseName_KnownName_Parses(string name, SourceEncoding expected)
    {
        // Given a name a user may type
        // When it is parsed
        bool ok = VietnameseEncodings.TryParseName(name, out SourceEncoding encoding);

        // Then it names the encoding
        Assert.True(ok);
        Assert.Equal(expected, encoding);
    }
}

public sealed class VietnameseEncodingsPropertyTests
{
    [Fact]
    public void Detect_RandomBytes_NeverThrows()
    {
        // Given random bytes, biased to the high half where the legacy letters are
        Gen<byte[]> bytes = Gen.OneOf(Gen.Byte, Gen.Byte[0xA0, 0xFF], Gen.Byte[(byte)'a', (byte)'z'], Gen.Const((byte)' ')).Array[0, 400];

        // When their encoding is detected
        // Then a result with a message always comes back, with a confidence in 0..1
        bytes.Sample(b =>
        {
            EncodingDetection d = VietnameseEncodings.Detect(b);
            return d.Message.Length > 0 && d.Confidence is >= 0 and <= 1;
        }, iter: 300);
    }

    [Fact]
    public void MojibakeApi_RandomUnicode_NeverThrows()
    {
        // Given any UTF-16, lone surrogates and combining marks included
        // When it is analysed and repaired under every legacy encoding
        // Then nothing throws, and text without non-ASCII chars is returned unchanged
        NewsLens.Testing.TextGen.Mixed.Sample(text =>
        {
            VietnameseEncodings.AnalyzeUnicode(text);
            VietnameseEncodings.RepairUnicode(text);
            foreach (SourceEncoding e in new[] { SourceEncoding.Tcvn3, SourceEncoding.Vni, SourceEncoding.Windows1258 })
            {
                string repaired = VietnameseEncodings.RepairUnicode(text, e);
                if (System.Text.Ascii.IsValid(text))
                    Assert.Equal(text, repaired);
            }
        }, iter: 300);
    }

    [Fact]
    public void Compose_DecomposedVietnameseLetters_GivesPrecomposed()
    {
        // Given every toned or modified Vietnamese vowel, decomposed in canonical (NFD) mark order
        foreach (char nfc in VietnameseLetters.AllVowelForms)
        {
            Assert.True(VietnameseLetters.TryGetVowel(nfc, out int q, out int tone, out bool upper));
            string nfd = Decompose(q, tone, upper);

            // When it is composed
            string composed = VietnameseLetters.Compose(nfd);

            // Then it is the precomposed letter
            Assert.Equal(nfc.ToString(), composed);
        }
    }

    private static string Decompose(int quality, int tone, bool upper)
    {
        (char letter, char mark) = VietnameseLetters.Qualities[quality] switch
        {
            'ă' => ('a', '\u0306'),
            'â' => ('a', '\u0302'),
            'ê' => ('e', '\u0302'),
            'ô' => ('o', '\u0302'),
            'ơ' => ('o', '\u031B'),
            'ư' => ('u', '\u031B'),
            char c => (c, '\0'),
        };
        if (upper)
            letter = char.ToUpperInvariant(letter);
        string toneMark = tone == 0 ? "" : VietnameseLetters.MarkOfTone(tone).ToString();
        if (mark == '\0')
            return letter + toneMark;
        // Canonical order sorts by combining class: horn 216 < dot below 220 < circumflex, breve and the other tones 230.
        bool toneFirst = tone == VietnameseLetters.ToneDot && mark != '\u031B';
        return toneFirst ? letter + toneMark + mark : letter + mark.ToString() + toneMark;
    }
}
