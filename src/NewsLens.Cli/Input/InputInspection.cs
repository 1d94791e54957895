using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsLens.Cli.Input;

/// <summary>What one streaming pass over the input bytes found.</summary>
internal sealed record InputInspection(
    long Length,
    bool HasBom,
    bool IsBlank,
    long FirstInvalidUtf8Offset,
    long FirstNulOffset,
    long LongestLineBytes,
    long LongestLineNumber,
    long LongestLineOffset)
{
    private static readonly System.Buffers.SearchValues<byte> AsciiSpace = System.Buffers.SearchValues.Create(" \t\r\n\f\v"u8);

    /// <summary>True when every byte is valid UTF-8.</summary>
    public bool IsValidUtf8 => FirstInvalidUtf8Offset < 0;

    /// <summary>Reads the whole stream once, in bounded memory, and reports what it saw.</summary>
    public static InputInspection Inspect(Stream stream)
    {
        const int BufferSize = 1 << 20;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize + 4);
        char[] chars = ArrayPool<char>.Shared.Rent(BufferSize + 4);
        try
        {
            long total = 0;
            int carry = 0;
            bool hasBom = false, blank = true, first = true;
            long invalidAt = -1, nulAt = -1;
            long lineStart = 0, lineNumber = 1, longest = 0, longestLine = 0, longestAt = 0;
            while (true)
            {
                int read = stream.Read(buffer, carry, BufferSize - carry);
                bool final = read == 0;
                int filled = carry + read;
                ReadOnlySpan<byte> data = buffer.AsSpan(0, filled);
                long dataBase = total - carry;
                if (first && filled >= 3 && data[..3].SequenceEqual("\uFEFF"u8))
                    hasBom = true;
                first = false;

                ReadOnlySpan<byte> fresh = data[carry..];
                if (nulAt < 0)
                {
                    int nul = fresh.IndexOf((byte)0);
                    if (nul >= 0)
                        nulAt = total + nul;
                }
                ReadOnlySpan<byte> content = hasBom && total == 0 ? fresh[3..] : fresh;
                if (blank && content.IndexOfAnyExcept(AsciiSpace) >= 0)
                    blank = false;
                int pos = 0;
                while (true)
                {
                    int nl = fresh[pos..].IndexOf((byte)'\n');
                    if (nl < 0)
                        break;
                    long lineEnd = total + pos + nl;
                    if (lineEnd - lineStart > longest)
                    {
                        longest = lineEnd - lineStart;
                        longestLine = lineNumber;
                        longestAt = lineStart;
                    }
                    lineNumber++;
                    lineStart = lineEnd + 1;
                    pos += nl + 1;
                }

                if (invalidAt < 0)
                {
                    ReadOnlySpan<byte> rest = data;
                    long restBase = dataBase;
                    while (true)
                    {
                        OperationStatus status = Utf8.ToUtf16(rest, chars, out int bytesRead, out _, replaceInvalidSequences: false, isFinalBlock: final);
                        if (status == OperationStatus.DestinationTooSmall)
                        {
                            rest = rest[bytesRead..];
                            restBase += bytesRead;
                            continue;
                        }
                        if (status == OperationStatus.InvalidData)
                            invalidAt = restBase + bytesRead;
                        carry = status == OperationStatus.NeedMoreData ? rest.Length - bytesRead : 0;
                        if (carry > 0)
                            rest[bytesRead..].CopyTo(buffer);
                        break;
                    }
                }
                else
                {
                    carry = 0;
                }
                total += read;
                if (final)
                    break;
            }
            if (total - lineStart > longest)
            {
                longest = total - lineStart;
                longestLine = lineNumber;
                longestAt = lineStart;
            }
            return new InputInspection(total, hasBom, blank, invalidAt, nulAt, longest, longestLine, longestAt);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Finds the 1-based line number of a byte offset by counting newlines before it.</summary>
    public static long LineOf(Stream stream, long offset)
    {
        stream.Position = 0;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long line = 1, pos = 0;
            while (pos < offset)
            {
                int read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, offset - pos));
                if (read == 0)
                    break;
                line += buffer.AsSpan(0, read).Count((byte)'\n');
                pos += read;
            }
            return line;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Sniffs the start of the text for HTML or XML markup.</summary>
    public static bool LooksLikeMarkup(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> s = head;
        if (s.StartsWith("\uFEFF"u8))
            s = s[3..];
        int firstNonSpace = s.IndexOfAnyExcept(AsciiSpace);
        if (firstNonSpace < 0)
            return false;
        s = s[firstNonSpace..];
        string start = Encoding.UTF8.GetString(s[..Math.Min(s.Length, 64)]).ToLowerInvariant();
        if (start.StartsWith("<!doctype", StringComparison.Ordinal) || start.StartsWith("<html", StringComparison.Ordinal) ||
            start.StartsWith("<?xml", StringComparison.Ordinal) || start.StartsWith("<head", StringComparison.Ordinal) ||
            start.StartsWith("<body", StringComparison.Ordinal))
            return true;
        int tags = CountOccurrences(s, "</p>"u8) + CountOccurrences(s, "</div>"u8) + CountOccurrences(s, "<br"u8) +
                   CountOccurrences(s, "</span>"u8) + CountOccurrences(s, "</a>"u8);
        return tags >= 5;
    }

    private static int CountOccurrences(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        int count = 0;
        while (true)
        {
            int i = haystack.IndexOf(needle);
            if (i < 0)
                return count;
            count++;
            haystack = haystack[(i + needle.Length)..];
        }
    }
}
