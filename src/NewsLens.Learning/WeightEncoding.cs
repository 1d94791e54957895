namespace NewsLens.Learning;

/// <summary>How a model file stores its feature weights. Transitions are always stored as <see cref="float"/>.</summary>
public enum WeightEncoding
{
    /// <summary>32-bit floats: exact.</summary>
    Float32 = 1,

    /// <summary>16-bit integers times one per-model scale (max |w| / 32767): half the size, near-exact.</summary>
    Int16 = 2,

    /// <summary>8-bit integers times one per-model scale (max |w| / 127): a quarter of the size; measure before use.</summary>
    Int8 = 3,
}
