namespace NewsLens.Core;

/// <summary>
/// One stage of a pipeline. It reads the layers it <see cref="Requires"/> and writes the layers it
/// <see cref="Provides"/>. Implementations must be immutable and thread-safe: one instance serves every
/// document of every thread.
/// </summary>
public interface IAnnotator
{
    /// <summary>A stable, versioned name ("tokenizer/1").</summary>
    string Name { get; }

    /// <summary>Layers that must be present before <see cref="Annotate"/> runs.</summary>
    IReadOnlyList<LayerKey> Requires { get; }

    /// <summary>Layers that <see cref="Annotate"/> sets.</summary>
    IReadOnlyList<LayerKey> Provides { get; }

    /// <summary>Adds this stage's layers to <paramref name="document"/>.</summary>
    void Annotate(Document document);
}
