using NewsLens.Learning;

namespace NewsLens.Learning.Tests;

/// <summary>
/// A toy segmentation task: a hidden lexicon of 1–3-syllable words over a small syllable vocabulary; sentences
/// are random word sequences; a syllable is labelled B (0) at a word start and I (1) inside a word.
/// </summary>
internal static class ToyTask
{
    public static readonly string[] Labels = ["B", "I"];

    public static List<LabeledSequence<ulong[]>> Generate(int sentences, int seed, int vocabulary = 120, int words = 300)
    {
        var lexRng = new Random(12345);
        var lexicon = new int[words][];
        for (int w = 0; w < words; w++)
        {
            lexicon[w] = new int[1 + lexRng.Next(3)];
            for (int k = 0; k < lexicon[w].Length; k++)
                lexicon[w][k] = lexRng.Next(vocabulary);
        }
        var syllableHash = new ulong[vocabulary];
        for (int v = 0; v < vocabulary; v++)
            syllableHash[v] = FeatureHash.Of("syl" + v);

        var rng = new Random(seed);
        var data = new List<LabeledSequence<ulong[]>>(sentences);
        var syllables = new List<ulong>();
        var labels = new List<int>();
        for (int s = 0; s < sentences; s++)
        {
            syllables.Clear();
            labels.Clear();
            int count = 3 + rng.Next(10);
            for (int w = 0; w < count; w++)
            {
                int[] word = lexicon[rng.Next(words)];
                for (int k = 0; k < word.Length; k++)
                {
                    syllables.Add(syllableHash[word[k]]);
                    labels.Add(k == 0 ? 0 : 1);
                }
            }
            data.Add(new LabeledSequence<ulong[]>([.. syllables], [.. labels]));
        }
        return data;
    }

    public static PerceptronOptions Options(int seed = 7, int maxEpochs = 8) => new()
    {
        Kind = "ws",
        ModelVersion = "0.0.1-test",
        Labels = Labels,
        Seed = seed,
        MaxEpochs = maxEpochs,
        Patience = 2,
    };
}

/// <summary>Syllable window features: unigrams at −2..+2, bigrams around the position, and a bias.</summary>
internal sealed class ToyFeaturizer : ISequenceFeaturizer<ulong[]>
{
    private const ulong Bos = 0x0B05, Eos = 0x0E05;

    public int MaxFeaturesPerPosition => 12;

    public string Signature => "toy-window-v1";

    public void Featurize(ulong[] input, int position, ref FeatureWriter writer)
    {
        ulong p2 = At(input, position - 2), p1 = At(input, position - 1), c = input[position];
        ulong n1 = At(input, position + 1), n2 = At(input, position + 2);
        writer.Add(0, 0);
        writer.Add(1, c);
        writer.Add(2, p1);
        writer.Add(3, n1);
        writer.Add(4, p2);
        writer.Add(5, n2);
        writer.Add(6, p1, c);
        writer.Add(7, c, n1);
        writer.Add(8, p2, p1);
        writer.Add(9, n1, n2);
        writer.Add(10, p1, c, n1);
    }

    private static ulong At(ulong[] s, int i) => i < 0 ? Bos : i >= s.Length ? Eos : s[i];
}
