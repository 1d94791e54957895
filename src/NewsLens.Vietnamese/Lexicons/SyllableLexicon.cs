using System.Numerics;
using NewsLens.Learning;

namespace NewsLens.Vietnamese.Lexicons;

/// <summary>
/// A set of multi-syllable words, stored as 64-bit hashes of their lower-cased, normalized syllables, with every
/// proper prefix marked so that a longest-match scan stops as soon as no word can continue. Lookups allocate
/// nothing. Immutable and thread-safe.
/// </summary>
public sealed class SyllableLexicon
{
    /// <summary>The flag of a complete word.</summary>
    public const byte WordFlag = 1;

    /// <summary>The flag of a proper prefix of some word.</summary>
    public const byte PrefixFlag = 2;

    /// <summary>The bits above <see cref="PrefixFlag"/> tell which word lists a word came from (up to six lists).</summary>
    public const byte SourceMask = 0b1111_1100;

    /// <summary>The most word lists whose membership is kept apart.</summary>
    public const int MaxSources = 6;

    private const int SequenceTemplate = 0x5EC;
    private readonly ulong[] _keys;
    private readonly byte[] _flags;
    private readonly int _mask;

    private SyllableLexicon(ulong[] keys, byte[] flags, int maxSyllables, int words)
    {
        _keys = keys;
        _flags = flags;
        _mask = keys.Length - 1;
        MaxSyllables = maxSyllables;
        WordCount = words;
    }

    /// <summary>The longest word, in syllables.</summary>
    public int MaxSyllables { get; }

    /// <summary>Number of words.</summary>
    public int WordCount { get; }

    /// <summary>The empty lexicon.</summary>
    public static SyllableLexicon Empty { get; } = Build([], 0);

    /// <summary>The hash of a sequence that continues <paramref name="prefix"/> with a syllable hash. Start from 0.</summary>
    public static ulong Extend(ulong prefix, ulong syllableHash) => FeatureHash.Combine(SequenceTemplate, prefix, syllableHash);

    /// <summary>The hash of a whole syllable sequence (given as syllable hashes).</summary>
    public static ulong HashOf(ReadOnlySpan<ulong> syllableHashes)
    {
        ulong h = 0;
        foreach (ulong s in syllableHashes)
            h = Extend(h, s);
        return h;
    }

    /// <summary>Builds a lexicon from (sequence hash, flags) entries, as <see cref="ToEntries"/> returns them.</summary>
    public static SyllableLexicon Build(IReadOnlyList<(ulong Key, byte Flags)> entries, int maxSyllables)
    {
        ArgumentNullException.ThrowIfNull(entries);
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count * 2));
        var keys = new ulong[capacity];
        var flags = new byte[capacity];
        int words = 0;
        foreach ((ulong key, byte f) in entries)
        {
            ulong k = key == 0 ? 1 : key; // 0 marks an empty slot
            int i = (int)(k & (ulong)(capacity - 1));
            while (keys[i] != 0 && keys[i] != k)
                i = (i + 1) & (capacity - 1);
            if (keys[i] == 0)
                keys[i] = k;
            if ((f & WordFlag) != 0 && (flags[i] & WordFlag) == 0)
                words++;
            flags[i] |= f;
        }
        return new SyllableLexicon(keys, flags, maxSyllables, words);
    }

    /// <summary>Builds a lexicon from words given as arrays of syllable hashes (two syllables or more).</summary>
    public static SyllableLexicon FromWords(IEnumerable<ulong[]> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return FromWords(words.Select(w => (w, -1)));
    }

    /// <summary>
    /// Builds a lexicon from words with the index (0..5) of the word list each came from, or -1; a word found in
    /// several lists keeps every list's bit, so features can tell lists that follow different conventions apart.
    /// </summary>
    public static SyllableLexicon FromWords(IEnumerable<(ulong[] Word, int Source)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var entries = new Dictionary<ulong, byte>();
        int max = 0;
        foreach ((ulong[] word, int source) in words)
        {
            if (word.Length < 2)
                continue;
            if (source >= MaxSources)
                throw new ArgumentOutOfRangeException(nameof(words), source, $"At most {MaxSources} word lists.");
            byte sourceBit = source < 0 ? (byte)0 : (byte)(4 << source);
            max = Math.Max(max, word.Length);
            ulong h = 0;
            for (int i = 0; i < word.Length; i++)
            {
                h = Extend(h, word[i]);
                byte f = i == word.Length - 1 ? (byte)(WordFlag | sourceBit) : PrefixFlag;
                entries[h] = (byte)(entries.GetValueOrDefault(h) | f);
            }
        }
        var list = new List<(ulong, byte)>(entries.Count);
        foreach (KeyValuePair<ulong, byte> e in entries.OrderBy(e => e.Key))
            list.Add((e.Key, e.Value));
        return Build(list, max);
    }

    /// <summary>The flags of a sequence hash (0 when absent).</summary>
    public byte Lookup(ulong sequenceHash)
    {
        ulong k = sequenceHash == 0 ? 1 : sequenceHash;
        int i = (int)(k & (ulong)_mask);
        while (true)
        {
            ulong stored = _keys[i];
            if (stored == k)
                return _flags[i];
            if (stored == 0)
                return 0;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>
    /// The length (in syllables, ≥ 2) of the longest word that starts at <paramref name="start"/>, or 0.
    /// </summary>
    public int LongestMatch(ReadOnlySpan<ulong> syllableHashes, int start)
    {
        int best = 0;
        foreach (Match m in Matches(syllableHashes, start))
            best = m.Length;
        return best;
    }

    /// <summary>
    /// Every word (two syllables or more) that starts at <paramref name="start"/>, shortest first, without
    /// allocating; the walk stops as soon as no listed word can continue.
    /// </summary>
    public MatchEnumerator Matches(ReadOnlySpan<ulong> syllableHashes, int start) => new(this, syllableHashes, start);

    /// <summary>A word found by <see cref="Matches"/>: its length in syllables and its flags (which lists know it).</summary>
    public readonly record struct Match(int Length, byte Flags);

    /// <summary>Struct enumerator over the words starting at one position.</summary>
    public ref struct MatchEnumerator
    {
        private readonly SyllableLexicon _lexicon;
        private readonly ReadOnlySpan<ulong> _hashes;
        private readonly int _start;
        private readonly int _limit;
        private int _next;
        private ulong _hash;
        private bool _done;

        internal MatchEnumerator(SyllableLexicon lexicon, ReadOnlySpan<ulong> hashes, int start)
        {
            _lexicon = lexicon;
            _hashes = hashes;
            _start = start;
            _limit = Math.Min(hashes.Length, start + lexicon.MaxSyllables);
            _next = start;
            _hash = 0;
            _done = false;
            Current = default;
        }

        /// <summary>The current word.</summary>
        public Match Current { get; private set; }

        /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
        public readonly MatchEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next longer word.</summary>
        public bool MoveNext()
        {
            while (!_done && _next < _limit)
            {
                _hash = Extend(_hash, _hashes[_next]);
                byte f = _lexicon.Lookup(_hash);
                int length = _next - _start + 1;
                _next++;
                _done = (f & PrefixFlag) == 0;
                if ((f & WordFlag) != 0 && length >= 2)
                {
                    Current = new Match(length, f);
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Serializes the lexicon: u32 max syllables, u32 count, count × u64 keys (sorted), count × u8 flags; little-endian.</summary>
    public byte[] ToBytes()
    {
        List<(ulong Key, byte Flags)> entries = ToEntries();
        var bytes = new byte[8 + (entries.Count * 9)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, MaxSyllables);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(8 + (i * 8)), entries[i].Key);
            bytes[8 + (entries.Count * 8) + i] = entries[i].Flags;
        }
        return bytes;
    }

    /// <summary>Reads a lexicon written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="InvalidDataException">When the bytes are not a lexicon.</exception>
    public static SyllableLexicon FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8)
            throw new InvalidDataException("The lexicon blob is truncated.");
        int max = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes);
        int count = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]);
        if (max < 0 || max > 64 || count < 0 || bytes.Length != 8 + ((long)count * 9))
            throw new InvalidDataException("The lexicon blob is corrupted.");
        var entries = new List<(ulong, byte)>(count);
        for (int i = 0; i < count; i++)
            entries.Add((System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[(8 + (i * 8))..]), bytes[8 + (count * 8) + i]));
        return Build(entries, max);
    }

    /// <summary>The stored entries in a stable order, for saving.</summary>
    public List<(ulong Key, byte Flags)> ToEntries()
    {
        var list = new List<(ulong, byte)>();
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
                list.Add((_keys[i], _flags[i]));
        }
        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }
}
