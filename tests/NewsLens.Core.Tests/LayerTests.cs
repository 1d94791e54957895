using CsCheck;
using NewsLens.Core;

namespace NewsLens.Core.Tests;

public class LayerTests
{
    [Fact]
    public void TokenBuilder_OverlappingToken_Throws()
    {
        // Given a builder with a token at [0, 3)
        var builder = TokenLayer.CreateBuilder();
        builder.Add(new TextSpan(0, 3), new TextSpan(0, 3), TokenKind.Word);
        // When a token starting inside it is added, then it is refused
        Assert.Throws<ArgumentException>(() => builder.Add(new TextSpan(2, 2), new TextSpan(2, 2), TokenKind.Word));
    }

    [Fact]
    public void TokenBuilder_ManyTokens_KeepsEveryColumn()
    {
        // Given many tokens (more than the initial capacity)
        var gen = Gen.Int[1, 5].Array[0, 300];
        gen.Sample(lengths =>
        {
            var builder = TokenLayer.CreateBuilder(4);
            int pos = 0;
            foreach (int len in lengths)
            {
                builder.Add(new TextSpan(pos, len), new TextSpan(pos, len), (TokenKind)(len % 3));
                pos += len + 1;
            }
            TokenLayer layer = builder.Build();
            // Then every span and kind is kept in order
            pos = 0;
            for (int i = 0; i < lengths.Length; i++)
            {
                if (layer.Span(i) != new TextSpan(pos, lengths[i]) || layer.Kind(i) != (TokenKind)(lengths[i] % 3))
                    return false;
                pos += lengths[i] + 1;
            }
            return layer.Count == lengths.Length;
        });
    }

    [Fact]
    public void TokenView_ReadsTextAndKindFromTheDocument()
    {
        // Given a document "Hà Nội" with two tokens
        var doc = new Document("Hà Nội");
        doc.Set(Layers.Normalized, NormalizedText.Unchanged(doc.Text));
        var builder = TokenLayer.CreateBuilder();
        builder.Add(new TextSpan(0, 2), new TextSpan(0, 2), TokenKind.Word);
        builder.Add(new TextSpan(3, 3), new TextSpan(3, 3), TokenKind.Word);
        doc.Set(Layers.Tokens, builder.Build());
        // When enumerated, then the views read the text
        var texts = new List<string>();
        foreach (Token token in doc.EnumerateTokens())
            texts.Add(token.ToString() + "|" + token.NormalizedText.ToString());
        Assert.Equal(["Hà|Hà", "Nội|Nội"], texts);
    }

    [Fact]
    public void SpanLayer_LabelOutsideTable_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SpanLayer(["PER"], [0], [3], [0], [1], [1]));
    }

    [Fact]
    public void SpanLayer_ReadsColumns()
    {
        var layer = new SpanLayer(["LOC", "PER"], [0, 7], [6, 5], [0, 2], [2, 1], [0, 1]);
        Assert.Equal(new TextSpan(7, 5), layer.Span(1));
        Assert.Equal("PER", layer.LabelName(1));
        Assert.Equal((0, 2), layer.TokenRange(0));
    }

    [Fact]
    public void TextSpan_FromBounds_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 4));
        Assert.True(new TextSpan(2, 3).Overlaps(new TextSpan(4, 1)));
        Assert.False(new TextSpan(2, 3).Overlaps(new TextSpan(5, 1)));
    }
}
