using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Vietnamese.Ner;

/// <summary>
/// Vietnamese named-entity recognition over words and their POS tags: a linear-chain model with BIO labels for
/// PER, LOC, ORG and MISC (see <see cref="NerFeatures"/> for the features), decoded per sentence with Viterbi, with
/// document-level features (a name seen elsewhere in the same document). Immutable and thread-safe; steady-state
/// tagging allocates nothing per word (per-thread scratch is reused).
/// </summary>
public sealed class NerTagger
{
    /// <summary>The model kind stored in NER model files.</summary>
    public const string ModelKind = "ner";

    /// <summary>The entity types, in label order.</summary>
    public static IReadOnlyList<string> EntityTypes { get; } = ["PER", "LOC", "ORG", "MISC"];

    /// <summary>The BIO labels: "O", then "B-T" and "I-T" for each type T of <see cref="EntityTypes"/>.</summary>
    public static IReadOnlyList<string> BioLabels { get; } = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    /// <summary>
    /// The BILOU labels a model may be trained with instead (B/I/L for the first, inner and last unit of a longer
    /// entity, U for a one-unit entity): the tagger turns them into BIO (<see cref="BilouSpans.ToBio"/>) as it predicts.
    /// </summary>
    public static IReadOnlyList<string> BilouLabels { get; } =
        ["O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-ORG", "I-ORG", "L-ORG", "U-ORG", "B-MISC", "I-MISC", "L-MISC", "U-MISC"];

    [ThreadStatic]
    private static NerDocument? t_document;

    [ThreadStatic]
    private static int[]? t_labels;

    [ThreadStatic]
    private static int[]? t_units;

    // One cache of unit-feature sums per pass and thread (a cache serves one model).
    [ThreadStatic]
    private static EmissionCache? t_cache;

    [ThreadStatic]
    private static EmissionCache? t_firstCache;

    [ThreadStatic]
    private static int[]? t_sentenceEnds;

    /// <summary>The name of the auxiliary blob that holds the first-pass model of a two-pass tagger.</summary>
    public const string FirstPassBlob = "first-pass";

    private readonly SequenceTagger<NerSentence> _tagger;
    private readonly SequenceTagger<NerSentence>? _firstPass;
    private readonly bool _split;

    /// <summary>Creates a tagger from a trained model and the lexicon and clusters it was trained with.</summary>
    /// <exception cref="ArgumentException">When the model is not an NER model, has other labels or was trained with other features.</exception>
    public NerTagger(LinearChainModel model, NerLexicon lexicon, WordClusters clusters)
        : this(model, lexicon, clusters, FirstPassOf(model))
    {
    }

    /// <summary>Creates a two-pass tagger: <paramref name="firstPass"/> tags first, <paramref name="model"/> reads its labels (see <see cref="NerFeatures.SecondPass"/>).</summary>
    /// <exception cref="ArgumentException">When the models do not fit together.</exception>
    public NerTagger(LinearChainModel model, NerLexicon lexicon, WordClusters clusters, LinearChainModel? firstPass)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(clusters);
        if (model.Kind != ModelKind)
            throw new ArgumentException($"Expected a '{ModelKind}' model; got '{model.Kind}'.", nameof(model));
        if (!model.Labels.SequenceEqual(BioLabels) && !model.Labels.SequenceEqual(BilouLabels))
            throw new ArgumentException($"An NER model has the labels {string.Join(' ', BioLabels)} or {string.Join(' ', BilouLabels)}.", nameof(model));
        NerFeatures features = NerFeatures.FromSignature(model.Metadata.FeatureSignature)
            ?? throw new ArgumentException($"The model was trained with features '{model.Metadata.FeatureSignature}', which this build does not have.", nameof(model));
        _tagger = new SequenceTagger<NerSentence>(model, features);
        _split = features.SplitNames;
        if (features.SecondPass)
        {
            if (firstPass is null)
                throw new ArgumentException("A second-pass NER model needs its first-pass model.", nameof(firstPass));
            _firstPass = new SequenceTagger<NerSentence>(firstPass, NerFeatures.Of(_split, secondPass: false));
        }
        Lexicon = lexicon;
        Clusters = clusters;
    }

    /// <summary>The first-pass model a two-pass model carries, or null.</summary>
    private static LinearChainModel? FirstPassOf(LinearChainModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Auxiliary.TryGetValue(FirstPassBlob, out byte[]? bytes))
            return null;
        using var stream = new MemoryStream(bytes, writable: false);
        return LinearChainModel.Load(stream, ModelKind);
    }

    /// <summary>True when the tagger runs two passes (a first-pass model, then a model that reads its labels document-wide).</summary>
    public bool TwoPass => _firstPass is not null;

    /// <summary>Creates a tagger from a model file's contents: the model and the lexicon and clusters it carries.</summary>
    /// <exception cref="InvalidDataException">When the model lacks its lexicon.</exception>
    public static NerTagger FromModel(LinearChainModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Auxiliary.TryGetValue(NerLexicon.BlobName, out byte[]? lexicon))
            throw new InvalidDataException($"The '{model.Kind}' model lacks its '{NerLexicon.BlobName}' section: it is not an NER model.");
        WordClusters clusters = model.Auxiliary.TryGetValue(WordClusters.BlobName, out byte[]? c) ? WordClusters.FromBytes(c) : WordClusters.Empty;
        try
        {
            return new NerTagger(model, NerLexicon.FromBytes(lexicon), clusters);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    /// <summary>Loads an NER model file (see <c>newslens train ner</c>).</summary>
    public static NerTagger Load(string path) => FromModel(LinearChainModel.Load(path, ModelKind));

    /// <summary>Loads an NER model from a stream.</summary>
    public static NerTagger Load(Stream stream) => FromModel(LinearChainModel.Load(stream, ModelKind));

    /// <summary>The model.</summary>
    public LinearChainModel Model => _tagger.Model;

    /// <summary>The gazetteers and trigger words the features read (a copy travels inside the model).</summary>
    public NerLexicon Lexicon { get; }

    /// <summary>The word clusters the features read (a copy travels inside the model).</summary>
    public WordClusters Clusters { get; }

    /// <summary>
    /// True when the NER reads a word as several units, one per syllable: a word of two or more syllables that all
    /// begin with a capital letter ("Nguyễn Kỳ Sơn", "Hà Nội", "Điện Kremlin Dmitry Peskov"). Our segmenter joins
    /// names into one word (VietTreebank style) and sometimes two names into one; VLSP 2016 writes person names one
    /// syllable per word. Reading capitalized words syllable by syllable gives training and prediction one
    /// convention whatever the segmentation, and lets a name end inside a word the segmenter joined.
    /// </summary>
    public static bool SplitsIntoSyllables(ReadOnlySpan<char> word)
    {
        int syllables = 0;
        bool atStart = true;
        foreach (char c in word)
        {
            if (c == ' ' || c == '_')
            {
                atStart = true;
                continue;
            }
            if (atStart)
            {
                if (!char.IsUpper(c))
                    return false;
                syllables++;
                atStart = false;
            }
        }
        return syllables >= 2;
    }

    /// <summary>
    /// Tags one document given as sentences of words (normalized text, syllables separated by spaces or '_') with
    /// their POS tags (VietTreebank tag set, as <c>PosTagger</c> writes them). Writes one BIO label id (index into
    /// <see cref="BioLabels"/>) per word into <paramref name="labels"/>, sentence by sentence. A word read as several
    /// units (<see cref="SplitsIntoSyllables"/>) gets the label of its first unit.
    /// </summary>
    /// <exception cref="ArgumentException">When the shapes of the arguments differ.</exception>
    public void TagDocument(IReadOnlyList<string[]> words, IReadOnlyList<string[]> pos, IReadOnlyList<int[]> labels)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(pos);
        ArgumentNullException.ThrowIfNull(labels);
        if (pos.Count != words.Count || labels.Count != words.Count)
            throw new ArgumentException("words, pos and labels need one entry per sentence.", nameof(labels));
        NerDocument doc = t_document ??= new NerDocument();
        doc.Clear();
        for (int s = 0; s < words.Count; s++)
        {
            if (pos[s].Length != words[s].Length || labels[s].Length != words[s].Length)
                throw new ArgumentException($"Sentence {s}: words, pos and labels differ in length.", nameof(labels));
            AddWords(doc, words[s], pos[s], null, Clusters, _split);
            doc.EndSentence();
        }
        doc.Complete(Lexicon);
        int[] units = LabelBuffer(doc.Count);
        Predict(doc, units);
        int u = 0;
        for (int s = 0; s < words.Count; s++)
        {
            for (int i = 0; i < words[s].Length; i++)
            {
                labels[s][i] = units[u];
                u += _split && SplitsIntoSyllables(words[s][i]) ? SyllableCount(words[s][i]) : 1;
            }
        }
    }

    /// <summary>Adds a sentence's words as units; with <paramref name="wordLabels"/>, returns the unit labels (a split word's later units continue its entity).</summary>
    internal static int[]? AddWords(NerDocument doc, string[] words, string[] pos, int[]? wordLabels, WordClusters clusters, bool split)
    {
        List<int>? unitLabels = wordLabels is null ? null : new List<int>(words.Length + 4);
        for (int i = 0; i < words.Length; i++)
        {
            ulong posHash = FeatureHash.Of(pos[i] ?? "?");
            string word = words[i];
            if (!split || !SplitsIntoSyllables(word))
            {
                doc.Add(word.Replace('_', ' '), posHash, clusters);
                unitLabels?.Add(wordLabels![i]);
                continue;
            }
            int k = 0;
            string[] syllables = word.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
            foreach (string syllable in syllables)
            {
                doc.Add(syllable, posHash, clusters, NerDocument.InWordCode(k, syllables.Length));
                if (unitLabels is not null)
                {
                    int label = wordLabels![i];
                    unitLabels.Add(k == 0 || label == 0 ? label : BioSpans.IsBegin(label) ? label + 1 : label);
                }
                k++;
            }
        }
        return unitLabels?.ToArray();
    }

    private static int SyllableCount(string word)
    {
        int n = 0;
        bool inSyllable = false;
        foreach (char c in word)
        {
            bool gap = c is ' ' or '_';
            if (!gap && !inSyllable)
                n++;
            inSyllable = !gap;
        }
        return n;
    }

    /// <summary>
    /// Tags every sentence of an analyzed document (normalized, token, sentence, word and POS layers). Writes per
    /// unit (a word, or a token of a word read syllable by syllable) its first token into <paramref name="unitTokens"/>
    /// and its BIO label id into <paramref name="labels"/>; both need one slot per token. Returns the number of units;
    /// <paramref name="sentenceEnds"/> receives the end unit of each sentence.
    /// </summary>
    internal int TagDocument(Document document, SpanLayer words, WordTagLayer pos, Span<int> unitTokens, Span<int> labels, Span<int> sentenceEnds)
    {
        string normalized = document.Get(Layers.Normalized).Text;
        ReadOnlySpan<int> starts = document.Tokens.NormalizedStarts;
        ReadOnlySpan<int> lengths = document.Tokens.NormalizedLengths;
        Span<ulong> posHashes = stackalloc ulong[Math.Min(pos.Labels.Count, 256)];
        for (int t = 0; t < posHashes.Length; t++)
            posHashes[t] = FeatureHash.Of(pos.Labels[t]);
        NerDocument doc = t_document ??= new NerDocument();
        doc.Clear();
        ReadOnlySpan<Sentence> sentences = document.Sentences.All;
        int w = 0, u = 0;
        for (int si = 0; si < sentences.Length; si++)
        {
            int end = sentences[si].EndToken;
            while (w < words.Count && words.TokenRange(w).First < end)
            {
                var (first, count) = words.TokenRange(w);
                int from = starts[first];
                int to = starts[first + count - 1] + lengths[first + count - 1];
                int tag = pos.Id(w);
                ulong posHash = tag < posHashes.Length ? posHashes[tag] : FeatureHash.Of(pos.Labels[tag]);
                ReadOnlySpan<char> text = normalized.AsSpan(from, to - from);
                if (_split && count > 1 && SplitsIntoSyllables(text))
                {
                    for (int t = first; t < first + count; t++)
                    {
                        doc.Add(normalized.AsSpan(starts[t], lengths[t]), posHash, Clusters, NerDocument.InWordCode(t - first, count));
                        unitTokens[u++] = t;
                    }
                }
                else
                {
                    doc.Add(text, posHash, Clusters);
                    unitTokens[u++] = first;
                }
                w++;
            }
            sentenceEnds[si] = u;
            doc.EndSentence();
        }
        doc.Complete(Lexicon);
        Predict(doc, labels);
        return u;
    }

    /// <summary>Labels every sentence of a completed document (first pass, then the second when there is one).</summary>
    private void Predict(NerDocument doc, Span<int> labels)
    {
        if (_firstPass is not null)
        {
            for (int s = 0; s < doc.SentenceCount; s++)
            {
                int first = doc.SentenceFirst(s);
                Span<int> sentence = labels.Slice(first, doc.SentenceLength(s));
                _firstPass.Predict(new NerSentence(doc, first), sentence, t_firstCache ??= new EmissionCache());
                BilouSpans.ToBioIfBilou(_firstPass.Model, sentence);
            }
            doc.ApplyFirstPass(labels);
        }
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            int first = doc.SentenceFirst(s);
            Span<int> sentence = labels.Slice(first, doc.SentenceLength(s));
            _tagger.Predict(new NerSentence(doc, first), sentence, t_cache ??= new EmissionCache());
            BilouSpans.ToBioIfBilou(_tagger.Model, sentence);
        }
    }

    /// <summary>Per-thread label buffer of at least <paramref name="length"/> slots.</summary>
    internal static int[] LabelBuffer(int length) => Buffer(ref t_labels, length);

    /// <summary>Per-thread unit-token buffer of at least <paramref name="length"/> slots.</summary>
    internal static int[] UnitBuffer(int length) => Buffer(ref t_units, length);

    /// <summary>Per-thread sentence-end buffer of at least <paramref name="length"/> slots.</summary>
    internal static int[] SentenceBuffer(int length) => Buffer(ref t_sentenceEnds, length);

    private static int[] Buffer(ref int[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length)
            buffer = new int[Math.Max(length, 1024)];
        return buffer;
    }
}

/// <summary>Turns BIO label sequences into entity spans.</summary>
public static class BioSpans
{
    /// <summary>The entity type index (into <see cref="NerTagger.EntityTypes"/>) of a BIO label id, or -1 for "O".</summary>
    public static int TypeOf(int label) => label == 0 ? -1 : (label - 1) / 2;

    /// <summary>True when the label id is a "B-" label.</summary>
    public static bool IsBegin(int label) => label != 0 && (label - 1) % 2 == 0;

    /// <summary>
    /// Writes (start, end, type) of each entity of a BIO sequence into <paramref name="spans"/> and returns how many,
    /// conlleval style: an entity starts at a B- label, or at an I- label that follows O or another type, and runs
    /// while I- labels of its type follow. <paramref name="spans"/> needs room for <c>labels.Length</c> entries.
    /// </summary>
    public static int Decode(ReadOnlySpan<int> labels, Span<(int Start, int End, int Type)> spans)
    {
        int n = 0;
        int i = 0;
        while (i < labels.Length)
        {
            int type = TypeOf(labels[i]);
            if (type < 0)
            {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.Length && labels[j] != 0 && !IsBegin(labels[j]) && TypeOf(labels[j]) == type)
                j++;
            spans[n++] = (i, j, type);
            i = j;
        }
        return n;
    }

    /// <summary>The label id of a BIO label name ("B-PER"); unknown names and "O" are 0. Junk such as "o" or " O" reads as O.</summary>
    public static int IdOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return 0;
        name = name.Trim();
        for (int i = 1; i < NerTagger.BioLabels.Count; i++)
        {
            if (string.Equals(NerTagger.BioLabels[i], name, StringComparison.Ordinal))
                return i;
        }
        return 0;
    }
}

/// <summary>Converts between BIO (<see cref="NerTagger.BioLabels"/>) and BILOU (<see cref="NerTagger.BilouLabels"/>) label ids.</summary>
public static class BilouSpans
{
    /// <summary>Rewrites the BIO ids of one sentence as BILOU ids (in place allowed): each entity as conlleval reads it becomes U, or B I… L.</summary>
    public static void ToBilou(ReadOnlySpan<int> bio, Span<int> bilou)
    {
        if (bilou.Length < bio.Length)
            throw new ArgumentException("The destination is shorter than the labels.", nameof(bilou));
        Span<(int Start, int End, int Type)> spans = bio.Length <= 256 ? stackalloc (int, int, int)[bio.Length] : new (int, int, int)[bio.Length];
        int n = BioSpans.Decode(bio, spans);
        int length = bio.Length;
        bilou.Slice(0, length).Clear();
        for (int k = 0; k < n; k++)
        {
            var (start, end, type) = spans[k];
            int b = 1 + (type * 4);
            if (end - start == 1)
            {
                bilou[start] = b + 3;
                continue;
            }
            bilou[start] = b;
            for (int i = start + 1; i < end - 1; i++)
                bilou[i] = b + 1;
            bilou[end - 1] = b + 2;
        }
    }

    /// <summary>Rewrites BILOU ids as BIO ids in place: B and U begin an entity, I and L continue it.</summary>
    public static void ToBio(Span<int> labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            int x = labels[i];
            if (x == 0)
                continue;
            int type = (x - 1) / 4, part = (x - 1) % 4;
            labels[i] = 1 + (type * 2) + (part is 0 or 3 ? 0 : 1);
        }
    }

    /// <summary>Rewrites <paramref name="labels"/> as BIO when <paramref name="model"/> was trained with BILOU labels.</summary>
    public static void ToBioIfBilou(LinearChainModel model, Span<int> labels)
    {
        if (model.LabelCount == NerTagger.BilouLabels.Count)
            ToBio(labels);
    }
}
