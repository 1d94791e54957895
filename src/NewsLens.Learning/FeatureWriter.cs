using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NewsLens.Learning;

/// <summary>
/// Collects the feature hashes of one position into a caller-provided buffer, without allocating.
/// A featurizer receives it by <c>ref</c> and calls <see cref="Add(ulong)"/> or a <c>Add(templateId, …)</c> overload.
/// </summary>
public ref struct FeatureWriter
{
    private readonly Span<ulong> _buffer;
    private int _count;

    /// <summary>A writer that fills <paramref name="buffer"/> from its start.</summary>
    /// <param name="buffer">Room for at most <c>buffer.Length</c> features; writing more throws.</param>
    public FeatureWriter(Span<ulong> buffer)
    {
        _buffer = buffer;
        _count = 0;
    }

    /// <summary>How many features were written.</summary>
    public readonly int Count => _count;

    /// <summary>The features written so far, in order.</summary>
    public readonly ReadOnlySpan<ulong> Written => _buffer.Slice(0, _count);

    /// <summary>Adds a precomputed feature hash.</summary>
    /// <param name="feature">The hash, e.g. from <see cref="FeatureHash.Combine(int, ulong)"/>.</param>
    /// <exception cref="InvalidOperationException">More features than the buffer holds (see <see cref="ISequenceFeaturizer{TInput}.MaxFeaturesPerPosition"/>).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong feature)
    {
        int n = _count;
        if ((uint)n >= (uint)_buffer.Length)
            ThrowFull(_buffer.Length);
        _buffer[n] = feature;
        _count = n + 1;
    }

    /// <summary>Adds <see cref="FeatureHash.Combine(int, ulong)"/>.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="a">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int templateId, ulong a) => Add(FeatureHash.Combine(templateId, a));

    /// <summary>Adds <see cref="FeatureHash.Combine(int, ulong, ulong)"/>.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="a">The first value.</param>
    /// <param name="b">The second value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int templateId, ulong a, ulong b) => Add(FeatureHash.Combine(templateId, a, b));

    /// <summary>Adds <see cref="FeatureHash.Combine(int, ulong, ulong, ulong)"/>.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="a">The first value.</param>
    /// <param name="b">The second value.</param>
    /// <param name="c">The third value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int templateId, ulong a, ulong b, ulong c) => Add(FeatureHash.Combine(templateId, a, b, c));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowFull(int capacity) =>
        throw new InvalidOperationException(
            $"The featurizer wrote more than {capacity} features at one position; raise its MaxFeaturesPerPosition.");
}
