using NewsLens.Core;
using NewsLens.Text.Sentences;

namespace NewsLens.Text.Tests.Sentences;

/// <summary>Helpers that show sentences and paragraphs as strings.</summary>
internal static class SentenceAssert
{
    public static (SentenceLayer Sentences, ParagraphLayer Paragraphs, TokenLayer Tokens) Split(string text)
    {
        NormalizedText normalized = NormalizedText.Unchanged(text);
        TokenLayer tokens = TokenizerAnnotator.Tokenize(normalized);
        var (sentences, paragraphs) = SentenceSplitter.Split(normalized, tokens);
        return (sentences, paragraphs, tokens);
    }

    public static string[] SentenceTexts(string text)
    {
        var (sentences, _, _) = Split(text);
        var result = new string[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
            result[i] = text.Substring(sentences[i].Span.Start, sentences[i].Span.Length);
        return result;
    }

    /// <summary>Sentences joined by " || ", for compact expectations.</summary>
    public static string Joined(string text) => string.Join(" || ", SentenceTexts(text));
}
