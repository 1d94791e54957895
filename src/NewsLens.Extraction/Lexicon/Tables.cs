using NewsLens.Extraction.Quantities;

namespace NewsLens.Extraction.Lexicon;

/// <summary>The unit phrases of <see cref="UnitData"/>, compiled to ids.</summary>
internal static class Units
{
    private static readonly PhraseTable<UnitInfo> s_table =
        new(UnitData.Entries.Select(e => (e.Phrase, new UnitInfo(e.Code, e.Kind, e.Flags))));

    private static readonly UnitInfo?[] s_single = BuildSingle();

    /// <summary>Matches the longest unit phrase at token <paramref name="i"/> (a blocking phrase matches too: check <see cref="UnitInfo.IsBlock"/>).</summary>
    public static bool TryMatch(in TokenView tokens, int i, out UnitInfo unit, out int end) =>
        s_table.TryMatch(tokens, i, out unit, out end);

    /// <summary>True when a currency sign that may stand before a number ("$", "US$", "€") starts with this syllable.</summary>
    public static bool StartsSign(ushort id) => s_signStarts[id];

    private static readonly bool[] s_signStarts = BuildSignStarts();

    private static bool[] BuildSignStarts()
    {
        var starts = new bool[ExtractionLexicon.Count];
        foreach (var (phrase, _, _, flags) in UnitData.Entries)
        {
            if ((flags & UnitFlags.Prefix) != 0)
                starts[ExtractionLexicon.IdsOf(phrase)[0]] = true;
        }
        return starts;
    }

    /// <summary>The unit written as one syllable with this id ("kg", "%", "km²"), for a unit attached to digits ("15kg").</summary>
    public static bool TrySingle(ushort id, out UnitInfo unit)
    {
        UnitInfo? u = s_single[id];
        unit = u.GetValueOrDefault();
        return u.HasValue;
    }

    private static UnitInfo?[] BuildSingle()
    {
        var single = new UnitInfo?[ExtractionLexicon.Count];
        foreach (var (phrase, code, kind, flags) in UnitData.Entries)
        {
            if (phrase.Contains(' ', StringComparison.Ordinal))
                continue;
            single[ExtractionLexicon.Id(phrase)] = new UnitInfo(code, kind, flags);
        }
        return single;
    }
}

/// <summary>The approximation phrases of <see cref="ModifierData"/>, compiled to ids.</summary>
internal static class Modifiers
{
    private static readonly PhraseTable<QuantityModifier> s_prefix = new(ModifierData.Prefix);
    private static readonly PhraseTable<QuantityModifier> s_postfix = new(ModifierData.Postfix);

    /// <summary>True when a prefix modifier starts with this syllable.</summary>
    public static bool StartsPrefix(ushort id) => s_prefix.Starts(id);

    public static bool TryPrefix(in TokenView tokens, int i, out QuantityModifier modifier, out int end) =>
        s_prefix.TryMatch(tokens, i, out modifier, out end);

    public static bool TryPostfix(in TokenView tokens, int i, out QuantityModifier modifier, out int end) =>
        s_postfix.TryMatch(tokens, i, out modifier, out end);
}

/// <summary>The vague date phrases of <see cref="DateData"/>, compiled to ids.</summary>
internal static class VagueDates
{
    private static readonly PhraseTable<bool> s_table = new(DateData.VaguePhrases.Select(p => (p, true)));

    public static bool TryMatch(in TokenView tokens, int i, out int end) => s_table.TryMatch(tokens, i, out _, out end);

    /// <summary>True when a vague phrase starts with this syllable.</summary>
    public static bool Starts(ushort id) => s_table.Starts(id);
}
