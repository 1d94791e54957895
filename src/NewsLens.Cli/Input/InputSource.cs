using System.Globalization;
using System.Text;
using NewsLens.Text.Encodings;

namespace NewsLens.Cli.Input;

/// <summary>
/// An input (a file, or standard input spooled to a temporary file) checked in one streaming pass before any
/// output is written, then read back as text in chunks that end at line breaks. Memory stays bounded by
/// <see cref="MaxLineBytes"/> plus <see cref="ChunkChars"/> whatever the input's size.
/// </summary>
internal sealed class InputSource : IDisposable
{
    /// <summary>The longest line (paragraph) accepted, in bytes. A news paragraph is a few kilobytes.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    /// <summary>The size above which a chunk is cut at the next line break, in UTF-16 code units.</summary>
    public const int ChunkChars = 1 << 18;

    /// <summary>The largest input decoded from a legacy encoding (read whole), in bytes.</summary>
    public const int MaxLegacyBytes = 64 * 1024 * 1024;

    private readonly FileStream _stream;
    private readonly SourceEncoding _encoding;
    private readonly SourceEncoding? _repairFrom;

    private InputSource(FileStream stream, string displayName, SourceEncoding encoding, string? note, SourceEncoding? repairFrom = null)
    {
        _stream = stream;
        DisplayName = displayName;
        _encoding = encoding;
        Note = note;
        _repairFrom = repairFrom;
    }

    /// <summary>The name used in messages: the path, or "stdin".</summary>
    public string DisplayName { get; }

    /// <summary>A one-line note for stderr (a legacy encoding was converted), or null.</summary>
    public string? Note { get; }

    /// <summary>The encoding the input was read in.</summary>
    public SourceEncoding Encoding => _encoding;

    /// <summary>Opens and checks an input. <paramref name="path"/> is a file path, or null/"-" for standard input.</summary>
    /// <exception cref="CliException">With a one-line message and a documented exit code when the input is unusable.</exception>
    /// <param name="path">A file path, or null or "-" for standard input.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="forced">The encoding given with <c>--encoding</c>, or null to detect it.</param>
    public static InputSource Open(string? path, Stream stdin, SourceEncoding? forced)
    {
        FileStream stream;
        string name;
        if (path is null || path == "-")
        {
            name = "stdin";
            stream = SpoolToTempFile(stdin);
        }
        else
        {
            name = path;
            if (Directory.Exists(path))
                throw new CliException(ExitCodes.InputNotFound, $"cannot read '{path}': it is a directory");
            if (!File.Exists(path))
                throw new CliException(ExitCodes.InputNotFound, $"cannot read '{path}': no such file");
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.InputNotFound, $"cannot read '{path}': {ex.Message}");
            }
        }

        try
        {
            return Check(stream, name, forced);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static InputSource Check(FileStream stream, string name, SourceEncoding? forced)
    {
        if (stream.Length == 0)
            throw new CliException(ExitCodes.EmptyInput, $"{name} is empty: nothing to analyze");

        byte[] head = new byte[(int)Math.Min(stream.Length, 64 * 1024)];
        stream.ReadExactly(head);
        stream.Position = 0;

        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
            throw new CliException(ExitCodes.BadEncoding, $"{name} is UTF-16 text: convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)");

        InputInspection seen = InputInspection.Inspect(stream);
        stream.Position = 0;

        if (seen.FirstNulOffset >= 0)
            throw new CliException(ExitCodes.BinaryInput, $"{name} looks binary, not text (NUL byte at byte offset {seen.FirstNulOffset})");
        if (seen.IsBlank)
            throw new CliException(ExitCodes.EmptyInput, $"{name} holds only whitespace: nothing to analyze");
        if (InputInspection.LooksLikeMarkup(head))
            throw new CliException(ExitCodes.MarkupInput, $"{name} looks like HTML/XML markup: give NewsLens the article's plain text");
        if (seen.LongestLineBytes > MaxLineBytes)
            throw new CliException(ExitCodes.LineTooLong,
                $"{name}: line {seen.LongestLineNumber} (from byte offset {seen.LongestLineOffset}) is {seen.LongestLineBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes long; " +
                $"the limit is {MaxLineBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes per paragraph (one paragraph per line)");

        if (forced == SourceEncoding.Utf8)
        {
            if (!seen.IsValidUtf8)
                throw InvalidUtf8(stream, name, seen.FirstInvalidUtf8Offset, null);
            return new InputSource(stream, name, SourceEncoding.Utf8, null);
        }
        if (forced is { } legacy)
            return Legacy(stream, name, legacy, null);

        if (seen.IsValidUtf8)
        {
            // Legacy-font text (TCVN3, VNI) that was read as Windows-1252 and saved as UTF-8 ("ViÖt Nam").
            SourceEncoding? mojibake = VietnameseEncodings.DetectInUnicode(VietnameseEncodings.Decode(head, SourceEncoding.Utf8));
            if (mojibake is { } from && from != SourceEncoding.Utf8)
                return new InputSource(stream, name, SourceEncoding.Utf8,
                    $"{name} is UTF-8 holding {VietnameseEncodings.DisplayName(from)} text (legacy-font characters); converted it to Unicode", from);
            return new InputSource(stream, name, SourceEncoding.Utf8, null);
        }

        EncodingDetection detection = VietnameseEncodings.Detect(head);
        if (detection.Encoding == SourceEncoding.Utf8)
            throw InvalidUtf8(stream, name, seen.FirstInvalidUtf8Offset, null); // UTF-8 text with a broken sequence
        return detection.Outcome switch
        {
            DetectionOutcome.Decided => Legacy(stream, name, detection.Encoding,
                $"{name} is not UTF-8; read it as {VietnameseEncodings.DisplayName(detection.Encoding)} ({detection.Message})"),
            DetectionOutcome.Binary => throw new CliException(ExitCodes.BinaryInput, $"{name}: {detection.Message}"),
            _ => throw InvalidUtf8(stream, name, seen.FirstInvalidUtf8Offset, detection.Message),
        };
    }

    private static CliException InvalidUtf8(FileStream stream, string name, long offset, string? detail)
    {
        long line = InputInspection.LineOf(stream, offset);
        stream.Position = 0;
        string message = $"{name} is not valid UTF-8: invalid byte 0x{ReadByteAt(stream, offset):X2} at byte offset {offset} (line {line})";
        if (detail is not null)
            message += $"; {detail}";
        return new CliException(ExitCodes.BadEncoding, message);
    }

    private static int ReadByteAt(FileStream stream, long offset)
    {
        stream.Position = offset;
        int b = stream.ReadByte();
        stream.Position = 0;
        return b;
    }

    private static InputSource Legacy(FileStream stream, string name, SourceEncoding encoding, string? note)
    {
        if (stream.Length > MaxLegacyBytes)
            throw new CliException(ExitCodes.BadEncoding,
                $"{name} is {VietnameseEncodings.DisplayName(encoding)} and larger than {MaxLegacyBytes / (1024 * 1024)} MiB: convert it to UTF-8 first");
        return new InputSource(stream, name, encoding, note);
    }

    /// <summary>
    /// The text in chunks that each end just after a line break (or at the end of the input). Concatenated, the
    /// chunks are exactly the decoded input (a UTF-8 byte-order mark is dropped).
    /// </summary>
    public IEnumerable<string> ReadChunks()
    {
        _stream.Position = 0;
        TextReader reader;
        if (_encoding == SourceEncoding.Utf8)
        {
            reader = new StreamReader(_stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        }
        else
        {
            byte[] all = new byte[_stream.Length];
            _stream.ReadExactly(all);
            reader = new StringReader(VietnameseEncodings.Decode(all, _encoding));
        }
        using (reader)
        {
            char[] buffer = new char[ChunkChars + MaxLineBytes + 1];
            int filled = 0;
            while (true)
            {
                // Read up to the chunk size; past it (a line longer than a chunk) only as much as the line needs.
                int want = filled < ChunkChars ? ChunkChars - filled : Math.Min(buffer.Length - filled, 1 << 16);
                int read = reader.Read(buffer, filled, want);
                filled += read;
                if (read == 0)
                {
                    if (filled > 0)
                        yield return Repair(new string(buffer, 0, filled));
                    yield break;
                }
                if (filled < ChunkChars)
                    continue;
                int cut = Array.LastIndexOf(buffer, '\n', filled - 1, filled) + 1;
                if (cut == 0 && filled < buffer.Length)
                    continue;
                if (cut == 0)
                    cut = filled;
                yield return Repair(new string(buffer, 0, cut));
                Array.Copy(buffer, cut, buffer, 0, filled - cut);
                filled -= cut;
            }
        }
    }

    private string Repair(string chunk) => _repairFrom is { } from ? VietnameseEncodings.RepairUnicode(chunk, from) : chunk;

    private static FileStream SpoolToTempFile(Stream stdin)
    {
        string path = Path.Combine(Path.GetTempPath(), $"newslens-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        stdin.CopyTo(file);
        file.Position = 0;
        return file;
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
