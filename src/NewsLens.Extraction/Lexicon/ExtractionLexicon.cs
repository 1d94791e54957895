using System.Collections.Frozen;
using NewsLens.Text.Normalization;

namespace NewsLens.Extraction.Lexicon;

/// <summary>The roles a syllable can play in a Vietnamese number.</summary>
[Flags]
internal enum NumberRole : ushort
{
    None = 0,
    /// <summary>A digit word that can start a number: không (only before "trăm"), một, hai, ba, bốn, năm, sáu, bảy, bẩy, tám, chín.</summary>
    Digit = 1 << 0,
    /// <summary>A units digit after "mươi": mốt, một, hai, …, tư, bốn, lăm, nhăm, sáu, … (not "năm": "hai mươi năm" is twenty years).</summary>
    TensUnit = 1 << 1,
    /// <summary>A units digit after "mười": một, mốt, hai, …, bốn, tư, lăm, nhăm, … (not "năm": "mười năm" is ten years).</summary>
    TeenUnit = 1 << 2,
    /// <summary>A units digit after "linh"/"lẻ": một … chín, tư.</summary>
    LinhUnit = 1 << 3,
    /// <summary>"mươi", the tens after a digit ("hai mươi").</summary>
    Muoi = 1 << 4,
    /// <summary>"mười", ten.</summary>
    Muoi10 = 1 << 5,
    /// <summary>"trăm", hundred.</summary>
    Tram = 1 << 6,
    /// <summary>"linh", "lẻ": a zero tens digit ("một trăm linh năm" = 105).</summary>
    Linh = 1 << 7,
    /// <summary>"chục", ten as a multiplier ("hai chục" = 20, "hàng chục").</summary>
    Chuc = 1 << 8,
    /// <summary>A scale word: nghìn, ngàn, vạn, triệu, tỷ, tỉ.</summary>
    Scale = 1 << 9,
    /// <summary>"nửa", one half.</summary>
    Nua = 1 << 10,
    /// <summary>"rưỡi", and a half of the preceding scale or unit.</summary>
    Ruoi = 1 << 11,
    /// <summary>"phẩy", the spoken decimal point.</summary>
    Phay = 1 << 12,
    /// <summary>"vài", "mấy": a few (2–9).</summary>
    Several = 1 << 13,
    /// <summary>"hàng", "hằng" before a scale: an order of magnitude ("hàng nghìn").</summary>
    Hang = 1 << 14,
}

/// <summary>What the lexicon knows about one syllable.</summary>
internal readonly struct LexEntry(NumberRole roles, sbyte digit, double scale)
{
    public NumberRole Roles { get; } = roles;

    /// <summary>The digit value for digit words (0–9, "mười" 10), else -1.</summary>
    public sbyte Digit { get; } = digit;

    /// <summary>The multiplier of a scale word (1e3, 1e4, 1e6, 1e9), of "chục" (10) and "trăm" (100); else 0.</summary>
    public double Scale { get; } = scale;

    public bool Has(NumberRole role) => (Roles & role) != 0;
}

/// <summary>
/// Every syllable that the quantity and date grammars care about, with a small integer id. Keys are the lower-cased,
/// normalized (NFC, canonical tone placement) syllable text; a token is classified once, with one allocation-free
/// lookup (<see cref="Classify"/>), and the grammars then compare ids.
/// </summary>
internal static class ExtractionLexicon
{
    /// <summary>Tokens longer than this are never in the lexicon.</summary>
    public const int MaxKeyLength = 24;

    private static readonly Dictionary<string, ushort> s_building = new(StringComparer.Ordinal);
    private static readonly List<string> s_keys = [""];

    /// <summary>Syllables whose case matters: "m" (metre), "g" (gram), "h" (hour) — "5G", "M", "H" are not units.</summary>
    private static readonly string[] s_caseSensitive = ["m", "g", "h"];

    // Number words: (syllable, roles, digit value, scale).
    private static readonly (string Word, NumberRole Roles, sbyte Digit, double Scale)[] s_numberWords =
    [
        ("không", NumberRole.Digit, 0, 0),
        ("một", NumberRole.Digit | NumberRole.TensUnit | NumberRole.TeenUnit | NumberRole.LinhUnit, 1, 0),
        ("mốt", NumberRole.TensUnit | NumberRole.TeenUnit, 1, 0),
        ("hai", NumberRole.Digit | NumberRole.TensUnit | NumberRole.TeenUnit | NumberRole.LinhUnit, 2, 0),
        ("ba", NumberRole.Digit | NumberRole.TensUnit | NumberRole.TeenUnit | NumberRole.LinhUnit, 3, 0),
        ("bốn", NumberRole.Digit | NumberRole.TensUnit | NumberRole.TeenUnit | NumberRole.LinhUnit, 4, 0),
        ("tư", NumberRole.TensUnit | NumberRole.TeenUnit | NumberRole.LinhUnit, 4, 0),
        ("năm", NumberRole.Digit | NumberRole.LinhUnit, 5, 0),
        ("lăm", NumberRole.TensUnit | NumberRole.TeenUnit, 5, 0),
        ("nhăm", NumberRole.TensUnit | NumberRole.TeenUnit, 5, 0),
        ("sáu", NumberRole.Digit | NumberRole.TensUnit | NumberRole.TeenUnit | NumberRole.LinhUnit, 6, 0),
        ("bảy", NumberRole.Digit | NumberRole.TensUnit | NumberRole.TeenUnit | NumberRole.LinhUnit, 7, 0),
        ("bẩy", NumberRole.Digit | NumberRole.TensUnit | NumberRole.TeenUnit | NumberRole.LinhUnit, 7, 0),
        ("tám", NumberRole.Digit | NumberRole.TensUnit | NumberRole.TeenUnit | NumberRole.LinhUnit, 8, 0),
        ("chín", NumberRole.Digit | NumberRole.TensUnit | NumberRole.TeenUnit | NumberRole.LinhUnit, 9, 0),
        ("mười", NumberRole.Muoi10, 10, 0),
        ("mươi", NumberRole.Muoi, -1, 0),
        ("trăm", NumberRole.Tram, -1, 100),
        ("linh", NumberRole.Linh, -1, 0),
        ("lẻ", NumberRole.Linh, -1, 0),
        ("chục", NumberRole.Chuc, -1, 10),
        ("nghìn", NumberRole.Scale, -1, 1e3),
        ("ngàn", NumberRole.Scale, -1, 1e3),
        ("vạn", NumberRole.Scale, -1, 1e4),
        ("triệu", NumberRole.Scale, -1, 1e6),
        ("tỷ", NumberRole.Scale, -1, 1e9),
        ("tỉ", NumberRole.Scale, -1, 1e9),
        ("nửa", NumberRole.Nua, -1, 0),
        ("rưỡi", NumberRole.Ruoi, -1, 0),
        ("phẩy", NumberRole.Phay, -1, 0),
        ("vài", NumberRole.Several, -1, 0),
        ("mấy", NumberRole.Several, -1, 0),
        ("hàng", NumberRole.Hang, -1, 0),
        ("hằng", NumberRole.Hang, -1, 0),
    ];

    private static readonly FrozenDictionary<string, ushort> s_ids;
    private static readonly FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> s_lookup;
    private static readonly LexEntry[] s_entries;
    private static readonly bool[] s_caseSensitiveIds;

    // A filter in front of the dictionary: for each key length, which first and which last characters (lower case,
    // modulo 64) occur. Most news tokens fail it and are never lower-cased or hashed.
    private static readonly ulong[] s_firstChars;
    private static readonly ulong[] s_lastChars;

#pragma warning disable CA1810 // the tables are built in order: every phrase table registers its syllables first
    static ExtractionLexicon()
    {
        foreach (var (word, _, _, _) in s_numberWords)
            Register(word);
        foreach (string word in WordList.All)
            Register(word);
        foreach (string phrase in UnitData.Phrases)
            RegisterPhrase(phrase);
        foreach (string word in UnitData.Words)
            Register(word);
        foreach (string phrase in ModifierData.Phrases)
            RegisterPhrase(phrase);
        foreach (string phrase in DateData.VaguePhrases)
            RegisterPhrase(phrase);

        s_ids = s_building.ToFrozenDictionary(StringComparer.Ordinal);
        s_lookup = s_ids.GetAlternateLookup<ReadOnlySpan<char>>();
        s_entries = new LexEntry[s_keys.Count];
        for (int i = 0; i < s_entries.Length; i++)
            s_entries[i] = new LexEntry(NumberRole.None, -1, 0);
        foreach (var (word, roles, digit, scale) in s_numberWords)
            s_entries[s_building[Key(word)]] = new LexEntry(roles, digit, scale);
        s_caseSensitiveIds = new bool[s_keys.Count];
        foreach (string word in s_caseSensitive)
            s_caseSensitiveIds[s_building[word]] = true;
        s_firstChars = new ulong[MaxKeyLength + 1];
        s_lastChars = new ulong[MaxKeyLength + 1];
        foreach (string key in s_keys)
        {
            if (key.Length == 0)
                continue;
            s_firstChars[key.Length] |= 1UL << (key[0] & 63);
            s_lastChars[key.Length] |= 1UL << (key[^1] & 63);
        }
    }
#pragma warning restore CA1810

    /// <summary>Number of ids, including 0 (not in the lexicon).</summary>
    public static int Count => s_entries.Length;

    /// <summary>The id of a syllable given in any case and form; 0 when it is not in the lexicon.</summary>
    public static ushort Id(string syllable) => s_ids.TryGetValue(Key(syllable), out ushort id) ? id : (ushort)0;

    /// <summary>The lower-cased key of an id (for diagnostics and tests).</summary>
    public static string KeyOf(ushort id) => s_keys[id];

    /// <summary>The entry of an id.</summary>
    public static ref readonly LexEntry Entry(ushort id) => ref s_entries[id];

    /// <summary>
    /// The id of a normalized token's text, case-insensitively (except for <see cref="s_caseSensitive"/>); 0 when the
    /// token is not in the lexicon. A token whose first and last letters are lower case is looked up as it is, and
    /// lower-cased only when that fails and it holds an ASCII capital ("mAh", "kWh"). Allocates nothing.
    /// </summary>
    public static ushort Classify(ReadOnlySpan<char> normalized)
    {
        if (normalized.IsEmpty || normalized.Length > MaxKeyLength)
            return 0;
        if ((s_firstChars[normalized.Length] & (1UL << (char.ToLowerInvariant(normalized[0]) & 63))) == 0 ||
            (s_lastChars[normalized.Length] & (1UL << (char.ToLowerInvariant(normalized[^1]) & 63))) == 0)
            return 0;
        // Most syllables are written in lower case: look them up as they are, and lower-case only the others.
        // A capital inside ("mAh", "kWh") is looked up lower-cased too.
        if (!char.IsUpper(normalized[0]) && !char.IsUpper(normalized[^1]) &&
            (s_lookup.TryGetValue(normalized, out ushort direct) || !normalized.ContainsAnyInRange('A', 'Z')))
            return direct;
        Span<char> buffer = stackalloc char[MaxKeyLength];
        int n = normalized.ToLowerInvariant(buffer);
        if (n <= 0)
            return 0;
        ReadOnlySpan<char> key = buffer[..n];
        if (!s_lookup.TryGetValue(key, out ushort id) || s_caseSensitiveIds[id])
            return 0;
        return id;
    }

    /// <summary>Splits a phrase ("ki lô mét vuông") into the ids of its syllables.</summary>
    public static ushort[] IdsOf(string phrase)
    {
        string[] parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ids = new ushort[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            ids[i] = Id(parts[i]);
            if (ids[i] == 0)
                throw new InvalidOperationException($"The syllable '{parts[i]}' of '{phrase}' is not registered.");
        }
        return ids;
    }

    private static string Key(string syllable) => VietnameseNormalizer.Canonicalize(syllable).ToLowerInvariant();

    private static void Register(string syllable)
    {
        string key = Key(syllable);
        if (key.Length == 0 || key.Length > MaxKeyLength || s_building.ContainsKey(key))
            return;
        s_building.Add(key, checked((ushort)s_keys.Count));
        s_keys.Add(key);
    }

    private static void RegisterPhrase(string phrase)
    {
        foreach (string part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            Register(part);
    }
}
