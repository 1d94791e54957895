using CsCheck;
using NewsLens.Vietnamese.Ner;

namespace NewsLens.Vietnamese.Tests;

public class BilouSpansTests
{
    private static (int, int, int)[] Spans(ReadOnlySpan<int> bio)
    {
        var spans = new (int Start, int End, int Type)[bio.Length];
        int n = BioSpans.Decode(bio, spans);
        return spans[..n];
    }

    [Fact]
    public void ToBilou_ThenToBio_KeepsEveryEntity()
    {
        // For any BIO sequence (including ill-formed ones, an I- after O or after another type, as taggers write them)
        Gen.Int[0, NerTagger.BioLabels.Count - 1].Array[0, 40].Sample(bio =>
        {
            var bilou = new int[bio.Length];
            BilouSpans.ToBilou(bio, bilou);
            if (bilou.Any(x => x < 0 || x >= NerTagger.BilouLabels.Count))
                return false;
            var back = (int[])bilou.Clone();
            BilouSpans.ToBio(back);
            // Then the entities read back are the same, each one-unit entity is U and each longer one ends in L
            return Spans(back).SequenceEqual(Spans(bio));
        });
    }

    [Fact]
    public void ToBilou_OneAndThreeUnitEntities_UAndBIL()
    {
        // "Hà_Nội" (one unit, LOC) then O, then a three-unit PER
        int[] bio = [3, 0, 1, 2, 2];
        var bilou = new int[bio.Length];
        BilouSpans.ToBilou(bio, bilou);
        Assert.Equal(["U-LOC", "O", "B-PER", "I-PER", "L-PER"], bilou.Select(x => NerTagger.BilouLabels[x]));
    }
}
