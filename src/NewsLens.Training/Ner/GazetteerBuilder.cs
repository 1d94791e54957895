using System.Text.Json;
using NewsLens.Text.Normalization;
using NewsLens.Vietnamese.Ner;

namespace NewsLens.Training.Ner;

/// <summary>
/// Builds the <see cref="NerLexicon"/> from the gazetteers in the data folder (names-vietnamese,
/// gazetteer-cldr-isocodes-vi, gazetteer-vn-admin-units) and the word lists of <see cref="NerWords"/>. Missing
/// files are skipped and reported.
/// </summary>
public static class GazetteerBuilder
{
    /// <summary>Builds the lexicon; <paramref name="report"/> receives one line per source read or missing.</summary>
    public static NerLexicon Build(string dataRoot, Action<string>? report = null)
    {
        ArgumentNullException.ThrowIfNull(dataRoot);
        var entries = new List<(string, NerLexiconCategory)>();
        void Add(IEnumerable<string> phrases, NerLexiconCategory category)
        {
            foreach (string p in phrases)
            {
                string t = p.Trim();
                if (t.Length > 0)
                    entries.Add((VietnameseNormalizer.Canonicalize(t), category));
            }
        }
        IEnumerable<string> Lines(string relative)
        {
            string path = Path.Combine(dataRoot, relative);
            if (!File.Exists(path))
            {
                report?.Invoke($"gazetteer {relative}: missing, skipped");
                return [];
            }
            string[] lines = File.ReadAllLines(path);
            report?.Invoke($"gazetteer {relative}: {lines.Length} lines");
            return lines;
        }
        IEnumerable<string> Column(string relative, params int[] columns) =>
            Lines(relative).Skip(1).Select(l => l.Split('\t')).SelectMany(c => columns.Where(k => k < c.Length).Select(k => c[k]));

        Add(NerWords.FamilyNames, NerLexiconCategory.FamilyName);
        foreach (string file in new[] { "boy.txt", "girl.txt", "boy_one_word.txt", "girl_one_word.txt" })
            Add(Lines(Path.Combine("names-vietnamese", file)), NerLexiconCategory.GivenName);
        Add(NerWords.CountryAliases, NerLexiconCategory.Country);
        Add(Column("gazetteer-cldr-isocodes-vi/territories_vi.tsv", 1, 2), NerLexiconCategory.Country);
        Add(Column("gazetteer-cldr-isocodes-vi/iso3166-1_vi_isocodes.tsv", 2, 3, 5), NerLexiconCategory.Country);
        Add(Column("gazetteer-cldr-isocodes-vi/exemplar_cities_vi.tsv", 1, 2), NerLexiconCategory.City);
        Add(Column("gazetteer-cldr-isocodes-vi/subdivisions_vi.tsv", 1), NerLexiconCategory.Subdivision);
        AddAdminUnits(dataRoot, entries, report);
        Add(NerWords.PersonTriggers, NerLexiconCategory.PersonTrigger);
        Add(NerWords.LocationTriggers, NerLexiconCategory.LocationTrigger);
        Add(NerWords.OrganizationTriggers, NerLexiconCategory.OrganizationTrigger);
        Add(NerWords.OrganizationSuffixes, NerLexiconCategory.OrganizationSuffix);
        return NerLexicon.Create(entries);
    }

    private static void AddAdminUnits(string dataRoot, List<(string, NerLexiconCategory)> entries, Action<string>? report)
    {
        foreach (string file in new[] { "vn_units_pre2025_63provinces_simplified.json", "vn_units_2025_reform_full.json" })
        {
            string path = Path.Combine(dataRoot, "gazetteer-vn-admin-units", file);
            if (!File.Exists(path))
            {
                report?.Invoke($"gazetteer {file}: missing, skipped");
                continue;
            }
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            int before = entries.Count;
            foreach (JsonElement province in doc.RootElement.EnumerateArray())
            {
                AddUnit(province, NerLexiconCategory.Province, entries);
                foreach (string districts in new[] { "District" })
                {
                    if (!province.TryGetProperty(districts, out JsonElement ds) || ds.ValueKind != JsonValueKind.Array)
                        continue;
                    foreach (JsonElement d in ds.EnumerateArray())
                    {
                        AddUnit(d, NerLexiconCategory.District, entries);
                        if (d.TryGetProperty("Ward", out JsonElement ws) && ws.ValueKind == JsonValueKind.Array)
                        {
                            foreach (JsonElement w in ws.EnumerateArray())
                                AddUnit(w, NerLexiconCategory.Ward, entries);
                        }
                    }
                }
                if (province.TryGetProperty("Wards", out JsonElement wards) && wards.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement w in wards.EnumerateArray())
                        AddUnit(w, NerLexiconCategory.Ward, entries);
                }
            }
            report?.Invoke($"gazetteer {file}: {entries.Count - before} names");
        }
    }

    private static void AddUnit(JsonElement unit, NerLexiconCategory category, List<(string, NerLexiconCategory)> entries)
    {
        if (unit.TryGetProperty("Name", out JsonElement name) && name.GetString() is { Length: > 0 } n && !char.IsAsciiDigit(n[0]))
            entries.Add((VietnameseNormalizer.Canonicalize(n), category));
    }
}
