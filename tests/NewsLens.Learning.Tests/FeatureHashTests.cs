using System.Runtime.InteropServices;
using CsCheck;
using NewsLens.Learning;

namespace NewsLens.Learning.Tests;

public class FeatureHashTests
{
    [Fact]
    public void Hash_ReferenceVectors_MatchXxHash64()
    {
        // Given the published XXH64 test vectors
        // When hashing, then the values match the reference implementation
        Assert.Equal(0xEF46DB3751D8E999UL, FeatureHash.Hash([], 0));
        Assert.Equal(0x44BC2CF5AD770999UL, FeatureHash.Hash("abc"u8, 0));
    }

    [Fact]
    public void Combine_EqualsXxHash64OfTheValuesWithTheTemplateAsSeed()
    {
        // Given any template and values
        Gen.Select(Gen.Int[0, 1000], Gen.ULong, Gen.ULong, Gen.ULong).Sample((t, a, b, c) =>
        {
            // Then Combine is XXH64 of their little-endian bytes seeded with the template id
            ulong[] v = [a, b, c];
            ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(v.AsSpan());
            return FeatureHash.Combine(t, a) == FeatureHash.Hash(bytes.Slice(0, 8), (ulong)t)
                && FeatureHash.Combine(t, a, b) == FeatureHash.Hash(bytes.Slice(0, 16), (ulong)t)
                && FeatureHash.Combine(t, a, b, c) == FeatureHash.Hash(bytes, (ulong)t);
        });
    }

    [Fact]
    public void Combine_GoldenValues_NeverChange()
    {
        // Given fixed inputs
        // Then the hashes are the ones trained models were built with (changing them invalidates every model)
        Assert.Equal(0x602F275014CD5D53UL, FeatureHash.Combine(1, 42UL));
        Assert.Equal(0x261BADF0E6BB3EA3UL, FeatureHash.Combine(2, 42UL, 43UL));
        Assert.Equal(0x6D868B527788F709UL, FeatureHash.Combine(3, 42UL, 43UL, 44UL));
        Assert.Equal(0x218E5E9BBC14A3E6UL, FeatureHash.Of("Hà Nội"));
    }

    [Fact]
    public void Combine_SmallValuePairs_NoCollisions()
    {
        // Given 250k bigram features over small integer values (the least random inputs)
        var seen = new HashSet<ulong>();
        for (ulong a = 0; a < 500; a++)
        {
            for (ulong b = 0; b < 500; b++)
                seen.Add(FeatureHash.Combine(7, a, b));
        }
        // Then they are all distinct
        Assert.Equal(250_000, seen.Count);
    }

    [Fact]
    public void Combine_DifferentTemplatesOrOrder_GiveDifferentHashes()
    {
        // Given one value pair
        ulong a = FeatureHash.Of("Hà"), b = FeatureHash.Of("Nội");
        // Then the template id and the value order both change the hash
        Assert.NotEqual(FeatureHash.Combine(1, a, b), FeatureHash.Combine(2, a, b));
        Assert.NotEqual(FeatureHash.Combine(1, a, b), FeatureHash.Combine(1, b, a));
        Assert.NotEqual(FeatureHash.Combine(1, a), FeatureHash.Combine(2, a));
    }

    [Fact]
    public void Of_StringAndSpan_Agree_AndLongTextsUseEveryChar()
    {
        // Given strings of any length (crossing the 32-byte stripe)
        Gen.String.Sample(s =>
        {
            // Then both overloads agree, and changing the last char changes the hash
            bool same = FeatureHash.Of(s) == FeatureHash.Of(s.AsSpan());
            string changed = s + "x";
            return same && FeatureHash.Of(changed) != FeatureHash.Of(s + "y");
        });
    }

    [Fact]
    public void Combine_ManySmallValues_NoCollisions()
    {
        // Given 200k features from small integer values under 4 templates
        var seen = new HashSet<ulong>();
        for (int t = 0; t < 4; t++)
        {
            for (ulong v = 0; v < 50_000; v++)
                seen.Add(FeatureHash.Combine(t, v));
        }
        // Then they are all distinct
        Assert.Equal(200_000, seen.Count);
    }

    [Fact]
    public void FeatureWriter_MoreThanCapacity_ThrowsWithAClearMessage()
    {
        // Given a writer with room for two features
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            Span<ulong> buffer = stackalloc ulong[2];
            var writer = new FeatureWriter(buffer);
            writer.Add(1UL);
            writer.Add(0, 2UL);
            // When a third is added
            writer.Add(0, 3UL, 4UL);
        });
        // Then the message names the limit
        Assert.Contains("MaxFeaturesPerPosition", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeatureWriter_Written_HoldsTheFeaturesInOrder()
    {
        // Given a writer
        Span<ulong> buffer = stackalloc ulong[4];
        var writer = new FeatureWriter(buffer);
        // When three features are added
        writer.Add(42UL);
        writer.Add(3, 7UL);
        writer.Add(3, 7UL, 8UL);
        // Then they come back in order
        Assert.Equal(3, writer.Count);
        Assert.Equal([42UL, FeatureHash.Combine(3, 7UL), FeatureHash.Combine(3, 7UL, 8UL)], writer.Written.ToArray());
    }
}
