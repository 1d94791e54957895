namespace NewsLens.Training.Evaluation;

/// <summary>
/// Word segmentation scores in the usual way (Nguyen et al. / VnCoreNLP): a predicted word is correct when a gold
/// word has exactly the same syllable range. Out-of-vocabulary recall is the recall on gold words whose lower-cased
/// form was not seen as a word in training.
/// </summary>
public sealed class SegmentationScore
{
    /// <summary>Gold words seen.</summary>
    public long GoldWords { get; private set; }

    /// <summary>Predicted words seen.</summary>
    public long PredictedWords { get; private set; }

    /// <summary>Predicted words that match a gold word exactly.</summary>
    public long CorrectWords { get; private set; }

    /// <summary>Gold words that are out of the training vocabulary.</summary>
    public long OovGold { get; private set; }

    /// <summary>Out-of-vocabulary gold words found exactly.</summary>
    public long OovCorrect { get; private set; }

    /// <summary>Sentences scored.</summary>
    public int Sentences { get; private set; }

    /// <summary>Precision, 0..1.</summary>
    public double Precision => PredictedWords == 0 ? 0 : (double)CorrectWords / PredictedWords;

    /// <summary>Recall, 0..1.</summary>
    public double Recall => GoldWords == 0 ? 0 : (double)CorrectWords / GoldWords;

    /// <summary>F1, 0..1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Recall on out-of-vocabulary words, 0..1 (NaN when there are none).</summary>
    public double OovRecall => OovGold == 0 ? double.NaN : (double)OovCorrect / OovGold;

    /// <summary>
    /// Adds one sentence. Each array holds, per syllable, true when a word starts there.
    /// <paramref name="isOov"/> tells, per gold word (in order), whether it is out of vocabulary; may be null.
    /// </summary>
    public void Add(ReadOnlySpan<bool> goldStarts, ReadOnlySpan<bool> predictedStarts, ReadOnlySpan<bool> isOov = default)
    {
        if (goldStarts.Length != predictedStarts.Length)
            throw new ArgumentException("Gold and predicted must cover the same syllables.", nameof(predictedStarts));
        int n = goldStarts.Length;
        Sentences++;
        int goldWord = -1;
        for (int i = 0; i < n; i++)
        {
            if (predictedStarts[i] || i == 0)
                PredictedWords++;
            if (!goldStarts[i] && i != 0)
                continue;
            goldWord++;
            GoldWords++;
            int end = i + 1;
            while (end < n && !goldStarts[end])
                end++;
            bool match = (predictedStarts[i] || i == 0) && (end == n || predictedStarts[end]);
            for (int k = i + 1; match && k < end; k++)
                match = !predictedStarts[k];
            bool oov = !isOov.IsEmpty && goldWord < isOov.Length && isOov[goldWord];
            if (oov)
                OovGold++;
            if (match)
            {
                CorrectWords++;
                if (oov)
                    OovCorrect++;
            }
        }
    }
}
