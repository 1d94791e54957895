using NewsLens.Core;

namespace NewsLens.Text.Normalization;

/// <summary>PLACEHOLDER: replaced by the real normalizer.</summary>
public static class VietnameseNormalizer
{
    /// <summary>Normalizes <paramref name="text"/> for matching and tokenizing, with a map back to it.</summary>
    public static NormalizedText Normalize(string text) => NormalizedText.Unchanged(text);
}
