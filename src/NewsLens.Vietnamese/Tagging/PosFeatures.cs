using NewsLens.Learning;
using NewsLens.Vietnamese.Lexicons;

namespace NewsLens.Vietnamese.Tagging;

/// <summary>
/// The POS tagger's feature templates, shared by training and prediction: the word and its neighbours, the two
/// word bigrams, the first and last syllable, shapes (with the neighbours' and at the sentence start), the last two
/// letters, and tag-dictionary classes. Sixteen per word: the ablations behind this choice are in the README
/// (nine more templates — the cased word, words at ±2, the skip bigram, neighbour syllables, more class
/// conjunctions — changed dev accuracy by less than its noise and cost 40% of the speed). Change
/// <see cref="Signature"/> whenever a template changes.
/// </summary>
internal sealed class PosFeatures : IUnitFeaturizer<WordSequence>
{
    public static PosFeatures Instance { get; } = new();

    private const ulong Boundary = 0xB0B0_B0B0_B0B0_B0B0;

    public int MaxFeaturesPerPosition => 21;

    public string Signature => "pos-words-shapes-ambiguity-clusters-v2";

    public int MaxUnitFeatures => 10;

    /// <summary>The word's own features depend on its cased text alone: its hash is the key.</summary>
    public ulong UnitKey(WordSequence s, int i) => s.CaseHash[i] | 1UL;

    public void Featurize(WordSequence s, int i, ref FeatureWriter w)
    {
        FeaturizeUnit(s, i, ref w);
        FeaturizeContext(s, i, ref w);
    }

    /// <summary>The word alone: itself, its syllables and letters, shape, ambiguity class and Brown cluster.</summary>
    public void FeaturizeUnit(WordSequence s, int i, ref FeatureWriter w)
    {
        ulong h0 = s.Hash[i];
        ulong sh0 = s.Shape[i];
        w.Add(1, 1);
        w.Add(2, h0);
        w.Add(11, s.First[i]);
        w.Add(12, s.Last[i]);
        w.Add(13, sh0);
        w.Add(16, s.Suffix[i], sh0);
        w.Add(18, s.Ambiguity[i]);

        // Brown clusters (prefixes of 4, 8 and all decisions of the word's path; 6 of the neighbours', below): what
        // unlabeled news says about words the training data never saw.
        ClusterPath c0 = s.Cluster[i];
        w.Add(30, c0.Prefix(4));
        w.Add(31, c0.Prefix(8));
        w.Add(32, c0.Prefix(64));
    }

    /// <summary>The word with its neighbours and its place in the sentence.</summary>
    public void FeaturizeContext(WordSequence s, int i, ref FeatureWriter w)
    {
        int n = s.Length;
        ulong h0 = s.Hash[i];
        ulong hm1 = i >= 1 ? s.Hash[i - 1] : Boundary;
        ulong hp1 = i + 1 < n ? s.Hash[i + 1] : Boundary;
        ulong sh0 = s.Shape[i];
        ulong shm1 = i >= 1 ? s.Shape[i - 1] : 0xFFFFUL;
        ulong shp1 = i + 1 < n ? s.Shape[i + 1] : 0xFFFFUL;
        ulong a0 = s.Ambiguity[i];
        ulong am1 = i >= 1 ? s.Ambiguity[i - 1] : Boundary;

        w.Add(4, hm1);
        w.Add(5, hp1);
        w.Add(8, hm1, h0);
        w.Add(9, h0, hp1);
        w.Add(14, shm1, sh0);
        w.Add(15, sh0, shp1);
        w.Add(17, i == 0 ? 1UL : 0UL, sh0);
        w.Add(19, am1, a0);
        w.Add(21, am1);
        w.Add(33, i >= 1 ? s.Cluster[i - 1].Prefix(6) : Boundary);
        w.Add(34, i + 1 < n ? s.Cluster[i + 1].Prefix(6) : Boundary);
    }
}
