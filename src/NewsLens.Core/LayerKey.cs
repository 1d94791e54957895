namespace NewsLens.Core;

/// <summary>Names a layer of a <see cref="Document"/>. Keys compare by reference; create each once, as a static.</summary>
public abstract class LayerKey
{
    private protected LayerKey(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>A stable, human-readable name, used in error messages ("tokens", "sentences").</summary>
    public string Name { get; }

    /// <summary>The CLR type of the layer's value.</summary>
    public abstract Type LayerType { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A typed key for a layer whose value is a <typeparamref name="TLayer"/>.</summary>
public sealed class LayerKey<TLayer> : LayerKey where TLayer : class
{
    /// <summary>Creates a key. Keep it in a static field: two keys with the same name are different keys.</summary>
    public LayerKey(string name) : base(name) { }

    /// <inheritdoc />
    public override Type LayerType => typeof(TLayer);
}
