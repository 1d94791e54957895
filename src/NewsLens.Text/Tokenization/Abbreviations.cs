using System.Collections.Frozen;

namespace NewsLens.Text.Tokenization;

/// <summary>How an abbreviation that ends in a period behaves at a possible sentence end.</summary>
public enum AbbreviationClass : byte
{
    /// <summary>Not in the list.</summary>
    None,
    /// <summary>A title or prefix that is always followed by a name or number ("TP.", "PGS.", "Mr.", "Q.", "St."): never ends a sentence.</summary>
    Prefix,
    /// <summary>An abbreviation that often closes a sentence ("Inc.", "Ltd.", "etc.", "Jr."): ends one when a capitalized word follows.</summary>
    Terminal,
}

/// <summary>
/// The curated list of abbreviations written with a period in Vietnamese news (and the English ones that appear in
/// it). Entries are single segments without their dots; lookups are case-sensitive ("TS" is an abbreviation, "Ts" is not)
/// and allocation-free.
/// </summary>
/// <remarks>
/// "Q." and "P." (quận, phường: "Q.1", "P. Bến Nghé") are listed as prefixes because addresses are frequent in news; the
/// price is that an anonymized name such as "chị P." never ends a sentence. "TT" (thị trấn or thông tấn) is not listed:
/// "CNTT&amp;TT. Hiệu trưởng …" must split.
/// </remarks>
public static class Abbreviations
{
    private static readonly string[] s_prefix =
    [
        // Vietnamese places: thành phố, quận, phường, huyện, thị xã, thị trấn, tỉnh
        "TP", "Tp", "Q", "P", "TX", "Tx",
        // Vietnamese degrees, titles and professions
        "GS", "PGS", "TS", "TSKH", "ThS", "Ths", "Th", "BS", "BSCK", "BSCKI", "BSCKII", "CK", "CKI", "CKII", "KS",
        "LS", "NS", "NSƯT", "NSND", "NGƯT", "NGND", "NXB", "NNƯT", "Lm",
        // English titles and name parts
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Ft", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Maj", "Adm",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Messrs", "Mme", "Mlle", "Fr", "vs", "No", "Nos", "Vol", "pp",
    ];

    private static readonly string[] s_terminal =
    [
        "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "etc", "Bros", "Plc", "Cie", "Ave", "Blvd",
    ];

    private static readonly FrozenDictionary<string, AbbreviationClass> s_map = BuildMap();

    private static readonly FrozenDictionary<string, AbbreviationClass>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_map.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>All listed segments (without dots) and their class.</summary>
    public static IReadOnlyDictionary<string, AbbreviationClass> All => s_map;

    /// <summary>The class of one dot-less segment such as "PGS" or "Inc"; <see cref="AbbreviationClass.None"/> when it is not listed.</summary>
    public static AbbreviationClass Classify(ReadOnlySpan<char> segment) =>
        s_lookup.TryGetValue(segment, out AbbreviationClass value) ? value : AbbreviationClass.None;

    /// <summary>True when the dot-less <paramref name="segment"/> is listed.</summary>
    public static bool Contains(ReadOnlySpan<char> segment) => s_lookup.ContainsKey(segment);

    private static FrozenDictionary<string, AbbreviationClass> BuildMap()
    {
        var map = new Dictionary<string, AbbreviationClass>(StringComparer.Ordinal);
        foreach (string s in s_prefix)
            map[s.Normalize()] = AbbreviationClass.Prefix;
        foreach (string s in s_terminal)
            map[s] = AbbreviationClass.Terminal;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
