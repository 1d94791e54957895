using System.Text.Json;
using NewsLens.Learning;
using NewsLens.Text.Normalization;
using NewsLens.Training.Corpora;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Training.Tagging;

/// <summary>Trains the POS tagger on gold corpora and builds its tag dictionary and UPOS mapping.</summary>
public static class PosTrainer
{
    /// <summary>Options of one training run.</summary>
    public sealed record Options
    {
        /// <summary>The seed of the shuffles; the same data and seed give the same model bytes.</summary>
        public int Seed { get; init; } = 1;

        /// <summary>The most epochs.</summary>
        public int MaxEpochs { get; init; } = 20;

        /// <summary>Epochs without a better dev score before stopping.</summary>
        public int Patience { get; init; } = 3;

        /// <summary>A word enters the tag dictionary when seen at least this many times in training.</summary>
        public int DictionaryMinCount { get; init; } = 2;

        /// <summary>A (tag, word) → UPOS exception is kept when seen at least this many times.</summary>
        public int UposExceptionMinCount { get; init; } = 2;

        /// <summary>The model version written into the file.</summary>
        public string ModelVersion { get; init; } = "1.0.0";

        /// <summary>Free-form facts about the training data, stored in the model's metadata.</summary>
        public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();
    }

    /// <summary>A gold sentence as the tagger sees it: normalized words (syllables separated by spaces) and normalized tags.</summary>
    public static (string[] Words, string[] Tags) Prepare(GoldSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = new string[sentence.Words.Count];
        var tags = new string[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            GoldWord w = sentence.Words[i];
            words[i] = string.Join(' ', w.Syllables.Select(VietnameseNormalizer.Canonicalize));
            tags[i] = PosTagset.Normalize(w.Pos, words[i]);
        }
        return (words, tags);
    }

    /// <summary>
    /// Evidence for the UPOS mapping: the words of <paramref name="universal"/> (UD sentences, UPOS in
    /// <see cref="GoldWord.Pos"/>) whose sentence occurs in <paramref name="treebank"/> with the same words, each
    /// with its treebank tag and its UPOS.
    /// </summary>
    public static List<(string Tag, string Word, string Upos)> UposEvidence(IEnumerable<GoldSentence> treebank, IEnumerable<GoldSentence> universal)
    {
        ArgumentNullException.ThrowIfNull(treebank);
        ArgumentNullException.ThrowIfNull(universal);
        var evidence = new List<(string, string, string)>();
        foreach ((GoldSentence u, GoldSentence t) in TagConverter.Align(universal, treebank))
        {
            var (tw, tt) = Prepare(t);
            var (uw, _) = Prepare(u);
            for (int i = 0; i < tw.Length; i++)
            {
                if (u.Words[i].Pos is { Length: > 0 } upos)
                    evidence.Add((tt[i], uw[i], upos));
            }
        }
        return evidence;
    }

    /// <summary>The silver sentences the treebank also holds, paired with the treebank's copy, none of them in <paramref name="evaluationSets"/>: what a <see cref="TagConverter"/> learns from.</summary>
    public static List<(GoldSentence Source, GoldSentence Target)> ConversionPairs(
        IReadOnlyList<GoldSentence> treebank, IReadOnlyList<GoldSentence> silver, IEnumerable<IEnumerable<GoldSentence>> evaluationSets)
    {
        var evaluation = new HashSet<string>(evaluationSets.SelectMany(e => e).Select(Deduplication.Key), StringComparer.Ordinal);
        return TagConverter.Align(silver, treebank).Where(p => !evaluation.Contains(Deduplication.Key(p.Source))).ToList();
    }

    /// <summary>
    /// The training sentences: <paramref name="treebank"/> (VietTreebank conventions) followed by the sentences of
    /// <paramref name="silver"/> (VLSP 2016 POS, its own conventions) that the treebank does not hold, their tags
    /// converted by a <see cref="TagConverter"/> learned from the silver sentences the treebank does hold — leaving
    /// out every sentence of <paramref name="evaluationSets"/>, so no evaluation sentence teaches the conversion.
    /// </summary>
    public static (List<GoldSentence> Sentences, int Pairs, int Converted) WithConvertedSilver(
        IReadOnlyList<GoldSentence> treebank, IReadOnlyList<GoldSentence> silver, IEnumerable<IEnumerable<GoldSentence>> evaluationSets, int seed)
    {
        ArgumentNullException.ThrowIfNull(treebank);
        ArgumentNullException.ThrowIfNull(silver);
        ArgumentNullException.ThrowIfNull(evaluationSets);
        var sentences = new List<GoldSentence>(treebank);
        if (silver.Count == 0)
            return (sentences, 0, 0);
        var inTreebank = new HashSet<string>(treebank.Select(Deduplication.Key), StringComparer.Ordinal);
        var pairs = ConversionPairs(treebank, silver, evaluationSets);
        if (pairs.Count == 0)
            throw new ArgumentException("The silver corpus shares no sentence with the treebank: there is nothing to learn its conversion from.", nameof(silver));
        TagConverter converter = TagConverter.Learn(pairs, seed);
        int converted = 0;
        foreach (GoldSentence s in silver)
        {
            if (inTreebank.Contains(Deduplication.Key(s)))
                continue;
            sentences.Add(converter.Convert(s));
            converted++;
        }
        return (sentences, pairs.Count, converted);
    }

    /// <summary>Builds the UPOS mapping: per tag its most frequent UPOS, and per (tag, word) the exceptions seen often enough.</summary>
    public static UposMapping BuildUposMapping(IReadOnlyList<string> tags, IEnumerable<(string Tag, string Word, string Upos)> evidence, int minCount)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(evidence);
        var perTag = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var perWord = new Dictionary<(string Tag, ulong Word), Dictionary<string, int>>();
        foreach ((string tag, string word, string upos) in evidence)
        {
            Count(perTag, tag, upos);
            Count(perWord, (tag, WordKeys.Of(word)), upos);
        }
        var defaults = perTag.ToDictionary(p => p.Key, p => Majority(p.Value), StringComparer.Ordinal);
        var exceptions = new List<(string, ulong, string)>();
        foreach (var ((tag, word), counts) in perWord.OrderBy(p => p.Key.Tag, StringComparer.Ordinal).ThenBy(p => p.Key.Word))
        {
            string best = Majority(counts);
            string fallback = defaults.TryGetValue(tag, out string? d) ? d : PosTagset.DefaultUniversal.GetValueOrDefault(tag, "X");
            if (best != fallback && counts[best] >= minCount)
                exceptions.Add((tag, word, best));
        }
        return new UposMapping(tags, defaults, exceptions);
    }

    /// <summary>Trains a tagger; the tag dictionary and the UPOS mapping are stored inside the model.</summary>
    public static PosTagger Train(
        IReadOnlyList<GoldSentence> train,
        IReadOnlyList<GoldSentence>? dev,
        IEnumerable<(string Tag, string Word, string Upos)> uposEvidence,
        WordClusters clusters,
        Options options,
        IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(uposEvidence);
        ArgumentNullException.ThrowIfNull(options);
        var prepared = train.Where(s => s.Words.Count > 0).Select(Prepare).ToList();
        string[] labels = prepared.SelectMany(p => p.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length > 64)
            throw new InvalidDataException($"The training data has {labels.Length} tags; the tagger supports 64.");
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        TagDictionary dictionary = BuildDictionary(prepared, labelIds, options.DictionaryMinCount);
        UposMapping upos = BuildUposMapping(labels, uposEvidence, options.UposExceptionMinCount);

        List<LabeledSequence<WordSequence>> trainSeqs = prepared.Select(p => ToLabeled(p, labelIds, dictionary, clusters)).ToList();
        List<LabeledSequence<WordSequence>>? devSeqs = dev?.Where(s => s.Words.Count > 0).Select(Prepare)
            .Where(p => p.Tags.All(labelIds.ContainsKey)).Select(p => ToLabeled(p, labelIds, dictionary, clusters)).ToList();
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["tag_dictionary_words"] = JsonSerializer.SerializeToElement(dictionary.Count),
            ["upos_exceptions"] = JsonSerializer.SerializeToElement(upos.Exceptions.Count),
            ["cluster_words"] = JsonSerializer.SerializeToElement(clusters.Count),
        };
        foreach (KeyValuePair<string, string> p in options.Provenance)
            properties[p.Key] = JsonSerializer.SerializeToElement(p.Value);
        LinearChainModel model = PerceptronTrainer.Train(
            PosFeatures.Instance,
            trainSeqs,
            devSeqs,
            new PerceptronOptions
            {
                Kind = PosTagger.ModelKind,
                ModelVersion = options.ModelVersion,
                Labels = labels,
                MaxEpochs = options.MaxEpochs,
                Patience = options.Patience,
                Seed = options.Seed,
                Created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                Properties = properties,
            },
            progress);
        model = model.WithAuxiliary(PosTagger.TagDictionaryBlob, dictionary.ToBytes())
                     .WithAuxiliary(PosTagger.UposBlob, upos.ToBytes())
                     .WithAuxiliary(WordClusters.BlobName, clusters.ToBytes())
                     .WithAuxiliary(Vocabulary.Blob, Vocabulary.ToBytes(prepared.SelectMany(p => p.Words)));
        return new PosTagger(model, dictionary, upos, clusters);
    }

    private static TagDictionary BuildDictionary(List<(string[] Words, string[] Tags)> prepared, Dictionary<string, int> labelIds, int minCount)
    {
        var counts = new Dictionary<ulong, (int Count, ulong Mask)>();
        foreach (var (words, tags) in prepared)
        {
            for (int i = 0; i < words.Length; i++)
            {
                ulong key = WordKeys.Of(words[i]);
                counts.TryGetValue(key, out var c);
                counts[key] = (c.Count + 1, c.Mask | (1UL << labelIds[tags[i]]));
            }
        }
        return new TagDictionary(counts.Where(p => p.Value.Count >= minCount).Select(p => new KeyValuePair<ulong, ulong>(p.Key, p.Value.Mask)));
    }

    internal static LabeledSequence<WordSequence> ToLabeled((string[] Words, string[] Tags) p, Dictionary<string, int> labelIds, TagDictionary dictionary, WordClusters clusters)
    {
        var seq = new WordSequence();
        seq.Reset(p.Words.Length);
        for (int i = 0; i < p.Words.Length; i++)
            seq.Set(i, p.Words[i], dictionary, clusters);
        return new LabeledSequence<WordSequence>(seq, p.Tags.Select(t => labelIds[t]).ToArray());
    }

    private static void Count<TKey>(Dictionary<TKey, Dictionary<string, int>> table, TKey key, string value)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out Dictionary<string, int>? counts))
            table[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    private static string Majority(Dictionary<string, int> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
}
