using CsCheck;
using NewsLens.Core;
using NewsLens.Testing;
using static NewsLens.Text.Tests.Sentences.SentenceAssert;

namespace NewsLens.Text.Tests.Sentences;

public class SentenceSplitterPropertyTests
{
    /// <summary>Every token in exactly one sentence; each sentence inside one paragraph with no line break; indices never decrease.</summary>
    private static bool Holds(string text)
    {
        var (sentences, paragraphs, tokens) = Split(text);
        int next = 0;
        int lastParagraph = 0;
        foreach (Sentence s in sentences.All)
        {
            if (s.FirstToken != next || s.TokenCount < 1 || s.Paragraph < lastParagraph || s.Paragraph >= paragraphs.Count)
                return false;
            next = s.EndToken;
            lastParagraph = s.Paragraph;
            Paragraph p = paragraphs[s.Paragraph];
            int index = Array.IndexOf(sentences.All.ToArray(), s);
            if (index < p.FirstSentence || index >= p.EndSentence || !p.Span.Contains(s.Span))
                return false;
            if (s.Span.Start != tokens.Starts[s.FirstToken] || s.Span.End != tokens.Span(s.EndToken - 1).End)
                return false;
            if (text.AsSpan(s.Span.Start, s.Span.Length).IndexOfAny('\n', '\r') >= 0)
                return false;
        }
        if (next != tokens.Count)
            return false;
        int sentenceIndex = 0;
        foreach (Paragraph p in paragraphs.All)
        {
            if (p.FirstSentence != sentenceIndex || p.SentenceCount < 1)
                return false;
            sentenceIndex = p.EndSentence;
        }
        return sentenceIndex == sentences.Count;
    }

    [Fact]
    public void Split_VietnameseText_AssignsEveryTokenToOneSentenceInOneParagraph()
    {
        // Given random Vietnamese-looking text with newlines, quotes and terminators
        // When it is tokenized and split
        // Then every invariant of the sentence and paragraph layers holds
        TextGen.Vietnamese.Sample(Holds, iter: 1000);
    }

    [Fact]
    public void Split_AnyUtf16_NeverThrowsAndKeepsTheInvariants()
    {
        TextGen.AnyUtf16.Sample(Holds, iter: 1000);
    }

    [Fact]
    public void Split_Mixed_KeepsTheInvariants()
    {
        TextGen.Mixed.Sample(Holds, iter: 1000);
    }
}
