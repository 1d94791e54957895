using NewsLens.Core;
using NewsLens.Text;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Ner;
using NewsLens.Vietnamese.Segmentation;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Vietnamese;

/// <summary>
/// The trained models a Vietnamese pipeline uses. Load once (the shipped defaults with <see cref="LoadDefault"/>,
/// or your own files), then pass them to the pipeline builder: there is no global registry.
/// </summary>
public sealed class VietnameseModels
{
    private const string ResourcePrefix = "NewsLens.Models.";

    private readonly Lazy<NerTagger?> _ner;

    /// <summary>Creates a model set from loaded models.</summary>
    /// <param name="segmenter">The word segmenter.</param>
    /// <param name="tagger">The POS tagger.</param>
    /// <param name="clusters">The word clusters.</param>
    /// <param name="ner">The NER tagger, or null for a model set without named entities.</param>
    public VietnameseModels(WordSegmenter segmenter, PosTagger tagger, WordClusters clusters, NerTagger? ner = null)
        : this(segmenter, tagger, clusters, new Lazy<NerTagger?>(ner))
    {
    }

    private VietnameseModels(WordSegmenter segmenter, PosTagger tagger, WordClusters clusters, Lazy<NerTagger?> ner)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(clusters);
        Segmenter = segmenter;
        Tagger = tagger;
        Clusters = clusters;
        _ner = ner;
    }

    /// <summary>The word segmenter.</summary>
    public WordSegmenter Segmenter { get; }

    /// <summary>The part-of-speech tagger.</summary>
    public PosTagger Tagger { get; }

    /// <summary>Brown word clusters learned from unlabeled news: features for the taggers (see <c>newslens train clusters</c>).</summary>
    public WordClusters Clusters { get; }

    /// <summary>
    /// The named-entity tagger, or null when the set has none. The shipped one (models/ner.nlm) is read on first
    /// use, so a pipeline that stops at POS tags never pays for it.
    /// </summary>
    public NerTagger? Ner => _ner.Value;

    /// <summary>Loads the models that ship inside this assembly (built from <c>models/</c>).</summary>
    /// <remarks>The models are read once per process and shared (they are immutable and thread-safe).</remarks>
    /// <exception cref="InvalidDataException">When a shipped model is missing or corrupted (a broken build).</exception>
    public static VietnameseModels LoadDefault() => Default.Value;

    private static readonly Lazy<VietnameseModels> Default = new(() =>
    {
        using Stream ws = OpenShipped("ws.nlm", "word segmenter");
        using Stream pos = OpenShipped("pos.nlm", "POS tagger");
        using Stream clusters = OpenShipped("clusters.nlm", "word clusters");
        return new VietnameseModels(WordSegmenter.Load(ws), PosTagger.Load(pos), WordClusters.Load(clusters), new Lazy<NerTagger?>(() =>
        {
            using Stream ner = OpenShipped("ner.nlm", "named-entity");
            return NerTagger.Load(ner);
        }));
    });

    private static Stream OpenShipped(string file, string what) =>
        typeof(VietnameseModels).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidDataException($"The shipped {what} model (models/{file}) is not embedded in NewsLens.Vietnamese.");
}

/// <summary>Fluent registration of the Vietnamese stages. Each call is idempotent.</summary>
public static class VietnamesePipelineExtensions
{
    /// <summary>Adds word segmentation (and sentence splitting before it, if missing).</summary>
    public static PipelineBuilder UseWordSegmenter(this PipelineBuilder builder, WordSegmenter segmenter) =>
        builder.UseSentences().Use(new WordSegmenterAnnotator(segmenter));

    /// <summary>Adds part-of-speech tagging (the <see cref="Layers.Pos"/> and <see cref="Layers.UPos"/> layers); words must come first.</summary>
    public static PipelineBuilder UsePosTagger(this PipelineBuilder builder, PosTagger tagger) =>
        builder.Use(new PosTaggerAnnotator(tagger));

    /// <summary>Adds named-entity recognition (the <see cref="Layers.Entities"/> layer); words and POS tags must come first.</summary>
    public static PipelineBuilder UseNer(this PipelineBuilder builder, NerTagger tagger) =>
        builder.Use(new NerAnnotator(tagger));

    /// <summary>Adds every stage the models support: sentences, words, POS tags and, when the set has a tagger for them, named entities.</summary>
    public static PipelineBuilder UseVietnamese(this PipelineBuilder builder, VietnameseModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        builder.UseWordSegmenter(models.Segmenter).UsePosTagger(models.Tagger);
        return models.Ner is { } ner ? builder.UseNer(ner) : builder;
    }
}
