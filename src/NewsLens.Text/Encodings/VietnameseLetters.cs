namespace NewsLens.Text.Encodings;

/// <summary>
/// The Vietnamese vowel letters as (quality, tone, case) triples, with composition of combining marks.
/// </summary>
/// <remarks>
/// We compose ourselves instead of calling <see cref="string.Normalize()"/>: the build sets
/// <c>InvariantGlobalization</c>, under which <c>Normalize</c> is a no-op on Linux (checked on .NET 10:
/// <c>"a\u0301".Normalize()</c> keeps two chars). The composition here covers exactly what Vietnamese
/// needs: a base vowel, at most one quality mark (circumflex, breve, horn) and at most one tone mark.
/// </remarks>
internal static class VietnameseLetters
{
    /// <summary>No tone (thanh ngang).</summary>
    internal const int ToneNone = 0;
    /// <summary>Grave, huyền.</summary>
    internal const int ToneGrave = 1;
    /// <summary>Acute, sắc.</summary>
    internal const int ToneAcute = 2;
    /// <summary>Hook above, hỏi.</summary>
    internal const int ToneHook = 3;
    /// <summary>Tilde, ngã.</summary>
    internal const int ToneTilde = 4;
    /// <summary>Dot below, nặng.</summary>
    internal const int ToneDot = 5;

    /// <summary>The twelve vowel qualities, lowercase and toneless; a quality is an index into this string.</summary>
    internal const string Qualities = "aăâeêioôơuưy";

    internal const int QA = 0, QABreve = 1, QACircumflex = 2, QE = 3, QECircumflex = 4, QI = 5,
        QO = 6, QOCircumflex = 7, QOHorn = 8, QU = 9, QUHorn = 10, QY = 11;

    // Six forms per quality, in tone order: none, grave, acute, hook, tilde, dot.
    private const string Lower =
        "aàáảãạ" + "ăằắẳẵặ" + "âầấẩẫậ" + "eèéẻẽẹ" + "êềếểễệ" + "iìíỉĩị" +
        "oòóỏõọ" + "ôồốổỗộ" + "ơờớởỡợ" + "uùúủũụ" + "ưừứửữự" + "yỳýỷỹỵ";

    private const string Upper =
        "AÀÁẢÃẠ" + "ĂẰẮẲẴẶ" + "ÂẦẤẨẪẬ" + "EÈÉẺẼẸ" + "ÊỀẾỂỄỆ" + "IÌÍỈĨỊ" +
        "OÒÓỎÕỌ" + "ÔỒỐỔỖỘ" + "ƠỜỚỞỠỢ" + "UÙÚỦŨỤ" + "ƯỪỨỬỮỰ" + "YỲÝỶỸỴ";

    private const int LatinLimit = 0x01B1;
    private const int ExtStart = 0x1EA0, ExtEnd = 0x1EFA;
    private const byte UpperFlag = 0x80;

    // Entry = form index + 1 (0 = not a vowel), | UpperFlag for capitals.
    private static readonly byte[] LatinInfo = BuildInfo(0, LatinLimit);
    private static readonly byte[] ExtInfo = BuildInfo(ExtStart, ExtEnd);

    /// <summary>Every precomposed Vietnamese vowel letter, lowercase then uppercase (144 chars).</summary>
    internal static string AllVowelForms => Lower + Upper;

    private static byte[] BuildInfo(int start, int end)
    {
        var info = new byte[end - start];
        for (int i = 0; i < Lower.Length; i++)
        {
            if (Lower[i] >= start && Lower[i] < end)
                info[Lower[i] - start] = (byte)(i + 1);
            if (Upper[i] >= start && Upper[i] < end)
                info[Upper[i] - start] = (byte)((i + 1) | UpperFlag);
        }
        return info;
    }

    /// <summary>Reads a (possibly precomposed) vowel letter.</summary>
    internal static bool TryGetVowel(char c, out int quality, out int tone, out bool upper)
    {
        byte entry = c < LatinLimit ? LatinInfo[c] : c >= ExtStart && c < ExtEnd ? ExtInfo[c - ExtStart] : (byte)0;
        if (entry == 0)
        {
            quality = tone = 0;
            upper = false;
            return false;
        }
        int index = (entry & ~UpperFlag) - 1;
        quality = index / 6;
        tone = index % 6;
        upper = (entry & UpperFlag) != 0;
        return true;
    }

    /// <summary>The precomposed letter for a quality, a tone and a case.</summary>
    internal static char Form(int quality, int tone, bool upper) => (upper ? Upper : Lower)[quality * 6 + tone];

    /// <summary>The tone a combining mark stands for, or -1.</summary>
    internal static int ToneOfMark(char c) => c switch
    {
        '\u0300' => ToneGrave,
        '\u0301' => ToneAcute,
        '\u0309' => ToneHook,
        '\u0303' => ToneTilde,
        '\u0323' => ToneDot,
        _ => -1,
    };

    /// <summary>The combining mark of a tone (not <see cref="ToneNone"/>).</summary>
    internal static char MarkOfTone(int tone) => "\0\u0300\u0301\u0309\u0303\u0323"[tone];

    /// <summary>The quality that a combining circumflex, breve or horn gives a plain vowel, or -1.</summary>
    internal static int ApplyQualityMark(int quality, char mark) => (mark, quality) switch
    {
        ('\u0302', QA) => QACircumflex,
        ('\u0302', QE) => QECircumflex,
        ('\u0302', QO) => QOCircumflex,
        ('\u0306', QA) => QABreve,
        ('\u031B', QO) => QOHorn,
        ('\u031B', QU) => QUHorn,
        _ => -1,
    };

    /// <summary>True for the combining marks Vietnamese uses: five tones, circumflex, breve, horn.</summary>
    internal static bool IsVietnameseMark(char c) =>
        c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323' or '\u0302' or '\u0306' or '\u031B';

    /// <summary>
    /// Composes each vowel followed by Vietnamese combining marks into one precomposed letter, in place.
    /// </summary>
    /// <returns>The new length, never more than <paramref name="buffer"/>'s length.</returns>
    /// <remarks>
    /// A vowel takes at most one quality mark (only when it is plain a, e, o, u and was not precomposed
    /// with a tone) and at most one tone (only when it has none yet), in either order, so canonical NFD
    /// such as e + U+0323 + U+0302 composes to ệ. Marks that cannot compose are kept as they are, so
    /// nothing is lost. For Vietnamese letters the result equals NFC.
    /// </remarks>
    internal static int ComposeInPlace(Span<char> buffer)
    {
        int w = 0;
        for (int r = 0; r < buffer.Length; r++)
        {
            char c = buffer[r];
            if (r + 1 < buffer.Length && IsVietnameseMark(buffer[r + 1]) && TryGetVowel(c, out int q, out int t, out bool up))
            {
                int j = r + 1;
                bool qualityTaken = false;
                bool baseToned = t != ToneNone;
                while (j < buffer.Length)
                {
                    char m = buffer[j];
                    int tone = ToneOfMark(m);
                    if (tone > 0)
                    {
                        if (t != ToneNone)
                            break;
                        t = tone;
                    }
                    else
                    {
                        int nq = qualityTaken || baseToned ? -1 : ApplyQualityMark(q, m);
                        if (nq < 0)
                            break;
                        q = nq;
                        qualityTaken = true;
                    }
                    j++;
                }
                buffer[w++] = Form(q, t, up);
                r = j - 1;
                continue;
            }
            buffer[w++] = c;
        }
        return w;
    }

    /// <summary>Composes Vietnamese combining sequences in a string (see <see cref="ComposeInPlace"/>).</summary>
    internal static string Compose(ReadOnlySpan<char> text)
    {
        bool hasMark = false;
        foreach (char c in text)
        {
            if (IsVietnameseMark(c))
            {
                hasMark = true;
                break;
            }
        }
        if (!hasMark)
            return text.ToString();
        char[] buffer = text.ToArray();
        int n = ComposeInPlace(buffer);
        return new string(buffer, 0, n);
    }
}
