namespace NewsLens.Learning;

/// <summary>
/// Describes the features of every position of a sequence, once, for both training and prediction, so the two
/// cannot drift apart. Implementations must be stateless (or immutable) and thread-safe: one instance serves
/// every thread.
/// </summary>
/// <typeparam name="TInput">
/// One whole sequence (e.g. an array of precomputed syllable hashes); the featurizer reads any position of it.
/// The sequence length is given separately to the tagger and the trainer.
/// </typeparam>
public interface ISequenceFeaturizer<in TInput>
{
    /// <summary>The most features <see cref="Featurize"/> writes at one position; sizes the scratch buffer.</summary>
    int MaxFeaturesPerPosition { get; }

    /// <summary>
    /// Names the feature templates and their version (e.g. <c>"ws-syllables-v1"</c>). Stored in the model file and
    /// checked when a <see cref="SequenceTagger{TInput}"/> pairs a model with a featurizer; change it whenever the
    /// features change.
    /// </summary>
    string Signature { get; }

    /// <summary>Writes the feature hashes of <paramref name="position"/> into <paramref name="writer"/>.</summary>
    /// <param name="input">The whole sequence.</param>
    /// <param name="position">The position, <c>0 ≤ position &lt; length</c>.</param>
    /// <param name="writer">Receives the hashes; at most <see cref="MaxFeaturesPerPosition"/> of them.</param>
    void Featurize(TInput input, int position, ref FeatureWriter writer);
}
