using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Training.Clusters;

/// <summary>
/// Brown et al. (1992) class-based clustering of words by the average mutual information (AMI) of adjacent
/// clusters, with Liang's (2005) windowed algorithm: words enter in decreasing frequency; once C clusters are active,
/// each new word makes C + 1 and the pair whose merge loses the least AMI is merged. After the last word the C
/// clusters are merged down to one, which builds a binary tree over them; a word's <see cref="ClusterPath"/> is the
/// path from the root to its cluster (first decision first; at each node the child holding the more frequent word is
/// 0). As in wcluster, the words inside one of the C clusters share its path.
/// </summary>
/// <remarks>
/// Deterministic: words are ordered by count then key, slots are filled lowest first, and ties between equal losses
/// go to the first pair in slot order; the thread count only splits loops whose every value is computed the same way.
/// Cost: O(C²) per word in the worst case, usually O(C × neighbours of the small cluster) (see
/// <see cref="BrownMergeState"/>), plus an O(C²) scan for the best pair.
/// </remarks>
public static class BrownClustering
{
    /// <summary>Options of one clustering run.</summary>
    public sealed record Options
    {
        /// <summary>C, the number of clusters (leaves of the tree); fewer when the vocabulary is smaller.</summary>
        public int Clusters { get; init; } = 1000;

        /// <summary>Recorded in the model; the algorithm itself uses no randomness.</summary>
        public int Seed { get; init; } = 1;

        /// <summary>Threads for the dense loops (the result does not depend on it).</summary>
        public int Threads { get; init; } = Environment.ProcessorCount;

        /// <summary>For tests: after every step, recompute every cached loss from scratch and fail on a mismatch.</summary>
        internal bool Verify { get; init; }
    }

    /// <summary>Progress of a run: <paramref name="Done"/> of <paramref name="Total"/> merges.</summary>
    public readonly record struct Progress(string Phase, int Done, int Total);

    /// <summary>Clusters the vocabulary of <paramref name="statistics"/>.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellation"/> is signalled.</exception>
    public static BrownClusteringResult Train(
        BigramStatistics statistics, Options options, IProgress<Progress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Clusters, 1);
        int v = statistics.VocabularySize;
        int c = Math.Min(options.Clusters, v);
        var state = new BrownMergeState(c + 1, statistics.TokenCount, statistics.BigramCount, options.Threads);
        int k = state.SlotCount;
        int total = Math.Max(0, v - 1);

        // Word → its cluster's member list (by list id) → slot. Merges move the smaller list into the larger.
        var listOf = new int[v];
        var members = new List<List<int>>();
        var listSlot = new List<int>();
        var slotList = new int[k];
        Array.Fill(slotList, -1);

        var outAcc = new double[k];
        var inAcc = new double[k];
        var touched = new List<int>();
        var touchedOut = new List<double>();
        var touchedIn = new List<double>();
        var seen = new bool[k];
        int[] rs = statistics.RightStart, rw = statistics.RightWord, rc = statistics.RightCount;
        int[] ls = statistics.LeftStart, lw = statistics.LeftWord, lc = statistics.LeftCount;
        int merges = 0;

        for (int a = 0; a < v; a++)
        {
            cancellation.ThrowIfCancellationRequested();
            double self = 0;
            touched.Clear();
            for (int e = rs[a]; e < rs[a + 1]; e++)
            {
                int b = rw[e];
                if (b == a)
                    self += rc[e];
                else if (b < a)
                    Touch(listSlot[listOf[b]], rc[e], 0);
            }
            for (int e = ls[a]; e < ls[a + 1]; e++)
            {
                int b = lw[e];
                if (b < a)
                    Touch(listSlot[listOf[b]], 0, lc[e]);
            }
            touched.Sort();
            touchedOut.Clear();
            touchedIn.Clear();
            foreach (int y in touched)
            {
                touchedOut.Add(outAcc[y]);
                touchedIn.Add(inAcc[y]);
                outAcc[y] = inAcc[y] = 0;
                seen[y] = false;
            }
            int s = state.Add(statistics.Counts[a], [.. touched], [.. touchedOut], [.. touchedIn], self);
            listOf[a] = members.Count;
            members.Add([a]);
            listSlot.Add(s);
            slotList[s] = listOf[a];
            Check(state, options);

            if (state.ActiveCount > c)
            {
                MergeBest(state, slotList, listSlot, members, listOf, options);
                merges++;
            }
            if ((a & 255) == 0 || a == v - 1)
                progress?.Report(new Progress("adding words", merges, total));
        }

        state.RefreshSums();
        double ami = state.MutualInformation();

        // The C clusters of the first phase, and a binary tree over them from merging down to one.
        var leafOfSlot = new int[k];
        Array.Fill(leafOfSlot, -1);
        var leafMembers = new List<List<int>>();
        for (int x = 0; x < k; x++)
        {
            if (state.IsActive(x))
            {
                leafOfSlot[x] = leafMembers.Count;
                leafMembers.Add(members[slotList[x]]);
            }
        }
        int leaves = leafMembers.Count;
        var nodeOfSlot = (int[])leafOfSlot.Clone();
        var left = new List<int>();
        var right = new List<int>();
        while (state.ActiveCount > 1)
        {
            cancellation.ThrowIfCancellationRequested();
            (int s, int t, _) = state.BestPair();
            int ns = nodeOfSlot[s], nt = nodeOfSlot[t];
            int u = state.Merge(s, t);
            Check(state, options);
            left.Add(ns);
            right.Add(nt);
            nodeOfSlot[s] = nodeOfSlot[t] = -1;
            nodeOfSlot[u] = leaves + left.Count - 1;
            merges++;
            if ((merges & 63) == 0 || state.ActiveCount == 1)
                progress?.Report(new Progress("building the tree", merges, total));
        }

        // Paths: at each node, the child whose subtree holds the most frequent word (lowest id) is 0.
        int nodes = leaves + left.Count;
        var minWord = new int[nodes];
        for (int i = 0; i < leaves; i++)
            minWord[i] = leafMembers[i].Min();
        for (int i = 0; i < left.Count; i++)
            minWord[leaves + i] = Math.Min(minWord[left[i]], minWord[right[i]]);
        var leafPaths = new ClusterPath[leaves];
        int truncated = 0;
        if (nodes > 0)
        {
            var stack = new Stack<(int Node, ulong Bits, int Length)>();
            stack.Push((nodes - 1, 0UL, 0));
            while (stack.Count > 0)
            {
                (int node, ulong bits, int length) = stack.Pop();
                if (node < leaves)
                {
                    leafPaths[node] = new ClusterPath(bits, length);
                    continue;
                }
                int l = left[node - leaves], r = right[node - leaves];
                (int zero, int one) = minWord[l] <= minWord[r] ? (l, r) : (r, l);
                if (length == ClusterPath.MaxLength)
                {
                    truncated += CountLeaves(node, leaves, left, right);
                    foreach (int leaf in LeavesUnder(node, leaves, left, right))
                        leafPaths[leaf] = new ClusterPath(bits, length);
                    continue;
                }
                stack.Push((one, (bits << 1) | 1, length + 1));
                stack.Push((zero, bits << 1, length + 1));
            }
        }

        var clusterOfWord = new int[v];
        var entries = new List<(ulong, ClusterPath)>(v);
        for (int i = 0; i < leaves; i++)
        {
            foreach (int w in leafMembers[i])
            {
                clusterOfWord[w] = i;
                entries.Add((statistics.Keys[w], leafPaths[i]));
            }
        }
        return new BrownClusteringResult(WordClusters.Create(entries), clusterOfWord, leafPaths, ami / Math.Log(2), truncated);

        void Touch(int y, double o, double i)
        {
            if (!seen[y])
            {
                seen[y] = true;
                touched.Add(y);
            }
            outAcc[y] += o;
            inAcc[y] += i;
        }
    }

    private static void MergeBest(BrownMergeState state, int[] slotList, List<int> listSlot, List<List<int>> members, int[] listOf, Options options)
    {
        (int s, int t, _) = state.BestPair();
        int ls = slotList[s], lt = slotList[t];
        int u = state.Merge(s, t);
        Check(state, options);
        (int big, int small) = members[ls].Count >= members[lt].Count ? (ls, lt) : (lt, ls);
        foreach (int w in members[small])
        {
            listOf[w] = big;
            members[big].Add(w);
        }
        members[small] = [];
        slotList[s] = slotList[t] = -1;
        slotList[u] = big;
        listSlot[big] = u;
    }

    private static void Check(BrownMergeState state, Options options)
    {
        if (!options.Verify)
            return;
        double error = state.MaxLossError();
        if (error > 1e-9)
            throw new InvalidOperationException($"Cached merge losses drifted from their values from scratch by {error:G3}.");
    }

    private static int CountLeaves(int node, int leaves, List<int> left, List<int> right) =>
        LeavesUnder(node, leaves, left, right).Count();

    private static IEnumerable<int> LeavesUnder(int node, int leaves, List<int> left, List<int> right)
    {
        var stack = new Stack<int>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            int n = stack.Pop();
            if (n < leaves)
            {
                yield return n;
                continue;
            }
            stack.Push(right[n - leaves]);
            stack.Push(left[n - leaves]);
        }
    }
}

/// <summary>The outcome of <see cref="BrownClustering.Train"/>.</summary>
public sealed class BrownClusteringResult
{
    internal BrownClusteringResult(WordClusters clusters, int[] clusterOfWord, ClusterPath[] leafPaths, double mutualInformationBits, int truncatedLeaves)
    {
        Clusters = clusters;
        ClusterOfWord = clusterOfWord;
        LeafPaths = leafPaths;
        MutualInformationBits = mutualInformationBits;
        TruncatedLeaves = truncatedLeaves;
    }

    /// <summary>The runtime lookup: every vocabulary word's path.</summary>
    public WordClusters Clusters { get; }

    /// <summary>The leaf cluster (0..C−1) of each word id of the statistics.</summary>
    public IReadOnlyList<int> ClusterOfWord { get; }

    /// <summary>The path of each leaf cluster.</summary>
    public IReadOnlyList<ClusterPath> LeafPaths { get; }

    /// <summary>The number of leaf clusters, C.</summary>
    public int ClusterCount => LeafPaths.Count;

    /// <summary>The average mutual information of adjacent clusters with C clusters, in bits.</summary>
    public double MutualInformationBits { get; }

    /// <summary>Leaves deeper than <see cref="ClusterPath.MaxLength"/>, which share their ancestor's path (0 in practice).</summary>
    public int TruncatedLeaves { get; }
}
