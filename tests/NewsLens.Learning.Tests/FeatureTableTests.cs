using CsCheck;
using NewsLens.Learning;

namespace NewsLens.Learning.Tests;

public class FeatureTableTests
{
    [Fact]
    public void IndexOf_EveryStoredKey_FindsItsRow_AndAbsentKeysAreMinusOne()
    {
        // Given any set of distinct keys, stored sorted
        Gen.ULong[1, ulong.MaxValue].Array[0, 2000].Select(a => a.Distinct().Order().ToArray()).Sample(keys =>
        {
            var table = new FeatureTable(keys, new float[keys.Length * 3], 3);
            if (table.Count != keys.Length)
                return false;
            // Then each key is found, in ascending slots
            int previous = -1;
            for (int i = 0; i < keys.Length; i++)
            {
                int slot = table.IndexOf(keys[i]);
                if (slot <= previous || table.KeyAt(slot) != keys[i])
                    return false;
                previous = slot;
            }
            // And keys that are not stored are not found
            var rng = new Random(keys.Length);
            for (int i = 0; i < 200; i++)
            {
                ulong probe = (ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 40);
                if (Array.BinarySearch(keys, probe) < 0 && table.IndexOf(probe) != -1)
                    return false;
            }
            return true;
        });
    }

    [Fact]
    public void IndexOf_ExtremeKeys_AreFound()
    {
        // Given keys at both ends of the range
        ulong[] keys = [1, 2, 3, ulong.MaxValue - 1, ulong.MaxValue];
        var table = new FeatureTable(keys, new float[keys.Length * 3], 3);
        // Then all are found, and the reserved key 0 is not
        Assert.Equal(keys.Length, table.Count);
        foreach (ulong key in keys)
            Assert.Equal(key, table.KeyAt(table.IndexOf(key)));
        Assert.Equal(-1, table.IndexOf(12345));
        Assert.Equal(-1, table.IndexOf(0));
    }

    [Fact]
    public void Constructor_UnsortedKeys_Throws()
    {
        // Given keys out of order, then the table refuses them
        Assert.Throws<InvalidDataException>(() => new FeatureTable([5, 3], new float[2], 1));
        Assert.Throws<InvalidDataException>(() => new FeatureTable([3, 3], new float[2], 1));
        Assert.Throws<InvalidDataException>(() => new FeatureTable([0, 3], new float[2], 1));
    }

    [Fact]
    public void Accumulate_AnyLabelCount_EqualsTheSumOfTheKnownRows()
    {
        // Given tables with 1–40 labels (odd counts pad their rows; eight and more take the vector path) and queries
        // mixing known and unknown keys
        var gen = from l in Gen.Int[1, 40]
                  from keys in Gen.ULong[1, ulong.MaxValue].Array[1, 300]
                  from unknown in Gen.ULong.Array[0, 10]
                  from clustered in Gen.ULong[1, 1000].Array[0, 50]
                  select (l, keys.Concat(clustered).Distinct().Order().ToArray(), unknown);
        gen.Sample(t =>
        {
            (int l, ulong[] keys, ulong[] unknown) = t;
            float[] weights = Enumerable.Range(0, keys.Length * l).Select(i => (float)((i * 7919 % 13) - 6)).ToArray();
            var table = new FeatureTable(keys, weights, l);
            ulong[] query = [.. keys.Where((_, i) => i % 3 == 0), .. unknown];
            // When the rows of the query are summed
            var scores = new float[l];
            table.Accumulate(query, scores, new int[query.Length]);
            // Then the result is the naive sum over known keys
            var expected = new float[l];
            foreach (ulong q in query)
            {
                int row = Array.BinarySearch(keys, q);
                if (row >= 0 && q != 0)
                {
                    for (int y = 0; y < l; y++)
                        expected[y] += weights[(row * l) + y];
                }
            }
            return scores.AsSpan().SequenceEqual(expected);
        });
    }
}
