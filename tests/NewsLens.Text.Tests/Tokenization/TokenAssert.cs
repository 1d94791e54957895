using NewsLens.Core;
using NewsLens.Text.Tokenization;

namespace NewsLens.Text.Tests.Tokenization;

/// <summary>Helpers that show tokens as strings, and the tiling invariant shared by the tests.</summary>
internal static class TokenAssert
{
    public static string[] Texts(string text)
    {
        RawToken[] tokens = Tokenizer.Tokenize(text);
        var texts = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
            texts[i] = text.Substring(tokens[i].Span.Start, tokens[i].Span.Length);
        return texts;
    }

    /// <summary>Tokens joined by '|', for compact expectations.</summary>
    public static string Joined(string text) => string.Join("|", Texts(text));

    /// <summary>Asserts that <paramref name="token"/> is one token of <paramref name="text"/>, of kind <paramref name="kind"/>.</summary>
    public static void HasToken(string text, string token, TokenKind kind)
    {
        foreach (RawToken t in Tokenizer.Tokenize(text))
        {
            if (text.AsSpan(t.Span.Start, t.Span.Length).SequenceEqual(token))
            {
                Assert.Equal(kind, t.Kind);
                return;
            }
        }
        Assert.Fail($"\"{token}\" is not a token of \"{text}\": {Joined(text)}");
    }

    public static bool IsGapChar(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>True when the tokens are in order, non-empty, non-overlapping, separated by gap characters only, and rebuild the text.</summary>
    public static bool Tiles(string text)
    {
        var rebuilt = new System.Text.StringBuilder(text.Length);
        int pos = 0;
        foreach (RawToken t in Tokenizer.Enumerate(text))
        {
            if (t.Span.Length <= 0 || t.Span.Start < pos || t.Span.End > text.Length)
                return false;
            for (int k = pos; k < t.Span.Start; k++)
            {
                if (!IsGapChar(text[k]))
                    return false;
            }
            rebuilt.Append(text, pos, t.Span.End - pos);
            pos = t.Span.End;
        }
        for (int k = pos; k < text.Length; k++)
        {
            if (!IsGapChar(text[k]))
                return false;
        }
        rebuilt.Append(text, pos, text.Length - pos);
        return rebuilt.ToString() == text;
    }
}
