using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsLens.Learning;

/// <summary>
/// Stable 64-bit hashes for features, built without strings. Every function is XXH64 (xxHash, 64-bit) over
/// little-endian bytes, so values are the same on every machine and run and can be stored in model files.
/// </summary>
/// <remarks>
/// Precompute a hash per token once with <see cref="Of(ReadOnlySpan{char})"/>, then build each feature with
/// <see cref="Combine(int, ulong)"/> and its overloads: <c>Combine(t, a, b)</c> equals XXH64 of the 16 bytes of
/// <c>a, b</c> with seed <c>t</c>, so different templates never share a hash by construction (up to 64-bit collisions).
/// A wyhash-style combine (one 128-bit multiply per value) was tried and measured slower here: featurizers hash
/// ~25 independent features per position, so throughput matters more than latency, and XXH64's 64-bit multiplies
/// pipeline better than <see cref="Math.BigMul(ulong, ulong, out ulong)"/>. Changing any function here
/// invalidates every trained model (golden values are tested).
/// </remarks>
public static class FeatureHash
{
    private const ulong P1 = 0x9E3779B185EBCA87UL;
    private const ulong P2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong P3 = 0x165667B19E3779F9UL;
    private const ulong P4 = 0x85EBCA77C2B2AE63UL;
    private const ulong P5 = 0x27D4EB2F165667C5UL;

    /// <summary>The hash of a UTF-16 string: XXH64 (seed 0) of its UTF-16LE bytes.</summary>
    /// <param name="text">The text; hashed as is (no normalization, case-sensitive).</param>
    public static ulong Of(ReadOnlySpan<char> text) => Hash(MemoryMarshal.AsBytes(text), 0);

    /// <summary>The hash of a string; same value as the <see cref="ReadOnlySpan{T}"/> overload.</summary>
    /// <param name="text">The text; hashed as is.</param>
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(text.AsSpan());
    }

    /// <summary>A feature of one value under template <paramref name="templateId"/>.</summary>
    /// <param name="templateId">The template (feature kind) id; part of the hash so templates never mix.</param>
    /// <param name="a">The value, usually a precomputed token hash.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(int templateId, ulong a)
    {
        ulong h = (ulong)(uint)templateId + P5 + 8;
        h = Lane(h, a);
        return Avalanche(h);
    }

    /// <summary>A feature of two values (a bigram, a value and a shape, …) under template <paramref name="templateId"/>.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="a">The first value.</param>
    /// <param name="b">The second value; order matters.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(int templateId, ulong a, ulong b)
    {
        ulong h = (ulong)(uint)templateId + P5 + 16;
        h = Lane(h, a);
        h = Lane(h, b);
        return Avalanche(h);
    }

    /// <summary>A feature of three values (a trigram, …) under template <paramref name="templateId"/>.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="a">The first value.</param>
    /// <param name="b">The second value.</param>
    /// <param name="c">The third value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(int templateId, ulong a, ulong b, ulong c)
    {
        ulong h = (ulong)(uint)templateId + P5 + 24;
        h = Lane(h, a);
        h = Lane(h, b);
        h = Lane(h, c);
        return Avalanche(h);
    }

    /// <summary>XXH64 of <paramref name="data"/> with <paramref name="seed"/> (the reference algorithm).</summary>
    internal static ulong Hash(ReadOnlySpan<byte> data, ulong seed)
    {
        int len = data.Length;
        int i = 0;
        ulong h;
        if (len >= 32)
        {
            ulong v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
            for (; i <= len - 32; i += 32)
            {
                v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i)));
                v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i + 8)));
                v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i + 16)));
                v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i + 24)));
            }
            h = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7) +
                BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            h = MergeRound(h, v1);
            h = MergeRound(h, v2);
            h = MergeRound(h, v3);
            h = MergeRound(h, v4);
        }
        else
        {
            h = seed + P5;
        }
        h += (ulong)len;
        for (; i <= len - 8; i += 8)
            h = Lane(h, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i)));
        if (i <= len - 4)
        {
            h ^= BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(i)) * P1;
            h = BitOperations.RotateLeft(h, 23) * P2 + P3;
            i += 4;
        }
        for (; i < len; i++)
        {
            h ^= data[i] * P5;
            h = BitOperations.RotateLeft(h, 11) * P1;
        }
        return Avalanche(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Round(ulong acc, ulong lane)
    {
        acc += lane * P2;
        acc = BitOperations.RotateLeft(acc, 31);
        return acc * P1;
    }

    private static ulong MergeRound(ulong acc, ulong v) => ((acc ^ Round(0, v)) * P1) + P4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Lane(ulong h, ulong lane)
    {
        h ^= Round(0, lane);
        return (BitOperations.RotateLeft(h, 27) * P1) + P4;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Avalanche(ulong h)
    {
        h ^= h >> 33;
        h *= P2;
        h ^= h >> 29;
        h *= P3;
        h ^= h >> 32;
        return h;
    }
}
