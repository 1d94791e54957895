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

public class ExpandedTextPropertyTests
{
    private static readonly string[] Samples = ["Mr…", "v.v…", "TP.HCM…", "2024…", "x.vn/a…", "G… Jones", "a…b"];

    /// <summary>Normalizes like the real normalizer does for ellipses: "…" becomes "..." with a map back to it.</summary>
    private static NormalizedText ExpandEllipses(string original)
    {
        var text = new System.Text.StringBuilder(original.Length + 8);
        var starts = new List<int>(original.Length + 8);
        var ends = new List<int>(original.Length + 8);
        for (int k = 0; k < original.Length; k++)
        {
            int copies = original[k] == '…' ? 3 : 1;
            for (int c = 0; c < copies; c++)
            {
                text.Append(copies == 3 ? '.' : original[k]);
                starts.Add(k);
                ends.Add(k + 1);
            }
        }
        return new NormalizedText(text.ToString(), OffsetMap.FromRanges([.. starts], [.. ends], original.Length));
    }

    [Fact]
    public void Tokenize_EllipsisExpandedByNormalization_NeverMapsTwoTokensToOneOriginalCharacter()
    {
        // Given text normalized with "…" expanded to "...", next to abbreviations, numbers and URLs
        var gen = Gen.Select(TextGen.Mixed, Gen.Int[0, 6].Select(k => Samples[k]),
            (a, b) => a + " " + b + a);
        gen.Sample(original =>
        {
            NormalizedText normalized = ExpandEllipses(original);
            // When it is tokenized (the layer builder throws on overlapping original spans) and split
            TokenLayer tokens = TokenizerAnnotator.Tokenize(normalized);
            var (sentences, _) = NewsLens.Text.Sentences.SentenceSplitter.Split(normalized, tokens);
            // Then every token is in one sentence
            int covered = 0;
            foreach (Sentence s in sentences.All)
                covered += s.TokenCount;
            return covered == tokens.Count;
        }, iter: 1000);
    }
}
