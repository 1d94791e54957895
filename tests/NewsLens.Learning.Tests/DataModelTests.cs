using System.Buffers.Binary;
using System.Text.Json;
using CsCheck;
using NewsLens.Learning;

namespace NewsLens.Learning.Tests;

public class DataModelTests
{
    private static DataModel Sample() => new(
        "clusters",
        "1.0.0",
        new Dictionary<string, byte[]> { ["paths"] = [1, 2, 3, 4, 5], ["extra"] = [] },
        new Dictionary<string, JsonElement> { ["tokens"] = JsonSerializer.SerializeToElement(12345), ["corpus"] = JsonSerializer.SerializeToElement("news") },
        new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static byte[] Bytes(DataModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static readonly Gen<DataModel> RandomModels =
        from names in Gen.String[Gen.Char["abcxyz-_0"], 1, 10].HashSet[0, 5]
        from blobs in Gen.Byte.Array[0, 300].Array[names.Count]
        from props in Gen.Dictionary(Gen.String[Gen.Char.AlphaNumeric, 1, 8], Gen.Int)[0, 4]
        select new DataModel("data-test", "2.1",
            names.Zip(blobs).ToDictionary(p => p.First, p => p.Second),
            props.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value)));

    [Fact]
    public void SaveLoad_RandomModels_RoundTripBlobsAndProperties()
    {
        RandomModels.Sample(model =>
        {
            // Given a random data model, when it is saved and loaded
            DataModel loaded = DataModel.Load(new MemoryStream(Bytes(model)), "data-test");
            // Then kind, version, every blob and every property come back, and saving again gives the same bytes
            return loaded.Kind == model.Kind && loaded.ModelVersion == model.ModelVersion
                && loaded.Blobs.Count == model.Blobs.Count
                && model.Blobs.All(b => loaded.Blobs[b.Key].AsSpan().SequenceEqual(b.Value))
                && model.Properties.All(p => loaded.Properties[p.Key].GetRawText() == p.Value.GetRawText())
                && Bytes(loaded).AsSpan().SequenceEqual(Bytes(model));
        }, iter: 200);
    }

    [Fact]
    public void Save_SameModelTwice_GivesIdenticalBytesWithTheCommonHeader()
    {
        // Given the same data model saved twice
        byte[] a = Bytes(Sample()), b = Bytes(Sample());
        // Then the bytes are identical and start with the NLMODEL magic, format version 1 and the kind
        Assert.Equal(a, b);
        Assert.Equal("NLMODEL\0"u8.ToArray(), a[..8]);
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(a.AsSpan(8)));
        Assert.Equal("clusters"u8.ToArray(), a[16..24]);
        DataModel loaded = DataModel.Load(new MemoryStream(a), null);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), loaded.Created);
        Assert.Equal(12345, loaded.Properties["tokens"].GetInt32());
        Assert.Empty(loaded.GetBlob("extra"));
    }

    [Fact]
    public void Load_FlippedPayloadByte_SaysSha256()
    {
        // Given a data model with one payload byte changed
        byte[] bytes = Bytes(Sample());
        bytes[^3] ^= 0x10;
        // When it is loaded, then the hash check reports it
        var e = Assert.Throws<InvalidDataException>(() => DataModel.Load(new MemoryStream(bytes), "clusters"));
        Assert.Contains("SHA-256", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownFormatVersion_SaysVersionNotSupported()
    {
        byte[] bytes = Bytes(Sample());
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), 7);
        var e = Assert.Throws<InvalidDataException>(() => DataModel.Load(new MemoryStream(bytes), "clusters"));
        Assert.Equal("Model format version 7 is not supported; this build reads version 1.", e.Message);
    }

    [Fact]
    public void Load_WrongKindOrTruncated_Throws()
    {
        byte[] bytes = Bytes(Sample());
        var kind = Assert.Throws<InvalidDataException>(() => DataModel.Load(new MemoryStream(bytes), "ws"));
        Assert.Equal("The model kind is 'clusters' but a 'ws' model was expected.", kind.Message);
        var cut = Assert.Throws<InvalidDataException>(() => DataModel.Load(new MemoryStream(bytes[..^1]), "clusters"));
        Assert.Contains("truncated", cut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EachKindOfModelAsTheOther_SaysWhichLoaderToUse()
    {
        // Given a data model and a linear-chain model
        byte[] data = Bytes(Sample());
        byte[] chain = PerceptronTrainerTests.Bytes(PerceptronTrainerTests.Model);
        // When each is loaded with the other's loader, then the message names the right one
        var a = Assert.Throws<InvalidDataException>(() => LinearChainModel.Load(new MemoryStream(data), null));
        Assert.Contains("DataModel.Load", a.Message, StringComparison.Ordinal);
        var b = Assert.Throws<InvalidDataException>(() => DataModel.Load(new MemoryStream(chain), null));
        Assert.Contains("LinearChainModel.Load", b.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidNames_Throw()
    {
        Assert.Throws<ArgumentException>(() => new DataModel("Clusters", "1", new Dictionary<string, byte[]>()));
        Assert.Throws<ArgumentException>(() => new DataModel("clusters", "1", new Dictionary<string, byte[]> { ["Bad Name"] = [] }));
        Assert.Throws<ArgumentException>(() => new DataModel("clusters", "", new Dictionary<string, byte[]>()));
        Assert.Throws<InvalidDataException>(() => Sample().GetBlob("missing"));
    }
}
