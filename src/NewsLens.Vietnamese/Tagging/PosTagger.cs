using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Vietnamese.Tagging;

/// <summary>
/// Vietnamese part-of-speech tagging on words, VietTreebank/VLSP tag set (<see cref="PosTagset"/>), with Universal
/// POS tags through <see cref="UposMapping"/>: a linear-chain model over words, shapes and tag-dictionary classes.
/// Immutable and thread-safe; steady-state tagging allocates nothing per word (per-thread scratch is reused).
/// </summary>
public sealed class PosTagger
{
    /// <summary>The model kind stored in tagger model files.</summary>
    public const string ModelKind = "pos";

    /// <summary>The name of the model's auxiliary blob that holds the <see cref="TagDictionary"/>.</summary>
    public const string TagDictionaryBlob = "tag-dictionary";

    /// <summary>The name of the model's auxiliary blob that holds the <see cref="UposMapping"/>.</summary>
    public const string UposBlob = "upos-mapping";

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly SequenceTagger<WordSequence> _tagger;

    /// <summary>Creates a tagger from a trained model and the tag dictionary, UPOS mapping and word clusters it was trained with.</summary>
    /// <exception cref="ArgumentException">When the model is not a tagger model or was trained with other features.</exception>
    public PosTagger(LinearChainModel model, TagDictionary dictionary, UposMapping upos, WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(clusters);
        if (model.Kind != ModelKind)
            throw new ArgumentException($"Expected a '{ModelKind}' model; got '{model.Kind}'.", nameof(model));
        if (model.LabelCount > 64)
            throw new ArgumentException("A tagger model has at most 64 tags.", nameof(model));
        _tagger = new SequenceTagger<WordSequence>(model, PosFeatures.Instance);
        Dictionary = dictionary;
        Upos = upos;
        Clusters = clusters;
    }

    /// <summary>Creates a tagger from a model file's contents: the model and the dictionary and mapping it carries.</summary>
    /// <exception cref="InvalidDataException">When the model lacks them.</exception>
    public static PosTagger FromModel(LinearChainModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Auxiliary.TryGetValue(TagDictionaryBlob, out byte[]? dict) || !model.Auxiliary.TryGetValue(UposBlob, out byte[]? map))
            throw new InvalidDataException($"The '{model.Kind}' model lacks its '{TagDictionaryBlob}' or '{UposBlob}' section: it is not a POS tagger model.");
        WordClusters clusters = model.Auxiliary.TryGetValue(WordClusters.BlobName, out byte[]? c) ? WordClusters.FromBytes(c) : WordClusters.Empty;
        return new PosTagger(model, TagDictionary.FromBytes(dict), UposMapping.FromBytes(model.Labels, map), clusters);
    }

    /// <summary>Loads a tagger model file (see <c>newslens train pos</c>).</summary>
    public static PosTagger Load(string path) => FromModel(LinearChainModel.Load(path, ModelKind));

    /// <summary>Loads a tagger model from a stream.</summary>
    public static PosTagger Load(Stream stream) => FromModel(LinearChainModel.Load(stream, ModelKind));

    /// <summary>The model.</summary>
    public LinearChainModel Model => _tagger.Model;

    /// <summary>The tags (the model's labels).</summary>
    public IReadOnlyList<string> Tags => _tagger.Model.Labels;

    /// <summary>The tag dictionary (ambiguity classes).</summary>
    public TagDictionary Dictionary { get; }

    /// <summary>The tag → Universal POS mapping.</summary>
    public UposMapping Upos { get; }

    /// <summary>The word clusters the tagger's features read (a copy travels inside the model, named <see cref="WordClusters.BlobName"/>).</summary>
    public WordClusters Clusters { get; }

    /// <summary>Tags one sentence given as words (normalized text, syllables separated by spaces): writes one tag id per word.</summary>
    public void Tag(ReadOnlySpan<string> words, Span<int> tags)
    {
        if (tags.Length != words.Length)
            throw new ArgumentException("words and tags must have the same length.", nameof(tags));
        if (words.Length == 0)
            return;
        Scratch scratch = Prepare(words.Length);
        WordSequence seq = scratch.Sequence;
        for (int i = 0; i < words.Length; i++)
            seq.Set(i, words[i], Dictionary, Clusters);
        _tagger.Predict(seq, tags, scratch.Emissions);
    }

    /// <summary>
    /// Tags every sentence of a document (it needs the normalized, token and sentence layers) whose words are given
    /// by <paramref name="wordStarts"/> (per token: a word starts here; a sentence's first token always starts one).
    /// Writes one tag id per word, in order, into <paramref name="tags"/> and its UPOS id into <paramref name="upos"/>;
    /// returns the number of words.
    /// </summary>
    internal int TagDocument(Document document, ReadOnlySpan<bool> wordStarts, Span<int> tags, Span<int> upos)
    {
        string normalized = document.Get(Layers.Normalized).Text;
        TokenLayer tokens = document.Tokens;
        ReadOnlySpan<int> starts = tokens.NormalizedStarts;
        ReadOnlySpan<int> lengths = tokens.NormalizedLengths;
        int w = 0;
        foreach (Sentence s in document.Sentences.All)
        {
            int end = s.FirstToken + s.TokenCount;
            int count = 0;
            for (int t = s.FirstToken; t < end; t++)
            {
                if (t == s.FirstToken || wordStarts[t])
                    count++;
            }
            Scratch scratch = Prepare(count);
            WordSequence seq = scratch.Sequence;
            int i = 0;
            for (int t = s.FirstToken; t < end; i++)
            {
                int last = t + 1;
                while (last < end && !wordStarts[last])
                    last++;
                int from = starts[t], to = starts[last - 1] + lengths[last - 1];
                seq.Set(i, normalized.AsSpan(from, to - from), Dictionary, Clusters);
                t = last;
            }
            Span<int> sentenceTags = tags.Slice(w, count);
            _tagger.Predict(seq, sentenceTags, scratch.Emissions);
            for (i = 0; i < count; i++)
                upos[w + i] = Upos.Map(sentenceTags[i], seq.Hash[i]);
            w += count;
        }
        return w;
    }

    /// <summary>The UPOS id (index into <see cref="PosTagset.UniversalTags"/>) of a word with tag <paramref name="tag"/>.</summary>
    public int UniversalOf(int tag, ReadOnlySpan<char> word) => Upos.Map(tag, WordKeys.Of(word));

    private static Scratch Prepare(int length)
    {
        Scratch scratch = t_scratch ??= new Scratch();
        scratch.Sequence.Reset(length);
        return scratch;
    }

    private sealed class Scratch
    {
        public readonly WordSequence Sequence = new();

        /// <summary>The summed weights of the words' own features, per word seen on this thread (same scores, fewer table probes).</summary>
        public readonly EmissionCache Emissions = new();
    }
}
