using System.Buffers.Binary;
using CsCheck;
using NewsLens.Learning;

namespace NewsLens.Learning.Tests;

public class ModelFileTests
{
    private static readonly ToyFeaturizer Featurizer = new();

    /// <summary>Unigram features over random small integers, so random models know some of them.</summary>
    private sealed class UnigramFeaturizer : ISequenceFeaturizer<ulong[]>
    {
        public int MaxFeaturesPerPosition => 3;

        public string Signature => "unigram-v1";

        public void Featurize(ulong[] input, int position, ref FeatureWriter writer)
        {
            writer.Add(1, input[position]);
            writer.Add(2, position > 0 ? input[position - 1] : 999);
            writer.Add(3, input[position], position + 1 < input.Length ? input[position + 1] : 999);
        }
    }

    private static readonly Gen<(LinearChainModel Model, ulong[][] Inputs)> RandomModels =
        from l in Gen.Int[1, 6]
        from values in Gen.Int[1, 40]
        from weights in Gen.Float[-3f, 3f].Array[values * 2 * l]
        from tr in Gen.Float[-3f, 3f].Array[(l * l) + (2 * l)]
        from inputs in Gen.ULong[0, 50].Array[1, 30].Array[1, 8]
        select (MakeModel(l, values, weights, tr), inputs);

    private static LinearChainModel MakeModel(int l, int values, float[] weights, float[] tr)
    {
        var keys = new List<ulong>();
        for (ulong v = 0; v < (ulong)values; v++)
        {
            keys.Add(FeatureHash.Combine(1, v));
            keys.Add(FeatureHash.Combine(2, v));
        }
        ulong[] sorted = [.. keys];
        Array.Sort(sorted);
        var meta = new ModelMetadata
        {
            Kind = "test",
            ModelVersion = "1",
            Labels = Enumerable.Range(0, l).Select(i => "L" + i).ToArray(),
            FeatureSignature = "unigram-v1",
        };
        return new LinearChainModel(meta, sorted, weights, tr[..(l * l)], tr[(l * l)..((l * l) + l)], tr[((l * l) + l)..]);
    }

    [Fact]
    public void SaveLoad_RandomModels_PredictIdentically()
    {
        // Given random models and random inputs
        RandomModels.Sample(t =>
        {
            // When a model is saved and loaded
            using var stream = new MemoryStream();
            t.Model.Save(stream);
            stream.Position = 0;
            LinearChainModel loaded = LinearChainModel.Load(stream, "test");
            // Then every prediction is the same
            var before = new SequenceTagger<ulong[]>(t.Model, new UnigramFeaturizer());
            var after = new SequenceTagger<ulong[]>(loaded, new UnigramFeaturizer());
            foreach (ulong[] input in t.Inputs)
            {
                var a = new int[input.Length];
                var b = new int[input.Length];
                before.Predict(input, a);
                after.Predict(input, b);
                if (!a.AsSpan().SequenceEqual(b))
                    return false;
            }
            return loaded.FeatureCount == t.Model.FeatureCount && loaded.Transitions.SequenceEqual(t.Model.Transitions);
        }, iter: 200);
    }

    [Fact]
    public void Load_TruncatedFile_SaysTruncated()
    {
        // Given a valid model file cut short at several places
        byte[] bytes = PerceptronTrainerTests.Bytes(PerceptronTrainerTests.Model);
        foreach (int length in new[] { 20, 95, 96, 200, bytes.Length - 1 })
        {
            // When it is loaded, then the error says it is truncated
            var e = Assert.Throws<InvalidDataException>(() => LinearChainModel.Load(new MemoryStream(bytes[..length]), "ws"));
            Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_FlippedPayloadByte_SaysCorrupted()
    {
        // Given a model file with one payload byte changed
        byte[] bytes = PerceptronTrainerTests.Bytes(PerceptronTrainerTests.Model);
        bytes[bytes.Length / 2] ^= 0x40;
        // When it is loaded, then the hash check reports corruption
        var e = Assert.Throws<InvalidDataException>(() => LinearChainModel.Load(new MemoryStream(bytes), "ws"));
        Assert.Contains("SHA-256", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownFormatVersion_SaysVersionNotSupported()
    {
        // Given a model file claiming format version 2
        byte[] bytes = PerceptronTrainerTests.Bytes(PerceptronTrainerTests.Model);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), 2);
        // When it is loaded, then the error names both versions
        var e = Assert.Throws<InvalidDataException>(() => LinearChainModel.Load(new MemoryStream(bytes), "ws"));
        Assert.Equal("Model format version 2 is not supported; this build reads version 1.", e.Message);
    }

    [Fact]
    public void Load_WrongKind_SaysWhichKindItIs()
    {
        // Given a segmenter model, when it is loaded as a POS model
        byte[] bytes = PerceptronTrainerTests.Bytes(PerceptronTrainerTests.Model);
        var e = Assert.Throws<InvalidDataException>(() => LinearChainModel.Load(new MemoryStream(bytes), "pos"));
        // Then the error names both kinds
        Assert.Equal("The model kind is 'ws' but a 'pos' model was expected.", e.Message);
    }

    [Fact]
    public void Load_NotAModel_SaysMagicMissing()
    {
        // Given a text file, when it is loaded, then the error says it is not a model
        var e = Assert.Throws<InvalidDataException>(() => LinearChainModel.Load(new MemoryStream("hello, world"u8.ToArray()), null));
        Assert.Contains("magic", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FromPath_PrefixesThePath()
    {
        // Given a corrupted file on disk
        string path = Path.Combine(Path.GetTempPath(), $"nl-{Guid.NewGuid():N}.nlm");
        try
        {
            byte[] bytes = PerceptronTrainerTests.Bytes(PerceptronTrainerTests.Model);
            File.WriteAllBytes(path, bytes[..100]);
            // When it is loaded by path, then the message starts with the path
            var e = Assert.Throws<InvalidDataException>(() => LinearChainModel.Load(path, "ws"));
            Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Save_HeaderIsReadable()
    {
        // Given a saved model
        byte[] bytes = PerceptronTrainerTests.Bytes(PerceptronTrainerTests.Model);
        // Then it starts with the magic, version 1 and the kind
        Assert.Equal("NLMODEL\0"u8.ToArray(), bytes[..8]);
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)));
        Assert.Equal("ws"u8.ToArray(), bytes[16..18]);
    }

    [Fact]
    public void Tagger_FeaturizerWithAnotherSignature_IsRefused()
    {
        // Given the toy model and a featurizer with other features
        // Then pairing them throws, naming both signatures
        var e = Assert.Throws<ArgumentException>(() => new SequenceTagger<ulong[]>(PerceptronTrainerTests.Model, new UnigramFeaturizer()));
        Assert.Contains("toy-window-v1", e.Message, StringComparison.Ordinal);
        Assert.Contains("unigram-v1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WeightEncoding.Int16, 0.999)]
    [InlineData(WeightEncoding.Int8, 0.99)]
    public void Quantized_ToyTask_AgreesWithTheFloatModel(WeightEncoding encoding, double minimum)
    {
        // Given the float toy model and its quantized copy (saved and loaded)
        LinearChainModel model = PerceptronTrainerTests.Model;
        LinearChainModel quantized = LinearChainModel.Load(new MemoryStream(PerceptronTrainerTests.Bytes(model, encoding)), "ws");
        // When both tag the test set
        double agreement = Agreement(model, quantized);
        // Then they agree on nearly every position, and the file is smaller
        Assert.True(agreement >= minimum, $"{encoding} agreement {agreement:P3}");
        Assert.True(PerceptronTrainerTests.Bytes(model, encoding).Length < PerceptronTrainerTests.Bytes(model).Length);
    }

    [Fact]
    public void Prune_SmallThreshold_KeepsAccuracyWithFewerFeatures()
    {
        // Given the toy model pruned at a small threshold
        LinearChainModel model = PerceptronTrainerTests.Model;
        LinearChainModel pruned = model.Prune(0.05f);
        // Then it has fewer features, unknown ones read as empty, and it still agrees on ≥ 99% of positions
        Assert.True(pruned.FeatureCount < model.FeatureCount);
        Assert.True(pruned.GetWeights(12345).IsEmpty);
        Assert.True(Agreement(model, pruned) >= 0.99);
        Assert.Equal(0, model.Prune(1e9f).FeatureCount);
    }

    internal static double Agreement(LinearChainModel a, LinearChainModel b)
    {
        var ta = new SequenceTagger<ulong[]>(a, Featurizer);
        var tb = new SequenceTagger<ulong[]>(b, Featurizer);
        long same = 0, total = 0;
        foreach (LabeledSequence<ulong[]> s in PerceptronTrainerTests.TestSet)
        {
            var pa = new int[s.Labels.Length];
            var pb = new int[s.Labels.Length];
            ta.Predict(s.Input, pa);
            tb.Predict(s.Input, pb);
            for (int i = 0; i < pa.Length; i++)
                same += pa[i] == pb[i] ? 1 : 0;
            total += pa.Length;
        }
        return (double)same / total;
    }

    [Fact]
    public void SaveLoad_AuxiliaryBlobs_RoundTripByName()
    {
        // Given a model that carries two named blobs (e.g. a lexicon)
        LinearChainModel model = MakeModel(2, 3, new float[12], new float[8])
            .WithAuxiliary("lexicon", [1, 2, 3, 255])
            .WithAuxiliary("empty", []);
        // When saved and loaded
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        LinearChainModel loaded = LinearChainModel.Load(stream, "test");
        // Then the blobs come back under their names
        Assert.Equal([1, 2, 3, 255], loaded.Auxiliary["lexicon"]);
        Assert.Empty(loaded.Auxiliary["empty"]);
        Assert.Throws<ArgumentException>(() => model.WithAuxiliary("Bad Name", []));
    }
}
