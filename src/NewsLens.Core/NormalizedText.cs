namespace NewsLens.Core;

/// <summary>
/// A normalized copy of a document's text, for matching and tokenizing, with the map of every normalized
/// code unit back to the original text. Annotations never point into it: they map back through <see cref="Map"/>.
/// </summary>
public sealed class NormalizedText
{
    /// <summary>Creates a normalized text.</summary>
    /// <exception cref="ArgumentException">When the map's derived length is not the text's length.</exception>
    public NormalizedText(string text, OffsetMap map)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        if (map.DerivedLength != text.Length)
            throw new ArgumentException($"Map covers {map.DerivedLength} units but the text has {text.Length}.", nameof(map));
        Text = text;
        Map = map;
    }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>Maps normalized offsets to original offsets.</summary>
    public OffsetMap Map { get; }

    /// <summary>The normalized form of a text that normalization left unchanged.</summary>
    public static NormalizedText Unchanged(string text) => new(text, OffsetMap.Identity(text.Length));
}
