using NewsLens.Learning;

namespace NewsLens.Vietnamese.Tagging;

/// <summary>
/// The key of a word in the tagger's dictionaries: the <see cref="FeatureHash"/> of the word lower-cased, its
/// syllables separated by one space (any run of whitespace becomes one space; the ends are trimmed).
/// </summary>
public static class WordKeys
{
    /// <summary>The key of <paramref name="word"/> (syllables separated by any whitespace).</summary>
    public static ulong Of(ReadOnlySpan<char> word)
    {
        char[]? heap = null;
        Span<char> buffer = word.Length <= 128 ? stackalloc char[128] : (heap = new char[word.Length]);
        int n = Collapse(word, buffer);
        Span<char> text = buffer.Slice(0, n);
        for (int k = 0; k < text.Length; k++)
            text[k] = char.ToLowerInvariant(text[k]);
        return FeatureHash.Of(text);
    }

    /// <summary>Copies <paramref name="word"/> into <paramref name="destination"/> with whitespace runs collapsed to one space and the ends trimmed; returns the length.</summary>
    internal static int Collapse(ReadOnlySpan<char> word, Span<char> destination)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char c in word)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace)
            {
                destination[n++] = ' ';
                pendingSpace = false;
            }
            destination[n++] = c;
        }
        return n;
    }
}
