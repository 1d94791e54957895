using NewsLens.Core;
using NewsLens.Extraction.Lexicon;
using NewsLens.Extraction.Quantities;
using NewsLens.Text;
using NewsLens.Text.Normalization;

namespace NewsLens.Extraction.Numbers;

/// <summary>Reads one Vietnamese number written in digits, words or both, outside a pipeline.</summary>
public static class VietnameseNumbers
{
    /// <summary>
    /// Parses <paramref name="text"/> when the whole of it is one number: "1.300", "2,5", "hai mươi mốt",
    /// "một trăm linh năm", "một nửa", "2,5 triệu", "ba tỷ năm trăm triệu", "hai phẩy năm". Ranges and vague counts
    /// ("3-5", "vài trăm") are not single numbers. Digits follow the Vietnamese convention unless the text itself is
    /// English-style (see the README). Allocates (it normalizes and tokenizes the text); inside a pipeline use the
    /// quantity layer.
    /// </summary>
    /// <returns>True when the text is exactly one number.</returns>
    public static bool TryParse(string text, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        NormalizedText normalized = VietnameseNormalizer.Normalize(text);
        TokenLayer tokens = TokenizerAnnotator.Tokenize(normalized);
        if (tokens.Count == 0)
            return false;
        var ids = new ushort[tokens.Count];
        TokenClassifier.Classify(tokens, normalized.Text, ids);
        var view = new TokenView(tokens, normalized.Text, ids, 0, tokens.Count);
        if (tokens.Count == 1 && ids[0] == Words.Khong)
            return true; // "không" on its own is zero; in running text it is "not", so the grammar never reads it alone
        NumberStyle style = QuantityRecognizer.DetectStyle(tokens, normalized.Text);
        if (!NumberParser.TryParse(view, 0, style, out NumberExpr e) || e.End != tokens.Count || e.IsRange || e.HasAttachedUnit || e.Several)
            return false;
        value = QuantityRecognizer.Clean(e.Value);
        return true;
    }
}
