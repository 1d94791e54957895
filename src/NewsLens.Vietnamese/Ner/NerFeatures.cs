using NewsLens.Learning;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Vietnamese.Ner;

/// <summary>
/// The NER feature templates, shared by training and prediction: the word window (±2) and its bigrams, the cased
/// word, first and last syllable, syllable-capitalization shapes (window and conjunctions), POS tags (window and
/// pairs), gazetteer matches, the trigger word before the word and before its capitalized run, Brown-cluster
/// prefixes of the word and its neighbours, and document memory (the word capitalized or lower-cased elsewhere in
/// the document). Change <see cref="Signature"/> whenever a template changes.
/// </summary>
internal sealed class NerFeatures : IUnitFeaturizer<NerSentence>
{
    /// <summary>Every variant: over words or syllable units (<see cref="SplitNames"/>), one pass or the second of two (<see cref="SecondPass"/>).</summary>
    public static IReadOnlyList<NerFeatures> All { get; } =
        [new(false, false), new(true, false), new(false, true), new(true, true)];

    /// <summary>The variant with these settings.</summary>
    public static NerFeatures Of(bool splitNames, bool secondPass) => All[(splitNames ? 1 : 0) + (secondPass ? 2 : 0)];

    /// <summary>The variant with this signature, or null.</summary>
    public static NerFeatures? FromSignature(string signature)
    {
        foreach (NerFeatures f in All)
        {
            if (f.Signature == signature)
                return f;
        }
        return null;
    }

    private NerFeatures(bool splitNames, bool secondPass)
    {
        SplitNames = splitNames;
        SecondPass = secondPass;
        Signature = "ner-" + (splitNames ? "units-" : "") + (secondPass ? "pass2-" : "") + "words-shapes-pos-gazetteer-triggers-clusters-memory-suffix-v5";
    }

    /// <summary>
    /// True when capitalized multi-syllable words are split into syllable units: the tagger reads words, except
    /// that such words are read syllable by syllable (<see cref="NerTagger.SplitsIntoSyllables"/>).
    /// </summary>
    public bool SplitNames { get; }

    /// <summary>True for the second pass of two: it also reads what a first-pass model said about the same word elsewhere in the document.</summary>
    public bool SecondPass { get; }

    private const ulong Boundary = 0xB0B0_B0B0_B0B0_B0B0;

    public int MaxFeaturesPerPosition => 64;

    public string Signature { get; }

    public int MaxUnitFeatures => 12;

    /// <summary>The unit's cased form decides its unit features (0 is never a key: the low bit is set).</summary>
    public ulong UnitKey(NerSentence input, int position) => input.Document.Cased[input.Offset + position] | 1UL;

    public void Featurize(NerSentence input, int position, ref FeatureWriter w)
    {
        FeaturizeUnit(input, position, ref w);
        FeaturizeContext(input, position, ref w);
    }

    /// <summary>The unit alone: bias, the lower-cased and the cased word, first and last syllable, shape, Brown cluster prefixes, a foreign word's last letters.</summary>
    public void FeaturizeUnit(NerSentence input, int position, ref FeatureWriter w)
    {
        NerDocument d = input.Document;
        int i = input.Offset + position;
        ulong s0 = d.Shape[i];
        w.Add(1, 1);
        w.Add(2, d.Word[i]);
        ClusterPath cl0 = d.Cluster[i];
        // Letters at the end of a capitalized foreign word ("-sk", "-ov", "-ski"): places and people sound apart.
        if ((s0 & (1 << 11)) != 0)
        {
            w.Add(50, d.Suffix2[i]);
            w.Add(51, d.Suffix3[i]);
        }
    }

    /// <summary>Everything that depends on where the unit stands: neighbours, POS, gazetteer matches, triggers, runs, document memory, and the second pass's consensus.</summary>
    public void FeaturizeContext(NerSentence input, int position, ref FeatureWriter w)
    {
        NerDocument d = input.Document;
        int i = input.Offset + position;
        bool hasPrev = position > 0;
        bool hasPrev2 = position > 1;
        bool hasNext = i + 1 < d.Count && !d.SentenceStart[i + 1];
        bool hasNext2 = hasNext && i + 2 < d.Count && !d.SentenceStart[i + 2];

        ulong w0 = d.Word[i];
        ulong wm1 = hasPrev ? d.Word[i - 1] : Boundary;
        ulong wm2 = hasPrev2 ? d.Word[i - 2] : Boundary;
        ulong wp1 = hasNext ? d.Word[i + 1] : Boundary;
        ulong wp2 = hasNext2 ? d.Word[i + 2] : Boundary;
        ulong s0 = d.Shape[i];
        ulong sm1 = hasPrev ? d.Shape[i - 1] : 0xFFFFUL;
        ulong sm2 = hasPrev2 ? d.Shape[i - 2] : 0xFFFFUL;
        ulong sp1 = hasNext ? d.Shape[i + 1] : 0xFFFFUL;
        ulong sp2 = hasNext2 ? d.Shape[i + 2] : 0xFFFFUL;
        ulong p0 = d.Pos[i];
        ulong pm1 = hasPrev ? d.Pos[i - 1] : Boundary;
        ulong pp1 = hasNext ? d.Pos[i + 1] : Boundary;
        ulong c0 = s0 & 0xFF; // shape class without the syllable count

        w.Add(3, wm1);
        w.Add(4, wp1);
        w.Add(5, wm2);
        w.Add(6, wp2);
        w.Add(7, wm1, w0);
        w.Add(8, w0, wp1);
        w.Add(9, d.Cased[i]);
        w.Add(10, d.First[i]);
        w.Add(11, d.Last[i]);
        w.Add(12, s0);
        w.Add(13, sm1, s0);
        w.Add(14, s0, sp1);
        w.Add(15, sm1, s0, sp1);
        w.Add(16, sm2, sm1);
        w.Add(17, sp1, sp2);
        w.Add(18, wm1, c0);
        w.Add(19, c0, wp1);
        w.Add(20, p0);
        w.Add(21, pm1);
        w.Add(22, pp1);
        w.Add(23, pm1, p0);
        w.Add(24, p0, pp1);
        w.Add(25, p0, s0);

        // Gazetteers: the match covering this word (and whether it begins there), with the shape; the neighbours'.
        uint g0 = d.Gazetteer[i];
        w.Add(26, g0);
        w.Add(27, g0, c0);
        w.Add(28, hasPrev ? d.Gazetteer[i - 1] : 0xFFFFFFFFUL, g0);
        w.Add(29, g0, hasNext ? d.Gazetteer[i + 1] : 0xFFFFFFFFUL);

        // Triggers: what ends right before this word, and before its capitalized run.
        uint trigPrev = hasPrev ? d.TriggerEnd[i - 1] : 0xFFFFFFFFu;
        w.Add(30, trigPrev, c0);
        w.Add(31, d.TriggerEnd[i], c0);
        uint run = d.RunInfo[i];
        if (run != 0)
        {
            w.Add(32, d.RunLeft[i], run >> 16);
            w.Add(33, run, c0);
            w.Add(34, d.RunLeft[i], g0 & 0xFFFF);
            w.Add(47, d.RunFirst[i], run >> 16);
            w.Add(48, d.RunLast[i], run >> 16);
        }
        if (d.DocTriggers[i] != 0)
            w.Add(49, d.DocTriggers[i], c0);

        // Brown clusters of the word and its neighbours.
        ClusterPath cl0 = d.Cluster[i];
        w.Add(35, cl0.Prefix(4));
        w.Add(36, cl0.Prefix(8));
        w.Add(37, cl0.Prefix(12));
        w.Add(38, cl0.Prefix(64));
        w.Add(39, hasPrev ? d.Cluster[i - 1].Prefix(6) : Boundary);
        w.Add(40, hasNext ? d.Cluster[i + 1].Prefix(6) : Boundary);
        w.Add(41, cl0.Prefix(8), c0);

        // Document memory and the sentence start.
        bool start = !hasPrev;
        w.Add(42, d.DocFlags[i], start ? 1UL : 0UL, c0);
        w.Add(43, start ? 1UL : 0UL, s0);
        w.Add(44, start ? 1UL : 0UL, w0, d.DocFlags[i]);

        // Where the unit sits in the word the segmenter gave (whole, or first/middle/last syllable of a split word).
        byte inWord = d.InWord[i];
        if (inWord != 0)
        {
            w.Add(45, inWord, c0);
            w.Add(46, inWord, g0 & 0xFFFF);
        }

        if (SecondPass)
            AddSecondPass(d, i, ref w);
    }

    /// <summary>What the first pass said about this word elsewhere in the document: the majority type, whether all agree, how many places.</summary>
    private static void AddSecondPass(NerDocument d, int i, ref FeatureWriter w)
    {
        uint other = d.Consistency[i];
        if (other != 0)
        {
            ulong c0 = d.Shape[i] & 0xFFUL;
            w.Add(60, other, c0);
            w.Add(61, other & 0xFF, d.RunInfo[i] >> 16);
        }
    }
}
