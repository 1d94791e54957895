using NewsLens.Core;
using NewsLens.Text;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Segmentation;

namespace NewsLens.Vietnamese;

/// <summary>
/// The trained models a Vietnamese pipeline uses. Load once (the shipped defaults with <see cref="LoadDefault"/>,
/// or your own files), then pass them to the pipeline builder: there is no global registry.
/// </summary>
public sealed class VietnameseModels
{
    private const string ResourcePrefix = "NewsLens.Models.";

    /// <summary>Creates a model set from loaded models, without word clusters (<see cref="WordClusters.Empty"/>).</summary>
    public VietnameseModels(WordSegmenter segmenter)
        : this(segmenter, WordClusters.Empty)
    {
    }

    /// <summary>Creates a model set from loaded models.</summary>
    public VietnameseModels(WordSegmenter segmenter, WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(clusters);
        Segmenter = segmenter;
        Clusters = clusters;
    }

    /// <summary>The word segmenter.</summary>
    public WordSegmenter Segmenter { get; }

    /// <summary>Brown word clusters learned from unlabeled news: features for the taggers (see <c>newslens train clusters</c>).</summary>
    public WordClusters Clusters { get; }

    /// <summary>Loads the models that ship inside this assembly (built from <c>models/</c>).</summary>
    /// <exception cref="InvalidDataException">When a shipped model is missing or corrupted (a broken build).</exception>
    public static VietnameseModels LoadDefault()
    {
        using Stream ws = Resource("ws.nlm", "word segmenter");
        using Stream clusters = Resource("clusters.nlm", "word clusters");
        return new VietnameseModels(WordSegmenter.Load(ws), WordClusters.Load(clusters));
    }

    private static Stream Resource(string file, string what) =>
        typeof(VietnameseModels).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidDataException($"The shipped {what} model (models/{file}) is not embedded in NewsLens.Vietnamese.");
}

/// <summary>Fluent registration of the Vietnamese stages. Each call is idempotent.</summary>
public static class VietnamesePipelineExtensions
{
    /// <summary>Adds word segmentation (and sentence splitting before it, if missing).</summary>
    public static PipelineBuilder UseWordSegmenter(this PipelineBuilder builder, WordSegmenter segmenter) =>
        builder.UseSentences().Use(new WordSegmenterAnnotator(segmenter));
}
