using CsCheck;
using NewsLens.Core;

namespace NewsLens.Core.Tests;

public class OffsetMapTests
{
    [Fact]
    public void Identity_MapsEveryOffsetToItself()
    {
        // Given an identity map
        var map = OffsetMap.Identity(10);
        // Then a span maps to itself
        Assert.Equal(new TextSpan(3, 4), map.ToOriginal(new TextSpan(3, 4)));
        Assert.True(map.IsIdentity);
    }

    [Fact]
    public void Expansion_EverySubspanMapsToTheWholeSource()
    {
        // Given "a…b" normalized to "a...b"
        var map = OffsetMap.FromRanges([0, 1, 1, 1, 2], [1, 2, 2, 2, 3], 3);
        // Then one derived dot maps to the whole ellipsis
        Assert.Equal(new TextSpan(1, 1), map.ToOriginal(new TextSpan(2, 1)));
        Assert.Equal(new TextSpan(0, 3), map.ToOriginal(new TextSpan(0, 5)));
    }

    [Fact]
    public void FromRanges_NonMonotone_Throws()
    {
        Assert.Throws<ArgumentException>(() => OffsetMap.FromRanges([2, 1], [3, 2], 3));
    }

    [Fact]
    public void ToOriginal_AnySpan_StaysInRangeAndOrdered()
    {
        // Given random monotone maps (each derived unit from 0..2 original units)
        var gen = Gen.Int[0, 2].Array[0, 50].SelectMany(widths =>
        {
            var starts = new int[widths.Length];
            var ends = new int[widths.Length];
            int pos = 0;
            for (int i = 0; i < widths.Length; i++)
            {
                starts[i] = pos;
                pos += widths[i];
                ends[i] = pos;
            }
            var map = OffsetMap.FromRanges(starts, ends, pos);
            return Gen.Int[0, widths.Length].SelectMany(a => Gen.Int[a, widths.Length].Select(b => (map, a, b)));
        });
        gen.Sample(t =>
        {
            TextSpan o = t.map.ToOriginal(TextSpan.FromBounds(t.a, t.b));
            return o.Start >= 0 && o.End <= t.map.OriginalLength && o.Length >= 0;
        });
    }

    [Fact]
    public void FromRanges_AnyMonotoneRanges_AnswersEveryUnitExactly()
    {
        // Given random monotone per-unit ranges: runs of one-for-one units broken by contractions, expansions, deletions
        var gen = Gen.Int[0, 9].Array[0, 80].Select(codes =>
        {
            var starts = new int[codes.Length];
            var ends = new int[codes.Length];
            int pos = 0;
            for (int i = 0; i < codes.Length; i++)
            {
                int c = codes[i];
                if (c == 7 && i > 0) { starts[i] = starts[i - 1]; ends[i] = ends[i - 1]; continue; } // expansion
                if (c == 8) pos++;                                                                    // a deleted unit before
                starts[i] = pos;
                pos += c == 9 ? 2 : 1;                                                                // contraction
                ends[i] = pos;
            }
            return (starts, ends, length: pos + 1);
        });
        gen.Sample(t =>
        {
            var map = OffsetMap.FromRanges(t.starts, t.ends, t.length);
            // Then every unit's start and end come back exactly
            for (int i = 0; i < t.starts.Length; i++)
            {
                if (map.ToOriginalStart(i) != t.starts[i] || map.ToOriginalEnd(i + 1) != t.ends[i])
                    return false;
            }
            // And a forward cursor over every one-unit and two-unit span agrees with the binary search
            OffsetMap.Cursor cursor = map.CreateCursor();
            for (int i = 0; i < t.starts.Length; i++)
            {
                var one = new TextSpan(i, 1);
                if (cursor.ToOriginal(one) != map.ToOriginal(one))
                    return false;
                if (i + 2 <= t.starts.Length && cursor.ToOriginal(new TextSpan(i, 2)) != map.ToOriginal(new TextSpan(i, 2)))
                    return false;
            }
            return map.ToOriginalStart(t.starts.Length) == t.length;
        });
    }

    [Fact]
    public void FromRanges_OneForOneRuns_StoreOnlyTheBreaks()
    {
        // Given "a…b" → "a...b": only the three dots and the unit after them break the run
        var map = OffsetMap.FromRanges([0, 1, 1, 1, 2], [1, 2, 2, 2, 3], 3);
        Assert.Equal(2, map.ExplicitUnits);
        Assert.Equal(2, map.ToOriginalStart(4));
    }

    [Fact]
    public void Builder_UnitsAndRuns_AgreeWithFromRanges()
    {
        // Given random pieces: one-for-one runs and single units with wider or repeated ranges
        Gen.Int[0, 5].Array[0, 40].Sample(codes =>
        {
            var builder = new OffsetMap.Builder();
            var starts = new List<int>();
            var ends = new List<int>();
            int pos = 0;
            foreach (int c in codes)
            {
                if (c <= 2)
                {
                    builder.AddIdentity(pos, c + 1);
                    for (int k = 0; k <= c; k++) { starts.Add(pos + k); ends.Add(pos + k + 1); }
                    pos += c + 1;
                }
                else
                {
                    int width = c - 2; // 1..3 original units for one derived unit
                    builder.AddUnit(pos, pos + width);
                    starts.Add(pos);
                    ends.Add(pos + width);
                    pos += width;
                }
            }
            OffsetMap built = builder.Build(pos);
            OffsetMap reference = OffsetMap.FromRanges(starts.ToArray(), ends.ToArray(), pos);
            // Then both maps answer every unit alike
            for (int i = 0; i < starts.Count; i++)
            {
                if (built.ToOriginalStart(i) != reference.ToOriginalStart(i) || built.ToOriginalEnd(i + 1) != reference.ToOriginalEnd(i + 1))
                    return false;
            }
            return built.DerivedLength == reference.DerivedLength && built.ExplicitUnits == reference.ExplicitUnits;
        });
    }
}
