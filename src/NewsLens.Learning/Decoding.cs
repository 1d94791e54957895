using System.Runtime.Intrinsics;
using System.Buffers;

namespace NewsLens.Learning;

/// <summary>
/// Decoders over a linear chain: per-position label scores (emissions, row-major <c>n × L</c>), an <c>L × L</c>
/// transition matrix (<c>[previous * L + current]</c>) and start/end weights. Ties go to the lowest label id.
/// </summary>
internal static class Decoding
{
    private const int StackLimit = 1024;

    /// <summary>Viterbi: the highest-scoring label sequence, in O(n·L²) time, without allocating in steady state.</summary>
    public static void Viterbi(
        ReadOnlySpan<float> emissions, int labelCount, ReadOnlySpan<float> transitions,
        ReadOnlySpan<float> start, ReadOnlySpan<float> end, Span<int> output)
    {
        int n = output.Length;
        int l = labelCount;
        if (n == 0)
            return;
        if (l == 2)
        {
            Viterbi2(emissions, transitions, start, end, output);
            return;
        }
        if (Vector256.IsHardwareAccelerated && l <= MaxVectorLabels)
            ViterbiVector(emissions, l, transitions, start, end, output);
        else
            ViterbiGeneral(emissions, l, transitions, start, end, output);
    }

    /// <summary>The scalar Viterbi for any label count: the reference the specialised paths must equal.</summary>
    internal static void ViterbiGeneral(
        ReadOnlySpan<float> emissions, int labelCount, ReadOnlySpan<float> transitions,
        ReadOnlySpan<float> start, ReadOnlySpan<float> end, Span<int> output)
    {
        int n = output.Length;
        int l = labelCount;
        if (n == 0)
            return;

        int backSize = n * l;
        int[]? rented = null;
        Span<int> back = backSize <= StackLimit
            ? stackalloc int[StackLimit]
            : (rented = ArrayPool<int>.Shared.Rent(backSize));
        float[]? rentedScores = null;
        Span<float> scores = 2 * l <= StackLimit
            ? stackalloc float[StackLimit]
            : (rentedScores = ArrayPool<float>.Shared.Rent(2 * l));
        try
        {
            Span<float> prev = scores.Slice(0, l);
            Span<float> cur = scores.Slice(l, l);
            for (int y = 0; y < l; y++)
                prev[y] = start[y] + emissions[y];

            for (int i = 1; i < n; i++)
            {
                ReadOnlySpan<float> em = emissions.Slice(i * l, l);
                Span<int> bp = back.Slice(i * l, l);
                for (int y = 0; y < l; y++)
                {
                    float best = prev[0] + transitions[y];
                    int arg = 0;
                    for (int p = 1; p < l; p++)
                    {
                        float s = prev[p] + transitions[(p * l) + y];
                        if (s > best)
                        {
                            best = s;
                            arg = p;
                        }
                    }
                    cur[y] = best + em[y];
                    bp[y] = arg;
                }
                Span<float> t = prev;
                prev = cur;
                cur = t;
            }

            int last = 0;
            float bestEnd = prev[0] + end[0];
            for (int y = 1; y < l; y++)
            {
                float s = prev[y] + end[y];
                if (s > bestEnd)
                {
                    bestEnd = s;
                    last = y;
                }
            }
            output[n - 1] = last;
            for (int i = n - 1; i > 0; i--)
            {
                last = back[(i * l) + last];
                output[i - 1] = last;
            }
        }
        finally
        {
            if (rented is not null)
                ArrayPool<int>.Shared.Return(rented);
            if (rentedScores is not null)
                ArrayPool<float>.Shared.Return(rentedScores);
        }
    }

    private const int MaxVectorLabels = 64;

    /// <summary>
    /// Viterbi for 3 to 64 labels, eight current labels at a time: for each previous label p (in ascending order), the
    /// candidate scores <c>prev[p] + T[p, y]</c> of a block of current labels y are compared with the best so far and
    /// replace it where strictly greater — the same sums and the same tie rule (lowest p) as the scalar loop, so the
    /// result is identical. Back pointers are bytes.
    /// </summary>
    private static void ViterbiVector(
        ReadOnlySpan<float> emissions, int l, ReadOnlySpan<float> transitions,
        ReadOnlySpan<float> start, ReadOnlySpan<float> end, Span<int> output)
    {
        int n = output.Length;
        int lanes = Vector256<float>.Count;
        int lp = (l + lanes - 1) / lanes * lanes;
        Span<float> padded = stackalloc float[MaxVectorLabels * MaxVectorLabels];
        padded = padded.Slice(0, l * lp);
        padded.Clear();
        for (int p = 0; p < l; p++)
            transitions.Slice(p * l, l).CopyTo(padded.Slice(p * lp, l));
        Span<float> prev = stackalloc float[MaxVectorLabels];
        Span<float> cur = stackalloc float[MaxVectorLabels];
        Span<int> args = stackalloc int[MaxVectorLabels];
        int backSize = n * l;
        byte[]? rented = null;
        Span<byte> back = backSize <= 4 * StackLimit ? stackalloc byte[4 * StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(backSize));
        try
        {
            for (int y = 0; y < l; y++)
                prev[y] = start[y] + emissions[y];
            ref float t0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(padded);
            for (int i = 1; i < n; i++)
            {
                for (int b = 0; b < lp; b += lanes)
                {
                    Vector256<float> best = Vector256.Create(prev[0]) + Vector256.LoadUnsafe(ref t0, (nuint)b);
                    Vector256<int> arg = Vector256<int>.Zero;
                    for (int p = 1; p < l; p++)
                    {
                        Vector256<float> cand = Vector256.Create(prev[p]) + Vector256.LoadUnsafe(ref t0, (nuint)((p * lp) + b));
                        Vector256<float> greater = Vector256.GreaterThan(cand, best);
                        best = Vector256.ConditionalSelect(greater, cand, best);
                        arg = Vector256.ConditionalSelect(greater.AsInt32(), Vector256.Create(p), arg);
                    }
                    best.CopyTo(cur.Slice(b));
                    arg.CopyTo(args.Slice(b));
                }
                ReadOnlySpan<float> em = emissions.Slice(i * l, l);
                Span<byte> bp = back.Slice(i * l, l);
                for (int y = 0; y < l; y++)
                {
                    cur[y] += em[y];
                    bp[y] = (byte)args[y];
                }
                Span<float> swap = prev;
                prev = cur;
                cur = swap;
            }
            int last = 0;
            float bestEnd = prev[0] + end[0];
            for (int y = 1; y < l; y++)
            {
                float s = prev[y] + end[y];
                if (s > bestEnd)
                {
                    bestEnd = s;
                    last = y;
                }
            }
            output[n - 1] = last;
            for (int i = n - 1; i > 0; i--)
            {
                last = back[(i * l) + last];
                output[i - 1] = last;
            }
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Viterbi specialised for two labels (B/I segmentation): scores in registers, back pointers as bytes.</summary>
    private static void Viterbi2(
        ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions,
        ReadOnlySpan<float> start, ReadOnlySpan<float> end, Span<int> output)
    {
        int n = output.Length;
        float t00 = transitions[0], t01 = transitions[1], t10 = transitions[2], t11 = transitions[3];
        float s0 = start[0] + emissions[0];
        float s1 = start[1] + emissions[1];
        // Back pointers packed in the output itself: bit 0 = best previous for label 0, bit 1 = for label 1.
        for (int i = 1; i < n; i++)
        {
            float a0 = s0 + t00, b0 = s1 + t10;
            float a1 = s0 + t01, b1 = s1 + t11;
            int bits = 0;
            float n0, n1;
            if (b0 > a0) { n0 = b0; bits |= 1; } else { n0 = a0; }
            if (b1 > a1) { n1 = b1; bits |= 2; } else { n1 = a1; }
            output[i] = bits;
            s0 = n0 + emissions[2 * i];
            s1 = n1 + emissions[(2 * i) + 1];
        }
        int last = (s1 + end[1]) > (s0 + end[0]) ? 1 : 0;
        for (int i = n - 1; i > 0; i--)
        {
            int bits = output[i];
            output[i] = last;
            last = (bits >> last) & 1;
        }
        output[0] = last;
    }

    /// <summary>Greedy left-to-right decoding: each label maximises its emission plus the transition from the previous label.</summary>
    public static void Greedy(
        ReadOnlySpan<float> emissions, int labelCount, ReadOnlySpan<float> transitions,
        ReadOnlySpan<float> start, ReadOnlySpan<float> end, Span<int> output)
    {
        int n = output.Length;
        int l = labelCount;
        int prev = -1;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<float> em = emissions.Slice(i * l, l);
            int arg = 0;
            float best = float.NegativeInfinity;
            for (int y = 0; y < l; y++)
            {
                float s = em[y] + (prev < 0 ? start[y] : transitions[(prev * l) + y]);
                if (i == n - 1)
                    s += end[y];
                if (s > best || y == 0)
                {
                    best = s;
                    arg = y;
                }
            }
            output[i] = arg;
            prev = arg;
        }
    }

    /// <summary>The total score of <paramref name="labels"/> (emissions, transitions, start and end).</summary>
    public static float Score(
        ReadOnlySpan<float> emissions, int labelCount, ReadOnlySpan<float> transitions,
        ReadOnlySpan<float> start, ReadOnlySpan<float> end, ReadOnlySpan<int> labels)
    {
        int n = labels.Length;
        if (n == 0)
            return 0;
        float s = start[labels[0]] + end[labels[n - 1]];
        for (int i = 0; i < n; i++)
        {
            s += emissions[(i * labelCount) + labels[i]];
            if (i > 0)
                s += transitions[(labels[i - 1] * labelCount) + labels[i]];
        }
        return s;
    }
}
