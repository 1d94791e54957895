namespace NewsLens.Extraction.Lexicon;

/// <summary>
/// Multi-syllable phrases ("ki lô mét vuông", "ít nhất", "đô la Mỹ") keyed by their first syllable's id, matched
/// longest first. A hyphen written without spaces between two syllables is skipped ("ki-lô-mét", "đô-la").
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Entry[]?[] _byFirst;

    private readonly record struct Entry(ushort[] Ids, T Value);

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var groups = new Dictionary<ushort, List<Entry>>();
        foreach (var (phrase, value) in phrases)
        {
            ushort[] ids = ExtractionLexicon.IdsOf(phrase);
            if (!groups.TryGetValue(ids[0], out List<Entry>? list))
                groups[ids[0]] = list = [];
            list.Add(new Entry(ids, value));
        }
        _byFirst = new Entry[]?[ExtractionLexicon.Count];
        foreach (var (first, list) in groups)
        {
            list.Sort(static (a, b) => b.Ids.Length.CompareTo(a.Ids.Length));
            _byFirst[first] = [.. list];
        }
    }

    /// <summary>True when some phrase starts with <paramref name="id"/>.</summary>
    public bool Starts(ushort id) => _byFirst[id] is not null;

    /// <summary>Matches the longest phrase starting at token <paramref name="i"/>; <paramref name="end"/> is one past its last token.</summary>
    public bool TryMatch(in TokenView tokens, int i, out T value, out int end)
    {
        Entry[]? candidates = _byFirst[tokens.Id(i)];
        if (candidates is not null)
        {
            foreach (Entry candidate in candidates)
            {
                int j = i + 1;
                int k = 1;
                for (; k < candidate.Ids.Length; k++)
                {
                    if (tokens.Is(j, Words.Hyphen) && tokens.Touches(j) && tokens.Touches(j + 1))
                        j++;
                    if (tokens.Id(j) != candidate.Ids[k])
                        break;
                    j++;
                }
                if (k == candidate.Ids.Length)
                {
                    value = candidate.Value;
                    end = j;
                    return true;
                }
            }
        }
        value = default!;
        end = i;
        return false;
    }
}
