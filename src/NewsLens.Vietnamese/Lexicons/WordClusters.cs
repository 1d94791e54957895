using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NewsLens.Core;
using NewsLens.Learning;

namespace NewsLens.Vietnamese.Lexicons;

/// <summary>
/// Word clusters learned from unlabeled news (Brown clustering): maps a word to its <see cref="ClusterPath"/> in the
/// cluster hierarchy, for use as features by taggers (words in one cluster occur in alike contexts, so a rare word
/// borrows what the tagger learned about its frequent cluster-mates). Immutable and thread-safe; lookups are one
/// hash-table probe and allocate nothing.
/// </summary>
/// <remarks>
/// <para>Words are looked up by <see cref="KeyOf(ReadOnlySpan{char})"/>: the hash of the word lower-cased, with its
/// syllables separated by one space. Give it normalized text (the pipeline's <see cref="Layers.Normalized"/> layer,
/// or <c>VietnameseNormalizer.Canonicalize</c>): the key does not fold tone-mark placement or Unicode forms. Numbers,
/// dates and times were clustered as one class word each (<see cref="NumberKey"/>, <see cref="DateKey"/>,
/// <see cref="TimeKey"/>); <see cref="KeyOf(ReadOnlySpan{char}, TokenKind)"/> and
/// <see cref="KeyOf(Document, int, int)"/> apply that mapping. Words seen fewer times than the training minimum
/// have no cluster: <see cref="TryGet(ulong, out ClusterPath)"/> returns false.</para>
/// <para>Binary layout of <see cref="ToBytes"/> (little-endian), stored as the <c>word-clusters</c> blob of an
/// NLMODEL data model of kind <c>clusters</c>:</para>
/// <code>
/// offset  size  field
///   0      4    magic "WCLU"
///   4      2    layout version (1)
///   6      2    reserved (0)
///   8      4    word count n
///  12      4    reserved (0)
///  16     8n    keys, u64, strictly ascending
///  16+8n  8n    paths, u64, each ClusterPath.Encoded: (1 &lt;&lt; length) | bits, never 0
/// </code>
/// </remarks>
public sealed class WordClusters
{
    /// <summary>The model kind of cluster files.</summary>
    public const string ModelKind = "clusters";

    /// <summary>The name of the data model blob that holds <see cref="ToBytes"/>.</summary>
    public const string BlobName = "word-clusters";

    /// <summary>The layout version <see cref="ToBytes"/> writes and <see cref="FromBytes"/> reads.</summary>
    public const ushort LayoutVersion = 1;

    /// <summary>Words up to this many characters are keyed on the stack; longer ones rent a buffer.</summary>
    private const int StackLimit = 256;

    private const int HeaderSize = 16;
    private static ReadOnlySpan<byte> Magic => "WCLU"u8;

    private readonly ulong[] _keys;
    private readonly ulong[] _paths;
    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _mask;

    private struct Slot
    {
        public ulong Key;
        public ulong Path; // ClusterPath.Encoded; 0 marks an empty slot
    }

    private WordClusters(ulong[] sortedKeys, ulong[] encodedPaths)
    {
        _keys = sortedKeys;
        _paths = encodedPaths;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, sortedKeys.Length * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        // Home slot from the top bits, keys inserted in ascending order: slots stay sorted with small gaps.
        for (int i = 0; i < sortedKeys.Length; i++)
        {
            int s = (int)(sortedKeys[i] >> _shift);
            while (_slots[s].Path != 0)
                s = (s + 1) & _mask;
            _slots[s] = new Slot { Key = sortedKeys[i], Path = encodedPaths[i] };
        }
        int maxLength = 0;
        foreach (ulong p in encodedPaths)
            maxLength = Math.Max(maxLength, ClusterPath.FromEncoded(p).Length);
        MaxPathLength = maxLength;
    }

    /// <summary>The clusters of no word.</summary>
    public static WordClusters Empty { get; } = new([], []);

    /// <summary>The number of words that have a cluster.</summary>
    public int Count => _keys.Length;

    /// <summary>The longest path, in bits.</summary>
    public int MaxPathLength { get; }

    /// <summary>The key of every number token ("2024", "1.300", "50%"): the key of the class word <c>&lt;num&gt;</c>.</summary>
    public static ulong NumberKey { get; } = KeyOf("<num>");

    /// <summary>The key of every date token ("24/8/2024", "30/4"): the key of <c>&lt;date&gt;</c>.</summary>
    public static ulong DateKey { get; } = KeyOf("<date>");

    /// <summary>The key of every time token ("15h30", "9:45"): the key of <c>&lt;time&gt;</c>.</summary>
    public static ulong TimeKey { get; } = KeyOf("<time>");

    /// <summary>
    /// The lookup key of a word: <see cref="FeatureHash.Of(ReadOnlySpan{char})"/> of the word with every character
    /// lower-cased by <see cref="char.ToLowerInvariant"/> and its syllables separated by one U+0020 space — each run of
    /// whitespace or '_' between syllables becomes one space, and runs at either end are dropped — so "Hà Nội",
    /// "hà_nội" and " HÀ   NỘI " have one key. Allocates nothing for words up to 256 characters.
    /// </summary>
    /// <param name="word">The word, normalized (NFC, canonical tone marks) as the pipeline normalizes text.</param>
    public static ulong KeyOf(ReadOnlySpan<char> word)
    {
        char[]? rented = null;
        Span<char> buffer = word.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(word.Length));
        try
        {
            int n = 0;
            bool gap = false;
            foreach (char c in word)
            {
                if (c == '_' || char.IsWhiteSpace(c))
                {
                    gap = n > 0;
                    continue;
                }
                if (gap)
                {
                    buffer[n++] = ' ';
                    gap = false;
                }
                buffer[n++] = char.ToLowerInvariant(c);
            }
            return FeatureHash.Of(buffer.Slice(0, n));
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The lookup key of a word given as a string; same value as the span overload.</summary>
    /// <param name="word">The word, normalized.</param>
    public static ulong KeyOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return KeyOf(word.AsSpan());
    }

    /// <summary>
    /// The lookup key of a one-token word of the given kind: <see cref="NumberKey"/>, <see cref="DateKey"/> or
    /// <see cref="TimeKey"/> for numbers, dates and times, else <see cref="KeyOf(ReadOnlySpan{char})"/>.
    /// </summary>
    /// <param name="word">The word, normalized.</param>
    /// <param name="kind">The tokenizer's kind of the word's token.</param>
    public static ulong KeyOf(ReadOnlySpan<char> word, TokenKind kind) => kind switch
    {
        TokenKind.Number => NumberKey,
        TokenKind.Date => DateKey,
        TokenKind.Time => TimeKey,
        _ => KeyOf(word),
    };

    /// <summary>
    /// The lookup key of a word of an analyzed document — the tokens [<paramref name="firstToken"/>,
    /// <paramref name="firstToken"/> + <paramref name="tokenCount"/>), e.g. one span of the <see cref="Layers.Words"/>
    /// layer: their normalized texts joined by one space, or the class key of a single number, date or time token.
    /// This is exactly how the clusters were trained. Allocates nothing for words up to 256 characters.
    /// </summary>
    /// <param name="document">A document with the normalized and token layers.</param>
    /// <param name="firstToken">The word's first token.</param>
    /// <param name="tokenCount">The word's number of tokens, ≥ 1.</param>
    public static ulong KeyOf(Document document, int firstToken, int tokenCount)
    {
        ArgumentNullException.ThrowIfNull(document);
        TokenLayer tokens = document.Tokens;
        if (tokenCount < 1 || firstToken < 0 || firstToken > tokens.Count - tokenCount)
            throw new ArgumentOutOfRangeException(nameof(tokenCount), $"Tokens {firstToken}..{firstToken + tokenCount} are not in the document.");
        ReadOnlySpan<char> normalized = document.Get(Layers.Normalized).Text;
        ReadOnlySpan<int> starts = tokens.NormalizedStarts;
        ReadOnlySpan<int> lengths = tokens.NormalizedLengths;
        if (tokenCount == 1)
            return KeyOf(normalized.Slice(starts[firstToken], lengths[firstToken]), tokens.Kind(firstToken));
        int total = tokenCount - 1;
        for (int t = firstToken; t < firstToken + tokenCount; t++)
            total += lengths[t];
        char[]? rented = null;
        Span<char> buffer = total <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(total));
        try
        {
            int n = 0;
            for (int t = firstToken; t < firstToken + tokenCount; t++)
            {
                if (t > firstToken)
                    buffer[n++] = ' ';
                normalized.Slice(starts[t], lengths[t]).CopyTo(buffer.Slice(n));
                n += lengths[t];
            }
            return KeyOf(buffer.Slice(0, n));
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Finds the cluster path of a word key.</summary>
    /// <param name="key">A key from <see cref="KeyOf(ReadOnlySpan{char})"/> or its overloads.</param>
    /// <param name="path">The word's path, or the root (length 0) when the word has no cluster.</param>
    /// <returns>True when the word has a cluster.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ulong key, out ClusterPath path)
    {
        Slot[] slots = _slots;
        int s = (int)(key >> _shift);
        while (true)
        {
            ref Slot slot = ref slots[s];
            if (slot.Path == 0)
                break;
            if (slot.Key == key)
            {
                path = ClusterPath.FromEncoded(slot.Path);
                return true;
            }
            s = (s + 1) & _mask;
        }
        path = default;
        return false;
    }

    /// <summary>Finds the cluster path of a word (keyed with <see cref="KeyOf(ReadOnlySpan{char})"/>).</summary>
    /// <param name="word">The word, normalized.</param>
    /// <param name="path">The word's path, or the root when it has no cluster.</param>
    public bool TryGet(ReadOnlySpan<char> word, out ClusterPath path) => TryGet(KeyOf(word), out path);

    /// <summary>Every (key, path) entry, in ascending key order.</summary>
    public IEnumerable<(ulong Key, ClusterPath Path)> Entries
    {
        get
        {
            for (int i = 0; i < _keys.Length; i++)
                yield return (_keys[i], ClusterPath.FromEncoded(_paths[i]));
        }
    }

    /// <summary>Builds clusters from (key, path) entries.</summary>
    /// <exception cref="ArgumentException">When a key occurs twice.</exception>
    public static WordClusters Create(IEnumerable<(ulong Key, ClusterPath Path)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        var keys = new ulong[list.Count];
        var paths = new ulong[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            keys[i] = list[i].Key;
            paths[i] = list[i].Path.Encoded;
        }
        Array.Sort(keys, paths);
        for (int i = 1; i < keys.Length; i++)
        {
            if (keys[i] == keys[i - 1])
                throw new ArgumentException($"Key {keys[i]:X16} occurs twice.", nameof(entries));
        }
        return new WordClusters(keys, paths);
    }

    /// <summary>Serializes the clusters in the layout described on this class (16 + 16 × <see cref="Count"/> bytes).</summary>
    public byte[] ToBytes()
    {
        int n = _keys.Length;
        var bytes = new byte[HeaderSize + (16L * n)];
        Span<byte> b = bytes;
        Magic.CopyTo(b);
        BinaryPrimitives.WriteUInt16LittleEndian(b.Slice(4), LayoutVersion);
        BinaryPrimitives.WriteInt32LittleEndian(b.Slice(8), n);
        for (int i = 0; i < n; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(b.Slice(HeaderSize + (8 * i)), _keys[i]);
            BinaryPrimitives.WriteUInt64LittleEndian(b.Slice(HeaderSize + (8 * n) + (8 * i)), _paths[i]);
        }
        return bytes;
    }

    /// <summary>Reads clusters written by <see cref="ToBytes"/>, checking every field.</summary>
    /// <exception cref="InvalidDataException">When the bytes are not clusters of a known layout version, or are corrupted.</exception>
    public static WordClusters FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderSize || !bytes.Slice(0, 4).SequenceEqual(Magic))
            throw new InvalidDataException("The word clusters blob does not start with \"WCLU\".");
        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(4));
        if (version != LayoutVersion)
            throw new InvalidDataException($"Word clusters layout version {version} is not supported; this build reads version {LayoutVersion}.");
        int n = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(8));
        if (n < 0 || bytes.Length != HeaderSize + (16L * n))
            throw new InvalidDataException($"The word clusters blob is corrupted: {bytes.Length} bytes for {n} words.");
        if (BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(6)) != 0 || BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(12)) != 0)
            throw new InvalidDataException("The word clusters blob is corrupted: reserved header fields are not 0.");
        var keys = new ulong[n];
        var paths = new ulong[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(HeaderSize + (8 * i)));
            paths[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(HeaderSize + (8 * n) + (8 * i)));
            if (i > 0 && keys[i] <= keys[i - 1])
                throw new InvalidDataException($"The word clusters blob is corrupted: key {i} is not above key {i - 1}.");
            if (paths[i] == 0)
                throw new InvalidDataException($"The word clusters blob is corrupted: path {i} is 0.");
        }
        return new WordClusters(keys, paths);
    }

    /// <summary>Wraps the clusters in a data model of kind <see cref="ModelKind"/>, ready to save.</summary>
    /// <param name="modelVersion">The model's version, e.g. <c>"1.0.0"</c>.</param>
    /// <param name="properties">What the metadata should say (corpus, sizes, options); null for nothing.</param>
    /// <param name="created">The date to record, if any (it changes the bytes).</param>
    public DataModel ToModel(string modelVersion, IReadOnlyDictionary<string, JsonElement>? properties = null, DateTimeOffset? created = null) =>
        new(ModelKind, modelVersion, new Dictionary<string, byte[]> { [BlobName] = ToBytes() }, properties, created);

    /// <summary>Reads the clusters a data model carries.</summary>
    /// <exception cref="InvalidDataException">When the model is not a clusters model or its blob is corrupted.</exception>
    public static WordClusters FromModel(DataModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Kind != ModelKind)
            throw new InvalidDataException($"The model kind is '{model.Kind}' but a '{ModelKind}' model was expected.");
        return FromBytes(model.GetBlob(BlobName));
    }

    /// <summary>Loads a clusters model file (see <c>newslens train clusters</c>).</summary>
    /// <exception cref="InvalidDataException">When the file is not a valid clusters model.</exception>
    public static WordClusters Load(string path) => FromModel(DataModel.Load(path, ModelKind));

    /// <summary>Loads a clusters model from a stream.</summary>
    /// <exception cref="InvalidDataException">When the data is not a valid clusters model.</exception>
    public static WordClusters Load(Stream stream) => FromModel(DataModel.Load(stream, ModelKind));
}
