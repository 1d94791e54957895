using System.Runtime.CompilerServices;
using NewsLens.Learning;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Tagging;

namespace NewsLens.Vietnamese.Ner;

/// <summary>
/// A whole document's words prepared for the NER features: per word its hashes (lower-cased, cased, first and last
/// syllable), POS tag, shape, Brown cluster, gazetteer match, the trigger word before it, its capitalized run and
/// what the rest of the document says about it. Filled word by word (<see cref="Add"/>), sentence by sentence
/// (<see cref="EndSentence"/>), then <see cref="Complete"/>. Reused between documents (arrays grow, never shrink),
/// so steady-state tagging allocates nothing. Not thread-safe: one instance per thread.
/// </summary>
internal sealed class NerDocument
{
    private const int StackLimit = 128;

    /// <summary>Shape classes (low byte of <see cref="Shape"/>) that make a word part of a capitalized run.</summary>
    private static bool IsCapitalized(ushort shape) =>
        (shape & 0xFF) is WordShape.Capitalized or WordShape.AllSyllablesCapitalized or WordShape.AllCaps;

    public ulong[] Word = new ulong[256];
    public ulong[] Cased = new ulong[256];
    public ulong[] First = new ulong[256];
    public ulong[] Last = new ulong[256];
    public ulong[] Pos = new ulong[256];
    public ClusterPath[] Cluster = new ClusterPath[256];
    public ushort[] Shape = new ushort[256];
    /// <summary>Categories of the longest name (not trigger) match covering the word; bit 30 when the word begins it.</summary>
    public uint[] Gazetteer = new uint[256];
    /// <summary>Trigger categories of lexicon matches that end at this word.</summary>
    public uint[] TriggerEnd = new uint[256];
    /// <summary>The lower-cased hash of the word before this word's capitalized run (0 when not in a run).</summary>
    public ulong[] RunLeft = new ulong[256];
    /// <summary>The trigger categories ending right before the run; position in run (bits 16–17: 1 first, 2 inside), run length capped at 4 (bits 20–22).</summary>
    public uint[] RunInfo = new uint[256];
    /// <summary>The lower-cased hashes of the first and the last word of this word's capitalized run (0 when not in a run).</summary>
    public ulong[] RunFirst = new ulong[256];
    public ulong[] RunLast = new ulong[256];
    /// <summary>Document memory of triggers: the trigger categories that stand before any capitalized run holding this word anywhere in the document.</summary>
    public uint[] DocTriggers = new uint[256];
    /// <summary>Document memory: bit 0 the word is capitalized somewhere mid-sentence in the document, bit 1 it occurs lower-cased, bit 2 it is part of a capitalized run of two or more words.</summary>
    public byte[] DocFlags = new byte[256];
    public bool[] SentenceStart = new bool[256];
    /// <summary>For a unit that is one syllable of a split word: 1 first, 2 middle, 3 last (bits 0–1), the word's syllable count capped at 4 (bits 2–4); 0 for a whole word.</summary>
    public byte[] InWord = new byte[256];

    /// <summary>The last two and three letters of the lower-cased unit, packed (for foreign words).</summary>
    public ulong[] Suffix2 = new ulong[256];
    public ulong[] Suffix3 = new ulong[256];
    /// <summary>The first pass's label of each unit (two-pass tagging), and its consensus elsewhere in the document (see <see cref="ApplyFirstPass"/>).</summary>
    public int[] FirstPass = new int[256];
    public uint[] Consistency = new uint[256];

    private int[] _sylStart = new int[257];
    private readonly Dictionary<ulong, int> _typeCounts = [];
    private int[] _counts = new int[5 * 64];
    private ulong[] _syl = new ulong[1024];
    private int _sylCount;
    private readonly List<int> _sentenceStarts = [];
    private readonly Dictionary<ulong, byte> _memory = [];
    private readonly Dictionary<ulong, uint> _triggerMemory = [];

    /// <summary>Number of words added.</summary>
    public int Count { get; private set; }

    /// <summary>Number of sentences ended.</summary>
    public int SentenceCount => _sentenceStarts.Count - 1;

    /// <summary>The first word of sentence <paramref name="s"/>.</summary>
    public int SentenceFirst(int s) => _sentenceStarts[s];

    /// <summary>The number of words of sentence <paramref name="s"/>.</summary>
    public int SentenceLength(int s) => _sentenceStarts[s + 1] - _sentenceStarts[s];

    /// <summary>Starts a document.</summary>
    public void Clear()
    {
        Count = 0;
        _sylCount = 0;
        _sylStart[0] = 0;
        _sentenceStarts.Clear();
        _sentenceStarts.Add(0);
        _memory.Clear();
        _triggerMemory.Clear();
    }

    private readonly WordShapeCache _shapes = new();

    /// <summary>The <see cref="InWord"/> code of syllable <paramref name="k"/> of a split word of <paramref name="syllables"/> syllables.</summary>
    public static byte InWordCode(int k, int syllables) =>
        (byte)((k == 0 ? 1 : k == syllables - 1 ? 3 : 2) | (Math.Min(syllables, 4) << 2));

    /// <summary>Adds a word: its normalized text (syllables separated by whitespace) and the hash of its POS tag.</summary>
    public void Add(ReadOnlySpan<char> word, ulong posHash, WordClusters clusters, byte inWord = 0)
    {
        int i = Count;
        if (i == Word.Length)
            Grow();
        InWord[i] = inWord;
        Span<char> cased = word.Length <= StackLimit ? stackalloc char[StackLimit] : new char[word.Length];
        int n = WordKeys.Collapse(word, cased);
        cased = cased.Slice(0, n);
        ulong casedHash = FeatureHash.Of(cased);
        Cased[i] = casedHash;
        ushort shape = _shapes.Of(cased, casedHash);
        Shape[i] = shape;
        for (int k = 0; k < cased.Length; k++)
            cased[k] = char.ToLowerInvariant(cased[k]);
        ReadOnlySpan<char> lowered = cased;
        ulong hash = FeatureHash.Of(lowered);
        Word[i] = hash;
        Pos[i] = posHash;
        SentenceStart[i] = i == _sentenceStarts[^1];

        // Syllable hashes for the lexicon, and the first and last syllable.
        int from = 0;
        ulong firstSyl = 0, lastSyl = 0;
        for (int k = 0; k <= lowered.Length; k++)
        {
            if (k < lowered.Length && lowered[k] != ' ')
                continue;
            if (k > from)
            {
                ulong h = NerLexicon.SyllableHash(lowered.Slice(from, k - from));
                if (_sylCount == _syl.Length)
                    Array.Resize(ref _syl, _syl.Length * 2);
                _syl[_sylCount++] = h;
                if (firstSyl == 0)
                    firstSyl = h;
                lastSyl = h;
            }
            from = k + 1;
        }
        First[i] = firstSyl;
        Last[i] = lastSyl;
        int len = lowered.Length;
        Suffix2[i] = len >= 2 ? ((ulong)lowered[len - 2] << 16) | lowered[len - 1] : 0;
        Suffix3[i] = len >= 3 ? ((ulong)lowered[len - 3] << 32) | ((ulong)lowered[len - 2] << 16) | lowered[len - 1] : 0;
        _sylStart[i + 1] = _sylCount;

        ulong clusterKey = (shape & 0xFF) switch
        {
            WordShape.Number => lowered.IndexOfAny('/', '-') >= 0 ? WordClusters.DateKey : lowered.Contains(':') ? WordClusters.TimeKey : WordClusters.NumberKey,
            _ => hash,
        };
        clusters.TryGet(clusterKey, out Cluster[i]);

        int cls = shape & 0xFF;
        if (cls is WordShape.Lower or WordShape.Capitalized or WordShape.AllSyllablesCapitalized or WordShape.AllCaps)
        {
            byte flag = cls == WordShape.Lower ? (byte)2 : SentenceStart[i] ? (byte)0 : (byte)1;
            if (flag != 0)
            {
                ref byte m = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_memory, hash, out _);
                m |= flag;
            }
        }
        Count = i + 1;
    }

    /// <summary>Ends the current sentence (a sentence with no words is skipped).</summary>
    public void EndSentence()
    {
        if (Count > _sentenceStarts[^1])
            _sentenceStarts.Add(Count);
    }

    /// <summary>Computes the features that need the whole sentence or document: gazetteer matches, triggers, runs, memory.</summary>
    public void Complete(NerLexicon lexicon)
    {
        EndSentence();
        const uint TriggerMask = (uint)(NerLexiconCategory.PersonTrigger | NerLexiconCategory.LocationTrigger | NerLexiconCategory.OrganizationTrigger | NerLexiconCategory.OrganizationSuffix);
        const uint NameMask = ~TriggerMask & 0xFFFF;
        int longest = lexicon.Longest;
        for (int s = 0; s < SentenceCount; s++)
        {
            int a = _sentenceStarts[s], b = _sentenceStarts[s + 1];
            Gazetteer.AsSpan(a, b - a).Clear();
            TriggerEnd.AsSpan(a, b - a).Clear();
            for (int i = a; i < b; i++)
            {
                ulong key = NerLexicon.Start;
                int syllables = 0;
                int bestEnd = -1;
                uint bestCat = 0;
                for (int j = i; j < b; j++)
                {
                    int s0 = _sylStart[j], s1 = _sylStart[j + 1];
                    syllables += s1 - s0;
                    if (syllables > longest || s1 == s0)
                        break;
                    for (int k = s0; k < s1; k++)
                        key = NerLexicon.Extend(key, _syl[k]);
                    uint cat = (uint)lexicon.Lookup(key);
                    if (cat == 0)
                        break; // no entry starts with these syllables
                    cat &= ~(uint)NerLexiconCategory.Prefix;
                    TriggerEnd[j] |= cat & TriggerMask;
                    if ((cat & NameMask) != 0)
                    {
                        bestEnd = j;
                        bestCat = cat & NameMask;
                    }
                }
                if (bestEnd >= 0 && (Gazetteer[i] & NameMask) == 0)
                {
                    Gazetteer[i] = bestCat | (1u << 30);
                    for (int j = i + 1; j <= bestEnd; j++)
                    {
                        if ((Gazetteer[j] & NameMask) == 0)
                            Gazetteer[j] = bestCat;
                    }
                }
            }
            // Capitalized runs and what stands before them.
            for (int i = a; i < b;)
            {
                if (!IsCapitalized(Shape[i]))
                {
                    RunLeft[i] = 0;
                    RunInfo[i] = 0;
                    RunFirst[i] = 0;
                    RunLast[i] = 0;
                    i++;
                    continue;
                }
                int j = i;
                while (j < b && IsCapitalized(Shape[j]))
                    j++;
                ulong left = i > a ? Word[i - 1] : 0xB0B0_B0B0_B0B0_B0B0UL;
                uint trig = i > a ? TriggerEnd[i - 1] : 0;
                uint len = (uint)Math.Min(j - i, 4);
                for (int k = i; k < j; k++)
                {
                    RunLeft[k] = left;
                    RunInfo[k] = trig | ((k == i ? 1u : 2u) << 16) | (len << 20);
                    RunFirst[k] = Word[i];
                    RunLast[k] = Word[j - 1];
                    if (trig != 0)
                        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_triggerMemory, Word[k], out _) |= trig;
                    if (j - i >= 2)
                        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_memory, Word[k], out _) |= 4;
                }
                i = j;
            }
        }
        for (int i = 0; i < Count; i++)
        {
            DocFlags[i] = _memory.TryGetValue(Word[i], out byte f) ? f : (byte)0;
            DocTriggers[i] = IsCapitalized(Shape[i]) && _triggerMemory.TryGetValue(Word[i], out uint t) ? t : 0;
        }
    }

    /// <summary>
    /// Records the first pass's labels (one per unit, <see cref="FirstPass"/>) and, for each capitalized unit, what
    /// the first pass said about the same word at its other places in the document: the majority entity type (or O)
    /// in the low byte, 1 + type in the second byte when all other places agree, and the count of other places
    /// (capped at 3) in the third byte; 0 for a word seen nowhere else.
    /// </summary>
    public void ApplyFirstPass(ReadOnlySpan<int> labels)
    {
        labels.Slice(0, Count).CopyTo(FirstPass);
        _typeCounts.Clear();
        int slots = 0;
        for (int i = 0; i < Count; i++)
        {
            if (!IsCapitalized(Shape[i]))
                continue;
            ref int slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_typeCounts, Word[i], out bool exists);
            if (!exists)
            {
                slot = slots++;
                if (_counts.Length < slots * 5)
                    Array.Resize(ref _counts, _counts.Length * 2);
                _counts.AsSpan((slot * 5), 5).Clear();
            }
            _counts[(slot * 5) + TypeSlot(labels[i])]++;
        }
        for (int i = 0; i < Count; i++)
        {
            Consistency[i] = 0;
            if (!IsCapitalized(Shape[i]) || !_typeCounts.TryGetValue(Word[i], out int slot))
                continue;
            Span<int> c = _counts.AsSpan(slot * 5, 5);
            int own = TypeSlot(labels[i]);
            int others = -1, best = 0, bestCount = -1;
            for (int t = 0; t < 5; t++)
            {
                int n = c[t] - (t == own ? 1 : 0);
                others += c[t];
                if (n > bestCount)
                {
                    best = t;
                    bestCount = n;
                }
            }
            if (others <= 0)
                continue;
            bool unanimous = bestCount == others;
            Consistency[i] = (uint)(best + 1) | (unanimous ? (uint)(best + 1) << 8 : 0) | ((uint)Math.Min(others, 3) << 16);
        }
    }

    /// <summary>0 for O, 1 + entity type otherwise.</summary>
    private static int TypeSlot(int label) => label == 0 ? 0 : 1 + ((label - 1) / 2);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        int size = Word.Length * 2;
        Array.Resize(ref Word, size);
        Array.Resize(ref Cased, size);
        Array.Resize(ref First, size);
        Array.Resize(ref Last, size);
        Array.Resize(ref Pos, size);
        Array.Resize(ref Cluster, size);
        Array.Resize(ref Shape, size);
        Array.Resize(ref Gazetteer, size);
        Array.Resize(ref TriggerEnd, size);
        Array.Resize(ref RunLeft, size);
        Array.Resize(ref RunInfo, size);
        Array.Resize(ref DocFlags, size);
        Array.Resize(ref SentenceStart, size);
        Array.Resize(ref InWord, size);
        Array.Resize(ref RunFirst, size);
        Array.Resize(ref RunLast, size);
        Array.Resize(ref DocTriggers, size);
        Array.Resize(ref Suffix2, size);
        Array.Resize(ref Suffix3, size);
        Array.Resize(ref FirstPass, size);
        Array.Resize(ref Consistency, size);
        Array.Resize(ref _sylStart, size + 1);
    }
}

/// <summary>One sentence of a <see cref="NerDocument"/>: the featurizer's input.</summary>
internal readonly record struct NerSentence(NerDocument Document, int Offset);
