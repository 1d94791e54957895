using CsCheck;
using NewsLens.Core;
using NewsLens.Testing;
using NewsLens.Text.Normalization;

namespace NewsLens.Text.Tests.Normalization;

/// <summary>Long texts are normalized line by line; the result must equal a whole-text pass.</summary>
public class LineModeTests
{
    private static readonly Gen<string> LongTexts =
        TextGen.Mixed.Array[1, 12].Select(lines =>
        {
            string text = string.Join('\n', lines);
            while (text.Length < 5000)
                text += "\n" + text;
            return text;
        });

    [Fact]
    public void Normalize_LongText_EqualsTheWholeTextPass()
    {
        LongTexts.Sample(text =>
        {
            // Given a text long enough for the line-by-line path
            NormalizedText n = VietnameseNormalizer.Normalize(text);
            // Then its text is what a whole-text pass gives, and the map covers it
            Assert.Equal(VietnameseNormalizer.Canonicalize(text.AsSpan()), n.Text);
            Assert.Equal(n.Text.Length, n.Map.DerivedLength);
            TextSpan all = n.Map.ToOriginal(new TextSpan(0, n.Text.Length));
            Assert.True(all.Start >= 0 && all.End <= text.Length);
            // And every line break maps back to an original range holding a line break (removed invisible
            // characters next to it may be absorbed into that range)
            for (int i = 0; i < n.Text.Length; i++)
            {
                if (n.Text[i] == '\n')
                    Assert.Contains("\n", n.Map.ToOriginal(new TextSpan(i, 1)).Slice(text).ToString());
            }
        }, iter: 200);
    }

    [Fact]
    public void Normalize_LongCleanText_IsReturnedUnchanged()
    {
        string text = string.Concat(Enumerable.Repeat("Hà Nội mùa thu, trời trong xanh.\n", 300));
        NormalizedText n = VietnameseNormalizer.Normalize(text);
        Assert.Same(text, n.Text);
        Assert.True(n.Map.IsIdentity);
    }

    [Fact]
    public void Normalize_LongTextWithOneEllipsis_StoresOnlyTheBreaks()
    {
        // Given a long text with one "…" on its last line
        string text = string.Concat(Enumerable.Repeat("Hà Nội mùa thu.\n", 400)) + "Chờ…";
        NormalizedText n = VietnameseNormalizer.Normalize(text);
        // Then the three dots map to the one character and only they (and the unit after) are stored
        Assert.EndsWith("Chờ...", n.Text);
        Assert.Equal(new TextSpan(text.Length - 1, 1), n.Map.ToOriginal(new TextSpan(n.Text.Length - 2, 1)));
        Assert.True(n.Map.ExplicitUnits <= 3);
    }
}
