using NewsLens.Core;
using NewsLens.Text;
using NewsLens.Vietnamese.Segmentation;

namespace NewsLens.Vietnamese;

/// <summary>
/// The trained models a Vietnamese pipeline uses. Load once (the shipped defaults with <see cref="LoadDefault"/>,
/// or your own files), then pass them to the pipeline builder: there is no global registry.
/// </summary>
public sealed class VietnameseModels
{
    private const string ResourcePrefix = "NewsLens.Models.";

    /// <summary>Creates a model set from loaded models.</summary>
    public VietnameseModels(WordSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        Segmenter = segmenter;
    }

    /// <summary>The word segmenter.</summary>
    public WordSegmenter Segmenter { get; }

    /// <summary>Loads the models that ship inside this assembly (built from <c>models/</c>).</summary>
    /// <exception cref="InvalidDataException">When a shipped model is missing or corrupted (a broken build).</exception>
    public static VietnameseModels LoadDefault()
    {
        using Stream stream = typeof(VietnameseModels).Assembly.GetManifestResourceStream(ResourcePrefix + "ws.nlm")
            ?? throw new InvalidDataException("The shipped word segmenter model (models/ws.nlm) is not embedded in NewsLens.Vietnamese.");
        return new VietnameseModels(WordSegmenter.Load(stream));
    }
}

/// <summary>Fluent registration of the Vietnamese stages. Each call is idempotent.</summary>
public static class VietnamesePipelineExtensions
{
    /// <summary>Adds word segmentation (and sentence splitting before it, if missing).</summary>
    public static PipelineBuilder UseWordSegmenter(this PipelineBuilder builder, WordSegmenter segmenter) =>
        builder.UseSentences().Use(new WordSegmenterAnnotator(segmenter));
}
