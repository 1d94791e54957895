namespace NewsLens.Core;

/// <summary>The layer keys that NewsLens annotators read and write.</summary>
public static class Layers
{
    /// <summary>The normalized text with its offset map back to the original (<see cref="NormalizedText"/>).</summary>
    public static readonly LayerKey<NormalizedText> Normalized = new("normalized");

    /// <summary>Tokens: syllables, numbers, punctuation, URLs, … (<see cref="TokenLayer"/>).</summary>
    public static readonly LayerKey<TokenLayer> Tokens = new("tokens");

    /// <summary>Paragraphs (<see cref="ParagraphLayer"/>).</summary>
    public static readonly LayerKey<ParagraphLayer> Paragraphs = new("paragraphs");

    /// <summary>Sentences (<see cref="SentenceLayer"/>).</summary>
    public static readonly LayerKey<SentenceLayer> Sentences = new("sentences");

    /// <summary>
    /// Words (<see cref="SpanLayer"/>): each word covers one or more whole tokens of one sentence ("Hà Nội" is one
    /// word of two syllable tokens); every token belongs to exactly one word.
    /// </summary>
    public static readonly LayerKey<SpanLayer> Words = new("words");

    /// <summary>Part-of-speech tags of the words, VietTreebank/VLSP tag set (<see cref="WordTagLayer"/>, aligned with <see cref="Words"/>).</summary>
    public static readonly LayerKey<WordTagLayer> Pos = new("pos");

    /// <summary>Universal POS tags of the words (<see cref="WordTagLayer"/>, aligned with <see cref="Words"/>).</summary>
    public static readonly LayerKey<WordTagLayer> UPos = new("upos");

    /// <summary>
    /// Named-entity mentions (<see cref="SpanLayer"/>): labels PER, LOC, ORG, MISC; each mention covers whole words of
    /// one sentence (its token range is the tokens of those words); mentions are in text order and do not overlap.
    /// Written by the NER annotator; read by the extraction stage (in-article grouping, speakers).
    /// </summary>
    public static readonly LayerKey<SpanLayer> Entities = new("entities");
}
