using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsLens.Vietnamese.Lexicons;

/// <summary>
/// A word's path in a binary cluster hierarchy (Brown clusters): <see cref="Length"/> left/right decisions from the
/// root, read as a binary number in <see cref="Bits"/> whose most significant used bit is the first decision (the
/// path "0110" has <c>Bits</c> = 6 and <c>Length</c> = 4). Two words share a cluster at depth <c>d</c> when their
/// first <c>d</c> bits agree; the longer the common prefix, the more alike their contexts. Stored as one
/// <see cref="ulong"/>, so it is as cheap to copy as an integer.
/// </summary>
public readonly struct ClusterPath : IEquatable<ClusterPath>
{
    /// <summary>The longest path that can be represented, in bits.</summary>
    public const int MaxLength = 63;

    // The path with a sentinel bit above it: (1 << Length) | Bits. Never 0 for a valid path.
    private readonly ulong _encoded;

    /// <summary>Creates a path.</summary>
    /// <param name="bits">The decisions, first in the most significant of the <paramref name="length"/> low bits; below 2^length.</param>
    /// <param name="length">The number of decisions, 0 (the root) to <see cref="MaxLength"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the length is out of range or the bits do not fit it.</exception>
    public ClusterPath(ulong bits, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxLength);
        if (bits >> length != 0)
            throw new ArgumentOutOfRangeException(nameof(bits), bits, $"The bits do not fit a path of {length} decisions.");
        _encoded = (1UL << length) | bits;
    }

    private ClusterPath(ulong encoded) => _encoded = encoded;

    /// <summary>The decisions as a binary number: the first decision is bit <c>Length - 1</c>, the last is bit 0.</summary>
    public ulong Bits => _encoded & ~(1UL << Length);

    /// <summary>The number of decisions from the root (0 for the default value, which is the root).</summary>
    public int Length => _encoded == 0 ? 0 : 63 - BitOperations.LeadingZeroCount(_encoded);

    /// <summary>
    /// The path's one-word encoding, <c>(1 &lt;&lt; Length) | Bits</c>: the highest set bit marks the length, so
    /// every (bits, length) pair has its own value and 0 never occurs. It is what <see cref="WordClusters.ToBytes"/> stores.
    /// </summary>
    public ulong Encoded => _encoded == 0 ? 1UL : _encoded;

    /// <summary>
    /// The first <c>min(<paramref name="length"/>, Length)</c> decisions, encoded like <see cref="Encoded"/>
    /// (<c>(1 &lt;&lt; l) | (Bits &gt;&gt; (Length − l))</c>): a value unique per (prefix, its length), ready to hash
    /// as a feature, e.g. <c>FeatureHash.Combine(template, path.Prefix(4))</c>. A leaf's path is never a proper
    /// prefix of another leaf's path, so a short path asked for a longer prefix still identifies its cluster.
    /// </summary>
    /// <param name="length">How many decisions to keep, ≥ 0; larger than <see cref="Length"/> keeps them all.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Prefix(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ulong e = Encoded;
        int own = 63 - BitOperations.LeadingZeroCount(e);
        return length >= own ? e : e >> (own - length);
    }

    /// <summary>The number of leading decisions this path and <paramref name="other"/> share.</summary>
    public int CommonPrefixLength(ClusterPath other)
    {
        int n = Math.Min(Length, other.Length);
        ulong a = Prefix(n) ^ other.Prefix(n); // both have the sentinel at bit n
        return a == 0 ? n : n - (64 - BitOperations.LeadingZeroCount(a));
    }

    /// <summary>Creates a path from its <see cref="Encoded"/> form.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="encoded"/> is 0 (no sentinel bit).</exception>
    public static ClusterPath FromEncoded(ulong encoded)
    {
        ArgumentOutOfRangeException.ThrowIfZero(encoded);
        return new ClusterPath(encoded);
    }

    /// <summary>Parses a path written as '0' and '1' characters ("" is the root).</summary>
    /// <exception cref="FormatException">When the text has another character or more than <see cref="MaxLength"/> of them.</exception>
    public static ClusterPath Parse(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
            throw new FormatException($"A cluster path has at most {MaxLength} bits.");
        ulong bits = 0;
        foreach (char c in text)
        {
            if (c is not ('0' or '1'))
                throw new FormatException($"A cluster path is written with '0' and '1' only; got '{c}'.");
            bits = (bits << 1) | (uint)(c - '0');
        }
        return new ClusterPath(bits, text.Length);
    }

    /// <summary>The path as '0' and '1' characters, first decision first (empty for the root).</summary>
    public override string ToString()
    {
        int n = Length;
        ulong bits = Bits;
        return string.Create(n, bits, (span, b) =>
        {
            for (int i = 0; i < span.Length; i++)
                span[i] = (char)('0' + (int)((b >> (span.Length - 1 - i)) & 1));
        });
    }

    /// <inheritdoc />
    public bool Equals(ClusterPath other) => Encoded == other.Encoded;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClusterPath other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Encoded.GetHashCode();

    /// <summary>True when both paths have the same decisions.</summary>
    public static bool operator ==(ClusterPath left, ClusterPath right) => left.Equals(right);

    /// <summary>True when the paths differ.</summary>
    public static bool operator !=(ClusterPath left, ClusterPath right) => !left.Equals(right);
}
