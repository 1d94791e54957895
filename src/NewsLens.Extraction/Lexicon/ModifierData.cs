using NewsLens.Extraction.Quantities;

namespace NewsLens.Extraction.Lexicon;

/// <summary>The approximation words that qualify a quantity, before it ("hơn 3 triệu") or after it ("18 tuổi trở lên").</summary>
internal static class ModifierData
{
    /// <summary>Words written before the number.</summary>
    public static readonly (string Phrase, QuantityModifier Modifier)[] Prefix =
    [
        ("khoảng", QuantityModifier.About),
        ("khoảng chừng", QuantityModifier.About),
        ("chừng", QuantityModifier.About),
        ("cỡ", QuantityModifier.About),
        ("tầm", QuantityModifier.About),
        ("xấp xỉ", QuantityModifier.About),
        ("ước", QuantityModifier.About),
        ("ước tính", QuantityModifier.About),
        ("ước khoảng", QuantityModifier.About),
        ("trên dưới", QuantityModifier.About),
        ("hơn", QuantityModifier.MoreThan),
        ("trên", QuantityModifier.MoreThan),
        ("dưới", QuantityModifier.LessThan),
        ("chưa đến", QuantityModifier.LessThan),
        ("chưa tới", QuantityModifier.LessThan),
        ("chưa đầy", QuantityModifier.LessThan),
        ("không đến", QuantityModifier.LessThan),
        ("không tới", QuantityModifier.LessThan),
        ("gần", QuantityModifier.Nearly),
        ("ngót", QuantityModifier.Nearly),
        ("ít nhất", QuantityModifier.AtLeast),
        ("tối thiểu", QuantityModifier.AtLeast),
        ("không dưới", QuantityModifier.AtLeast),
        ("tối đa", QuantityModifier.AtMost),
        ("không quá", QuantityModifier.AtMost),
    ];

    /// <summary>Words written after the unit.</summary>
    public static readonly (string Phrase, QuantityModifier Modifier)[] Postfix =
    [
        ("trở lên", QuantityModifier.AtLeast),
        ("trở xuống", QuantityModifier.AtMost),
    ];

    /// <summary>Every phrase, for registering its syllables in the lexicon.</summary>
    public static IEnumerable<string> Phrases
    {
        get
        {
            foreach (var entry in Prefix)
                yield return entry.Phrase;
            foreach (var entry in Postfix)
                yield return entry.Phrase;
        }
    }
}
