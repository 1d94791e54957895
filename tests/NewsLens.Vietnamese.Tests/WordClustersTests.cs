using System.Buffers.Binary;
using CsCheck;
using NewsLens.Core;
using NewsLens.Learning;
using NewsLens.Text;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Vietnamese.Tests;

public class WordClustersTests
{
    private const string Letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéêềếghiìíklmnoòóôồốơờớpqrstuùúưừứvxyỳýAÀÁĂẮÂẤBĐÊỀƠỜƯỪNHTQ";

    private static readonly Gen<string[]> Syllables = Gen.String[Gen.Char[Letters], 1, 7].Array[1, 5];

    private static readonly Gen<string> Separator =
        Gen.OneOf(Gen.Const(" "), Gen.Const("_"), Gen.Const("  "), Gen.Const("\t"), Gen.Const(" _ "), Gen.Const("\u00A0"), Gen.Const("__\n"));

    private static readonly Gen<(ulong Key, ClusterPath Path)[]> Entries =
        Gen.Select(Gen.ULong, Gen.ULong, Gen.Int[0, ClusterPath.MaxLength])
           .Select((k, b, l) => (k, new ClusterPath(l == 0 ? 0 : b >> (64 - l), l)))
           .Array[0, 300]
           .Select(a => a.DistinctBy(e => e.Item1).ToArray());

    [Fact]
    public void KeyOf_IsTheHashOfTheLowerCasedSpaceJoinedWord()
    {
        // Given a word with capitals, a run of spaces and an underscore, then the key hashes "hà nội thủ đô"
        Assert.Equal(FeatureHash.Of("hà nội thủ đô"), WordClusters.KeyOf("  Hà   Nội_THỦ \t đô__"));
        Assert.Equal(FeatureHash.Of("covid-19"), WordClusters.KeyOf("COVID-19"));
        Assert.Equal(FeatureHash.Of(""), WordClusters.KeyOf(" _ "));
    }

    [Fact]
    public void KeyOf_CaseAndSeparatorRuns_GiveOneKey()
    {
        // Given random words written with random casing and random runs of whitespace or '_' between and around syllables
        Gen.Select(Syllables, Separator.Array[6], Gen.Bool.Array[40]).Sample((syllables, seps, upper) =>
        {
            string canonical = string.Join(' ', syllables.Select(s => s.ToLowerInvariant()));
            var written = new System.Text.StringBuilder(seps[0].Replace("_", " ", StringComparison.Ordinal));
            for (int i = 0; i < syllables.Length; i++)
            {
                if (i > 0)
                    written.Append(seps[i]);
                foreach (char c in syllables[i])
                    written.Append(upper[written.Length % upper.Length] ? char.ToUpperInvariant(c) : c);
            }
            written.Append(seps[5]);
            // Then the key is that of the lower-cased word with single spaces, and the string and span overloads agree
            return WordClusters.KeyOf(written.ToString()) == FeatureHash.Of(canonical)
                && WordClusters.KeyOf(written.ToString().AsSpan()) == WordClusters.KeyOf(canonical);
        });
    }

    [Fact]
    public void KeyOf_LongWord_UsesThePooledBufferAndAgrees()
    {
        // Given a word of 2,000 characters (beyond the stack buffer)
        string word = string.Join("_", Enumerable.Repeat("Nghiêng", 250));
        // Then its key is the same as for the canonical form
        Assert.Equal(FeatureHash.Of(string.Join(' ', Enumerable.Repeat("nghiêng", 250))), WordClusters.KeyOf(word));
    }

    [Fact]
    public void KeyOfAndTryGet_SteadyState_AllocateNothing()
    {
        // Given clusters and a word of 120 characters
        WordClusters clusters = WordClusters.Create([(WordClusters.KeyOf("thứ hai"), ClusterPath.Parse("0101"))]);
        string word = string.Concat(Enumerable.Repeat("Thứ_Hai ", 15));
        clusters.TryGet(WordClusters.KeyOf(word), out _);
        // When keyed and looked up many times
        long before = GC.GetAllocatedBytesForCurrentThread();
        int hits = 0;
        for (int i = 0; i < 10_000; i++)
        {
            hits += clusters.TryGet(WordClusters.KeyOf(word.AsSpan()), out _) ? 1 : 0;
            hits += clusters.TryGet(WordClusters.KeyOf("thứ hai".AsSpan()), out _) ? 1 : 0;
        }
        // Then nothing was allocated
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(10_000, hits);
    }

    [Fact]
    public void ToBytesFromBytes_RandomEntries_RoundTrip()
    {
        Entries.Sample(entries =>
        {
            // Given clusters built from random entries, when serialized and read back
            WordClusters clusters = WordClusters.Create(entries);
            byte[] bytes = clusters.ToBytes();
            WordClusters loaded = WordClusters.FromBytes(bytes);
            // Then every key finds its path, the bytes are canonical, and absent keys are absent
            foreach ((ulong key, ClusterPath path) in entries)
            {
                if (!loaded.TryGet(key, out ClusterPath got) || got != path || got.Bits != path.Bits || got.Length != path.Length)
                    return false;
            }
            ulong absent = entries.Length == 0 ? 42 : entries.Max(e => e.Key) - 1;
            bool absentOk = entries.Any(e => e.Key == absent) || !loaded.TryGet(absent, out _);
            return loaded.Count == entries.Length && absentOk && loaded.ToBytes().AsSpan().SequenceEqual(bytes)
                && bytes.Length == 16 + (16 * entries.Length);
        });
    }

    [Fact]
    public void FromBytes_AnyCorruption_ThrowsInvalidDataOrReadsValidClusters()
    {
        // Given valid bytes with one byte changed or cut short anywhere
        Gen.Select(Entries, Gen.Int[0, 10_000], Gen.Byte[1, 255]).Sample((entries, at, xor) =>
        {
            byte[] bytes = WordClusters.Create(entries).ToBytes();
            byte[] flipped = (byte[])bytes.Clone();
            flipped[at % flipped.Length] ^= xor;
            byte[] cut = bytes[..(at % bytes.Length)];
            // Then reading either throws InvalidDataException or gives clusters that round-trip (a path changed to another path)
            return ThrowsOnlyInvalidData(flipped) && ThrowsOnlyInvalidData(cut);
        });
    }

    private static bool ThrowsOnlyInvalidData(byte[] bytes)
    {
        try
        {
            WordClusters c = WordClusters.FromBytes(bytes);
            return c.ToBytes().AsSpan().SequenceEqual(bytes);
        }
        catch (InvalidDataException)
        {
            return true;
        }
    }

    [Fact]
    public void FromBytes_SpecificCorruptions_SayWhat()
    {
        byte[] good = WordClusters.Create([(1UL, ClusterPath.Parse("0")), (5UL, ClusterPath.Parse("10")), (9UL, ClusterPath.Parse("11"))]).ToBytes();
        byte[] magic = (byte[])good.Clone();
        magic[0] = (byte)'X';
        Assert.Contains("WCLU", Assert.Throws<InvalidDataException>(() => WordClusters.FromBytes(magic)).Message, StringComparison.Ordinal);
        byte[] version = (byte[])good.Clone();
        BinaryPrimitives.WriteUInt16LittleEndian(version.AsSpan(4), 2);
        Assert.Contains("version 2", Assert.Throws<InvalidDataException>(() => WordClusters.FromBytes(version)).Message, StringComparison.Ordinal);
        byte[] unsorted = (byte[])good.Clone();
        BinaryPrimitives.WriteUInt64LittleEndian(unsorted.AsSpan(16 + 8), 0);
        Assert.Contains("key 1", Assert.Throws<InvalidDataException>(() => WordClusters.FromBytes(unsorted)).Message, StringComparison.Ordinal);
        byte[] zeroPath = (byte[])good.Clone();
        BinaryPrimitives.WriteUInt64LittleEndian(zeroPath.AsSpan(16 + 24 + 8), 0);
        Assert.Contains("path 1 is 0", Assert.Throws<InvalidDataException>(() => WordClusters.FromBytes(zeroPath)).Message, StringComparison.Ordinal);
        byte[] count = (byte[])good.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(count.AsSpan(8), int.MaxValue);
        Assert.Throws<InvalidDataException>(() => WordClusters.FromBytes(count));
        Assert.Throws<InvalidDataException>(() => WordClusters.FromBytes(good.AsSpan(0, good.Length - 1)));
        Assert.Throws<InvalidDataException>(() => WordClusters.FromBytes([]));
    }

    [Fact]
    public void Model_SavedAndLoaded_KeepsEveryPathAndTheMetadata()
    {
        // Given clusters wrapped in a data model of kind "clusters"
        WordClusters clusters = WordClusters.Create([(WordClusters.KeyOf("thứ hai"), ClusterPath.Parse("0110")), (WordClusters.NumberKey, ClusterPath.Parse("1"))]);
        var props = new Dictionary<string, System.Text.Json.JsonElement> { ["vocabulary"] = System.Text.Json.JsonSerializer.SerializeToElement(2) };
        using var stream = new MemoryStream();
        clusters.ToModel("1.0.0", props).Save(stream);
        // When loaded as clusters and as a data model
        WordClusters loaded = WordClusters.Load(new MemoryStream(stream.ToArray()));
        DataModel model = DataModel.Load(new MemoryStream(stream.ToArray()), WordClusters.ModelKind);
        // Then paths and metadata come back, and a segmenter model is refused
        Assert.True(loaded.TryGet("Thứ_Hai", out ClusterPath p));
        Assert.Equal("0110", p.ToString());
        Assert.Equal(2, model.Properties["vocabulary"].GetInt32());
        Assert.Throws<InvalidDataException>(() => WordClusters.FromModel(new DataModel("gazetteer", "1", new Dictionary<string, byte[]>())));
    }

    [Fact]
    public void KeyOfDocument_WordsAndNumbers_KeyLikeTraining()
    {
        // Given an analyzed sentence with a two-syllable word, a number and a date
        NewsLensPipeline nlp = NewsLensPipeline.CreateBuilder().UseNormalization().UseTokenizer().UseSentences().Build();
        Document doc = nlp.Process("Hà Nội có 1.300 người ngày 24/8/2024.");
        // Then tokens 0..1 key as "hà nội", the number as <num>, the date as <date>
        Assert.Equal(WordClusters.KeyOf("hà nội"), WordClusters.KeyOf(doc, 0, 2));
        Assert.Equal(WordClusters.NumberKey, WordClusters.KeyOf(doc, 3, 1));
        Assert.Equal(WordClusters.KeyOf("<num>"), WordClusters.NumberKey);
        Assert.Equal(WordClusters.DateKey, WordClusters.KeyOf(doc, 6, 1));
        Assert.Equal(WordClusters.KeyOf("có"), WordClusters.KeyOf(doc, 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => WordClusters.KeyOf(doc, 7, 2));
    }

    [Fact]
    public void ClusterPath_Prefixes_AreUniquePerPrefixAndLength()
    {
        // Given random paths, every prefix length gives the value (1 << l) | top l bits, distinct across lengths
        Gen.Select(Gen.ULong, Gen.Int[0, ClusterPath.MaxLength]).Sample((raw, length) =>
        {
            var path = new ClusterPath(length == 0 ? 0 : raw >> (64 - length), length);
            string text = path.ToString();
            var seen = new HashSet<ulong>();
            for (int l = 0; l <= length + 2; l++)
            {
                int kept = Math.Min(l, length);
                ulong expected = ClusterPath.Parse(text.AsSpan(0, kept)).Encoded;
                if (path.Prefix(l) != expected || (l <= length && !seen.Add(path.Prefix(l))))
                    return false;
            }
            return ClusterPath.Parse(text) == path && text.Length == length && ClusterPath.FromEncoded(path.Encoded) == path;
        });
    }

    [Fact]
    public void ClusterPath_CommonPrefixLength_MatchesTheBitStrings()
    {
        Gen.Select(Gen.String[Gen.Char["01"], 0, 63], Gen.String[Gen.Char["01"], 0, 63]).Sample((a, b) =>
        {
            int expected = 0;
            while (expected < Math.Min(a.Length, b.Length) && a[expected] == b[expected])
                expected++;
            return ClusterPath.Parse(a).CommonPrefixLength(ClusterPath.Parse(b)) == expected;
        });
        Assert.Equal(0, default(ClusterPath).Length);
        Assert.Equal(1UL, default(ClusterPath).Prefix(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClusterPath(4, 2));
        Assert.Throws<FormatException>(() => ClusterPath.Parse("012"));
    }
}
