using System.Text;
using static NewsLens.Text.Encodings.VietnameseLetters;

namespace NewsLens.Text.Encodings;

/// <summary>The single-byte readings the detector compares: the three Vietnamese ones and Windows-1252 as the "not Vietnamese" reference.</summary>
internal enum LegacyCodec : byte
{
    Windows1252,
    Windows1258,
    Tcvn3,
    Vni,
}

/// <summary>
/// Byte tables and converters for Windows-1258, TCVN3 and VNI. Every decoder maps one byte to one char
/// and then composes, so a decoded text is never longer than its bytes and no byte ever throws.
/// </summary>
/// <remarks>
/// <para><b>TCVN3</b> (TCVN 5712:1993 VN3, the ABC fonts .VnTime/.VnArial): 0xA1–0xFF hold Ă Â Ê Ô Ơ Ư Đ,
/// ă â ê ô ơ ư đ and all 134 lowercase toned vowels. The table is the VN1 table of TCVN 5712 for
/// 0xA0–0xFF, which VN3 is a subset of, cross-checked against three independent converters
/// (X-TrueType's TCVNtoUCS2.c, the vietnamese-conversion npm package's charsets.ts, VBKey's code
/// tables): all 74 single-byte letters agree. VN3 has no capital toned vowels: documents typed them
/// with the separate ".VnTimeH" fonts, which draw the lowercase codes as capitals, so the bytes do not
/// say the case and such text decodes to lowercase. VN1's few capitals inside 0xA0–0xFF (Ằ Ẳ Ẵ Ắ Ầ
/// Ẩ Ẫ Ấ Ề Ể Ễ Ế Ồ Ổ Ỗ Ố) and its combining tones at 0xB0–0xB4 are decoded too; VN1's capitals at
/// 0x01–0x17 and 0x80–0x9F are not, because VN3 leaves those to controls and Windows punctuation
/// (“ ” – … in a .VnTime document are the Windows-1252 bytes). The encoder writes a capital toned vowel
/// as its capital base letter plus the VN1 combining tone (0xB0–0xB4), which this decoder reads back.</para>
/// <para><b>VNI</b> (VNI-Windows fonts): a base letter followed by a modifier byte; the tables were
/// cross-checked the same way (vietnamese-conversion and VBKey agree on all 134 toned letters). Seen as
/// Windows-1252 the modifiers are: tones ø ù û õ ï (huyền sắc hỏi ngã nặng); circumflex with each tone
/// â à á å ã ä; breve with each tone ê è é ú ü ë; capitals use the capital forms (Ø Ù Û Õ Ï, Â À Á Å Ã Ä,
/// Ê È É Ú Ü Ë). Single bytes: ñ đ, ì í æ ó ò (ì í ỉ ĩ ị), ô ơ, ö ư, î ỵ and their capitals.
/// A modifier after a letter it cannot modify is kept as the Windows-1252 char.</para>
/// <para><b>Windows-1258</b>: decoded through <see cref="CodePagesEncodingProvider"/> (part of the .NET
/// shared framework since .NET Core 3.0, no package needed), then composed to NFC.</para>
/// </remarks>
internal static class LegacyCodecs
{
    // TCVN 5712 VN1 for 0xA0..0xFF (0xA0 is unassigned; kept as no-break space).
    private const string Tcvn3High =
        "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0" +
        "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4" +
        "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD" +
        "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2" +
        "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9" +
        "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0";

    /// <summary>Windows-1252, byte → char (undefined bytes map to the C1 control of the same value).</summary>
    internal static readonly char[] Cp1252 = BuildCodePage(1252);

    /// <summary>Windows-1258, byte → char; 0xCC 0xEC 0xD2 0xDE 0xF2 are the combining tones.</summary>
    internal static readonly char[] Cp1258 = BuildCodePage(1258);

    /// <summary>TCVN3, byte → char (see the remarks on the class).</summary>
    internal static readonly char[] Tcvn3 = BuildTcvn3();

    private static readonly Dictionary<char, byte> Cp1252Reverse = Reverse(Cp1252);
    private static readonly Dictionary<char, byte> Cp1258Reverse = Reverse(Cp1258);
    private static readonly Dictionary<char, byte> Tcvn3Reverse = BuildTcvn3Reverse();

    private static char[] BuildCodePage(int codePage)
    {
        Encoding encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage)
            ?? throw new InvalidOperationException($"code page {codePage} is not available");
        var bytes = new byte[256];
        for (int i = 0; i < 256; i++)
            bytes[i] = (byte)i;
        char[] chars = encoding.GetChars(bytes);
        if (chars.Length != 256)
            throw new InvalidOperationException($"code page {codePage} is not single-byte");
        return chars;
    }

    private static char[] BuildTcvn3()
    {
        var table = new char[256];
        for (int i = 0; i < 0x80; i++)
            table[i] = (char)i;
        for (int i = 0x80; i < 0xA0; i++)
            table[i] = Cp1252[i];
        for (int i = 0xA0; i < 0x100; i++)
            table[i] = Tcvn3High[i - 0xA0];
        return table;
    }

    private static Dictionary<char, byte> Reverse(char[] table)
    {
        var reverse = new Dictionary<char, byte>(256);
        for (int i = 255; i >= 0; i--)
            reverse[table[i]] = (byte)i;
        return reverse;
    }

    private static Dictionary<char, byte> BuildTcvn3Reverse()
    {
        var reverse = new Dictionary<char, byte>(256);
        for (int i = 0; i < 256; i++)
        {
            char c = Tcvn3[i];
            // Capital toned vowels are written as base + combining tone (see remarks), not as VN1 codes.
            if (TryGetVowel(c, out _, out int tone, out bool upper) && upper && tone != ToneNone)
                continue;
            reverse.TryAdd(c, (byte)i);
        }
        return reverse;
    }

    /// <summary>Windows-1252 byte of a char, reading U+0080–U+009F as Latin-1 (how many tools saved mojibake).</summary>
    internal static bool TryGetCp1252Byte(char c, out byte b)
    {
        if (c <= 0xFF)
        {
            b = (byte)c;
            return true;
        }
        return Cp1252Reverse.TryGetValue(c, out b);
    }

    /// <summary>Decodes bytes into <paramref name="dest"/> (at least as long as the bytes); returns the length written.</summary>
    internal static int Decode(ReadOnlySpan<byte> bytes, LegacyCodec codec, Span<char> dest)
    {
        char[] table = codec switch
        {
            LegacyCodec.Windows1258 => Cp1258,
            LegacyCodec.Tcvn3 => Tcvn3,
            _ => Cp1252,
        };
        Span<char> output = dest[..bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
            output[i] = table[bytes[i]];
        return codec switch
        {
            LegacyCodec.Windows1252 => bytes.Length,
            LegacyCodec.Vni => VniComposeInPlace(output),
            _ => ComposeInPlace(output),
        };
    }

    /// <summary>
    /// Turns VNI text seen as Windows-1252 chars into Unicode, in place: single-byte letters are mapped,
    /// and each modifier merges into the letter before it.
    /// </summary>
    /// <returns>The new length.</returns>
    internal static int VniComposeInPlace(Span<char> buffer)
    {
        int w = 0;
        for (int r = 0; r < buffer.Length; r++)
        {
            char c = buffer[r];
            if (w > 0 && TryGetVniModifier(c, out int kind, out int tone)
                && TryGetVowel(buffer[w - 1], out int q, out int t, out bool up) && t == ToneNone)
            {
                int nq = kind switch
                {
                    VniToneOnly => q,
                    VniCircumflex => q switch { QA => QACircumflex, QE => QECircumflex, QO => QOCircumflex, _ => -1 },
                    _ => q == QA ? QABreve : -1,
                };
                if (nq >= 0)
                {
                    buffer[w - 1] = Form(nq, tone, up);
                    continue;
                }
            }
            buffer[w++] = VniSingle(c);
        }
        return w;
    }

    private const int VniToneOnly = 0, VniCircumflex = 1, VniBreve = 2;

    // Modifiers as Windows-1252 chars, lowercase then capitals, indexed by tone.
    private const string VniTones = "\0øùûõï";
    private const string VniTonesUpper = "\0ØÙÛÕÏ";
    private const string VniCircumflexes = "âàáåãä";
    private const string VniCircumflexesUpper = "ÂÀÁÅÃÄ";
    private const string VniBreves = "êèéúüë";
    private const string VniBrevesUpper = "ÊÈÉÚÜË";
    // i with each tone (ì í ỉ ĩ ị) is one byte.
    private const string VniIToned = "\0ìíæóò";
    private const string VniIToneUpper = "\0ÌÍÆÓÒ";

    private static bool TryGetVniModifier(char c, out int kind, out int tone)
    {
        int i;
        if ((i = IndexFrom1(VniTones, VniTonesUpper, c)) > 0)
            (kind, tone) = (VniToneOnly, i);
        else if ((i = VniCircumflexes.IndexOf(c)) >= 0 || (i = VniCircumflexesUpper.IndexOf(c)) >= 0)
            (kind, tone) = (VniCircumflex, i);
        else if ((i = VniBreves.IndexOf(c)) >= 0 || (i = VniBrevesUpper.IndexOf(c)) >= 0)
            (kind, tone) = (VniBreve, i);
        else
        {
            (kind, tone) = (0, 0);
            return false;
        }
        return true;
    }

    private static int IndexFrom1(string lower, string upper, char c)
    {
        int i = lower.IndexOf(c, 1);
        return i > 0 ? i : upper.IndexOf(c, 1);
    }

    private static char VniSingle(char c) => c switch
    {
        'ñ' => 'đ',
        'Ñ' => 'Đ',
        'æ' => 'ỉ',
        'Æ' => 'Ỉ',
        'ó' => 'ĩ',
        'Ó' => 'Ĩ',
        'ò' => 'ị',
        'Ò' => 'Ị',
        'ô' => 'ơ',
        'Ô' => 'Ơ',
        'ö' => 'ư',
        'Ö' => 'Ư',
        'î' => 'ỵ',
        'Î' => 'Ỵ',
        _ => c, // ì í Ì Í are the same chars in VNI and Windows-1252
    };

    /// <summary>
    /// Encodes Unicode text; a char the encoding cannot hold becomes '?'. Precomposed or decomposed
    /// Vietnamese letters are both accepted.
    /// </summary>
    internal static byte[] Encode(ReadOnlySpan<char> text, SourceEncoding encoding)
    {
        string composed = Compose(text);
        var output = new List<byte>(composed.Length + composed.Length / 4);
        foreach (char c in composed)
        {
            switch (encoding)
            {
                case SourceEncoding.Windows1258:
                    EncodeCp1258(c, output);
                    break;
                case SourceEncoding.Tcvn3:
                    EncodeTcvn3(c, output);
                    break;
                case SourceEncoding.Vni:
                    EncodeVni(c, output);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "not a legacy single-byte encoding");
            }
        }
        return [.. output];
    }

    private static void EncodeCp1258(char c, List<byte> output)
    {
        if (Cp1258Reverse.TryGetValue(c, out byte b))
        {
            output.Add(b);
            return;
        }
        if (TryGetVowel(c, out int q, out int tone, out bool up) && tone != ToneNone
            && Cp1258Reverse.TryGetValue(Form(q, ToneNone, up), out byte baseByte))
        {
            output.Add(baseByte);
            output.Add(Cp1258Reverse[MarkOfTone(tone)]);
            return;
        }
        output.Add((byte)'?');
    }

    // VN1 combining tones, indexed by tone.
    private static ReadOnlySpan<byte> Tcvn3ToneBytes => [0, 0xB0, 0xB3, 0xB1, 0xB2, 0xB4];

    private static void EncodeTcvn3(char c, List<byte> output)
    {
        if (Tcvn3Reverse.TryGetValue(c, out byte b))
        {
            output.Add(b);
            return;
        }
        if (TryGetVowel(c, out int q, out int tone, out bool up) && up && tone != ToneNone)
        {
            output.Add(Tcvn3Reverse[Form(q, ToneNone, true)]);
            output.Add(Tcvn3ToneBytes[tone]);
            return;
        }
        output.Add((byte)'?');
    }

    private static void EncodeVni(char c, List<byte> output)
    {
        if (c < 0x80)
        {
            output.Add((byte)c);
            return;
        }
        if (c is 'đ' or 'Đ')
        {
            output.Add(c == 'đ' ? (byte)0xF1 : (byte)0xD1);
            return;
        }
        if (TryGetVowel(c, out int q, out int tone, out bool up))
        {
            string tones = up ? VniTonesUpper : VniTones;
            switch (q)
            {
                case QI when tone != ToneNone:
                    output.Add(Cp1252Reverse[(up ? VniIToneUpper : VniIToned)[tone]]);
                    return;
                case QY when tone == ToneDot:
                    output.Add(up ? (byte)0xCE : (byte)0xEE);
                    return;
                default:
                    break;
            }
            char baseLetter = q switch
            {
                QACircumflex or QABreve => up ? 'A' : 'a',
                QECircumflex => up ? 'E' : 'e',
                QOCircumflex => up ? 'O' : 'o',
                QOHorn => up ? 'Ô' : 'ô',
                QUHorn => up ? 'Ö' : 'ö',
                _ => Form(q, ToneNone, up),
            };
            output.Add(Cp1252Reverse[baseLetter]);
            char modifier = q switch
            {
                QACircumflex or QECircumflex or QOCircumflex => (up ? VniCircumflexesUpper : VniCircumflexes)[tone],
                QABreve => (up ? VniBrevesUpper : VniBreves)[tone],
                _ => tone == ToneNone ? '\0' : tones[tone],
            };
            if (modifier != '\0')
                output.Add(Cp1252Reverse[modifier]);
            return;
        }
        // Windows punctuation (0x80–0xBF) means the same in VNI fonts; letters above it are VNI's own.
        if (Cp1252Reverse.TryGetValue(c, out byte b) && b < 0xC0)
        {
            output.Add(b);
            return;
        }
        output.Add((byte)'?');
    }
}
