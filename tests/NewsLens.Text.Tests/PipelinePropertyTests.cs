using CsCheck;
using NewsLens.Core;
using NewsLens.Testing;

namespace NewsLens.Text.Tests;

/// <summary>Invariants of the whole text pipeline (normalize → tokenize → split) on the original text.</summary>
public class PipelinePropertyTests
{
    private static readonly NewsLensPipeline Pipeline = NewsLensPipeline.CreateBuilder().UseSentences().Build();

    private static bool IsGap(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E' or >= '\u2061' and <= '\u2069';

    [Fact]
    public void Process_AnyText_TokensTileTheOriginalText()
    {
        // Given any text, Vietnamese-like or random UTF-16
        TextGen.Mixed.Sample(text =>
        {
            // When processed by the pipeline
            Document doc = Pipeline.Process(text);
            TokenLayer tokens = doc.Tokens;
            // Then tokens are non-empty, ordered, inside the text, and only ignorable characters lie between them
            int previousEnd = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                TextSpan span = tokens.Span(i);
                if (span.Length == 0 || span.Start < previousEnd || span.End > text.Length)
                    return false;
                for (int k = previousEnd; k < span.Start; k++)
                {
                    if (!IsGap(text[k]))
                        return false;
                }
                previousEnd = span.End;
            }
            for (int k = previousEnd; k < text.Length; k++)
            {
                if (!IsGap(text[k]))
                    return false;
            }
            return true;
        });
    }

    [Fact]
    public void Process_AnyText_SentencesPartitionTokensWithinParagraphs()
    {
        TextGen.Mixed.Sample(text =>
        {
            Document doc = Pipeline.Process(text);
            int next = 0;
            foreach (Sentence s in doc.Sentences.All)
            {
                if (s.FirstToken != next || s.TokenCount < 1)
                    return false;
                Paragraph p = doc.Paragraphs[s.Paragraph];
                if (!p.Span.Contains(s.Span) || s.Span.Start != doc.Tokens.Span(s.FirstToken).Start || s.Span.End != doc.Tokens.Span(s.EndToken - 1).End)
                    return false;
                next = s.EndToken;
            }
            return next == doc.Tokens.Count;
        });
    }

    [Fact]
    public void Process_NfdAndNfcInput_GiveTheSameNormalizedTokens()
    {
        // Given the same sentence typed precomposed and decomposed, with the other tone-mark placement
        Document nfc = Pipeline.Process("Bộ trưởng nói: “Hòa bình là ưu tiên.”");
        Document nfd = Pipeline.Process("Bo\u0323\u0302 trươ\u0309ng no\u0301i: “Hoa\u0300 bi\u0300nh la\u0300 ưu tiên.”");
        // Then the normalized token texts are equal, and each token still points into its own original text
        Assert.Equal(nfc.Tokens.Count, nfd.Tokens.Count);
        for (int i = 0; i < nfc.Tokens.Count; i++)
        {
            Assert.Equal(new Token(nfc, i).NormalizedText.ToString(), new Token(nfd, i).NormalizedText.ToString());
        }
        Assert.Equal("Hoa\u0300", new Token(nfd, 5).Text.ToString());
    }
}
