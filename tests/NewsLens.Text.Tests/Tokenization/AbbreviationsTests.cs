using NewsLens.Text.Tokenization;

namespace NewsLens.Text.Tests.Tokenization;

public class AbbreviationsTests
{
    [Theory]
    [InlineData("TP", AbbreviationClass.Prefix)]
    [InlineData("PGS", AbbreviationClass.Prefix)]
    [InlineData("ThS", AbbreviationClass.Prefix)]
    [InlineData("NSƯT", AbbreviationClass.Prefix)]
    [InlineData("Mr", AbbreviationClass.Prefix)]
    [InlineData("Inc", AbbreviationClass.Terminal)]
    [InlineData("etc", AbbreviationClass.Terminal)]
    [InlineData("Ts", AbbreviationClass.None)]
    [InlineData("Nam", AbbreviationClass.None)]
    public void Classify_Segment_IsCaseSensitiveAndClassed(string segment, AbbreviationClass expected)
    {
        // Given a dot-less segment
        // When it is looked up (as a span: no string is allocated)
        // Then its class is the listed one
        Assert.Equal(expected, Abbreviations.Classify(segment.AsSpan()));
    }

    [Fact]
    public void Classify_SliceOfALongerText_FindsTheSegment()
    {
        ReadOnlySpan<char> text = "ông PGS.TS. Lê";
        Assert.Equal(AbbreviationClass.Prefix, Abbreviations.Classify(text.Slice(4, 3)));
        Assert.True(Abbreviations.Contains(text.Slice(8, 2)));
    }
}
