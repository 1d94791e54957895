using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsLens.Training.Clusters;

/// <summary>
/// The active clusters of Brown clustering and the cached quantities that make each step cheap (Liang 2005,
/// wcluster): for slots x, y holding clusters, the bigram counts <c>n(x→y)</c>, each pair's contribution to the
/// average mutual information <c>q(x,y) = p(x,y) log(p(x,y) / (p(x) p(y)))</c>, and the loss <c>L(x,y)</c> of AMI
/// if x and y were merged. Probabilities are <c>p(x,y) = n(x→y) / B</c> over the <c>B</c> in-sentence bigrams and
/// <c>p(x) = c(x) / T</c> over the <c>T</c> tokens, as in wcluster.
/// </summary>
/// <remarks>
/// <para>Beyond wcluster, the row and column sums of <c>n</c> and <c>q</c> are kept per slot. They make the steps
/// sparse when one cluster is small, which it nearly always is (a newly added word): adding a word changes only the
/// losses of pairs that include one of its neighbours, and its own losses follow from row and column sums plus one
/// term per neighbour; a merge of a small cluster s into t changes only the losses of pairs with a neighbour of s (for
/// any other pair the changes cancel exactly), and <c>L(s∪t, x)</c> follows from <c>L(t, x)</c> plus one term per
/// neighbour of s. So a step costs O(C × neighbours of the small cluster) instead of O(C²); merges of two large
/// clusters take wcluster's dense O(C²) path.</para>
/// <para>Both <c>n</c> and <c>q</c> are stored with their transposes, so every loop runs over contiguous rows and is
/// vectorized (<see cref="Vector256"/>, including its <c>Log</c>). Counts are exact integers in doubles; the sums of
/// <c>q</c> are recomputed from scratch every <see cref="RefreshInterval"/> steps so rounding cannot drift. Every
/// value is computed by the same operations whatever the thread count (threads split loops, never sums), so the same
/// input gives the same merges.</para>
/// </remarks>
internal sealed class BrownMergeState
{
    /// <summary>Sums of q are recomputed exactly after this many additions or merges.</summary>
    public const int RefreshInterval = 512;

    /// <summary>Below this many scalar operations a loop runs on one thread.</summary>
    private const int ParallelWork = 1 << 14;

    private const int W = 4; // Vector256<double>.Count

    private readonly int _k;          // slots (a multiple of the vector width)
    private readonly double[] _p;     // n(x→y) at [x*K + y]
    private readonly double[] _pt;    // n(y→x) at [x*K + y]
    private readonly double[] _q;     // q(x,y) at [x*K + y]
    private readonly double[] _qt;    // q(y,x) at [x*K + y]
    private readonly double[] _l;     // L(x,y) at [x*K + y] for x < y; +∞ when either slot is free
    private readonly double[] _c;     // cluster counts; 0 for a free slot
    private readonly bool[] _active;
    private readonly double[] _rq, _cq, _rp, _cp; // Σ_y q(x,y), Σ_y q(y,x), Σ_y n(x→y), Σ_y n(y→x) over active y
    private readonly double _invB;    // 1 / B
    private readonly double _k0;      // T² / B, so that q = n/B · log(n · k0 / (c_x c_y))
    private readonly int _threads;

    // Scratch, one value per slot.
    private readonly bool[] _inN;
    private readonly List<int> _nS = [], _nT = [];
    private readonly double[] _bqS, _bqT, _bqU, _base, _acc, _m, _m2, _lambda;
    private readonly double[][] _deltas;
    private int _steps;

    /// <summary>Creates the state for at most <paramref name="maxActive"/> active clusters (plus the two a step needs).</summary>
    public BrownMergeState(int maxActive, long tokens, long bigrams, int threads)
    {
        _k = (maxActive + 2 + W - 1) / W * W;
        long cells = (long)_k * _k;
        _p = new double[cells];
        _pt = new double[cells];
        _q = new double[cells];
        _qt = new double[cells];
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
        _base = new double[_k];
        _acc = new double[_k];
        _m = new double[_k];
        _m2 = new double[_k];
        _lambda = new double[_k];
        _invB = 1.0 / Math.Max(1, bigrams);
        _k0 = (double)tokens * tokens / Math.Max(1, bigrams);
        _threads = Math.Max(1, threads);
        _deltas = new double[_threads][];
        for (int i = 0; i < _threads; i++)
            _deltas[i] = new double[_k];
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Load(double[] array, int offset) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<double> value, double[] array, int offset) =>
        value.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)offset);

    /// <summary>All-ones lanes except the one whose slot index is <paramref name="excluded"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Except(int first, int excluded)
    {
        var idx = Vector256.Create((long)first, first + 1, first + 2, first + 3);
        return (~Vector256.Equals(idx, Vector256.Create((long)excluded))).AsDouble();
    }

    private double S1(int x) => _rq[x] + _cq[x] - _q[(x * _k) + x];

    private double Bq(int x, int y) => _q[(x * _k) + y] + _qt[(x * _k) + y];

    private double P(int x, int y) => _p[(x * _k) + y];

    private double Q(int x, int y) => _q[(x * _k) + y];

    private ref double L(int x, int y) => ref (x < y ? ref _l[(x * _k) + y] : ref _l[(y * _k) + x]);

    private void SetP(int x, int y, double n)
    {
        _p[(x * _k) + y] = n;
        _pt[(y * _k) + x] = n;
    }

    private void SetQ(int x, int y, double q)
    {
        _q[(x * _k) + y] = q;
        _qt[(y * _k) + x] = q;
    }

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
    /// Runs <paramref name="body"/>(from, to, part) over [0, <paramref name="count"/>) split into contiguous parts
    /// (multiples of the vector width), on several threads when <paramref name="work"/> is large enough.
    /// </summary>
    private void Split(int count, long work, Action<int, int, int> body)
    {
        if (_threads == 1 || work < ParallelWork)
        {
            body(0, count, 0);
            return;
        }
        int chunk = ((count / W) + _threads - 1) / _threads * W;
        Parallel.For(0, _threads, new ParallelOptions { MaxDegreeOfParallelism = _threads }, part =>
        {
            int from = part * chunk, to = Math.Min(count, from + chunk);
            if (from < to)
                body(from, to, part);
        });
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
            SetP(s, y, outCounts[i]);
            SetP(y, s, inCounts[i]);
            n.Add(y);
        }
        n.Sort();
        SetP(s, s, selfCount);

        double qss = F(selfCount, count, count);
        SetQ(s, s, qss);
        double rq = qss, cq = qss, rp = selfCount, cp = selfCount;
        foreach (int y in n)
        {
            double qo = F(P(s, y), count, _c[y]), qi = F(P(y, s), _c[y], count);
            SetQ(s, y, qo);
            SetQ(y, s, qi);
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

        UpdatePairsForNew(s, n);
        LossesOfNew(s, n);
        Step();
        return s;
    }

    /// <summary>
    /// wcluster's update of L(x, w) for a new cluster s: + bq(x,s) + bq(w,s) − the terms of the merged (x,w) with s.
    /// All zero unless x or w is a neighbour of s, so only the rows of s's neighbours are visited.
    /// </summary>
    private void UpdatePairsForNew(int s, List<int> n)
    {
        int k = _k;
        foreach (int y in n)
            _inN[y] = true;
        void Row(int x, double[] delta)
        {
            var invB = Vector256.Create(_invB);
            var k0 = Vector256.Create(_k0);
            var cs = Vector256.Create(_c[s]);
            var cx = Vector256.Create(_c[x]);
            var pxs = Vector256.Create(P(x, s));
            var psx = Vector256.Create(P(s, x));
            var bqxs = Vector256.Create(Bq(x, s));
            int sk = s * k;
            for (int w = 0; w < k; w += W)
            {
                var m = cx + Load(_c, w);
                var h = F(pxs + Load(_pt, sk + w), m, cs, invB, k0) + F(psx + Load(_p, sk + w), m, cs, invB, k0);
                Store(bqxs + Load(_q, sk + w) + Load(_qt, sk + w) - h, delta, w);
            }
            for (int w = 0; w < k; w++)
            {
                if (_active[w] && w != s && w != x && !(_inN[w] && w < x))
                    L(x, w) += delta[w];
            }
        }
        ForEachRow(n, Row);
        foreach (int y in n)
            _inN[y] = false;
    }

    /// <summary>Runs <paramref name="row"/> for each slot of <paramref name="rows"/>, on several threads when there are many.</summary>
    private void ForEachRow(List<int> rows, Action<int, double[]> row)
    {
        if (_threads == 1 || (long)rows.Count * _k < ParallelWork)
        {
            foreach (int x in rows)
                row(x, _deltas[0]);
            return;
        }
        Parallel.For(0, _threads, new ParallelOptions { MaxDegreeOfParallelism = _threads }, part =>
        {
            for (int i = part; i < rows.Count; i += _threads)
                row(rows[i], _deltas[part]);
        });
    }

    /// <summary>
    /// L(s, t) for every t, in O(|N(s)|) each: every term with a slot y outside N(s) (no bigram with s) only changes
    /// by the merged marginal, <c>f(n, c_s + c_t, c_y) = q(t,y) − n/B · log((c_s + c_t) / c_t)</c>, and those terms
    /// sum up from t's row and column sums; the neighbours' terms are added for all t at once, one neighbour at a time.
    /// </summary>
    private void LossesOfNew(int s, List<int> n)
    {
        int k = _k;
        double cs = _c[s];
        for (int t = 0; t < k; t++)
        {
            bool live = _active[t] && t != s;
            _m[t] = live ? cs + _c[t] : 1;
            _lambda[t] = live ? Math.Log(_m[t] / _c[t]) * _invB : 0;
            _acc[t] = 0;
        }
        Split(k, (long)n.Count * k * 4, (from, to, _) =>
        {
            var invB = Vector256.Create(_invB);
            var k0 = Vector256.Create(_k0);
            foreach (int y in n)
            {
                int yk = y * k;
                double psy = P(s, y), pys = P(y, s);
                var vpsy = Vector256.Create(psy);
                var vpys = Vector256.Create(pys);
                var cy = Vector256.Create(_c[y]);
                for (int t = from; t < to; t += W)
                {
                    var m = Load(_m, t);
                    var lam = Load(_lambda, t);
                    var sum = Vector256<double>.Zero;
                    if (psy > 0)
                    {
                        var pty = Load(_pt, yk + t);
                        sum += F(vpsy + pty, m, cy, invB, k0) - (Load(_qt, yk + t) - (pty * lam));
                    }
                    if (pys > 0)
                    {
                        var pyt = Load(_p, yk + t);
                        sum += F(vpys + pyt, m, cy, invB, k0) - (Load(_q, yk + t) - (pyt * lam));
                    }
                    Store(Load(_acc, t) + (sum & Except(t, y)), _acc, t);
                }
            }
        });
        double s1s = S1(s), pss = P(s, s);
        for (int t = 0; t < k; t++)
        {
            if (!_active[t] || t == s)
                continue;
            double lambda = _lambda[t], m = _m[t];
            double pts = P(t, s), pst = P(s, t), ptt = P(t, t);
            double rowBase = (_rq[t] - Q(t, s) - Q(t, t)) - ((_rp[t] - pts - ptt) * lambda);
            double colBase = (_cq[t] - Q(s, t) - Q(t, t)) - ((_cp[t] - pst - ptt) * lambda);
            double d = F(pss + pst + pts + ptt, m, m);
            L(s, t) = s1s + S1(t) - Bq(s, t) - (rowBase + colBase + _acc[t]) - d;
        }
    }

    /// <summary>L(a, x) from scratch, O(slots), vectorized: the reference every incremental path must agree with.</summary>
    public double FullLoss(int a, int x)
    {
        int k = _k, ak = a * k, xk = x * k;
        double m = _c[a] + _c[x];
        var vm = Vector256.Create(m);
        var invB = Vector256.Create(_invB);
        var k0 = Vector256.Create(_k0);
        var acc = Vector256<double>.Zero;
        for (int y = 0; y < k; y += W)
        {
            var cy = Load(_c, y);
            var h = F(Load(_p, ak + y) + Load(_p, xk + y), vm, cy, invB, k0)
                  + F(Load(_pt, ak + y) + Load(_pt, xk + y), vm, cy, invB, k0);
            acc += h & Except(y, a) & Except(y, x);
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
        if (row.Length >= W)
        {
            var vmin = Vector256.Create(double.PositiveInfinity);
            ref double r = ref MemoryMarshal.GetReference(row);
            for (; i <= row.Length - W; i += W)
                vmin = Vector256.Min(vmin, Vector256.LoadUnsafe(ref r, (nuint)i));
            for (int j = 0; j < W; j++)
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
        List<int> ns = _nS;
        if (_nT.Count < _nS.Count)
        {
            (s, t) = (b, a);
            ns = _nT;
        }
        int active = ActiveCount;
        bool sparsePairs = ns.Count * 3 <= active;
        bool sparseMerged = ns.Count * 2 <= active;
        double ct = _c[t], cs = _c[s], cu = cs + ct;

        // Before anything changes, for each x: the old hypothetical terms of merging t and x (from L(t, x)), less
        // the term with s, with every other term moved to u's marginal.
        if (sparseMerged)
        {
            double s1t = S1(t);
            double pts = P(t, s), pst = P(s, t), ptt = P(t, t);
            for (int x = 0; x < k; x++)
            {
                if (!_active[x] || x == s || x == t)
                {
                    _m[x] = _m2[x] = 1;
                    _lambda[x] = _base[x] = 0;
                    continue;
                }
                double cx = _c[x], m = ct + cx, m2 = cu + cx;
                double lambda = Math.Log(m2 / m) * _invB;
                double pxs = P(x, s), psx = P(s, x), ptx = P(t, x), pxt = P(x, t), pxx = P(x, x);
                double d = F(ptt + ptx + pxt + pxx, m, m);
                double hs = s1t + S1(x) - Bq(t, x) - d - L(t, x);
                double hts = F(pts + pxs, m, cs) + F(pst + psx, m, cs);
                double w = _rp[t] + _rp[x] + _cp[t] + _cp[x]
                    - (pts + ptt + ptx + pxs + pxt + pxx + pst + ptt + pxt + psx + ptx + pxx);
                _m[x] = m;
                _m2[x] = m2;
                _lambda[x] = lambda;
                _base[x] = hs - hts - (w * lambda);
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
            SetP(u, y, _p[sk + y] + _p[tk + y]);
            SetP(y, u, _pt[sk + y] + _pt[tk + y]);
        }
        double puu = P(s, s) + P(s, t) + P(t, s) + P(t, t);
        SetP(u, u, puu);
        double quu = F(puu, cu, cu);
        SetQ(u, u, quu);
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
            SetQ(u, y, qo);
            SetQ(y, u, qi);
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

        UpdateSums(s, t, u, rq, cq);
        if (sparseMerged)
        {
            LossesOfMerged(s, t, u, ns);
            Free(s);
            Free(t);
        }
        else
        {
            Free(s);
            Free(t);
            ComputeLossesOf(u);
        }
        Step();
        return u;
    }

    /// <summary>
    /// L(u, x) for every x from the old L(t, x) (in <see cref="_base"/>): the terms with a neighbour y of s are
    /// replaced by their values for u, one neighbour at a time for all x at once.
    /// </summary>
    private void LossesOfMerged(int s, int t, int u, List<int> ns)
    {
        int k = _k, uk = u * k, tk = t * k;
        Array.Clear(_acc);
        Split(k, (long)ns.Count * k * 8, (from, to, _) =>
        {
            var invB = Vector256.Create(_invB);
            var k0 = Vector256.Create(_k0);
            foreach (int y in ns)
            {
                int yk = y * k;
                var cy = Vector256.Create(_c[y]);
                var pty = Vector256.Create(_p[tk + y]);
                var pyt = Vector256.Create(_pt[tk + y]);
                var puy = Vector256.Create(_p[uk + y]);
                var pyu = Vector256.Create(_pt[uk + y]);
                for (int x = from; x < to; x += W)
                {
                    var pxy = Load(_pt, yk + x);
                    var pyx = Load(_p, yk + x);
                    var m = Load(_m, x);
                    var m2 = Load(_m2, x);
                    var old = F(pty + pxy, m, cy, invB, k0) + F(pyt + pyx, m, cy, invB, k0);
                    var now = F(puy + pxy, m2, cy, invB, k0) + F(pyu + pyx, m2, cy, invB, k0);
                    var term = now - old + ((pty + pxy + pyt + pyx) * Load(_lambda, x));
                    Store(Load(_acc, x) + (term & Except(x, y)), _acc, x);
                }
            }
        });
        double s1u = S1(u), puu = P(u, u);
        for (int x = 0; x < k; x++)
        {
            if (!_active[x] || x == s || x == t || x == u)
                continue;
            double m2 = _m2[x];
            double d = F(puu + _p[uk + x] + _pt[uk + x] + P(x, x), m2, m2);
            L(u, x) = s1u + S1(x) - _bqU[x] - d - (_base[x] + _acc[x]);
        }
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
    private void PairDeltas(int v, int s, int t, int u, double[] delta)
    {
        int k = _k, sk = s * k, tk = t * k, uk = u * k;
        var invB = Vector256.Create(_invB);
        var k0 = Vector256.Create(_k0);
        var cs = Vector256.Create(_c[s]);
        var ct = Vector256.Create(_c[t]);
        var cu = Vector256.Create(_c[u]);
        var cv = Vector256.Create(_c[v]);
        var bqv = Vector256.Create(_bqU[v] - _bqS[v] - _bqT[v]);
        var inSv = Vector256.Create(_pt[sk + v]);
        var outSv = Vector256.Create(_p[sk + v]);
        var inTv = Vector256.Create(_pt[tk + v]);
        var outTv = Vector256.Create(_p[tk + v]);
        var inUv = Vector256.Create(_pt[uk + v]);
        var outUv = Vector256.Create(_p[uk + v]);
        for (int w = 0; w < k; w += W)
        {
            var m = cv + Load(_c, w);
            var hs = F(inSv + Load(_pt, sk + w), m, cs, invB, k0) + F(outSv + Load(_p, sk + w), m, cs, invB, k0);
            var ht = F(inTv + Load(_pt, tk + w), m, ct, invB, k0) + F(outTv + Load(_p, tk + w), m, ct, invB, k0);
            var hu = F(inUv + Load(_pt, uk + w), m, cu, invB, k0) + F(outUv + Load(_p, uk + w), m, cu, invB, k0);
            var bq = bqv + Load(_bqU, w) - Load(_bqS, w) - Load(_bqT, w);
            Store(bq + hs + ht - hu, delta, w);
        }
    }

    private void UpdatePairsSparse(int s, int t, int u, List<int> ns)
    {
        int k = _k;
        foreach (int y in ns)
            _inN[y] = true;
        ForEachRow(ns, (v, delta) =>
        {
            PairDeltas(v, s, t, u, delta);
            for (int w = 0; w < k; w++)
            {
                if (_active[w] && w != v && w != s && w != t && w != u && !(_inN[w] && w < v))
                    L(v, w) += delta[w];
            }
        });
        foreach (int y in ns)
            _inN[y] = false;
    }

    private void UpdatePairsDense(int s, int t, int u)
    {
        int k = _k;
        var rows = new List<int>(ActiveCount);
        for (int v = 0; v < k; v++)
        {
            if (_active[v] && v != s && v != t && v != u)
                rows.Add(v);
        }
        ForEachRow(rows, (v, delta) =>
        {
            PairDeltas(v, s, t, u, delta);
            Span<double> row = _l.AsSpan(v * k, k);
            for (int w = v + 1; w < k; w++)
                row[w] += delta[w]; // pairs with free slots stay +∞; pairs with s, t, u are reset after
        });
    }

    /// <summary>Computes L(u, x) from scratch for every active x (the dense path after a merge of two large clusters).</summary>
    private void ComputeLossesOf(int u)
    {
        int k = _k;
        Split(k, (long)ActiveCount * k * 2, (from, to, _) =>
        {
            for (int x = from; x < to; x++)
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
            _p[sk + y] = _pt[sk + y] = _q[sk + y] = _qt[sk + y] = 0;
            _p[ys] = _pt[ys] = _q[ys] = _qt[ys] = 0;
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
                cq += _qt[(x * k) + y];
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
