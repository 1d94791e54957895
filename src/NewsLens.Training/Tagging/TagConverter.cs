using NewsLens.Learning;
using NewsLens.Training.Corpora;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Training.Tagging;

/// <summary>
/// Brings a corpus tagged in another convention into the training convention: a linear-chain model over the
/// words and their source tags, learned from the sentences both corpora hold. VLSP 2016's semi-automatic POS
/// column differs from VietTreebank by more than a tag-for-tag renaming — it tags the directional "ra"/"lên"/"lại"
/// after a verb V where VietTreebank says R, and "sau"/"trước" N where VietTreebank says E — and a tagger that
/// learns from both conventions at once learns neither well (numbers in the README).
/// </summary>
public sealed class TagConverter
{
    private const string ModelKind = "tag-converter";

    private readonly SequenceTagger<Input> _tagger;

    private TagConverter(LinearChainModel model) => _tagger = new SequenceTagger<Input>(model, Features.Instance);

    /// <summary>The target tags the converter writes.</summary>
    public IReadOnlyList<string> Tags => _tagger.Model.Labels;

    /// <summary>
    /// Pairs each sentence of <paramref name="source"/> with the sentence of <paramref name="target"/> that has the
    /// same words (same <see cref="Deduplication.Key"/>, same word count, the normalized words equal ignoring case).
    /// </summary>
    public static List<(GoldSentence Source, GoldSentence Target)> Align(IEnumerable<GoldSentence> source, IEnumerable<GoldSentence> target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var byKey = new Dictionary<string, GoldSentence>(StringComparer.Ordinal);
        foreach (GoldSentence t in target)
            byKey.TryAdd(Deduplication.Key(t), t);
        var pairs = new List<(GoldSentence, GoldSentence)>();
        foreach (GoldSentence s in source)
        {
            if (!byKey.TryGetValue(Deduplication.Key(s), out GoldSentence? t) || t.Words.Count != s.Words.Count)
                continue;
            string[] sw = PosTrainer.Prepare(s).Words, tw = PosTrainer.Prepare(t).Words;
            if (sw.AsSpan().SequenceEqual(tw, StringComparer.OrdinalIgnoreCase))
                pairs.Add((s, t));
        }
        return pairs;
    }

    /// <summary>
    /// Learns the conversion from sentence pairs: the source sentence's <see cref="GoldWord.Pos"/> are the tags to
    /// convert, the target's (normalized by <see cref="PosTagset.Normalize"/>) the tags to produce.
    /// </summary>
    public static TagConverter Learn(IReadOnlyList<(GoldSentence Source, GoldSentence Target)> pairs, int seed, int epochs = 8)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0)
            throw new ArgumentException("No sentence pairs to learn a tag conversion from.", nameof(pairs));
        var prepared = pairs.Select(p => (Input: Input.Of(p.Source), Tags: PosTrainer.Prepare(p.Target).Tags)).ToList();
        string[] labels = prepared.SelectMany(p => p.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var ids = labels.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        LinearChainModel model = PerceptronTrainer.Train(
            Features.Instance,
            prepared.Select(p => new LabeledSequence<Input>(p.Input, p.Tags.Select(t => ids[t]).ToArray())).ToList(),
            null,
            new PerceptronOptions
            {
                Kind = ModelKind,
                ModelVersion = "1",
                Labels = labels,
                MaxEpochs = epochs,
                Seed = seed,
                Created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            });
        return new TagConverter(model);
    }

    /// <summary>
    /// How well a conversion learned from four fifths of <paramref name="pairs"/> reproduces the target tags of the
    /// other fifth (every fifth pair), against renaming each source tag on its own with <paramref name="rename"/>
    /// (both compared after <see cref="PosTagset.Normalize"/>): the evidence that the converter is worth having.
    /// </summary>
    public static (double Converted, double Renamed) HeldOutAccuracy(
        IReadOnlyList<(GoldSentence Source, GoldSentence Target)> pairs, int seed, Func<string?, string, string?> rename)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(rename);
        TagConverter converter = Learn(pairs.Where((_, i) => i % 5 != 0).ToList(), seed);
        int words = 0, converted = 0, renamed = 0;
        foreach (var (source, target) in pairs.Where((_, i) => i % 5 == 0))
        {
            string[] gold = PosTrainer.Prepare(target).Tags;
            GoldSentence output = converter.Convert(source);
            for (int i = 0; i < gold.Length; i++)
            {
                string word = source.Words[i].Text;
                words++;
                converted += output.Words[i].Pos == gold[i] ? 1 : 0;
                renamed += PosTagset.Normalize(rename(source.Words[i].Pos, word), word) == gold[i] ? 1 : 0;
            }
        }
        return words == 0 ? (0, 0) : ((double)converted / words, (double)renamed / words);
    }

    /// <summary>The sentence with its tags converted (words unchanged).</summary>
    public GoldSentence Convert(GoldSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Words.Count == 0)
            return sentence;
        var labels = new int[sentence.Words.Count];
        _tagger.Predict(Input.Of(sentence), labels);
        return sentence with { Words = sentence.Words.Select((w, i) => w with { Pos = Tags[labels[i]] }).ToArray() };
    }

    /// <summary>A sentence to convert: the hashes of its lower-cased words and of its source tags.</summary>
    internal sealed record Input(ulong[] Words, ulong[] Tags)
    {
        public static Input Of(GoldSentence s) => new(
            s.Words.Select(w => WordKeys.Of(string.Join(' ', w.Syllables))).ToArray(),
            s.Words.Select(w => FeatureHash.Of((w.Pos ?? "").AsSpan())).ToArray());
    }

    /// <summary>The word and source tag, their neighbours' and the conjunctions that carry a convention.</summary>
    private sealed class Features : ISequenceFeaturizer<Input>
    {
        public static Features Instance { get; } = new();

        private const ulong Boundary = 0xB0B0_B0B0_B0B0_B0B0;

        public int MaxFeaturesPerPosition => 11;

        public string Signature => "tag-conversion-v1";

        public void Featurize(Input s, int i, ref FeatureWriter w)
        {
            int n = s.Words.Length;
            ulong word = s.Words[i], tag = s.Tags[i];
            ulong prevWord = i > 0 ? s.Words[i - 1] : Boundary, nextWord = i + 1 < n ? s.Words[i + 1] : Boundary;
            ulong prevTag = i > 0 ? s.Tags[i - 1] : Boundary, nextTag = i + 1 < n ? s.Tags[i + 1] : Boundary;
            w.Add(1, 1);
            w.Add(2, tag);
            w.Add(3, word);
            w.Add(4, word, tag);
            w.Add(5, tag, prevTag);
            w.Add(6, tag, nextTag);
            w.Add(7, word, tag, prevTag);
            w.Add(8, word, tag, nextTag);
            w.Add(9, word, prevWord);
            w.Add(10, word, nextWord);
            w.Add(11, tag, prevTag, nextTag);
        }
    }
}
