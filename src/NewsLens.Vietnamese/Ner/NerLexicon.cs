using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using NewsLens.Learning;

namespace NewsLens.Vietnamese.Ner;

/// <summary>What a <see cref="NerLexicon"/> entry is: bits, several may be set on one entry.</summary>
[Flags]
public enum NerLexiconCategory : uint
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>A Vietnamese family name syllable ("Nguyễn").</summary>
    FamilyName = 1 << 0,
    /// <summary>A Vietnamese given name or given-name syllable ("Khang", "An Khang").</summary>
    GivenName = 1 << 1,
    /// <summary>A country or world region (CLDR, iso-codes, press aliases such as "Mỹ").</summary>
    Country = 1 << 2,
    /// <summary>A world city (CLDR exemplar cities).</summary>
    City = 1 << 3,
    /// <summary>A subdivision of a country outside Vietnam (ISO 3166-2 names in CLDR Vietnamese).</summary>
    Subdivision = 1 << 4,
    /// <summary>A Vietnamese province or city (before and after the 2025 reform).</summary>
    Province = 1 << 5,
    /// <summary>A Vietnamese district.</summary>
    District = 1 << 6,
    /// <summary>A Vietnamese ward or commune.</summary>
    Ward = 1 << 7,
    /// <summary>A word that often stands before a person's name: a title, a kinship term ("Tổng thống", "ông").</summary>
    PersonTrigger = 1 << 8,
    /// <summary>A word that often stands before a place name ("tỉnh", "thành phố", "sông").</summary>
    LocationTrigger = 1 << 9,
    /// <summary>A word that often begins an organization name ("Công ty", "Bộ", "Trung tâm").</summary>
    OrganizationTrigger = 1 << 10,
    /// <summary>A word that often ends or qualifies an organization name ("Group", "Corp", "JSC").</summary>
    OrganizationSuffix = 1 << 11,
    /// <summary>Set on every proper prefix of an entry, so that matching can stop as soon as no entry goes on.</summary>
    Prefix = 1u << 31,
}

/// <summary>
/// The gazetteers and trigger words of the NER tagger: sequences of lower-cased syllables mapped to
/// <see cref="NerLexiconCategory"/> bits. Entries are keyed by <see cref="KeyOf"/>, a fold of the syllables'
/// hashes, so a name matches whatever the word segmentation ("Hà Nội" one word or two). Immutable and thread-safe;
/// a copy travels inside the NER model.
/// </summary>
/// <remarks>
/// Binary layout (little-endian): magic "NERL", u16 layout version (1), u16 longest entry in syllables, i32 entry
/// count n, i32 reserved 0, then n ascending u64 keys and n u32 category masks.
/// </remarks>
public sealed class NerLexicon
{
    /// <summary>The name of the model's auxiliary blob that holds the lexicon.</summary>
    public const string BlobName = "ner-lexicon";

    /// <summary>The layout version <see cref="ToBytes"/> writes.</summary>
    public const ushort LayoutVersion = 1;

    /// <summary>The longest entry, in syllables, that the lexicon keeps.</summary>
    public const int MaxSyllables = 6;

    private const int HeaderSize = 16;
    private static ReadOnlySpan<byte> Magic => "NERL"u8;
    private const ulong Seed = 0x4E45524C_45584943;

    private readonly Dictionary<ulong, uint> _entries;
    private readonly ulong[] _keys;
    private readonly uint[] _values;

    private NerLexicon(ulong[] sortedKeys, uint[] values, int longest)
    {
        _keys = sortedKeys;
        _values = values;
        _entries = new Dictionary<ulong, uint>(sortedKeys.Length);
        for (int i = 0; i < sortedKeys.Length; i++)
            _entries[sortedKeys[i]] = values[i];
        Longest = longest;
    }

    /// <summary>The lexicon of nothing.</summary>
    public static NerLexicon Empty { get; } = new([], [], 0);

    /// <summary>Number of entries.</summary>
    public int Count => _keys.Length;

    /// <summary>The longest entry in syllables.</summary>
    public int Longest { get; }

    /// <summary>The hash of one lower-cased syllable (the unit <see cref="Extend"/> folds).</summary>
    public static ulong SyllableHash(ReadOnlySpan<char> lowerSyllable) => FeatureHash.Of(lowerSyllable);

    /// <summary>Extends a key by one syllable hash: <c>KeyOf("a b") = Extend(Extend(Start, h(a)), h(b))</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Extend(ulong key, ulong syllableHash) => FeatureHash.Combine(0x4E4C, key, syllableHash) | 1UL;

    /// <summary>The key before any syllable.</summary>
    public static ulong Start => Seed;

    /// <summary>The key of a phrase: its syllables (separated by whitespace or '_') lower-cased and folded.</summary>
    public static ulong KeyOf(ReadOnlySpan<char> phrase)
    {
        ulong key = Start;
        Span<char> buffer = stackalloc char[64];
        int n = 0;
        for (int i = 0; i <= phrase.Length; i++)
        {
            if (i == phrase.Length || phrase[i] == '_' || char.IsWhiteSpace(phrase[i]))
            {
                if (n > 0)
                    key = Extend(key, SyllableHash(buffer.Slice(0, n)));
                n = 0;
                continue;
            }
            if (n < buffer.Length)
                buffer[n++] = char.ToLowerInvariant(phrase[i]);
        }
        return key;
    }

    /// <summary>The categories of the entry with this key, or <see cref="NerLexiconCategory.None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public NerLexiconCategory Lookup(ulong key) => _entries.TryGetValue(key, out uint v) ? (NerLexiconCategory)v : NerLexiconCategory.None;

    /// <summary>The categories of a phrase.</summary>
    public NerLexiconCategory Lookup(ReadOnlySpan<char> phrase) => Lookup(KeyOf(phrase));

    /// <summary>Builds a lexicon from (phrase, category) pairs; a phrase listed twice gets the union of its categories.</summary>
    public static NerLexicon Create(IEnumerable<(string Phrase, NerLexiconCategory Category)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var map = new Dictionary<ulong, uint>();
        int longest = 0;
        foreach ((string phrase, NerLexiconCategory category) in entries)
        {
            int syllables = phrase.Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
            if (syllables == 0 || syllables > MaxSyllables)
                continue;
            longest = Math.Max(longest, syllables);
            ulong key = Start;
            int k = 0;
            foreach (string syllable in phrase.Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                key = Extend(key, SyllableHash(syllable.ToLowerInvariant()));
                if (++k < syllables)
                    map[key] = map.GetValueOrDefault(key) | (uint)NerLexiconCategory.Prefix;
            }
            map[key] = map.GetValueOrDefault(key) | (uint)category;
        }
        ulong[] keys = [.. map.Keys];
        Array.Sort(keys);
        var values = new uint[keys.Length];
        for (int i = 0; i < keys.Length; i++)
            values[i] = map[keys[i]];
        return new NerLexicon(keys, values, longest);
    }

    /// <summary>Serializes the lexicon (layout on the class).</summary>
    public byte[] ToBytes()
    {
        int n = _keys.Length;
        var bytes = new byte[HeaderSize + (12L * n)];
        Span<byte> b = bytes;
        Magic.CopyTo(b);
        BinaryPrimitives.WriteUInt16LittleEndian(b.Slice(4), LayoutVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(b.Slice(6), (ushort)Longest);
        BinaryPrimitives.WriteInt32LittleEndian(b.Slice(8), n);
        for (int i = 0; i < n; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(b.Slice(HeaderSize + (8 * i)), _keys[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(b.Slice(HeaderSize + (8 * n) + (4 * i)), _values[i]);
        }
        return bytes;
    }

    /// <summary>Reads a lexicon written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="InvalidDataException">When the bytes are not a lexicon of a known layout, or are corrupted.</exception>
    public static NerLexicon FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderSize || !bytes.Slice(0, 4).SequenceEqual(Magic))
            throw new InvalidDataException("The NER lexicon blob does not start with \"NERL\".");
        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(4));
        if (version != LayoutVersion)
            throw new InvalidDataException($"NER lexicon layout version {version} is not supported; this build reads version {LayoutVersion}.");
        int longest = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(6));
        int n = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(8));
        if (n < 0 || bytes.Length != HeaderSize + (12L * n) || longest > MaxSyllables)
            throw new InvalidDataException($"The NER lexicon blob is corrupted: {bytes.Length} bytes for {n} entries.");
        var keys = new ulong[n];
        var values = new uint[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(HeaderSize + (8 * i)));
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(HeaderSize + (8 * n) + (4 * i)));
            if (i > 0 && keys[i] <= keys[i - 1])
                throw new InvalidDataException($"The NER lexicon blob is corrupted: key {i} is not above key {i - 1}.");
        }
        return new NerLexicon(keys, values, longest);
    }
}
