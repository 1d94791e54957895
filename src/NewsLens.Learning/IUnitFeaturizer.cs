namespace NewsLens.Learning;

/// <summary>
/// A featurizer whose features split into those of a position's unit alone (the word, its shape, its cluster, …)
/// and those of its context (its neighbours, its place in the sequence). A unit seen again — "của", "và", "," —
/// has the same unit features, so their summed weight row can be computed once and kept in an
/// <see cref="EmissionCache"/>: a tagger then probes the weight table only for the context features.
/// </summary>
/// <typeparam name="TInput">The prepared input sequence.</typeparam>
/// <remarks>
/// <see cref="ISequenceFeaturizer{TInput}.Featurize"/> must write the unit features followed by the context
/// features (training sees them that way); <see cref="MaxUnitFeatures"/> plus the context features fit in
/// <see cref="ISequenceFeaturizer{TInput}.MaxFeaturesPerPosition"/>.
/// </remarks>
public interface IUnitFeaturizer<in TInput> : ISequenceFeaturizer<TInput>
{
    /// <summary>The most unit features at one position.</summary>
    int MaxUnitFeatures { get; }

    /// <summary>
    /// The key of the unit at <paramref name="position"/>: two positions with the same non-zero key have the same
    /// unit features. 0 means "do not cache".
    /// </summary>
    ulong UnitKey(TInput input, int position);

    /// <summary>Writes the features of the unit at <paramref name="position"/> alone.</summary>
    void FeaturizeUnit(TInput input, int position, ref FeatureWriter writer);

    /// <summary>Writes the features of the unit's context at <paramref name="position"/>.</summary>
    void FeaturizeContext(TInput input, int position, ref FeatureWriter writer);
}
