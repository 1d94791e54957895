using System.Text.Json;
using NewsLens.Learning;

namespace NewsLens.Vietnamese.Tagging;

/// <summary>
/// VietTreebank tag → Universal POS tag: one default per tag, and per-word exceptions learned from the words of UD
/// VTB train that also occur, with the same segmentation, in VietTreebank (e.g. <c>V</c> "là" → <c>AUX</c>,
/// <c>CH</c> "%" → <c>SYM</c>). Immutable and thread-safe.
/// </summary>
public sealed class UposMapping
{
    private readonly int[] _defaults;
    private readonly Dictionary<ulong, int> _exceptions;

    /// <summary>Creates a mapping for the tags <paramref name="tags"/>.</summary>
    /// <param name="tags">The tagger's labels.</param>
    /// <param name="defaults">Tag → UPOS; tags missing here use <see cref="PosTagset.DefaultUniversal"/>, then <c>X</c>.</param>
    /// <param name="exceptions">(tag, word key) → UPOS.</param>
    public UposMapping(IReadOnlyList<string> tags, IReadOnlyDictionary<string, string> defaults, IEnumerable<(string Tag, ulong Word, string Upos)> exceptions)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(exceptions);
        Tags = tags;
        _defaults = new int[tags.Count];
        for (int t = 0; t < tags.Count; t++)
        {
            string upos = defaults.TryGetValue(tags[t], out string? u) ? u
                : PosTagset.DefaultUniversal.TryGetValue(tags[t], out string? d) ? d : "X";
            _defaults[t] = UposId(upos);
        }
        _exceptions = [];
        var list = new List<(string, ulong, string)>();
        foreach ((string tag, ulong word, string upos) in exceptions)
        {
            int t = IndexOf(tags, tag);
            if (t < 0)
                continue;
            _exceptions[Key(t, word)] = UposId(upos);
            list.Add((tag, word, upos));
        }
        Exceptions = list;
        Defaults = tags.Select((t, i) => (t, PosTagset.UniversalTags[_defaults[i]])).ToDictionary(p => p.t, p => p.Item2, StringComparer.Ordinal);
    }

    /// <summary>The tagger's labels.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The default UPOS of each tag.</summary>
    public IReadOnlyDictionary<string, string> Defaults { get; }

    /// <summary>The per-word exceptions.</summary>
    public IReadOnlyList<(string Tag, ulong Word, string Upos)> Exceptions { get; }

    /// <summary>The UPOS id (index into <see cref="PosTagset.UniversalTags"/>) of a word with tag id <paramref name="tag"/>.</summary>
    public int Map(int tag, ulong wordKey) =>
        _exceptions.Count != 0 && _exceptions.TryGetValue(Key(tag, wordKey), out int u) ? u : _defaults[tag];

    /// <summary>Serializes the mapping as UTF-8 JSON.</summary>
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(new Stored(
        1,
        Defaults.ToDictionary(),
        Exceptions.Select(e => new StoredException(e.Tag, e.Word.ToString("x16", System.Globalization.CultureInfo.InvariantCulture), e.Upos)).ToList()));

    /// <summary>Reads a mapping written by <see cref="ToBytes"/> for the labels <paramref name="tags"/>.</summary>
    /// <exception cref="InvalidDataException">When the bytes are not a mapping.</exception>
    public static UposMapping FromBytes(IReadOnlyList<string> tags, ReadOnlySpan<byte> bytes)
    {
        Stored? s;
        try
        {
            s = JsonSerializer.Deserialize<Stored>(bytes);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("The UPOS mapping is not valid JSON: " + ex.Message, ex);
        }
        if (s is null || s.Version != 1 || s.Defaults is null || s.Exceptions is null)
            throw new InvalidDataException("Not a version-1 UPOS mapping.");
        foreach (string u in s.Defaults.Values.Concat(s.Exceptions.Select(e => e.Upos)))
        {
            if (IndexOf(PosTagset.UniversalTags, u) < 0)
                throw new InvalidDataException($"The UPOS mapping names an unknown tag '{u}'.");
        }
        return new UposMapping(tags, s.Defaults, s.Exceptions.Select(e =>
            (e.Tag, ulong.Parse(e.Word, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture), e.Upos)));
    }

    private static ulong Key(int tag, ulong word) => FeatureHash.Combine(tag + 1, word);

    private static int UposId(string upos)
    {
        int id = IndexOf(PosTagset.UniversalTags, upos);
        return id >= 0 ? id : IndexOf(PosTagset.UniversalTags, "X");
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    private sealed record Stored(int Version, Dictionary<string, string> Defaults, List<StoredException> Exceptions);

    private sealed record StoredException(string Tag, string Word, string Upos);
}
