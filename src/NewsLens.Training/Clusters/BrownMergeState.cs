using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NewsLens.Training.Clusters;

/// <summary>
/// The active clusters of Brown clustering and the cached quantities that make each step cheap (Liang 2005,
/// wcluster): for slots x, y holding clusters, the bigram counts <c>n(x→y)</c> (<see cref="_p"/> and its transpose),
/// each pair's contribution to the average mutual information <c>q(x,y) = p(x,y) log(p(x,y) / (p(x) p(y)))</c>, and
/// the loss <c>L(x,y)</c> of AMI if x and y were merged. Probabilities are <c>p(x,y) = n(x→y) / B</c> over the
/// <c>B</c> in-sentence bigrams and <c>p(x) = c(x) / T</c> over the <c>T</c> tokens, as in wcluster.
/// </summary>
/// <remarks>
/// <para>Beyond wcluster, the row and column sums of <c>n</c> and <c>q</c> are kept per slot. They make two steps
/// sparse when one cluster is small, which it nearly always is (a newly added word): adding a word touches only the
/// losses of pairs that include one of its neighbours, its own losses take O(neighbours) each, and a merge of a small
/// cluster s into t changes only the losses of pairs with a neighbour of s (for any other pair the changes cancel
/// exactly), while <c>L(s∪t, x)</c> follows from <c>L(t, x)</c> in O(neighbours of s). Merges of two large clusters
/// take the dense O(C²) path, vectorized. Counts are kept as exact integers in doubles; sums of <c>q</c> are
/// recomputed from scratch every <see cref="RefreshInterval"/> steps so rounding cannot drift.</para>
/// <para>Every value is computed by a fixed sequence of operations, whatever the thread count, so the same input
/// gives the same merges.</para>
/// </remarks>
internal sealed class BrownMergeState
{
    /// <summary>Sums of q are recomputed exactly after this many additions or merges.</summary>
    public const int RefreshInterval = 512;

    private readonly int _k;          // slots (a multiple of the vector width)
    private readonly double[] _p;     // n(x→y) at [x*K + y]
    private readonly double[] _pt;    // n(y→x) at [x*K + y]
    private readonly double[] _q;     // q(x,y) at [x*K + y]
    private readonly double[] _l;     // L(x,y) at [x*K + y] for x < y; +∞ when either slot is free
    private readonly double[] _c;     // cluster counts; 0 for a free slot
    private readonly bool[] _active;
    private readonly double[] _rq, _cq, _rp, _cp; // Σ_y q(x,y), Σ_y q(y,x), Σ_y n(x→y), Σ_y n(y→x) over active y
    private readonly double _invB;    // 1 / B
    private readonly double _k0;      // T² / B, so that q = n/B · log(n · k0 / (c_x c_y))
    private readonly int _threads;

    private readonly bool[] _inN;
    private readonly List<int> _nS = [], _nT = [];
    private readonly double[] _bqS, _bqT, _bqU, _hs, _delta;
    private int _steps;

    /// <summary>Creates the state for at most <paramref name="maxActive"/> active clusters (plus the two a step needs).</summary>
    public BrownMergeState(int maxActive, long tokens, long bigrams, int threads)
    {
        int width = Vector256<double>.Count;
        _k = (maxActive + 2 + width - 1) / width * width;
        long cells = (long)_k * _k;
        _p = new double[cells];
        _pt = new double[cells];
        _q = new double[cells];
        _l = new double[cells];
        Array.Fill(_l, double.PositiveInfinity);
        _c = new double[_k];
        _active = new bool[_k];
        _rq = new double[_k];
        _cq = new double[_k];
        _rp = new double[_k];
        _cp = new double[_k];
        _inN = new bool[_k];
        _bqS = new double[_k];
        _bqT = new double[_k];
        _bqU = new double[_k];
        _hs = new double[_k];
        _delta = new double[_k];
        _invB = 1.0 / Math.Max(1, bigrams);
        _k0 = (double)tokens * tokens / Math.Max(1, bigrams);
        _threads = Math.Max(1, threads);
    }

    /// <summary>The number of slots.</summary>
    public int SlotCount => _k;

    /// <summary>The number of active clusters.</summary>
    public int ActiveCount { get; private set; }

    /// <summary>True when slot <paramref name="x"/> holds a cluster.</summary>
    public bool IsActive(int x) => _active[x];

    /// <summary>The count of the cluster in slot <paramref name="x"/>.</summary>
    public double Count(int x) => _c[x];

    /// <summary>The cached loss of merging the clusters in slots <paramref name="x"/> and <paramref name="y"/>.</summary>
    public double Loss(int x, int y) => x < y ? _l[(x * _k) + y] : _l[(y * _k) + x];

    /// <summary>The average mutual information of the active clustering, in nats.</summary>
    public double MutualInformation()
    {
        double sum = 0;
        for (int x = 0; x < _k; x++)
        {
            if (_active[x])
                sum += _rq[x];
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double F(double n, double a, double b) => n > 0 ? n * _invB * Math.Log(n * _k0 / (a * b)) : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> F(Vector256<double> n, Vector256<double> a, Vector256<double> b, Vector256<double> invB, Vector256<double> k0)
    {
        Vector256<double> r = n * invB * Vector256.Log(n * k0 / (a * b));
        return Vector256.ConditionalSelect(Vector256.GreaterThan(n, Vector256<double>.Zero), r, Vector256<double>.Zero);
    }

    private double S1(int x) => _rq[x] + _cq[x] - _q[(x * _k) + x];

    private double Bq(int x, int y) => _q[(x * _k) + y] + _q[(y * _k) + x];

    private double P(int x, int y) => _p[(x * _k) + y];

    private double Q(int x, int y) => _q[(x * _k) + y];

    private ref double L(int x, int y) => ref (x < y ? ref _l[(x * _k) + y] : ref _l[(y * _k) + x]);

    private int FreeSlot()
    {
        for (int x = 0; x < _k; x++)
        {
            if (!_active[x])
                return x;
        }
        throw new InvalidOperationException("No free slot: merge before adding another cluster.");
    }

    /// <summary>
    /// Adds a cluster (a word) with its bigram counts to and from active slots, and computes every loss it changes.
    /// </summary>
    /// <param name="count">The word's count.</param>
    /// <param name="slots">The active slots it has bigrams with, each once.</param>
    /// <param name="outCounts">n(word → slot) per entry of <paramref name="slots"/>.</param>
    /// <param name="inCounts">n(slot → word) per entry of <paramref name="slots"/>.</param>
    /// <param name="selfCount">n(word → word).</param>
    /// <returns>The slot now holding the word.</returns>
    public int Add(double count, ReadOnlySpan<int> slots, ReadOnlySpan<double> outCounts, ReadOnlySpan<double> inCounts, double selfCount)
    {
        int k = _k;
        int s = FreeSlot();
        _active[s] = true;
        _c[s] = count;
        ActiveCount++;
        List<int> n = _nS;
        n.Clear();
        for (int i = 0; i < slots.Length; i++)
        {
            int y = slots[i];
            if (y == s || !_active[y] || (outCounts[i] <= 0 && inCounts[i] <= 0))
                throw new ArgumentException("Neighbour slots must be distinct active slots with a positive count.", nameof(slots));
            _p[(s * k) + y] = _pt[(y * k) + s] = outCounts[i];
            _p[(y * k) + s] = _pt[(s * k) + y] = inCounts[i];
            n.Add(y);
        }
        n.Sort();
        _p[(s * k) + s] = _pt[(s * k) + s] = selfCount;

        double qss = F(selfCount, count, count);
        _q[(s * k) + s] = qss;
        double rq = qss, cq = qss, rp = selfCount, cp = selfCount;
        foreach (int y in n)
        {
            double qo = F(P(s, y), count, _c[y]), qi = F(P(y, s), _c[y], count);
            _q[(s * k) + y] = qo;
            _q[(y * k) + s] = qi;
            rq += qo;
            cq += qi;
            rp += P(s, y);
            cp += P(y, s);
            _rq[y] += qi;
            _cq[y] += qo;
            _rp[y] += P(y, s);
            _cp[y] += P(s, y);
        }
        _rq[s] = rq;
        _cq[s] = cq;
        _rp[s] = rp;
        _cp[s] = cp;

        // Pairs (x, w) without s: the new cluster adds terms only where x or w is a neighbour of s.
        foreach (int y in n)
            _inN[y] = true;
        double cs = count;
        foreach (int x in n)
        {
            double bqxs = Bq(x, s), pxs = P(x, s), psx = P(s, x), cx = _c[x];
            for (int w = 0; w < k; w++)
            {
                if (!_active[w] || w == s || w == x || (_inN[w] && w < x))
                    continue;
                double m = cx + _c[w];
                double h = F(pxs + P(w, s), m, cs) + F(psx + P(s, w), m, cs);
                L(x, w) += bqxs + Bq(w, s) - h;
            }
        }
        foreach (int y in n)
            _inN[y] = false;

        // Pairs (s, t): O(neighbours of s) each, from t's row and column sums.
        for (int t = 0; t < k; t++)
        {
            if (_active[t] && t != s)
                L(s, t) = SparseLoss(s, t, n);
        }
        Step();
        return s;
    }

    /// <summary>
    /// L(s, t) in O(|N(s)|): every term with a slot y outside N(s) (no bigram with s) only changes by the merged
    /// marginal, <c>f(n, c_s + c_t, c_y) = q(t,y) − n/B · log((c_s + c_t) / c_t)</c>, and those terms sum up from
    /// t's row and column sums.
    /// </summary>
    private double SparseLoss(int s, int t, List<int> neighbours)
    {
        double ct = _c[t], m = _c[s] + ct;
        double lambda = Math.Log(m / ct) * _invB;
        double pts = P(t, s), pst = P(s, t), ptt = P(t, t), pss = P(s, s);
        double rowBase = (_rq[t] - Q(t, s) - Q(t, t)) - ((_rp[t] - pts - ptt) * lambda);
        double colBase = (_cq[t] - Q(s, t) - Q(t, t)) - ((_cp[t] - pst - ptt) * lambda);
        double corr = 0;
        foreach (int y in neighbours)
        {
            if (y == t)
                continue;
            double cy = _c[y];
            double psy = P(s, y), pys = P(y, s);
            if (psy > 0)
            {
                double pty = P(t, y);
                corr += F(psy + pty, m, cy) - (Q(t, y) - (pty * lambda));
            }
            if (pys > 0)
            {
                double pyt = P(y, t);
                corr += F(pys + pyt, m, cy) - (Q(y, t) - (pyt * lambda));
            }
        }
        double d = F(pss + pst + pts + ptt, m, m);
        return S1(s) + S1(t) - Bq(s, t) - (rowBase + colBase + corr) - d;
    }

    /// <summary>L(a, x) from scratch, O(slots), vectorized: the reference every incremental path must agree with.</summary>
    public double FullLoss(int a, int x)
    {
        int k = _k;
        double m = _c[a] + _c[x];
        var vm = Vector256.Create(m);
        var invB = Vector256.Create(_invB);
        var k0 = Vector256.Create(_k0);
        var acc = Vector256<double>.Zero;
        ref double pa = ref _p[a * k];
        ref double px = ref _p[x * k];
        ref double ta = ref _pt[a * k];
        ref double tx = ref _pt[x * k];
        ref double c = ref _c[0];
        var idx = Vector256.Create(0L, 1, 2, 3);
        var va = Vector256.Create((long)a);
        var vx = Vector256.Create((long)x);
        var step = Vector256.Create(4L);
        for (int y = 0; y < k; y += 4)
        {
            var cy = Vector256.LoadUnsafe(ref c, (nuint)y);
            var h = F(Vector256.LoadUnsafe(ref pa, (nuint)y) + Vector256.LoadUnsafe(ref px, (nuint)y), vm, cy, invB, k0)
                  + F(Vector256.LoadUnsafe(ref ta, (nuint)y) + Vector256.LoadUnsafe(ref tx, (nuint)y), vm, cy, invB, k0);
            var keep = ~(Vector256.Equals(idx, va) | Vector256.Equals(idx, vx)).AsDouble();
            acc += h & keep;
            idx += step;
        }
        double sum = Vector256.Sum(acc);
        double d = F(P(a, a) + P(a, x) + P(x, a) + P(x, x), m, m);
        return S1(a) + S1(x) - Bq(a, x) - sum - d;
    }

    /// <summary>Finds the pair with the least loss; ties go to the first pair in slot order.</summary>
    public (int S, int T, double Loss) BestPair()
    {
        int k = _k;
        int bestS = -1, bestT = -1;
        double best = double.PositiveInfinity;
        for (int v = 0; v < k; v++)
        {
            if (!_active[v])
                continue;
            ReadOnlySpan<double> row = _l.AsSpan((v * k) + v + 1, k - v - 1);
            double min = MinOf(row);
            if (min < best)
            {
                best = min;
                bestS = v;
                bestT = v + 1 + row.IndexOf(min);
            }
        }
        return (bestS, bestT, best);
    }

    private static double MinOf(ReadOnlySpan<double> row)
    {
        int i = 0;
        double min = double.PositiveInfinity;
        if (row.Length >= 4)
        {
            var vmin = Vector256.Create(double.PositiveInfinity);
            ref double r = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(row);
            for (; i <= row.Length - 4; i += 4)
                vmin = Vector256.Min(vmin, Vector256.LoadUnsafe(ref r, (nuint)i));
            for (int j = 0; j < 4; j++)
                min = Math.Min(min, vmin[j]);
        }
        for (; i < row.Length; i++)
            min = Math.Min(min, row[i]);
        return min;
    }

    /// <summary>Merges the clusters in slots <paramref name="a"/> and <paramref name="b"/>; returns the merged cluster's slot.</summary>
    public int Merge(int a, int b)
    {
        int k = _k;
        if (a == b || !_active[a] || !_active[b])
            throw new ArgumentException("Merge needs two distinct active slots.");
        Neighbours(a, b, _nS);
        Neighbours(b, a, _nT);
        // s is the cluster with fewer neighbours: the incremental paths cost O(|N(s)|) per pair.
        int s = a, t = b;
        if (_nT.Count < _nS.Count)
        {
            (s, t) = (b, a);
            Neighbours(s, t, _nS);
        }
        List<int> ns = _nS;
        int active = ActiveCount;
        bool sparsePairs = ns.Count * 8 <= active;
        bool sparseMerged = ns.Count * 4 <= active;

        // Before anything changes: for every x, the old sum of hypothetical terms of merging t and x (from L(t,x)).
        double ct = _c[t], cs = _c[s], cu = cs + ct;
        if (sparseMerged)
        {
            double s1t = S1(t);
            for (int x = 0; x < k; x++)
            {
                if (!_active[x] || x == s || x == t)
                    continue;
                double m = ct + _c[x];
                double d = F(P(t, t) + P(t, x) + P(x, t) + P(x, x), m, m);
                _hs[x] = s1t + S1(x) - Bq(t, x) - d - L(t, x);
            }
        }

        int u = FreeSlot();
        _active[u] = true;
        _c[u] = cu;
        ActiveCount++;
        int uk = u * k, sk = s * k, tk = t * k;
        for (int y = 0; y < k; y++)
        {
            if (!_active[y] || y == s || y == t || y == u)
                continue;
            double o = _p[sk + y] + _p[tk + y];
            double i = _pt[sk + y] + _pt[tk + y];
            _p[uk + y] = _pt[(y * k) + u] = o;
            _pt[uk + y] = _p[(y * k) + u] = i;
        }
        double puu = P(s, s) + P(s, t) + P(t, s) + P(t, t);
        _p[uk + u] = _pt[uk + u] = puu;
        double quu = F(puu, cu, cu);
        _q[uk + u] = quu;
        double rq = quu, cq = quu;
        for (int y = 0; y < k; y++)
        {
            _bqS[y] = _bqT[y] = _bqU[y] = 0;
            if (!_active[y] || y == u)
                continue;
            _bqS[y] = y == s ? 0 : Bq(y, s);
            _bqT[y] = y == t ? 0 : Bq(y, t);
            if (y == s || y == t)
                continue;
            double cy = _c[y];
            double qo = F(_p[uk + y], cu, cy), qi = F(_pt[uk + y], cy, cu);
            _q[uk + y] = qo;
            _q[(y * k) + u] = qi;
            _bqU[y] = qo + qi;
            rq += qo;
            cq += qi;
        }
        _rp[u] = _rp[s] + _rp[t];
        _cp[u] = _cp[s] + _cp[t];

        // Pairs (v, w) without s, t, u.
        if (sparsePairs)
            UpdatePairsSparse(s, t, u, ns);
        else
            UpdatePairsDense(s, t, u);

        // L(u, x) from the old L(t, x), before t's row is cleared.
        if (sparseMerged)
        {
            // The sums of q for the new configuration first (S1 of every x changes).
            UpdateSums(s, t, u, rq, cq);
            double s1u = S1(u);
            foreach (int y in ns)
                _inN[y] = true;
            for (int x = 0; x < k; x++)
            {
                if (!_active[x] || x == s || x == t || x == u)
                    continue;
                double cx = _c[x];
                double m = ct + cx, m2 = cu + cx;
                double lambda = Math.Log(m2 / m) * _invB;
                double hts = F(P(t, s) + P(x, s), m, cs) + F(P(s, t) + P(s, x), m, cs);
                double w = _rp[t] + _rp[x] + _cp[t] + _cp[x]
                    - (P(t, s) + P(t, t) + P(t, x) + P(x, s) + P(x, t) + P(x, x)
                       + P(s, t) + P(t, t) + P(x, t) + P(s, x) + P(t, x) + P(x, x));
                double hs = _hs[x] - hts - (w * lambda);
                foreach (int y in ns)
                {
                    if (y == t || y == x)
                        continue;
                    double cy = _c[y];
                    double pty = P(t, y), pxy = P(x, y), pyt = P(y, t), pyx = P(y, x);
                    double old = F(pty + pxy, m, cy) + F(pyt + pyx, m, cy);
                    double now = F(_p[uk + y] + pxy, m2, cy) + F(_pt[uk + y] + pyx, m2, cy);
                    hs += now - old + ((pty + pxy + pyt + pyx) * lambda);
                }
                double d = F(puu + _p[uk + x] + _pt[uk + x] + P(x, x), m2, m2);
                L(u, x) = s1u + S1(x) - _bqU[x] - d - hs;
            }
            foreach (int y in ns)
                _inN[y] = false;
            Free(s);
            Free(t);
        }
        else
        {
            UpdateSums(s, t, u, rq, cq);
            Free(s);
            Free(t);
            ComputeLossesOf(u);
        }
        Step();
        return u;
    }

    private void UpdateSums(int s, int t, int u, double rqU, double cqU)
    {
        int k = _k;
        for (int y = 0; y < k; y++)
        {
            if (!_active[y] || y == s || y == t || y == u)
                continue;
            _rq[y] += Q(y, u) - Q(y, s) - Q(y, t);
            _cq[y] += Q(u, y) - Q(s, y) - Q(t, y);
        }
        _rq[u] = rqU;
        _cq[u] = cqU;
    }

    /// <summary>The active slots other than <paramref name="s"/> and <paramref name="other"/> that have a bigram with s.</summary>
    private void Neighbours(int s, int other, List<int> into)
    {
        into.Clear();
        int sk = s * _k;
        for (int y = 0; y < _k; y++)
        {
            if (_active[y] && y != s && y != other && (_p[sk + y] > 0 || _pt[sk + y] > 0))
                into.Add(y);
        }
    }

    /// <summary>
    /// The change of L(v, w) when s and t merge into u (wcluster's update): the old terms of v and w with s and t
    /// go, the new ones with u come. Zero unless v or w has a bigram with s (t's terms only rescale to u's marginal,
    /// and those rescalings cancel).
    /// </summary>
    private void PairDeltas(int v, int s, int t, int u, Span<double> delta)
    {
        int k = _k;
        var invB = Vector256.Create(_invB);
        var k0 = Vector256.Create(_k0);
        var cs = Vector256.Create(_c[s]);
        var ct = Vector256.Create(_c[t]);
        var cu = Vector256.Create(_c[u]);
        var cv = Vector256.Create(_c[v]);
        var bqv = Vector256.Create(_bqU[v] - _bqS[v] - _bqT[v]);
        var inSv = Vector256.Create(_pt[(s * k) + v]);
        var outSv = Vector256.Create(_p[(s * k) + v]);
        var inTv = Vector256.Create(_pt[(t * k) + v]);
        var outTv = Vector256.Create(_p[(t * k) + v]);
        var inUv = Vector256.Create(_pt[(u * k) + v]);
        var outUv = Vector256.Create(_p[(u * k) + v]);
        ref double inS = ref _pt[s * k];
        ref double outS = ref _p[s * k];
        ref double inT = ref _pt[t * k];
        ref double outT = ref _p[t * k];
        ref double inU = ref _pt[u * k];
        ref double outU = ref _p[u * k];
        ref double c = ref _c[0];
        ref double bqS = ref _bqS[0];
        ref double bqT = ref _bqT[0];
        ref double bqU = ref _bqU[0];
        ref double d = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(delta);
        for (int w = 0; w < k; w += 4)
        {
            nuint i = (nuint)w;
            var m = cv + Vector256.LoadUnsafe(ref c, i);
            var hs = F(inSv + Vector256.LoadUnsafe(ref inS, i), m, cs, invB, k0) + F(outSv + Vector256.LoadUnsafe(ref outS, i), m, cs, invB, k0);
            var ht = F(inTv + Vector256.LoadUnsafe(ref inT, i), m, ct, invB, k0) + F(outTv + Vector256.LoadUnsafe(ref outT, i), m, ct, invB, k0);
            var hu = F(inUv + Vector256.LoadUnsafe(ref inU, i), m, cu, invB, k0) + F(outUv + Vector256.LoadUnsafe(ref outU, i), m, cu, invB, k0);
            var bq = bqv + Vector256.LoadUnsafe(ref bqU, i) - Vector256.LoadUnsafe(ref bqS, i) - Vector256.LoadUnsafe(ref bqT, i);
            (bq + hs + ht - hu).StoreUnsafe(ref d, i);
        }
    }

    private void UpdatePairsSparse(int s, int t, int u, List<int> ns)
    {
        int k = _k;
        Span<double> delta = _delta;
        foreach (int y in ns)
            _inN[y] = true;
        foreach (int v in ns)
        {
            PairDeltas(v, s, t, u, delta);
            for (int w = 0; w < k; w++)
            {
                if (!_active[w] || w == v || w == s || w == t || w == u || (_inN[w] && w < v))
                    continue;
                L(v, w) += delta[w];
            }
        }
        foreach (int y in ns)
            _inN[y] = false;
    }

    private void UpdatePairsDense(int s, int t, int u)
    {
        int k = _k;
        void Row(int v, double[] delta)
        {
            if (!_active[v] || v == s || v == t || v == u)
                return;
            PairDeltas(v, s, t, u, delta);
            Span<double> row = _l.AsSpan(v * k, k);
            for (int w = v + 1; w < k; w++)
                row[w] += delta[w]; // pairs with free slots stay +∞; pairs with s, t, u are reset after
        }
        if (_threads == 1 || ActiveCount < 256)
        {
            for (int v = 0; v < k; v++)
                Row(v, _delta);
        }
        else
        {
            Parallel.For(0, _threads, new ParallelOptions { MaxDegreeOfParallelism = _threads }, part =>
            {
                var delta = new double[k];
                for (int v = part; v < k; v += _threads)
                    Row(v, delta);
            });
        }
    }

    /// <summary>Computes L(u, x) from scratch for every active x (the dense path after a merge of two large clusters).</summary>
    private void ComputeLossesOf(int u)
    {
        int k = _k;
        if (_threads == 1 || ActiveCount < 256)
        {
            for (int x = 0; x < k; x++)
            {
                if (_active[x] && x != u)
                    L(u, x) = FullLoss(u, x);
            }
            return;
        }
        Parallel.For(0, _threads, new ParallelOptions { MaxDegreeOfParallelism = _threads }, part =>
        {
            for (int x = part; x < k; x += _threads)
            {
                if (_active[x] && x != u)
                    L(u, x) = FullLoss(u, x);
            }
        });
    }

    private void Free(int s)
    {
        int k = _k, sk = s * k;
        _active[s] = false;
        _c[s] = 0;
        ActiveCount--;
        _rq[s] = _cq[s] = _rp[s] = _cp[s] = 0;
        for (int y = 0; y < k; y++)
        {
            int ys = (y * k) + s;
            _p[sk + y] = _pt[sk + y] = _q[sk + y] = 0;
            _p[ys] = _pt[ys] = _q[ys] = 0;
            L(s, y) = double.PositiveInfinity;
        }
    }

    private void Step()
    {
        if (++_steps % RefreshInterval == 0)
            RefreshSums();
    }

    /// <summary>Recomputes the row and column sums of q from the q matrix (exact sums of n need no refresh).</summary>
    public void RefreshSums()
    {
        int k = _k;
        for (int x = 0; x < k; x++)
        {
            _rq[x] = _cq[x] = 0;
            if (!_active[x])
                continue;
            double rq = 0, cq = 0;
            for (int y = 0; y < k; y++)
            {
                if (!_active[y])
                    continue;
                rq += _q[(x * k) + y];
                cq += _q[(y * k) + x];
            }
            _rq[x] = rq;
            _cq[x] = cq;
        }
    }

    /// <summary>The largest difference between a cached loss and its value from scratch (for tests).</summary>
    public double MaxLossError()
    {
        double worst = 0;
        for (int x = 0; x < _k; x++)
        {
            for (int y = x + 1; y < _k; y++)
            {
                if (_active[x] && _active[y])
                    worst = Math.Max(worst, Math.Abs(_l[(x * _k) + y] - FullLoss(x, y)));
            }
        }
        return worst;
    }
}
