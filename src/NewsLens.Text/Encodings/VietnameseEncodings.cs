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

/// <summary>The result of <see cref="VietnameseEncodings.Detect"/>.</summary>
/// <param name="Outcome">How detection ended.</param>
/// <param name="Encoding">The chosen encoding when <paramref name="Outcome"/> is <see cref="DetectionOutcome.Decided"/>.</param>
/// <param name="Confidence">Share of words that read as Vietnamese syllables under the chosen encoding, 0..1.</param>
/// <param name="Message">One line for a user: what was decided, or why nothing could be.</param>
public sealed record EncodingDetection(DetectionOutcome Outcome, SourceEncoding Encoding, double Confidence, string Message);

/// <summary>PLACEHOLDER: replaced by the real legacy-encoding support.</summary>
public static class VietnameseEncodings
{
    /// <summary>Decides the encoding of bytes that are not valid UTF-8.</summary>
    public static EncodingDetection Detect(ReadOnlySpan<byte> sample) =>
        new(DetectionOutcome.Undecidable, SourceEncoding.Utf8, 0, "cannot decide the encoding");

    /// <summary>Decodes bytes in a known encoding to NFC Unicode.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, SourceEncoding encoding) =>
        System.Text.Encoding.UTF8.GetString(bytes);
}
