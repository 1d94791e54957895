using NewsLens.Core;

namespace NewsLens.Text.Sentences;

/// <summary>PLACEHOLDER: replaced by the real sentence splitter.</summary>
public static class SentenceSplitter
{
    /// <summary>Splits tokenized text into sentences and paragraphs.</summary>
    /// <param name="normalized">The normalized text the tokens were found in.</param>
    /// <param name="tokens">The tokens (their normalized spans index <paramref name="normalized"/>).</param>
    public static (SentenceLayer Sentences, ParagraphLayer Paragraphs) Split(NormalizedText normalized, TokenLayer tokens)
    {
        if (tokens.Count == 0)
            return (new SentenceLayer([]), new ParagraphLayer([]));
        var span = TextSpan.FromBounds(tokens.Starts[0], tokens.Span(tokens.Count - 1).End);
        return (new SentenceLayer([new Sentence(span, 0, tokens.Count, 0)]), new ParagraphLayer([new Paragraph(span, 0, 1)]));
    }
}
