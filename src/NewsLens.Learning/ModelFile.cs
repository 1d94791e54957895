using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NewsLens.Learning;

/// <summary>
/// The NewsLens model file format, version 1 (all integers little-endian):
/// <code>
/// offset size
///   0     8   magic "NLMODEL\0"
///   8     2   format version (1)
///  10     2   kind length k (1..32)
///  12     4   reserved (0)
///  16    32   kind, UTF-8, zero-padded
///  48     8   payload length in bytes
///  56    32   SHA-256 of the payload
///  88     8   reserved (0)
///  96         payload:
///               u32 metadata length m, u32 section count s, m bytes of UTF-8 JSON (zero-padded to 8)
///               s × { u32 tag, u32 element type, u64 offset from payload start, u64 length in bytes }
///               the sections, each starting at a multiple of 16 from the payload start
/// </code>
/// Sections: <c>KEYS</c> (u64, sorted), <c>WGHT</c> (f32, i16 or i8; row-major features × labels),
/// <c>SCAL</c> (f32[1], the dequantization scale), <c>TRAN</c> (f32[L×L]), <c>STRT</c> and <c>END_</c> (f32[L]),
/// and zero or more <c>AUXB</c> (u8) blobs, named in order by the metadata's <c>auxiliary</c> list.
/// A data-only model (<see cref="DataModel"/>: word clusters, gazetteers, …) has the same header and payload layout,
/// metadata with <c>"content": "data"</c> and no labels, and only <c>AUXB</c> sections.
/// </summary>
internal static class ModelFile
{
    public const ushort FormatVersion = 1;
    private const int HeaderSize = 96;
    private const int MaxKindLength = 32;
    private static ReadOnlySpan<byte> Magic => "NLMODEL\0"u8;

    private const uint TagKeys = 0x5359454B;   // "KEYS"
    private const uint TagWeights = 0x54484757; // "WGHT"
    private const uint TagScale = 0x4C414353;  // "SCAL"
    private const uint TagTransitions = 0x4E415254; // "TRAN"
    private const uint TagStart = 0x54525453;  // "STRT"
    private const uint TagEnd = 0x5F444E45;    // "END_"
    private const uint TagAuxiliary = 0x42585541; // "AUXB"

    private const uint TypeF32 = 1, TypeI16 = 2, TypeI8 = 3, TypeU64 = 4, TypeU8 = 5;

    /// <summary>The metadata's <c>content</c> value of a data-only model (<see cref="DataModel"/>).</summary>
    public const string DataContent = "data";

    public static void CheckKind(string kind)
    {
        if (string.IsNullOrEmpty(kind) || kind.Length > MaxKindLength)
            throw new ArgumentException($"A model kind has 1 to {MaxKindLength} characters; got '{kind}'.", nameof(kind));
        if (!IsValidName(kind))
            throw new ArgumentException($"A model kind uses only a-z, 0-9, '-' and '_'; got '{kind}'.", nameof(kind));
    }

    public static void Write(Stream stream, LinearChainModel model, WeightEncoding encoding)
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("Model files are written on little-endian machines only.");
        ModelMetadata meta = model.Metadata;
        var json = new ModelMetadataJson
        {
            Kind = meta.Kind,
            ModelVersion = meta.ModelVersion,
            Labels = [.. meta.Labels],
            FeatureSignature = meta.FeatureSignature,
            Created = meta.Created,
            FeatureCount = model.FeatureCount,
            WeightEncoding = encoding.ToString(),
            Training = meta.Training,
            Auxiliary = [.. model.Auxiliary.Keys.Order(StringComparer.Ordinal)],
        };
        foreach (KeyValuePair<string, JsonElement> p in meta.Properties)
            json.Properties[p.Key] = p.Value;
        byte[] metaBytes = JsonSerializer.SerializeToUtf8Bytes(json, ModelJsonContext.Default.ModelMetadataJson);

        float[] weights = model.CopyWeights();
        float scale = 1f;
        byte[] weightBytes;
        uint weightType;
        switch (encoding)
        {
            case WeightEncoding.Float32:
                weightBytes = MemoryMarshal.AsBytes(weights.AsSpan()).ToArray();
                weightType = TypeF32;
                break;
            case WeightEncoding.Int16:
                scale = Scale(weights, short.MaxValue);
                var q16 = new short[weights.Length];
                for (int i = 0; i < weights.Length; i++)
                    q16[i] = (short)Math.Clamp(MathF.Round(weights[i] / scale), -short.MaxValue, short.MaxValue);
                weightBytes = MemoryMarshal.AsBytes(q16.AsSpan()).ToArray();
                weightType = TypeI16;
                break;
            case WeightEncoding.Int8:
                scale = Scale(weights, sbyte.MaxValue);
                weightBytes = new byte[weights.Length];
                for (int i = 0; i < weights.Length; i++)
                    weightBytes[i] = (byte)(sbyte)Math.Clamp(MathF.Round(weights[i] / scale), -sbyte.MaxValue, sbyte.MaxValue);
                weightType = TypeI8;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown weight encoding.");
        }

        (uint Tag, uint Type, byte[] Data)[] sections =
        [
            (TagKeys, TypeU64, MemoryMarshal.AsBytes(model.CopyKeys().AsSpan()).ToArray()),
            (TagWeights, weightType, weightBytes),
            (TagScale, TypeF32, BitConverter.GetBytes(scale)),
            (TagTransitions, TypeF32, MemoryMarshal.AsBytes(model.Transitions).ToArray()),
            (TagStart, TypeF32, MemoryMarshal.AsBytes(model.StartWeights).ToArray()),
            (TagEnd, TypeF32, MemoryMarshal.AsBytes(model.EndWeights).ToArray()),
            .. json.Auxiliary.Select(name => (TagAuxiliary, TypeU8, model.Auxiliary[name])),
        ];

        WriteContainer(stream, meta.Kind, metaBytes, sections);
    }

    /// <summary>
    /// Writes the header and the payload (metadata, section table, 16-byte aligned sections) of any model: the one
    /// container that linear-chain models and data models share.
    /// </summary>
    public static void WriteContainer(Stream stream, string kind, byte[] metaBytes, (uint Tag, uint Type, byte[] Data)[] sections)
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("Model files are written on little-endian machines only.");
        long tableStart = 8 + Align(metaBytes.Length, 8);
        long offset = Align(tableStart + (sections.Length * 24L), 16);
        var offsets = new long[sections.Length];
        for (int i = 0; i < sections.Length; i++)
        {
            offsets[i] = offset;
            offset = Align(offset + sections[i].Data.Length, 16);
        }
        long payloadLength = offset;
        if (payloadLength > Array.MaxLength)
            throw new InvalidOperationException("The model is too large for one file (over 2 GB).");

        var payload = new byte[payloadLength];
        Span<byte> p0 = payload;
        BinaryPrimitives.WriteUInt32LittleEndian(p0, (uint)metaBytes.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(p0.Slice(4), (uint)sections.Length);
        metaBytes.CopyTo(p0.Slice(8));
        for (int i = 0; i < sections.Length; i++)
        {
            Span<byte> entry = p0.Slice((int)tableStart + (i * 24), 24);
            BinaryPrimitives.WriteUInt32LittleEndian(entry, sections[i].Tag);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.Slice(4), sections[i].Type);
            BinaryPrimitives.WriteUInt64LittleEndian(entry.Slice(8), (ulong)offsets[i]);
            BinaryPrimitives.WriteUInt64LittleEndian(entry.Slice(16), (ulong)sections[i].Data.Length);
            sections[i].Data.CopyTo(p0.Slice((int)offsets[i]));
        }

        Span<byte> header = stackalloc byte[HeaderSize];
        header.Clear();
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(8), FormatVersion);
        int kindLength = Encoding.UTF8.GetBytes(kind, header.Slice(16, MaxKindLength));
        BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(10), (ushort)kindLength);
        BinaryPrimitives.WriteUInt64LittleEndian(header.Slice(48), (ulong)payloadLength);
        SHA256.HashData(payload, header.Slice(56, 32));
        stream.Write(header);
        stream.Write(payload);
    }

    public static LinearChainModel Read(Stream stream, string? expectedKind)
    {
        (string kind, byte[] payload) = ReadContainer(stream, expectedKind);
        return Parse(payload, kind);
    }

    /// <summary>
    /// Reads and checks the header (magic, format version, kind) and the payload (length, SHA-256); returns the
    /// kind and the verified payload.
    /// </summary>
    public static (string Kind, byte[] Payload) ReadContainer(Stream stream, string? expectedKind)
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("Model files are read on little-endian machines only.");
        Span<byte> header = stackalloc byte[HeaderSize];
        int got = stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false);
        if (got < Magic.Length || !header.Slice(0, Magic.Length).SequenceEqual(Magic))
            throw new InvalidDataException("Not a NewsLens model file: the magic bytes \"NLMODEL\\0\" are missing.");
        if (got < HeaderSize)
            throw new InvalidDataException($"The model file is truncated: the header has {got} of {HeaderSize} bytes.");
        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(header.Slice(8));
        if (version != FormatVersion)
            throw new InvalidDataException(
                $"Model format version {version} is not supported; this build reads version {FormatVersion}.");
        int kindLength = BinaryPrimitives.ReadUInt16LittleEndian(header.Slice(10));
        if (kindLength is < 1 or > MaxKindLength)
            throw new InvalidDataException($"The model header is corrupted: kind length {kindLength}.");
        string kind = Encoding.UTF8.GetString(header.Slice(16, kindLength));
        if (expectedKind is not null && !string.Equals(kind, expectedKind, StringComparison.Ordinal))
            throw new InvalidDataException($"The model kind is '{kind}' but a '{expectedKind}' model was expected.");
        ulong payloadLength = BinaryPrimitives.ReadUInt64LittleEndian(header.Slice(48));
        if (payloadLength > (ulong)Array.MaxLength)
            throw new InvalidDataException($"The model header is corrupted: payload length {payloadLength}.");
        byte[] hash = header.Slice(56, 32).ToArray();

        var payload = new byte[(int)payloadLength];
        got = stream.ReadAtLeast(payload, payload.Length, throwOnEndOfStream: false);
        if (got < payload.Length)
            throw new InvalidDataException(
                $"The model file is truncated: the payload has {got} of {payload.Length} bytes.");
        Span<byte> actual = stackalloc byte[32];
        SHA256.HashData(payload, actual);
        if (!actual.SequenceEqual(hash))
            throw new InvalidDataException("The model file is corrupted: the SHA-256 of its payload does not match the header.");
        return (kind, payload);
    }

    /// <summary>One entry of the section table: where a section's bytes are in the payload.</summary>
    public readonly record struct Section(uint Tag, uint Type, int Offset, int Length);

    /// <summary>Reads the payload's metadata bytes and its section table, checking every range.</summary>
    public static (Range Metadata, Section[] Sections) ReadTable(ReadOnlySpan<byte> p)
    {
        if (p.Length < 8)
            throw Corrupt("the payload is shorter than its table");
        uint metaLength = BinaryPrimitives.ReadUInt32LittleEndian(p);
        uint sectionCount = BinaryPrimitives.ReadUInt32LittleEndian(p.Slice(4));
        long tableStart = 8 + Align(metaLength, 8);
        if (sectionCount > 64 || tableStart + (sectionCount * 24L) > p.Length)
            throw Corrupt("the section table is out of range");
        var sections = new Section[sectionCount];
        for (int i = 0; i < sectionCount; i++)
        {
            ReadOnlySpan<byte> entry = p.Slice((int)tableStart + (i * 24), 24);
            uint tag = BinaryPrimitives.ReadUInt32LittleEndian(entry);
            uint type = BinaryPrimitives.ReadUInt32LittleEndian(entry.Slice(4));
            ulong offset = BinaryPrimitives.ReadUInt64LittleEndian(entry.Slice(8));
            ulong length = BinaryPrimitives.ReadUInt64LittleEndian(entry.Slice(16));
            if (offset > (ulong)p.Length || length > (ulong)p.Length - offset)
                throw Corrupt($"section {TagName(tag)} is out of range");
            sections[i] = new Section(tag, type, (int)offset, (int)length);
        }
        return (8..(8 + (int)metaLength), sections);
    }

    private static LinearChainModel Parse(byte[] payload, string kind)
    {
        ReadOnlySpan<byte> p = payload;
        (Range metaRange, Section[] table) = ReadTable(p);
        ModelMetadataJson? json;
        try
        {
            json = JsonSerializer.Deserialize(p[metaRange], ModelJsonContext.Default.ModelMetadataJson);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The model metadata is not valid JSON: {e.Message}", e);
        }
        if (json is not null && json.Content == DataContent)
            throw new InvalidDataException($"The '{kind}' model file holds data only, no weights: load it with DataModel.Load.");
        if (json is null || json.Labels.Count == 0 || json.Kind != kind)
            throw Corrupt($"the metadata is missing its labels or its kind '{json?.Kind}' differs from the header's '{kind}'");
        int l = json.Labels.Count;

        ulong[]? keys = null;
        float[]? transitions = null, start = null, end = null;
        float scale = 1f;
        ReadOnlySpan<byte> weightBytes = default;
        uint weightType = 0;
        var auxiliaryBlobs = new List<byte[]>();
        foreach ((uint tag, uint type, int offset, int length) in table)
        {
            ReadOnlySpan<byte> data = p.Slice(offset, length);
            switch (tag)
            {
                case TagKeys:
                    keys = Read<ulong>(data, type, TypeU64, tag);
                    break;
                case TagWeights:
                    weightBytes = data;
                    weightType = type;
                    break;
                case TagScale:
                    float[] s = Read<float>(data, type, TypeF32, tag);
                    if (s.Length != 1 || !float.IsFinite(s[0]) || s[0] <= 0)
                        throw Corrupt("section SCAL does not hold one positive scale");
                    scale = s[0];
                    break;
                case TagTransitions:
                    transitions = Read<float>(data, type, TypeF32, tag);
                    break;
                case TagStart:
                    start = Read<float>(data, type, TypeF32, tag);
                    break;
                case TagEnd:
                    end = Read<float>(data, type, TypeF32, tag);
                    break;
                case TagAuxiliary:
                    auxiliaryBlobs.Add(Read<byte>(data, type, TypeU8, tag));
                    break;
                default:
                    break; // Sections added by later minor revisions are skipped.
            }
        }
        if (keys is null || transitions is null || start is null || end is null || weightType == 0)
            throw Corrupt("a required section (KEYS, WGHT, TRAN, STRT, END_) is missing");
        if (transitions.Length != l * l || start.Length != l || end.Length != l)
            throw Corrupt($"the transition sections do not match {l} labels");

        long expected = (long)keys.Length * l;
        float[] weights;
        switch (weightType)
        {
            case TypeF32:
                CheckCount(weightBytes.Length, expected * 4);
                weights = MemoryMarshal.Cast<byte, float>(weightBytes).ToArray();
                break;
            case TypeI16:
                CheckCount(weightBytes.Length, expected * 2);
                ReadOnlySpan<short> q16 = MemoryMarshal.Cast<byte, short>(weightBytes);
                weights = new float[q16.Length];
                for (int i = 0; i < q16.Length; i++)
                    weights[i] = q16[i] * scale;
                break;
            case TypeI8:
                CheckCount(weightBytes.Length, expected);
                ReadOnlySpan<sbyte> q8 = MemoryMarshal.Cast<byte, sbyte>(weightBytes);
                weights = new float[q8.Length];
                for (int i = 0; i < q8.Length; i++)
                    weights[i] = q8[i] * scale;
                break;
            default:
                throw Corrupt($"section WGHT has unknown element type {weightType}");
        }

        var meta = new ModelMetadata
        {
            Kind = json.Kind,
            ModelVersion = json.ModelVersion,
            Labels = json.Labels.ToArray(),
            FeatureSignature = json.FeatureSignature,
            Created = json.Created,
            Training = json.Training,
            Properties = new Dictionary<string, JsonElement>(json.Properties, StringComparer.Ordinal),
        };
        if (auxiliaryBlobs.Count != json.Auxiliary.Count)
            throw Corrupt($"the metadata names {json.Auxiliary.Count} auxiliary sections but the file holds {auxiliaryBlobs.Count}");
        var auxiliary = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (int i = 0; i < auxiliaryBlobs.Count; i++)
            auxiliary[json.Auxiliary[i]] = auxiliaryBlobs[i];
        try
        {
            return new LinearChainModel(meta, keys, weights, transitions, start, end).WithAuxiliary(auxiliary);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"The model file is corrupted: {e.Message}", e);
        }
    }

    /// <summary>Writes a data-only model: the metadata and one <c>AUXB</c> section per blob, in ordinal name order.</summary>
    public static void Write(Stream stream, DataModel model)
    {
        var json = new DataModelJson
        {
            Kind = model.Kind,
            ModelVersion = model.ModelVersion,
            Content = DataContent,
            Created = model.Created,
            Auxiliary = [.. model.Blobs.Keys.Order(StringComparer.Ordinal)],
        };
        foreach (KeyValuePair<string, JsonElement> p in model.Properties)
            json.Properties[p.Key] = p.Value;
        byte[] metaBytes = JsonSerializer.SerializeToUtf8Bytes(json, ModelJsonContext.Default.DataModelJson);
        (uint Tag, uint Type, byte[] Data)[] sections = [.. json.Auxiliary.Select(name => (TagAuxiliary, TypeU8, model.Blobs[name]))];
        WriteContainer(stream, model.Kind, metaBytes, sections);
    }

    /// <summary>Reads a data-only model, checking header, hash, metadata and sections.</summary>
    public static DataModel ReadData(Stream stream, string? expectedKind)
    {
        (string kind, byte[] payload) = ReadContainer(stream, expectedKind);
        ReadOnlySpan<byte> p = payload;
        (Range metaRange, Section[] table) = ReadTable(p);
        DataModelJson? json;
        try
        {
            json = JsonSerializer.Deserialize(p[metaRange], ModelJsonContext.Default.DataModelJson);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The model metadata is not valid JSON: {e.Message}", e);
        }
        if (json is null || json.Kind != kind)
            throw Corrupt($"the metadata's kind '{json?.Kind}' differs from the header's '{kind}'");
        if (json.Content != DataContent)
            throw new InvalidDataException($"The '{kind}' model file holds a linear-chain model, not data: load it with LinearChainModel.Load.");
        var blobs = new List<byte[]>();
        foreach ((uint tag, uint type, int offset, int length) in table)
        {
            if (tag == TagAuxiliary)
                blobs.Add(Read<byte>(p.Slice(offset, length), type, TypeU8, tag));
        }
        if (blobs.Count != json.Auxiliary.Count)
            throw Corrupt($"the metadata names {json.Auxiliary.Count} auxiliary sections but the file holds {blobs.Count}");
        var named = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (int i = 0; i < blobs.Count; i++)
        {
            if (!IsValidName(json.Auxiliary[i]) || !named.TryAdd(json.Auxiliary[i], blobs[i]))
                throw Corrupt($"auxiliary section name '{json.Auxiliary[i]}' is invalid or repeated");
        }
        if (string.IsNullOrEmpty(json.ModelVersion))
            throw Corrupt("the metadata has no model version");
        return new DataModel(kind, json.ModelVersion, named,
            new Dictionary<string, JsonElement>(json.Properties, StringComparer.Ordinal), json.Created);
    }

    /// <summary>True when <paramref name="name"/> is a valid kind or blob name (1–32 of a-z, 0-9, '-', '_').</summary>
    public static bool IsValidName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxKindLength)
            return false;
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-' || c == '_'))
                return false;
        }
        return true;
    }

    private static T[] Read<T>(ReadOnlySpan<byte> data, uint type, uint expectedType, uint tag)
        where T : unmanaged
    {
        if (type != expectedType)
            throw Corrupt($"section {TagName(tag)} has element type {type}, expected {expectedType}");
        if (data.Length % Marshal.SizeOf<T>() != 0)
            throw Corrupt($"section {TagName(tag)} length {data.Length} is not a whole number of elements");
        return MemoryMarshal.Cast<byte, T>(data).ToArray();
    }

    private static void CheckCount(int actual, long expected)
    {
        if (actual != expected)
            throw Corrupt($"section WGHT has {actual} bytes, expected {expected} for the keys and labels");
    }

    private static float Scale(float[] weights, int max)
    {
        float m = 0;
        foreach (float w in weights)
            m = Math.Max(m, Math.Abs(w));
        return m > 0 ? m / max : 1f;
    }

    private static long Align(long value, int alignment) => (value + alignment - 1) & ~(long)(alignment - 1);

    private static string TagName(uint tag)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, tag);
        foreach (byte c in b)
        {
            if (c is < 0x20 or > 0x7E)
                return $"0x{tag:X8}";
        }
        return Encoding.ASCII.GetString(b);
    }

    private static InvalidDataException Corrupt(string what) => new($"The model file is corrupted: {what}.");
}
