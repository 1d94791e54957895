using NewsLens.Core;
using NewsLens.Extraction.Quotes;

namespace NewsLens.Extraction.Entities;

/// <summary>
/// Finds the entities of one article and groups their mentions. Names come from the NER layer
/// (<see cref="Layers.Entities"/>) when present; otherwise from rules: a title or honorific followed by
/// capitalized syllables ("Bộ trưởng Quốc phòng Mỹ Lloyd Austin", "ông Austin"), an organization head followed by
/// capitalized syllables ("Bộ Ngoại giao Bulgaria"), a known place, or any other capitalized run that is not a
/// sentence-initial common word. Titles before a name and appositions after it (", Phó Chủ tịch UBND huyện …,")
/// attach to the person. Mentions group when one's syllables are a contiguous part of the other's ("Zelensky" of
/// "Volodymyr Zelensky"), compared case-insensitively on the normalized text.
/// </summary>
internal static class EntityRecognizer
{
    internal readonly record struct Candidate(int First, int End, EntityType Type, int TitleFirst, int TitleEnd, int AppFirst, int AppEnd);

    public static EntityLayer Recognize(Document document)
    {
        var t = new TokenText(document);
        var candidates = new List<Candidate>();
        var titleOnly = new List<(int First, int End)>();
        SpanLayer? ner = document.Find(Layers.Entities);
        if (ner is not null)
            FromNer(t, ner, candidates);
        else
            FromRules(t, candidates, titleOnly);
        AttachTitles(t, candidates, titleOnly);
        return Group(t, candidates, titleOnly);
    }

    private static void FromNer(TokenText t, SpanLayer ner, List<Candidate> candidates)
    {
        for (int i = 0; i < ner.Count; i++)
        {
            var (first, count) = ner.TokenRange(i);
            EntityType type = ner.LabelName(i) switch
            {
                "PER" => EntityType.Person,
                "ORG" => EntityType.Organization,
                "LOC" => EntityType.Location,
                _ => EntityType.Misc,
            };
            if (count > 0 && first + count <= t.Count)
                candidates.Add(new Candidate(first, first + count, type, -1, -1, -1, -1));
        }
    }

    private static readonly PhraseSet Locatives = new(["tại", "ở", "từ", "tới", "đến", "sang", "khỏi", "về", "qua", "quanh"]);

    private static bool IsAcronym(TokenText t, int i)
    {
        ReadOnlySpan<char> s = t.Norm(i);
        if (s.Length < 2)
            return false;
        foreach (char c in s)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
                return false;
        }
        return true;
    }

    /// <summary>One past the capitalized run starting at i ("Seth G. Jones", "Moon Sang-gyun").</summary>
    private static int CapRun(TokenText t, int i, int end)
    {
        int k = i;
        while (k < end)
        {
            if (t.IsCap(k))
                k++;
            else if (k > i && t.IsPunct(k, '-') && t.Touches(k) && t.Touches(k + 1) && t.Kind(k + 1) == Core.TokenKind.Word && k + 1 < end)
                k += 2;
            else
                break;
        }
        return k;
    }

    /// <summary>One past a title's complement: capitalized words, and admin words before a capitalized word ("Quốc phòng Mỹ", "UBND tỉnh Hà Tĩnh").</summary>
    private static int Complement(TokenText t, int j, int end)
    {
        int k = j;
        while (k < end)
        {
            if (t.IsCap(k))
            {
                k++;
                if (k < end && !t.IsCap(k) && t.Kind(k) == Core.TokenKind.Word && !t.IsForeign(k - 1)
                    && ((t.IsCap(k + 1) && k + 1 < end) || (t.Is(k + 1, "và") && t.IsCap(k + 2) && k + 2 < end)
                        || k + 1 >= end || t.Kind(k + 1) is Core.TokenKind.Punctuation or Core.TokenKind.Quote))
                    k++;
                continue;
            }
            int n = EntityWords.AdminWords.Match(t, k, end);
            if (n > 0 && t.IsCap(k + n))
            {
                k += n;
                continue;
            }
            break;
        }
        return k;
    }

    /// <summary>Where the name starts inside the capitalized run [j, k) after a title, or k when there is no name.</summary>
    private static int NameStart(TokenText t, int j, int k)
    {
        for (int s = j; s < k; s++)
        {
            if (k - s < 2 || k - s > 4)
                continue;
            if (EntityWords.Surnames.Match(t, s, k) != 1)
                continue;
            bool vietnamese = true;
            for (int x = s; x < k && vietnamese; x++)
                vietnamese = t.IsCap(x) && !t.IsForeign(x) && EntityWords.Places.Match(t, x, k) == 0;
            if (vietnamese)
                return s;
        }
        int b = k;
        while (b > j && (t.IsForeign(b - 1) || (t.IsPunct(b - 1, '-') && b - 1 > j)) && !IsAcronym(t, b - 1) && EntityWords.Places.MatchEndingAt(t, b, j) == 0)
            b--;
        // A Vietnamese given name standing alone after a rank ("Thượng úy Hồng") or a single capitalized word after a title.
        if (b == k && k - j == 1 && !IsAcronym(t, j) && EntityWords.Places.Match(t, j, k) == 0 && EntityWords.OrganizationHeads.Match(t, j, k) == 0)
            b = j;
        return b;
    }

    private static void FromRules(TokenText t, List<Candidate> candidates, List<(int, int)> titleOnly)
    {
        foreach (Sentence s in t.Sentences.All)
        {
            int end = s.EndToken;
            int i = s.FirstToken;
            while (i < end)
            {
                bool clauseStart = i == s.FirstToken || t.Kind(i - 1) == Core.TokenKind.Quote || t.IsPunct(i - 1, ':') || t.IsPunct(i - 1, '(');
                int tl = EntityWords.Titles.Match(t, i, end);
                if (tl > 0)
                {
                    int j = i + tl;
                    int k = Complement(t, j, end);
                    int ns = NameStart(t, j, k);
                    if (ns < k)
                    {
                        candidates.Add(new Candidate(ns, k, EntityType.Person, i, ns, -1, -1));
                        i = k;
                        continue;
                    }
                    if (t.IsCap(i) || k > j)
                        titleOnly.Add((i, k));
                    i = Math.Max(k, j);
                    continue;
                }
                int hl = EntityWords.Honorifics.Match(t, i, end);
                if (hl > 0 && t.IsCap(i + hl) && i + hl < end && EntityWords.NotNames.Match(t, i + hl, end) == 0)
                {
                    int k = CapRun(t, i + hl, end);
                    int pl = EntityWords.Places.Match(t, i + hl, end);
                    if (pl == 0 || pl < k - (i + hl))
                    {
                        candidates.Add(new Candidate(i + hl, k, EntityType.Person, -1, -1, -1, -1));
                        i = k;
                        continue;
                    }
                }
                if (t.IsCap(i))
                {
                    int ol = EntityWords.OrganizationHeads.Match(t, i, end);
                    if (ol > 0)
                    {
                        int k = Complement(t, i + ol, end);
                        bool wholeName = ol >= 2 && t.IsCap(i + ol - 1);
                        if (k > i + ol || wholeName)
                        {
                            candidates.Add(new Candidate(i, k, EntityType.Organization, -1, -1, -1, -1));
                            i = k;
                            continue;
                        }
                    }
                    int pl = EntityWords.Places.Match(t, i, end);
                    if (pl > 0 && !t.IsCap(i + pl))
                    {
                        candidates.Add(new Candidate(i, i + pl, EntityType.Location, -1, -1, -1, -1));
                        i += pl;
                        continue;
                    }
                    int r = CapRun(t, i, end);
                    if (clauseStart && EntityWords.NotNames.Match(t, i, r) > 0 && !t.IsForeign(i))
                    {
                        i++;
                        continue;
                    }
                    if (r - i == 1 && clauseStart && !t.IsForeign(i))
                    {
                        i++;
                        continue;
                    }
                    if (r - i == 1 && !t.IsForeign(i) && EntityWords.Places.Match(t, i, r) == 0)
                    {
                        // A lone capitalized Vietnamese syllable is the head of a common phrase ("Đồng bằng", "Chính phủ", "miền Tây").
                        i++;
                        continue;
                    }
                    EntityType type = EntityType.Misc;
                    if (r - i == 1 && IsAcronym(t, i))
                        type = EntityType.Organization;
                    else if (EntityWords.Places.Match(t, i, r) == r - i)
                        type = EntityType.Location;
                    else if (i > s.FirstToken && Locatives.Match(t, i - 1, i) == 1)
                        type = EntityType.Location; // "tại Kuala Lumpur", "từ Amsterdam"
                    else if ((t.IsForeign(i) && r - i >= 2 && !IsAcronym(t, i)) || (EntityWords.Surnames.Match(t, i, r) == 1 && r - i >= 2 && r - i <= 4))
                        type = EntityType.Person;
                    candidates.Add(new Candidate(i, r, type, -1, -1, -1, -1));
                    i = r;
                    continue;
                }
                i++;
            }
        }
    }

    private static void AttachTitles(TokenText t, List<Candidate> candidates, List<(int First, int End)> titleOnly)
    {
        for (int c = 0; c < candidates.Count; c++)
        {
            Candidate cand = candidates[c];
            if (cand.Type is not (EntityType.Person or EntityType.Misc))
                continue;
            int sentenceEnd = t.Sentences[t.SentenceOf(cand.First)].EndToken;
            int sentenceStart = t.Sentences[t.SentenceOf(cand.First)].FirstToken;
            // Title before, for names from NER ("Bộ trưởng Quốc phòng Mỹ" + "Lloyd Austin").
            if (cand.TitleFirst < 0)
            {
                int b = cand.First;
                int hl = EntityWords.Honorifics.MatchEndingAt(t, b, sentenceStart);
                if (hl > 0)
                    b -= hl;
                for (int p = Math.Max(sentenceStart, b - 8); p < b; p++)
                {
                    int tl = EntityWords.Titles.Match(t, p, b);
                    if (tl > 0 && Complement(t, p + tl, b) == b)
                    {
                        cand = cand with { TitleFirst = p, TitleEnd = b - hl };
                        break;
                    }
                }
            }
            // A title-only phrase, a comma, then this name ("Ngoại trưởng Indonesia, bà Retno Marsudi").
            foreach (var (f, e) in titleOnly)
            {
                int gap = cand.First - e;
                if (gap >= 1 && gap <= 3 && t.IsPunct(e, ','))
                {
                    cand = cand with { TitleFirst = f, TitleEnd = e };
                    break;
                }
            }
            // Apposition after: ", một quan chức hải quân Indonesia," / ", Phó Chủ tịch UBND huyện Chương Mỹ (Hà Nội) cho biết".
            int a = cand.End;
            if (a < sentenceEnd && t.IsPunct(a, ','))
            {
                int p = a + 1;
                int one = t.Is(p, "một") || t.Is(p, "là") ? 1 : 0;
                if (EntityWords.Titles.Match(t, p + one, sentenceEnd) > 0 || (t.IsCap(p) && EntityWords.Titles.Match(t, p, sentenceEnd) > 0))
                {
                    int q = p;
                    while (q < sentenceEnd && q - p < 18 && !t.IsPunct(q, ',') && !t.IsPunct(q, '.') && !t.IsPunct(q, ':')
                           && t.Kind(q) != Core.TokenKind.Quote && QuoteCues.Speech.Match(t, q, sentenceEnd) == 0)
                        q++;
                    if (q > p)
                        cand = cand with { AppFirst = p, AppEnd = q };
                }
            }
            candidates[c] = cand;
        }
    }

    private static bool SameTokens(TokenText t, int a, int b, int n)
    {
        for (int k = 0; k < n; k++)
        {
            if (!t.Low(a + k).SequenceEqual(t.Low(b + k)))
                return false;
        }
        return true;
    }

    /// <summary>True when tokens [f1, e1) occur contiguously inside [f2, e2).</summary>
    private static bool Inside(TokenText t, int f1, int e1, int f2, int e2)
    {
        int n = e1 - f1;
        for (int s = f2; s + n <= e2; s++)
        {
            if (SameTokens(t, f1, s, n))
                return true;
        }
        return false;
    }

    private static bool Compatible(EntityType a, EntityType b) => a == b || a == EntityType.Misc || b == EntityType.Misc;

    private sealed class EntityGroup
    {
        public EntityType Type;
        public int Best;
        public readonly List<int> Members = [];
        public readonly List<(int First, int End)> Titles = [];
    }

    private static EntityLayer Group(TokenText t, List<Candidate> candidates, List<(int First, int End)> titleOnly)
    {
        var groups = new List<EntityGroup>();
        var groupOf = new int[candidates.Count];
        for (int c = 0; c < candidates.Count; c++)
        {
            Candidate cand = candidates[c];
            int found = -1;
            for (int g = groups.Count - 1; g >= 0 && found < 0; g--)
            {
                Candidate best = candidates[groups[g].Best];
                if (!Compatible(groups[g].Type, cand.Type))
                    continue;
                if (Inside(t, cand.First, cand.End, best.First, best.End) || Inside(t, best.First, best.End, cand.First, cand.End))
                    found = g;
            }
            if (found < 0)
            {
                found = groups.Count;
                groups.Add(new EntityGroup { Type = cand.Type, Best = c });
            }
            EntityGroup group = groups[found];
            group.Members.Add(c);
            if (group.Type == EntityType.Misc)
                group.Type = cand.Type;
            if (cand.End - cand.First > candidates[group.Best].End - candidates[group.Best].First)
                group.Best = c;
            if (cand.TitleFirst >= 0 && cand.TitleEnd > cand.TitleFirst)
                AddTitle(t, group, cand.TitleFirst, cand.TitleEnd);
            if (cand.AppFirst >= 0)
                AddTitle(t, group, cand.AppFirst, cand.AppEnd);
            groupOf[c] = found;
        }

        var mentions = new List<EntityMention>(candidates.Count);
        for (int c = 0; c < candidates.Count; c++)
            mentions.Add(new EntityMention(t.Span(candidates[c].First, candidates[c].End), candidates[c].First, candidates[c].End - candidates[c].First, groupOf[c], MentionKind.Name));
        // A title standing alone for a person named before ("Ngoại trưởng Ukraine nói thêm").
        foreach (var (f, e) in titleOnly)
        {
            int g = FindByTitle(t, groups, f, e, t.Start(f));
            if (g >= 0)
                mentions.Add(new EntityMention(t.Span(f, e), f, e - f, g, MentionKind.Title));
        }
        mentions.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));
        var kept = new List<EntityMention>(mentions.Count);
        foreach (EntityMention m in mentions)
        {
            if (kept.Count > 0 && m.FirstToken < kept[^1].EndToken)
                continue;
            kept.Add(m);
        }
        var entities = new DocumentEntity[groups.Count];
        var members = new List<int>[groups.Count];
        for (int g = 0; g < groups.Count; g++)
            members[g] = [];
        for (int m = 0; m < kept.Count; m++)
            members[kept[m].Entity].Add(m);
        for (int g = 0; g < groups.Count; g++)
        {
            Candidate best = candidates[groups[g].Best];
            var titles = new TextSpan[groups[g].Titles.Count];
            for (int k = 0; k < titles.Length; k++)
                titles[k] = t.Span(groups[g].Titles[k].First, groups[g].Titles[k].End);
            entities[g] = new DocumentEntity(g, groups[g].Type, t.Span(best.First, best.End), [.. members[g]], titles);
        }
        return new EntityLayer([.. kept], entities);
    }

    private static void AddTitle(TokenText t, EntityGroup group, int first, int end)
    {
        foreach (var (f, e) in group.Titles)
        {
            if (e - f == end - first && SameTokens(t, f, first, end - first))
                return;
        }
        group.Titles.Add((first, end));
    }

    /// <summary>The latest group named before <paramref name="before"/> with a title that starts like tokens [f, e), or -1.</summary>
    private static int FindByTitle(TokenText t, List<EntityGroup> groups, int f, int e, int before)
    {
        for (int g = groups.Count - 1; g >= 0; g--)
        {
            foreach (var (tf, te) in groups[g].Titles)
            {
                if (t.Start(tf) >= before)
                    continue;
                int n = Math.Min(e - f, te - tf);
                if (n >= 2 && SameTokens(t, f, tf, n))
                    return g;
            }
        }
        return -1;
    }
}
