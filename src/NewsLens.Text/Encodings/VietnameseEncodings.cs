using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsLens.Text.Encodings;

/// <summary>The encodings NewsLens reads.</summary>
public enum SourceEncoding
{
    /// <summary>UTF-8 (with or without a byte-order mark).</summary>
    Utf8,
    /// <summary>Windows-1258: Vietnamese code page with combining tone marks.</summary>
    Windows1258,
    /// <summary>TCVN3 (TCVN 5712:1993, "ABC" fonts such as .VnTime).</summary>
    Tcvn3,
    /// <summary>VNI (VNI-Windows fonts such as VNI-Times).</summary>
    Vni,
}

/// <summary>How detection ended.</summary>
public enum DetectionOutcome
{
    /// <summary>One encoding is clearly the best.</summary>
    Decided,
    /// <summary>The bytes are not text.</summary>
    Binary,
    /// <summary>No candidate reads as Vietnamese, or two read equally well.</summary>
    Undecidable,
}

/// <summary>The result of <see cref="VietnameseEncodings.Detect"/> and <see cref="VietnameseEncodings.AnalyzeUnicode(ReadOnlySpan{char})"/>.</summary>
/// <param name="Outcome">How detection ended.</param>
/// <param name="Encoding">The chosen encoding when <paramref name="Outcome"/> is <see cref="DetectionOutcome.Decided"/>;
/// when <see cref="DetectionOutcome.Undecidable"/>, the best-scoring candidate (a guess, not a decision).</param>
/// <param name="Confidence">Share of words that read as Vietnamese syllables under <paramref name="Encoding"/>, 0..1.</param>
/// <param name="Message">One line for a user: what was decided, or why nothing could be.</param>
public sealed record EncodingDetection(DetectionOutcome Outcome, SourceEncoding Encoding, double Confidence, string Message);

/// <summary>
/// Reads legacy Vietnamese text: detects Windows-1258, TCVN3 and VNI bytes, decodes them to NFC Unicode,
/// and repairs "mojibake" (legacy bytes that were read as Windows-1252 and saved as UTF-8).
/// </summary>
/// <remarks>
/// <para>Detection cuts the sample into words (runs of ASCII letters and bytes 0xA1–0xFF, so the cut is
/// the same under every candidate), keeps the words with at least one byte ≥ 0x80 (pure-ASCII words
/// read the same under every candidate and say nothing), decodes each word under Windows-1258, TCVN3,
/// VNI and Windows-1252 (the "not Vietnamese" reference) and scores each candidate by the share of those
/// words that are valid Vietnamese syllables (<see cref="VietnameseSyllable.IsValid(ReadOnlySpan{char})"/>).
/// A Vietnamese candidate is <see cref="DetectionOutcome.Decided"/> when its score is at least
/// <see cref="DecisionThreshold"/> and beats every other candidate, the reference included, by at least
/// <see cref="DecisionMargin"/>.</para>
/// <para>Byte tables and their sources are described on the internal <c>LegacyCodecs</c> class.</para>
/// </remarks>
public static class VietnameseEncodings
{
    /// <summary>The least share of non-ASCII words that must read as Vietnamese for a decision.</summary>
    public const double DecisionThreshold = 0.6;

    /// <summary>The least lead the winner needs over the runner-up (every other candidate, Windows-1252 included).</summary>
    public const double DecisionMargin = 0.15;

    /// <summary>Words longer than this (in bytes or chars) are not scored: no syllable is that long.</summary>
    private const int MaxWordLength = 24;

    /// <summary>Share of control bytes (other than tab, line feed, form feed, carriage return, SUB, ESC) above which the input is binary.</summary>
    private const double MaxControlShare = 0.05;

    private const string ConvertHint = "convert to UTF-8 or pass --encoding";

    private static readonly (byte[] Magic, string Name)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "PDF"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF"),
        ([0x1F, 0x8B], "GZIP"),
        ("GIF87a"u8.ToArray(), "GIF"),
        ("GIF89a"u8.ToArray(), "GIF"),
        ([0xFF, 0xD8, 0xFF], "JPEG"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "OLE2, e.g. an old Word .doc"),
        ([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07], "RAR"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "XZ"),
        ([0x28, 0xB5, 0x2F, 0xFD], "Zstandard"),
        ("SQLite format 3\0"u8.ToArray(), "SQLite"),
    ];

    private static readonly LegacyCodec[] ByteCandidates =
        [LegacyCodec.Tcvn3, LegacyCodec.Vni, LegacyCodec.Windows1258, LegacyCodec.Windows1252];

    /// <summary>The name users know an encoding by: "UTF-8", "Windows-1258", "TCVN3", "VNI".</summary>
    public static string DisplayName(SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Utf8 => "UTF-8",
        SourceEncoding.Windows1258 => "Windows-1258",
        SourceEncoding.Tcvn3 => "TCVN3",
        SourceEncoding.Vni => "VNI",
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };

    /// <summary>
    /// Parses an encoding name as a user types it (case-insensitive): utf8/utf-8; windows-1258/cp1258/1258;
    /// tcvn3/tcvn/abc/vn3; vni/vni-windows.
    /// </summary>
    public static bool TryParseName(string? name, out SourceEncoding encoding)
    {
        string key = (name ?? "").Trim().Replace("_", "-", StringComparison.Ordinal).ToUpperInvariant();
        (bool ok, encoding) = key switch
        {
            "UTF8" or "UTF-8" => (true, SourceEncoding.Utf8),
            "WINDOWS-1258" or "WINDOWS1258" or "CP1258" or "CP-1258" or "1258" => (true, SourceEncoding.Windows1258),
            "TCVN3" or "TCVN" or "TCVN-3" or "ABC" or "VN3" or "TCVN5712" => (true, SourceEncoding.Tcvn3),
            "VNI" or "VNI-WINDOWS" => (true, SourceEncoding.Vni),
            _ => (false, SourceEncoding.Utf8),
        };
        return ok;
    }

    /// <summary>
    /// Decides the encoding of bytes that are not valid UTF-8 (the CLI passes the first ~64 KB).
    /// </summary>
    /// <returns>
    /// <see cref="DetectionOutcome.Binary"/> for a known file signature, a NUL byte or more than 5 % control
    /// bytes; <see cref="DetectionOutcome.Decided"/> with <see cref="SourceEncoding.Utf8"/> for valid UTF-8
    /// (a sequence cut at the end of the sample is allowed); otherwise the scoring described on the class.
    /// Never throws.
    /// </returns>
    public static EncodingDetection Detect(ReadOnlySpan<byte> sample)
    {
        if (sample.IsEmpty)
            return new(DetectionOutcome.Undecidable, SourceEncoding.Utf8, 0, "cannot decide the encoding: the input is empty");

        foreach ((byte[] magic, string name) in Signatures)
        {
            if (sample.StartsWith(magic))
                return new(DetectionOutcome.Binary, SourceEncoding.Utf8, 0, $"input looks binary ({name} file signature)");
        }
        if (sample.Length >= 2 && ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF)))
            return new(DetectionOutcome.Undecidable, SourceEncoding.Utf8, 0, $"input looks like UTF-16 (byte-order mark); {ConvertHint}");

        int nul = sample.IndexOf((byte)0);
        if (nul >= 0)
            return new(DetectionOutcome.Binary, SourceEncoding.Utf8, 0, $"input looks binary (NUL byte at offset {nul})");

        int controls = 0;
        foreach (byte b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r' or 0x1A or 0x1B))
                controls++;
        }
        double controlShare = (double)controls / sample.Length;
        if (controlShare > MaxControlShare)
        {
            return new(DetectionOutcome.Binary, SourceEncoding.Utf8, 0,
                $"input looks binary ({Math.Round(controlShare * 100).ToString(CultureInfo.InvariantCulture)}% of bytes are control characters)");
        }

        if (IsUtf8AllowingCutTail(sample))
            return new(DetectionOutcome.Decided, SourceEncoding.Utf8, 1, "input is valid UTF-8");

        Span<int> valid = stackalloc int[ByteCandidates.Length];
        valid.Clear();
        int words = ScoreBytes(sample, valid);
        if (words == 0)
            return new(DetectionOutcome.Undecidable, SourceEncoding.Utf8, 0, $"cannot decide the encoding: no words with non-ASCII letters; {ConvertHint}");

        Span<double> scores = stackalloc double[ByteCandidates.Length];
        for (int i = 0; i < scores.Length; i++)
            scores[i] = (double)valid[i] / words;
        return Decide(scores, ByteCandidates.Length - 1, words, ByteCandidateName, ToSourceEncoding,
            (name, score, next, nextScore) =>
                $"detected {name}: {Format(score)} of {words} non-ASCII words read as Vietnamese (next: {next} {Format(nextScore)})");
    }

    private static string ByteCandidateName(int i) => ByteCandidates[i] switch
    {
        LegacyCodec.Windows1252 => "Windows-1252",
        LegacyCodec.Windows1258 => "Windows-1258",
        LegacyCodec.Tcvn3 => "TCVN3",
        _ => "VNI",
    };

    private static SourceEncoding ToSourceEncoding(int i) => ByteCandidates[i] switch
    {
        LegacyCodec.Windows1258 => SourceEncoding.Windows1258,
        LegacyCodec.Tcvn3 => SourceEncoding.Tcvn3,
        LegacyCodec.Vni => SourceEncoding.Vni,
        _ => SourceEncoding.Utf8,
    };

    private static string Format(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Picks the best of <paramref name="scores"/>; the candidate at <paramref name="referenceIndex"/>
    /// only competes (it can block a decision but never wins one).
    /// </summary>
    private static EncodingDetection Decide(
        ReadOnlySpan<double> scores, int referenceIndex, int words,
        Func<int, string> name, Func<int, SourceEncoding> encoding, Func<string, double, string, double, string> decided)
    {
        int best = -1;
        for (int i = 0; i < scores.Length; i++)
        {
            if (i != referenceIndex && (best < 0 || scores[i] > scores[best]))
                best = i;
        }
        int runnerUp = -1;
        for (int i = 0; i < scores.Length; i++)
        {
            if (i != best && (runnerUp < 0 || scores[i] > scores[runnerUp]))
                runnerUp = i;
        }
        if (scores[best] >= DecisionThreshold && scores[best] - scores[runnerUp] >= DecisionMargin)
            return new(DetectionOutcome.Decided, encoding(best), scores[best], decided(name(best), scores[best], name(runnerUp), scores[runnerUp]));

        Span<int> order = stackalloc int[scores.Length];
        for (int i = 0; i < order.Length; i++)
            order[i] = i;
        for (int i = 1; i < order.Length; i++)
        {
            for (int j = i; j > 0 && scores[order[j]] > scores[order[j - 1]]; j--)
                (order[j], order[j - 1]) = (order[j - 1], order[j]);
        }
        var message = new StringBuilder("cannot decide the encoding: ");
        for (int i = 0; i < order.Length; i++)
        {
            if (i > 0)
                message.Append(", ");
            message.Append(name(order[i])).Append(' ').Append(Format(scores[order[i]]));
        }
        message.Append(" of ").Append(words).Append(" non-ASCII words read as Vietnamese; ").Append(ConvertHint);
        return new(DetectionOutcome.Undecidable, encoding(best), scores[best], message.ToString());
    }

    /// <summary>
    /// True when the sample is UTF-8 with at least one complete non-ASCII sequence; the sample may end
    /// inside a sequence (a cut sample). A lone trailing lead byte after pure ASCII is not enough evidence.
    /// </summary>
    private static bool IsUtf8AllowingCutTail(ReadOnlySpan<byte> sample)
    {
        ReadOnlySpan<byte> valid = sample;
        if (!System.Text.Unicode.Utf8.IsValid(sample))
        {
            valid = default;
            for (int cut = 1; cut <= 3 && cut < sample.Length; cut++)
            {
                byte b = sample[^cut];
                if (b < 0x80)
                    return false;
                if (b >= 0xC0)
                {
                    valid = sample[..^cut];
                    break;
                }
            }
            if (valid.IsEmpty || !System.Text.Unicode.Utf8.IsValid(valid))
                return false;
        }
        return !System.Text.Ascii.IsValid(valid);
    }

    private static bool IsWordByte(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a' || b >= 0xA1;

    /// <returns>The number of scored words; <paramref name="valid"/>[i] counts those valid under candidate i.</returns>
    private static int ScoreBytes(ReadOnlySpan<byte> sample, Span<int> valid)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        int words = 0;
        int i = 0;
        while (i < sample.Length)
        {
            if (!IsWordByte(sample[i]))
            {
                i++;
                continue;
            }
            int start = i;
            i = WordRunEnd(sample, i, out bool high);
            if (!high || i - start > MaxWordLength)
                continue;
            ReadOnlySpan<byte> word = sample[start..i];
            words++;
            for (int c = 0; c < ByteCandidates.Length; c++)
            {
                int n = LegacyCodecs.Decode(word, ByteCandidates[c], buffer);
                if (ReadsAsVietnamese(buffer[..n]))
                    valid[c]++;
            }
        }
        return words;
    }

    /// <summary>A word reads as Vietnamese when, trimmed of non-letters, it keeps a non-ASCII letter and is a valid syllable.</summary>
    private static bool ReadsAsVietnamese(ReadOnlySpan<char> word)
    {
        int start = 0, end = word.Length;
        while (start < end && !IsLetterOrMark(word[start]))
            start++;
        while (end > start && !IsLetterOrMark(word[end - 1]))
            end--;
        ReadOnlySpan<char> core = word[start..end];
        bool nonAscii = false;
        foreach (char c in core)
            nonAscii |= c >= 0x80;
        return nonAscii && VietnameseSyllable.IsValid(core);
    }

    private static bool IsLetterOrMark(char c) => char.IsLetter(c) || VietnameseLetters.IsVietnameseMark(c);

    /// <summary>Decodes bytes in a known encoding to NFC Unicode. Invalid bytes never throw.</summary>
    /// <remarks>
    /// UTF-8: a byte-order mark is dropped and invalid sequences become U+FFFD. Legacy encodings map every
    /// byte to a char (see <c>LegacyCodecs</c> for the tables). Vietnamese letters come out precomposed
    /// (NFC); combining marks that cannot compose are kept.
    /// </remarks>
    public static string Decode(ReadOnlySpan<byte> bytes, SourceEncoding encoding)
    {
        if (encoding == SourceEncoding.Utf8)
        {
            if (bytes.StartsWith("\uFEFF"u8))
                bytes = bytes[3..];
            return VietnameseLetters.Compose(Encoding.UTF8.GetString(bytes));
        }
        LegacyCodec codec = ToLegacyCodec(encoding);
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            int n = LegacyCodecs.Decode(bytes, codec, buffer);
            return new string(buffer, 0, n);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static LegacyCodec ToLegacyCodec(SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Windows1258 => LegacyCodec.Windows1258,
        SourceEncoding.Tcvn3 => LegacyCodec.Tcvn3,
        SourceEncoding.Vni => LegacyCodec.Vni,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "not a legacy single-byte encoding"),
    };

    /// <summary>
    /// Encodes Unicode text (precomposed or decomposed) in <paramref name="encoding"/>; a char the encoding
    /// cannot hold becomes '?'. <c>Decode(Encode(x), e) == x</c> for NFC text made of ASCII and Vietnamese letters.
    /// </summary>
    /// <remarks>
    /// Windows-1258 uses a precomposed byte where the code page has one (á, â, ơ…) and otherwise base + combining tone.
    /// TCVN3 writes capital toned vowels as capital base + VN1 combining tone (0xB0–0xB4), because VN3 has no
    /// codes for them. VNI writes base letter + modifier byte.
    /// </remarks>
    public static byte[] Encode(ReadOnlySpan<char> text, SourceEncoding encoding) =>
        encoding == SourceEncoding.Utf8
            ? Encoding.UTF8.GetBytes(VietnameseLetters.Compose(text))
            : LegacyCodecs.Encode(text, encoding);

    /// <inheritdoc cref="Encode(ReadOnlySpan{char}, SourceEncoding)"/>
    public static byte[] Encode(string text, SourceEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Encode(text.AsSpan(), encoding);
    }

    private static readonly SourceEncoding[] UnicodeCandidates =
        [SourceEncoding.Tcvn3, SourceEncoding.Vni, SourceEncoding.Windows1258, SourceEncoding.Utf8];

    /// <summary>
    /// Decides whether Unicode text is mojibake: legacy bytes (TCVN3, VNI, Windows-1258) that were read as
    /// Windows-1252 and saved as UTF-8, e.g. TCVN3 "ViÖt Nam" or VNI "Vieät Nam" for "Việt Nam".
    /// </summary>
    /// <returns>
    /// <see cref="DetectionOutcome.Decided"/> with the legacy encoding when the text is mojibake, or with
    /// <see cref="SourceEncoding.Utf8"/> when it already reads as Unicode Vietnamese;
    /// <see cref="DetectionOutcome.Undecidable"/> when neither reading wins (other languages, too little text).
    /// The same threshold and margin as <see cref="Detect"/> apply, the text "as it is" competing as UTF-8.
    /// </returns>
    public static EncodingDetection AnalyzeUnicode(ReadOnlySpan<char> text)
    {
        Span<int> valid = stackalloc int[UnicodeCandidates.Length];
        valid.Clear();
        Span<byte> bytes = stackalloc byte[MaxWordLength];
        Span<char> chars = stackalloc char[MaxWordLength];
        int words = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            i = WordRunEnd(text, i, out bool high);
            if (!high || i - start > MaxWordLength)
                continue;
            ReadOnlySpan<char> word = text[start..i];
            words++;
            if (ReadsAsVietnamese(word))
                valid[^1]++;
            if (!TryToCp1252(word, bytes))
                continue;
            for (int c = 0; c < UnicodeCandidates.Length - 1; c++)
            {
                int n = LegacyCodecs.Decode(bytes[..word.Length], ToLegacyCodec(UnicodeCandidates[c]), chars);
                if (ReadsAsVietnamese(chars[..n]))
                    valid[c]++;
            }
        }
        if (words == 0)
            return new(DetectionOutcome.Undecidable, SourceEncoding.Utf8, 0, "no words with non-ASCII letters");

        Span<double> scores = stackalloc double[UnicodeCandidates.Length];
        for (int c = 0; c < scores.Length; c++)
            scores[c] = (double)valid[c] / words;
        return Decide(scores, -1, words,
            c => UnicodeCandidates[c] == SourceEncoding.Utf8 ? "as it is" : DisplayName(UnicodeCandidates[c]),
            c => UnicodeCandidates[c],
            (name, score, next, nextScore) => name == "as it is"
                ? $"text already reads as Unicode Vietnamese: {Format(score)} of {words} non-ASCII words (next: {next} {Format(nextScore)})"
                : $"text is {name} mojibake (read as Windows-1252): {Format(score)} of {words} non-ASCII words read as Vietnamese after repair (next: {next} {Format(nextScore)})");
    }

    /// <inheritdoc cref="AnalyzeUnicode(ReadOnlySpan{char})"/>
    public static EncodingDetection AnalyzeUnicode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AnalyzeUnicode(text.AsSpan());
    }

    /// <summary>
    /// The legacy encoding whose Windows-1252 reading <paramref name="text"/> is, or null when the text is
    /// not such mojibake (genuine Vietnamese, other languages, or too little evidence).
    /// </summary>
    public static SourceEncoding? DetectInUnicode(ReadOnlySpan<char> text)
    {
        EncodingDetection detection = AnalyzeUnicode(text);
        return detection.Outcome == DetectionOutcome.Decided && detection.Encoding != SourceEncoding.Utf8
            ? detection.Encoding
            : null;
    }

    /// <inheritdoc cref="DetectInUnicode(ReadOnlySpan{char})"/>
    public static SourceEncoding? DetectInUnicode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DetectInUnicode(text.AsSpan());
    }

    /// <summary>
    /// Converts mojibake back to Vietnamese: each word whose chars all have a Windows-1252 byte is decoded
    /// from those bytes as <paramref name="from"/>. Everything else is kept as it is.
    /// </summary>
    /// <remarks>
    /// Meant for text that <see cref="DetectInUnicode(ReadOnlySpan{char})"/> found to be mojibake. Guards:
    /// a word holding a char outside Windows-1252 (ư, ơ, ạ… or any other script) is genuine Unicode and
    /// kept; a word that is a valid Vietnamese syllable as it is but would not be after repair is kept.
    /// Spaces, digits and ASCII punctuation are unchanged. <see cref="SourceEncoding.Utf8"/> returns the text unchanged.
    /// </remarks>
    public static string RepairUnicode(ReadOnlySpan<char> text, SourceEncoding from)
    {
        if (from == SourceEncoding.Utf8)
            return text.ToString();
        LegacyCodec codec = ToLegacyCodec(from);
        var output = new StringBuilder(text.Length);
        byte[] bytes = ArrayPool<byte>.Shared.Rent(Math.Max(text.Length, 1));
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            int i = 0;
            while (i < text.Length)
            {
                if (!IsWordChar(text[i]))
                {
                    output.Append(text[i++]);
                    continue;
                }
                int start = i;
                i = WordRunEnd(text, i, out bool high);
                ReadOnlySpan<char> word = text[start..i];
                if (!high || !TryToCp1252(word, bytes))
                {
                    output.Append(word);
                    continue;
                }
                int n = LegacyCodecs.Decode(bytes.AsSpan(0, word.Length), codec, chars);
                ReadOnlySpan<char> repaired = chars.AsSpan(0, n);
                bool keep = ReadsAsVietnamese(word) && !ReadsAsVietnamese(repaired);
                output.Append(keep ? word : repaired);
            }
            return output.ToString();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <inheritdoc cref="RepairUnicode(ReadOnlySpan{char}, SourceEncoding)"/>
    public static string RepairUnicode(string text, SourceEncoding from)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RepairUnicode(text.AsSpan(), from);
    }

    /// <summary>
    /// Repairs <paramref name="text"/> when <see cref="DetectInUnicode(ReadOnlySpan{char})"/> finds it to be
    /// mojibake; otherwise returns it unchanged (genuine Vietnamese, other languages, too little evidence).
    /// </summary>
    public static string RepairUnicode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DetectInUnicode(text.AsSpan()) is { } from ? RepairUnicode(text.AsSpan(), from) : text;
    }

    /// <summary>Word chars in Unicode text: letters, Vietnamese combining marks, and U+00A1–U+00FF (TCVN3 letters seen as Windows-1252 symbols).</summary>
    /// <summary>The end of the run of word characters that starts at <paramref name="i"/>; <paramref name="high"/> tells whether it holds a non-ASCII one.</summary>
    private static int WordRunEnd(ReadOnlySpan<char> text, int i, out bool high)
    {
        high = false;
        while (i < text.Length && IsWordChar(text[i]))
            high |= text[i++] >= 0x80;
        return i;
    }

    /// <summary>The end of the run of word bytes that starts at <paramref name="i"/>; <paramref name="high"/> tells whether it holds a byte ≥ 0x80.</summary>
    private static int WordRunEnd(ReadOnlySpan<byte> bytes, int i, out bool high)
    {
        high = false;
        while (i < bytes.Length && IsWordByte(bytes[i]))
            high |= bytes[i++] >= 0x80;
        return i;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || VietnameseLetters.IsVietnameseMark(c) || (c >= 0xA1 && c <= 0xFF);

    private static bool TryToCp1252(ReadOnlySpan<char> word, Span<byte> bytes)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (!LegacyCodecs.TryGetCp1252Byte(word[i], out bytes[i]))
                return false;
        }
        return true;
    }
}
