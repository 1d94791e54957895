using CsCheck;
using NewsLens.Learning;

namespace NewsLens.Learning.Tests;

public class FeatureTableTests
{
    [Fact]
    public void IndexOf_EveryStoredKey_FindsItsRow_AndAbsentKeysAreMinusOne()
    {
        // Given any set of distinct keys, stored sorted
        Gen.ULong.Array[0, 2000].Select(a => a.Distinct().Order().ToArray()).Sample(keys =>
        {
            var table = new FeatureTable(keys);
            // Then each key is found at its index
            for (int i = 0; i < keys.Length; i++)
            {
                if (table.IndexOf(keys[i]) != i)
                    return false;
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
        ulong[] keys = [0, 1, ulong.MaxValue - 1, ulong.MaxValue];
        var table = new FeatureTable(keys);
        // Then all are found
        for (int i = 0; i < keys.Length; i++)
            Assert.Equal(i, table.IndexOf(keys[i]));
        Assert.Equal(-1, table.IndexOf(12345));
    }

    [Fact]
    public void Constructor_UnsortedKeys_Throws()
    {
        // Given keys out of order, then the table refuses them
        Assert.Throws<InvalidDataException>(() => new FeatureTable([5, 3]));
        Assert.Throws<InvalidDataException>(() => new FeatureTable([3, 3]));
    }
}
