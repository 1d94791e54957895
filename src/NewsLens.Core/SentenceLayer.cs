namespace NewsLens.Core;

/// <summary>One sentence: its span in the original text, its tokens and its paragraph.</summary>
/// <param name="Span">Original span, from the first token's start to the last token's end.</param>
/// <param name="FirstToken">Index of its first token in the <see cref="TokenLayer"/>.</param>
/// <param name="TokenCount">Number of tokens; at least 1.</param>
/// <param name="Paragraph">Index of its paragraph in the <see cref="ParagraphLayer"/>.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>One past the index of its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>One paragraph: its span in the original text and its sentences.</summary>
/// <param name="Span">Original span, from the first token's start to the last token's end.</param>
/// <param name="FirstSentence">Index of its first sentence.</param>
/// <param name="SentenceCount">Number of sentences; at least 1.</param>
public readonly record struct Paragraph(TextSpan Span, int FirstSentence, int SentenceCount)
{
    /// <summary>One past the index of its last sentence.</summary>
    public int EndSentence => FirstSentence + SentenceCount;
}

/// <summary>The sentences of a document, in text order. Every token belongs to exactly one sentence.</summary>
public sealed class SentenceLayer
{
    private readonly Sentence[] _items;

    /// <summary>Creates the layer. Sentences must be in order and must not overlap.</summary>
    public SentenceLayer(Sentence[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (int i = 1; i < items.Length; i++)
        {
            if (items[i].FirstToken != items[i - 1].EndToken || items[i].Paragraph < items[i - 1].Paragraph)
                throw new ArgumentException($"Sentence {i} does not follow sentence {i - 1}.", nameof(items));
        }
        _items = items;
    }

    /// <summary>Number of sentences.</summary>
    public int Count => _items.Length;

    /// <summary>Sentence <paramref name="index"/>.</summary>
    public Sentence this[int index] => _items[index];

    /// <summary>All sentences.</summary>
    public ReadOnlySpan<Sentence> All => _items;
}

/// <summary>The paragraphs of a document, in text order. Paragraph boundaries are hard sentence boundaries.</summary>
public sealed class ParagraphLayer
{
    private readonly Paragraph[] _items;

    /// <summary>Creates the layer. Paragraphs must be in order and must not overlap.</summary>
    public ParagraphLayer(Paragraph[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (int i = 1; i < items.Length; i++)
        {
            if (items[i].FirstSentence != items[i - 1].EndSentence)
                throw new ArgumentException($"Paragraph {i} does not follow paragraph {i - 1}.", nameof(items));
        }
        _items = items;
    }

    /// <summary>Number of paragraphs.</summary>
    public int Count => _items.Length;

    /// <summary>Paragraph <paramref name="index"/>.</summary>
    public Paragraph this[int index] => _items[index];

    /// <summary>All paragraphs.</summary>
    public ReadOnlySpan<Paragraph> All => _items;
}
