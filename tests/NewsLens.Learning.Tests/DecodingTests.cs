using CsCheck;
using NewsLens.Learning;

namespace NewsLens.Learning.Tests;

public class DecodingTests
{
    private sealed record Problem(int N, int L, float[] Emissions, float[] Transitions, float[] Start, float[] End);

    private static readonly Gen<Problem> Problems =
        from l in Gen.Int[1, 4]
        from n in Gen.Int[1, 6]
        from em in Gen.Float[-5f, 5f].Array[n * l]
        from tr in Gen.Float[-5f, 5f].Array[l * l]
        from st in Gen.Float[-5f, 5f].Array[l]
        from en in Gen.Float[-5f, 5f].Array[l]
        select new Problem(n, l, em, tr, st, en);

    [Fact]
    public void Viterbi_SmallRandomProblems_MatchesBruteForce()
    {
        // Given small random chains (1–4 labels, 1–6 positions; two labels take the specialised path)
        Problems.Sample(p =>
        {
            // When Viterbi decodes
            var labels = new int[p.N];
            Decoding.Viterbi(p.Emissions, p.L, p.Transitions, p.Start, p.End, labels);
            float viterbi = Decoding.Score(p.Emissions, p.L, p.Transitions, p.Start, p.End, labels);
            // Then no labelling scores higher (enumerating all L^n)
            float best = BruteForceBest(p);
            return Math.Abs(viterbi - best) <= 1e-4f * Math.Max(1, Math.Abs(best));
        }, iter: 2000);
    }

    [Fact]
    public void Viterbi_ManyLabels_EqualsTheScalarReference()
    {
        // Given random chains with 3 to 40 labels (the vector path, with ties made likely by coarse scores)
        var problems =
            from l in Gen.Int[3, 40]
            from n in Gen.Int[1, 30]
            from em in Gen.Int[-3, 3].Select(i => (float)i).Array[n * l]
            from tr in Gen.Int[-3, 3].Select(i => (float)i).Array[l * l]
            from st in Gen.Float[-5f, 5f].Array[l]
            from en in Gen.Float[-5f, 5f].Array[l]
            select new Problem(n, l, em, tr, st, en);
        problems.Sample(p =>
        {
            // When both decode
            var fast = new int[p.N];
            var reference = new int[p.N];
            Decoding.Viterbi(p.Emissions, p.L, p.Transitions, p.Start, p.End, fast);
            Decoding.ViterbiGeneral(p.Emissions, p.L, p.Transitions, p.Start, p.End, reference);
            // Then they choose the same labels, ties included
            return fast.AsSpan().SequenceEqual(reference);
        }, iter: 1000);
    }

    [Fact]
    public void Viterbi_TransitionForbidsPath_PicksBestLegalSequence()
    {
        // Given B(0)/I(1) where the emissions alone prefer I at the start and I after nothing is forbidden
        float[] emissions = [0f, 5f, 0f, 5f, 3f, 0f];
        float[] transitions = [0f, 0f, 0f, 0f];
        float[] start = [0f, float.NegativeInfinity];
        float[] end = [0f, 0f];
        var labels = new int[3];
        // When decoding
        Decoding.Viterbi(emissions, 2, transitions, start, end, labels);
        // Then the sequence starts with B and takes the best legal continuation
        Assert.Equal([0, 1, 0], labels);
    }

    [Fact]
    public void Viterbi_ManyLabelsLongSequence_MatchesTheDynamicProgramScore()
    {
        // Given a long sequence with 9 labels (rented buffers)
        var rng = new Random(3);
        int n = 500, l = 9;
        float[] em = Enumerable.Range(0, n * l).Select(_ => (float)rng.NextDouble()).ToArray();
        float[] tr = Enumerable.Range(0, l * l).Select(_ => (float)rng.NextDouble()).ToArray();
        float[] st = new float[l], en = new float[l];
        var labels = new int[n];
        // When Viterbi and greedy decode
        Decoding.Viterbi(em, l, tr, st, en, labels);
        var greedy = new int[n];
        Decoding.Greedy(em, l, tr, st, en, greedy);
        // Then Viterbi scores at least as well as greedy
        Assert.True(Decoding.Score(em, l, tr, st, en, labels) >= Decoding.Score(em, l, tr, st, en, greedy));
    }

    [Fact]
    public void Greedy_PicksEachLabelGivenThePrevious()
    {
        // Given emissions that favour 1 then 0, and a transition that punishes 1→0
        float[] emissions = [0f, 1f, 2f, 0f];
        float[] transitions = [0f, 0f, -5f, 0f];
        var labels = new int[2];
        // When decoding greedily
        Decoding.Greedy(emissions, 2, transitions, [0f, 0f], [0f, 0f], labels);
        // Then the first choice is kept and the second follows from it
        Assert.Equal([1, 1], labels);
    }

    private static float BruteForceBest(Problem p)
    {
        var labels = new int[p.N];
        float best = float.NegativeInfinity;
        int total = (int)Math.Pow(p.L, p.N);
        for (int code = 0; code < total; code++)
        {
            int c = code;
            for (int i = 0; i < p.N; i++)
            {
                labels[i] = c % p.L;
                c /= p.L;
            }
            best = Math.Max(best, Decoding.Score(p.Emissions, p.L, p.Transitions, p.Start, p.End, labels));
        }
        return best;
    }
}
