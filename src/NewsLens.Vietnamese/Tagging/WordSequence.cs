using NewsLens.Learning;
using NewsLens.Text.Encodings;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Vietnamese.Tagging;

/// <summary>
/// One sentence's words prepared for the tagger: per word the hash of its lower-cased form, of its first and last
/// syllable and its last two letters, its shape, its tag-dictionary class and its Brown cluster. Reused between
/// sentences (arrays grow, never shrink), so steady-state tagging allocates nothing. Not thread-safe: one instance
/// per thread.
/// </summary>
internal sealed class WordSequence
{
    private const int StackLimit = 128;
    private readonly WordShapeCache _shapes = new();

    public ulong[] Hash = new ulong[64];
    public ulong[] CaseHash = new ulong[64];
    public ulong[] First = new ulong[64];
    public ulong[] Last = new ulong[64];
    public ulong[] Suffix = new ulong[64];
    public ulong[] Ambiguity = new ulong[64];
    public ClusterPath[] Cluster = new ClusterPath[64];
    public ushort[] Shape = new ushort[64];

    /// <summary>Number of words.</summary>
    public int Length { get; private set; }

    /// <summary>Starts a sentence of <paramref name="length"/> words.</summary>
    public void Reset(int length)
    {
        if (Hash.Length < length)
        {
            int size = Math.Max(length, Hash.Length * 2);
            Hash = new ulong[size];
            CaseHash = new ulong[size];
            First = new ulong[size];
            Last = new ulong[size];
            Suffix = new ulong[size];
            Ambiguity = new ulong[size];
            Cluster = new ClusterPath[size];
            Shape = new ushort[size];
        }
        Length = length;
    }

    /// <summary>
    /// Sets word <paramref name="i"/> from its normalized text (syllables separated by whitespace) and looks it up
    /// in <paramref name="dictionary"/>.
    /// </summary>
    public void Set(int i, ReadOnlySpan<char> word, TagDictionary dictionary, WordClusters clusters)
    {
        char[]? rented = null;
        Span<char> cased = word.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = new char[word.Length]);
        int n = WordKeys.Collapse(word, cased);
        cased = cased.Slice(0, n);
        ulong caseHash = FeatureHash.Of(cased);
        CaseHash[i] = caseHash;
        Shape[i] = _shapes.Of(cased, caseHash);
        bool upper = false;
        for (int k = 0; k < cased.Length; k++)
        {
            char lower = char.ToLowerInvariant(cased[k]);
            if (lower != cased[k])
            {
                cased[k] = lower;
                upper = true;
            }
        }
        ReadOnlySpan<char> lowered = cased;
        ulong hash = upper ? FeatureHash.Of(lowered) : caseHash;
        Hash[i] = hash;
        int firstSpace = lowered.IndexOf(' ');
        if (firstSpace < 0)
        {
            First[i] = hash;
            Last[i] = hash;
        }
        else
        {
            First[i] = FeatureHash.Of(lowered.Slice(0, firstSpace));
            Last[i] = FeatureHash.Of(lowered.Slice(lowered.LastIndexOf(' ') + 1));
        }
        Suffix[i] = lowered.Length >= 2 ? ((ulong)lowered[^2] << 16) | lowered[^1] : (ulong)(lowered.Length == 1 ? lowered[0] : 0);
        Ambiguity[i] = dictionary.Lookup(hash);
        // Numbers share one cluster key, as the clusters were trained (dates and times their own).
        ulong clusterKey = (Shape[i] & 0xFF) switch
        {
            WordShape.Number => lowered.IndexOfAny('/', '-') >= 0 ? WordClusters.DateKey : lowered.Contains(':') ? WordClusters.TimeKey : WordClusters.NumberKey,
            _ => hash,
        };
        clusters.TryGet(clusterKey, out Cluster[i]);
    }
}

/// <summary>
/// <see cref="WordShape.Of"/> (which checks every syllable's spelling) cached by the cased word's hash: a
/// direct-mapped table of 4,096 entries. One per thread (part of a per-thread scratch); not thread-safe.
/// </summary>
internal sealed class WordShapeCache
{
    private const int Size = 4096;
    private readonly ulong[] _keys = new ulong[Size];
    private readonly ushort[] _values = new ushort[Size];

    /// <summary>The shape of <paramref name="cased"/> (whitespace-collapsed), whose hash is <paramref name="casedHash"/>.</summary>
    public ushort Of(ReadOnlySpan<char> cased, ulong casedHash)
    {
        ulong key = casedHash | 1UL;
        int slot = (int)(key & (Size - 1));
        if (_keys[slot] == key)
            return _values[slot];
        ushort shape = WordShape.Of(cased);
        _keys[slot] = key;
        _values[slot] = shape;
        return shape;
    }
}

/// <summary>Word shapes for the tagger's features.</summary>
internal static class WordShape
{
    public const int Lower = 0, Capitalized = 1, AllSyllablesCapitalized = 2, MixedCase = 3, AllCaps = 4,
        Number = 5, DigitsAndLetters = 6, Punctuation = 7, Other = 8;

    /// <summary>
    /// The shape of a (whitespace-collapsed, cased) word: a class in the low byte (the constants above), the
    /// syllable count (capped at 4) in bits 8–10 and bit 11 when a letter syllable is not a valid Vietnamese
    /// syllable (a foreign name or word).
    /// </summary>
    public static ushort Of(ReadOnlySpan<char> word)
    {
        int letters = 0, digits = 0, uppers = 0, others = 0, syllables = 1, capitalizedSyllables = 0;
        bool foreign = false, atSyllableStart = true;
        int syllableStart = 0;
        for (int k = 0; k <= word.Length; k++)
        {
            if (k == word.Length || word[k] == ' ')
            {
                ReadOnlySpan<char> syl = word.Slice(syllableStart, k - syllableStart);
                if (!foreign && syl.Length > 0 && HasLetter(syl) && !VietnameseSyllable.IsValid(syl))
                    foreign = true;
                if (k < word.Length)
                    syllables++;
                syllableStart = k + 1;
                atSyllableStart = true;
                continue;
            }
            char c = word[k];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    uppers++;
                    if (atSyllableStart)
                        capitalizedSyllables++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is not ('.' or ',' or '-' or '/' or ':' or '%'))
            {
                others++;
            }
            atSyllableStart = false;
        }
        int cls;
        if (letters == 0 && digits > 0)
            cls = Number;
        else if (letters > 0 && digits > 0)
            cls = DigitsAndLetters;
        else if (letters == 0)
            cls = PosTagset.IsPunctuationWord(word) ? Punctuation : Other;
        else if (uppers == 0)
            cls = Lower;
        else if (uppers == letters && letters >= 2)
            cls = AllCaps;
        else if (capitalizedSyllables == syllables)
            cls = syllables == 1 ? Capitalized : AllSyllablesCapitalized;
        else if (capitalizedSyllables == 1 && char.IsUpper(word[0]))
            cls = Capitalized;
        else
            cls = MixedCase;
        _ = others;
        return (ushort)(cls | (Math.Min(syllables, 4) << 8) | (foreign ? 1 << 11 : 0));
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c))
                return true;
        }
        return false;
    }
}
