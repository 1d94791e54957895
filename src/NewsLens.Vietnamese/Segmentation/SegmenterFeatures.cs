using NewsLens.Learning;

namespace NewsLens.Vietnamese.Segmentation;

/// <summary>
/// The word segmenter's feature templates, shared by training and prediction. Position i is labelled B (a word
/// starts here) or I (the word continues). Change <see cref="Signature"/> whenever a template changes.
/// </summary>
internal sealed class SegmenterFeatures : ISequenceFeaturizer<SyllableSequence>
{
    public static SegmenterFeatures Instance { get; } = new();

    private const ulong Boundary = 0xB0B0_B0B0_B0B0_B0B0;

    public int MaxFeaturesPerPosition => 44;

    public string Signature => "ws-syllable-ngrams-lexicon-v2";

    public void Featurize(SyllableSequence s, int i, ref FeatureWriter w)
    {
        int n = s.Length;
        ulong h0 = s.Hash[i];
        ulong hm1 = i >= 1 ? s.Hash[i - 1] : Boundary;
        ulong hm2 = i >= 2 ? s.Hash[i - 2] : Boundary;
        ulong hp1 = i + 1 < n ? s.Hash[i + 1] : Boundary;
        ulong hp2 = i + 2 < n ? s.Hash[i + 2] : Boundary;
        ulong sh0 = (ulong)s.Shape[i];
        ulong shm1 = i >= 1 ? (ulong)s.Shape[i - 1] : 0;
        ulong shp1 = i + 1 < n ? (ulong)s.Shape[i + 1] : 0;

        w.Add(1, 1);
        w.Add(2, h0);
        w.Add(3, hm1);
        w.Add(4, hp1);
        w.Add(5, hm2);
        w.Add(6, hp2);
        w.Add(7, hm1, h0);
        w.Add(8, h0, hp1);
        w.Add(9, hm2, hm1);
        w.Add(10, hp1, hp2);
        w.Add(11, hm1, hp1);
        w.Add(12, hm2, hm1, h0);
        w.Add(13, hm1, h0, hp1);
        w.Add(14, h0, hp1, hp2);
        w.Add(15, s.CaseHash[i]);
        w.Add(16, i >= 1 ? s.CaseHash[i - 1] : Boundary, s.CaseHash[i]);

        w.Add(20, sh0);
        w.Add(21, shm1, sh0);
        w.Add(22, sh0, shp1);
        w.Add(23, shm1, sh0, shp1);
        w.Add(24, shm1, sh0, h0);
        w.Add(25, shm1, hm1, sh0);

        ulong start = s.LexStart[i];
        ulong end = i >= 1 ? s.LexEnd[i - 1] : 0UL;
        ulong inside = s.LexInside[i];
        ulong insideNext = i + 1 < n ? s.LexInside[i + 1] : 0UL;
        w.Add(30, start);
        w.Add(31, end);
        w.Add(32, inside);
        w.Add(33, inside, start);
        w.Add(34, inside, end, insideNext);
        w.Add(35, s.LexCount[i], inside);
        w.Add(36, inside, shm1, sh0);
        w.Add(37, inside, h0);
        w.Add(38, start, h0);

        // Which word lists know a word starting here, ending just before, or running through: the lists follow
        // different conventions (one joins "người dân", another does not), and the model learns whom to trust.
        ulong srcStart = s.SourceStart[i];
        ulong srcEnd = i >= 1 ? s.SourceEnd[i - 1] : 0UL;
        ulong srcInside = s.SourceInside[i];
        w.Add(40, srcStart);
        w.Add(41, srcEnd);
        w.Add(42, srcInside);
        w.Add(43, srcInside, srcStart, srcEnd);
    }
}
