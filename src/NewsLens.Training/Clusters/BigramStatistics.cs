namespace NewsLens.Training.Clusters;

/// <summary>
/// The counts Brown clustering needs: a vocabulary in decreasing frequency (words seen at least the minimum number
/// of times), each word's count, and its left and right neighbours with bigram counts, stored as compressed sparse
/// rows. Bigrams never cross a sentence boundary; a bigram with a word outside the vocabulary is counted in
/// <see cref="BigramCount"/> but has no row entry (the word is left out, as in Liang's wcluster).
/// </summary>
public sealed class BigramStatistics
{
    internal BigramStatistics(
        ulong[] keys, long[] counts, long tokenCount, long bigramCount, long sentenceCount, int minCount,
        int[] rightStart, int[] rightWord, int[] rightCount, int[] leftStart, int[] leftWord, int[] leftCount)
    {
        Keys = keys;
        Counts = counts;
        TokenCount = tokenCount;
        BigramCount = bigramCount;
        SentenceCount = sentenceCount;
        MinCount = minCount;
        RightStart = rightStart;
        RightWord = rightWord;
        RightCount = rightCount;
        LeftStart = leftStart;
        LeftWord = leftWord;
        LeftCount = leftCount;
    }

    /// <summary>The word keys of the vocabulary; word id <c>i</c> is <c>Keys[i]</c>, by decreasing count, ties by ascending key.</summary>
    public IReadOnlyList<ulong> Keys { get; }

    /// <summary>The count of each vocabulary word.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>Words in the vocabulary.</summary>
    public int VocabularySize => Keys.Count;

    /// <summary>All tokens read, rare words included.</summary>
    public long TokenCount { get; }

    /// <summary>All adjacent token pairs inside sentences, rare words included.</summary>
    public long BigramCount { get; }

    /// <summary>Sentences read.</summary>
    public long SentenceCount { get; }

    /// <summary>The minimum count of a vocabulary word.</summary>
    public int MinCount { get; }

    /// <summary>Word <c>a</c>'s right neighbours are <c>RightWord[RightStart[a]..RightStart[a+1]]</c>, ascending, with their counts.</summary>
    internal int[] RightStart { get; }

    internal int[] RightWord { get; }

    internal int[] RightCount { get; }

    /// <summary>Word <c>b</c>'s left neighbours, like <see cref="RightStart"/>.</summary>
    internal int[] LeftStart { get; }

    internal int[] LeftWord { get; }

    internal int[] LeftCount { get; }

    /// <summary>Counts sentences given as arrays of word keys (a convenience for small corpora and tests).</summary>
    /// <param name="sentences">Each sentence's word keys, in order.</param>
    /// <param name="minCount">Words seen fewer times are left out; at least 1.</param>
    public static BigramStatistics FromSentences(IEnumerable<ulong[]> sentences, int minCount)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counter = new BigramCounter();
        foreach (ulong[] s in sentences)
            counter.AddSentence(s);
        return counter.Build(minCount);
    }
}

/// <summary>
/// Collects sentences of word keys, then builds <see cref="BigramStatistics"/>. Not thread-safe: add sentences from
/// one thread, in a fixed order, so the statistics (and the clusters) are the same on every run.
/// </summary>
public sealed class BigramCounter
{
    private readonly Dictionary<ulong, int> _ids = [];
    private readonly List<ulong> _keys = [];
    private readonly List<long> _counts = [];
    private int[] _tokens = new int[1 << 16]; // provisional word ids; -1 ends a sentence
    private int _length;
    private long _sentences;

    /// <summary>Tokens added so far.</summary>
    public long TokenCount { get; private set; }

    /// <summary>Adds one sentence. Empty sentences are ignored.</summary>
    /// <param name="keys">The sentence's word keys, in order.</param>
    public void AddSentence(ReadOnlySpan<ulong> keys)
    {
        if (keys.IsEmpty)
            return;
        if (_length + keys.Length + 1 > _tokens.Length)
            Array.Resize(ref _tokens, Math.Max(_tokens.Length * 2, _length + keys.Length + 1));
        foreach (ulong k in keys)
        {
            if (!_ids.TryGetValue(k, out int id))
            {
                id = _keys.Count;
                _ids.Add(k, id);
                _keys.Add(k);
                _counts.Add(0);
            }
            _counts[id]++;
            _tokens[_length++] = id;
        }
        _tokens[_length++] = -1;
        TokenCount += keys.Length;
        _sentences++;
    }

    /// <summary>Builds the statistics: the vocabulary of words seen at least <paramref name="minCount"/> times and their bigrams.</summary>
    /// <param name="minCount">The minimum count; at least 1.</param>
    public BigramStatistics Build(int minCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        int provisional = _keys.Count;
        var order = new List<int>();
        for (int i = 0; i < provisional; i++)
        {
            if (_counts[i] >= minCount)
                order.Add(i);
        }
        order.Sort((a, b) => _counts[a] != _counts[b] ? _counts[b].CompareTo(_counts[a]) : _keys[a].CompareTo(_keys[b]));
        int v = order.Count;
        var map = new int[provisional];
        Array.Fill(map, -1);
        var keys = new ulong[v];
        var counts = new long[v];
        for (int i = 0; i < v; i++)
        {
            map[order[i]] = i;
            keys[i] = _keys[order[i]];
            counts[i] = _counts[order[i]];
        }

        // Every in-vocabulary bigram as one 64-bit code (left << 32 | right), sorted, then run-length encoded.
        long bigrams = 0;
        int kept = 0;
        var codes = new long[Math.Max(0, _length)];
        for (int i = 0; i + 1 < _length; i++)
        {
            int a = _tokens[i], b = _tokens[i + 1];
            if (a < 0 || b < 0)
                continue;
            bigrams++;
            int ma = map[a], mb = map[b];
            if (ma >= 0 && mb >= 0)
                codes[kept++] = ((long)ma << 32) | (uint)mb;
        }
        Array.Sort(codes, 0, kept);
        var rightStart = new int[v + 1];
        var rightWord = new List<int>();
        var rightCount = new List<int>();
        for (int i = 0; i < kept;)
        {
            long code = codes[i];
            int j = i;
            while (j < kept && codes[j] == code)
                j++;
            int a = (int)(code >> 32);
            rightStart[a + 1]++;
            rightWord.Add((int)(uint)code);
            rightCount.Add(j - i);
            i = j;
        }
        for (int a = 0; a < v; a++)
            rightStart[a + 1] += rightStart[a];

        // Left neighbours: the same pairs grouped by their right word (a counting sort keeps lefts ascending).
        int pairs = rightWord.Count;
        var leftStart = new int[v + 1];
        foreach (int b in rightWord)
            leftStart[b + 1]++;
        for (int b = 0; b < v; b++)
            leftStart[b + 1] += leftStart[b];
        var fill = (int[])leftStart.Clone();
        var leftWord = new int[pairs];
        var leftCount = new int[pairs];
        for (int a = 0; a < v; a++)
        {
            for (int e = rightStart[a]; e < rightStart[a + 1]; e++)
            {
                int slot = fill[rightWord[e]]++;
                leftWord[slot] = a;
                leftCount[slot] = rightCount[e];
            }
        }
        return new BigramStatistics(keys, counts, TokenCount, bigrams, _sentences, minCount,
            rightStart, [.. rightWord], [.. rightCount], leftStart, leftWord, leftCount);
    }
}
