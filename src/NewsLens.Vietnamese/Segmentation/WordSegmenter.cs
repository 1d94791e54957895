using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Vietnamese.Segmentation;

/// <summary>
/// Vietnamese word segmentation: labels each syllable B (a word starts here) or I (the word goes on) with a
/// linear-chain model over syllable n-grams, shapes and lexicon matches. Immutable and thread-safe; steady-state
/// segmentation allocates nothing per syllable (per-thread scratch space is reused).
/// </summary>
public sealed class WordSegmenter
{
    /// <summary>The model kind stored in segmenter model files.</summary>
    public const string ModelKind = "ws";

    /// <summary>The two-label scheme: B (a word starts), I (it goes on).</summary>
    public static readonly IReadOnlyList<string> BiLabels = ["B", "I"];

    /// <summary>The four-label scheme: B (begins a longer word), I (inside), E (ends it), S (a one-syllable word).</summary>
    public static readonly IReadOnlyList<string> BiesLabels = ["B", "I", "E", "S"];

    private readonly bool[] _startsWord;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly SequenceTagger<SyllableSequence> _tagger;

    /// <summary>Creates a segmenter from a trained model and the lexicon it was trained with.</summary>
    /// <exception cref="ArgumentException">When the model is not a segmenter model or was trained with other features.</exception>
    public WordSegmenter(LinearChainModel model, SyllableLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lexicon);
        bool bi = model.Labels.SequenceEqual(BiLabels), bies = model.Labels.SequenceEqual(BiesLabels);
        if (model.Kind != ModelKind || !(bi || bies))
            throw new ArgumentException($"Expected a '{ModelKind}' model with labels B, I or B, I, E, S; got '{model.Kind}' with {string.Join(", ", model.Labels)}.", nameof(model));
        _startsWord = model.Labels.Select(l => l is "B" or "S").ToArray();
        _tagger = new SequenceTagger<SyllableSequence>(model, SegmenterFeatures.Instance);
        Lexicon = lexicon;
    }

    /// <summary>The name of the model's auxiliary blob that holds the lexicon.</summary>
    public const string LexiconBlob = "lexicon";

    /// <summary>Creates a segmenter from a model file's contents: the model and the lexicon it carries.</summary>
    /// <exception cref="InvalidDataException">When the model carries no lexicon.</exception>
    public static WordSegmenter FromModel(LinearChainModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Auxiliary.TryGetValue(LexiconBlob, out byte[]? blob))
            throw new InvalidDataException($"The '{model.Kind}' model carries no '{LexiconBlob}' section: it is not a word segmenter model.");
        return new WordSegmenter(model, SyllableLexicon.FromBytes(blob));
    }

    /// <summary>Loads a segmenter model file (see <c>newslens train ws</c>).</summary>
    public static WordSegmenter Load(string path) => FromModel(LinearChainModel.Load(path, ModelKind));

    /// <summary>Loads a segmenter model from a stream.</summary>
    public static WordSegmenter Load(Stream stream) => FromModel(LinearChainModel.Load(stream, ModelKind));

    /// <summary>The model.</summary>
    public LinearChainModel Model => _tagger.Model;

    /// <summary>The lexicon whose matches are features.</summary>
    public SyllableLexicon Lexicon { get; }

    /// <summary>
    /// Segments one sentence given as syllables (normalized text and token kind of each). Writes, per syllable, true
    /// where a word starts; the first syllable always starts one.
    /// </summary>
    public void Segment(ReadOnlySpan<string> syllables, ReadOnlySpan<TokenKind> kinds, Span<bool> wordStarts)
    {
        if (kinds.Length != syllables.Length || wordStarts.Length != syllables.Length)
            throw new ArgumentException("syllables, kinds and wordStarts must have the same length.", nameof(wordStarts));
        Scratch scratch = t_scratch ??= new Scratch();
        SyllableSequence seq = scratch.Sequence;
        seq.Reset(syllables.Length);
        for (int i = 0; i < syllables.Length; i++)
            seq.Set(i, syllables[i], kinds[i]);
        Decode(scratch, wordStarts);
    }

    /// <summary>Segments tokens <paramref name="first"/>..<paramref name="first"/>+<paramref name="count"/> of a document (one sentence).</summary>
    internal void Segment(string normalizedText, TokenLayer tokens, int first, int count, Span<bool> wordStarts)
    {
        Scratch scratch = t_scratch ??= new Scratch();
        SyllableSequence seq = scratch.Sequence;
        seq.Reset(count);
        ReadOnlySpan<int> starts = tokens.NormalizedStarts;
        ReadOnlySpan<int> lengths = tokens.NormalizedLengths;
        ReadOnlySpan<TokenKind> kinds = tokens.Kinds;
        for (int i = 0; i < count; i++)
        {
            int t = first + i;
            seq.Set(i, normalizedText.AsSpan(starts[t], lengths[t]), kinds[t]);
        }
        Decode(scratch, wordStarts);
    }

    /// <summary>
    /// Segments every sentence of a document (it needs the normalized, token and sentence layers): sets
    /// <paramref name="wordStarts"/>[t] for each token t and returns the number of words.
    /// </summary>
    internal int SegmentDocument(Document document, Span<bool> wordStarts)
    {
        string normalized = document.Get(Layers.Normalized).Text;
        TokenLayer tokens = document.Tokens;
        if (wordStarts.Length < tokens.Count)
            throw new ArgumentException("wordStarts needs one slot per token.", nameof(wordStarts));
        int words = 0;
        foreach (Sentence s in document.Sentences.All)
        {
            Span<bool> span = wordStarts.Slice(s.FirstToken, s.TokenCount);
            Segment(normalized, tokens, s.FirstToken, s.TokenCount, span);
            words += span.Count(true);
        }
        return words;
    }

    private void Decode(Scratch scratch, Span<bool> wordStarts)
    {
        SyllableSequence seq = scratch.Sequence;
        int n = seq.Length;
        if (n == 0)
            return;
        seq.ApplyLexicon(Lexicon);
        if (scratch.Labels.Length < n)
            scratch.Labels = new int[Math.Max(n, scratch.Labels.Length * 2)];
        Span<int> labels = scratch.Labels.AsSpan(0, n);
        _tagger.Predict(seq, labels);
        for (int i = 0; i < n; i++)
            wordStarts[i] = i == 0 || _startsWord[labels[i]];
    }

    private sealed class Scratch
    {
        public readonly SyllableSequence Sequence = new();
        public int[] Labels = new int[64];
    }
}
