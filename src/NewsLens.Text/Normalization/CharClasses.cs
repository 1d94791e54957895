using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsLens.Text.Normalization;

/// <summary>
/// One byte of flags per UTF-16 unit, so the normalizer's scans cost one table load per unit.
/// </summary>
/// <remarks>
/// Why not <c>SearchValues&lt;char&gt;</c>, as elsewhere: Vietnamese text is dense in non-ASCII letters and in toned
/// vowels (one every ~12 units), so <c>IndexOfAny</c> over these large non-ASCII sets runs its probabilistic path and
/// restarts after every hit. On the Dân trí paragraphs the table scan found the special units 4–5× faster than
/// <c>IndexOfAny(CharFolding.Special)</c>, and testing vowel pairs eight units at a time beats stopping at every
/// toned vowel. The table is 64 KB, built once.
/// </remarks>
internal static class CharClasses
{
    /// <summary>A unit that folding or NFC may change: see <see cref="CharFolding.Special"/>.</summary>
    internal const byte Special = 1;

    /// <summary>A toned vowel that may sit on the wrong vowel: see <see cref="VietnameseTone.Suspects"/>.</summary>
    internal const byte Suspect = 2;

    /// <summary>A Vietnamese vowel letter, any tone or case.</summary>
    internal const byte Vowel = 4;

    /// <summary>A letter or a mark of U+0300–U+036F: part of a word.</summary>
    internal const byte WordChar = 8;

    /// <summary>An untoned a, e, i, o, u or y (either case): a vowel without a diacritic.</summary>
    internal const byte PlainVowel = 16;

    private static readonly byte[] s_table = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s_table), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Is(char c, byte flags) => (Of(c) & flags) != 0;

    /// <summary>Index of the first unit at or after <paramref name="start"/> having any of <paramref name="flags"/>, or -1.</summary>
    internal static int IndexOfAny(ReadOnlySpan<char> text, int start, byte flags)
    {
        ref byte table = ref MemoryMarshal.GetArrayDataReference(s_table);
        ref char chars = ref MemoryMarshal.GetReference(text);
        int n = text.Length;
        int i = start;
        for (; i + 4 <= n; i += 4)
        {
            int any = Unsafe.Add(ref table, Unsafe.Add(ref chars, i))
                | Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 1))
                | Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 2))
                | Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 3));
            if ((any & flags) != 0)
                break;
        }
        for (; i < n; i++)
        {
            if ((Unsafe.Add(ref table, Unsafe.Add(ref chars, i)) & flags) != 0)
                return i;
        }
        return -1;
    }

    /// <summary>
    /// Index of the first unit at or after <paramref name="start"/> that is <see cref="Special"/> (when
    /// <paramref name="special"/>) or, when <paramref name="tone"/>, the first of two adjacent vowels one of which is
    /// a <see cref="Suspect"/> (only such a pair can carry a misplaced tone); -1 if none.
    /// </summary>
    internal static int IndexOfChange(ReadOnlySpan<char> text, int start, bool special, bool tone)
    {
        ref byte table = ref MemoryMarshal.GetArrayDataReference(s_table);
        ref char chars = ref MemoryMarshal.GetReference(text);
        int specialMask = special ? Special : 0;
        int toneMask = tone ? 1 : 0;
        ulong specialBits = special ? 0x0101010101010101UL : 0;
        ulong toneBits = tone ? 0x0404040404040404UL : 0;
        int n = text.Length;
        int i = start;

        // Eight units at a time, their flags packed in a ulong (one byte each): a pair hit is a byte where this
        // unit and the next are vowels (bit 2) and one of them is a suspect (bit 1, shifted up to bit 2).
        for (; i + 9 <= n; i += 8)
        {
            ulong w = Unsafe.Add(ref table, Unsafe.Add(ref chars, i))
                | ((ulong)Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 1)) << 8)
                | ((ulong)Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 2)) << 16)
                | ((ulong)Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 3)) << 24)
                | ((ulong)Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 4)) << 32)
                | ((ulong)Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 5)) << 40)
                | ((ulong)Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 6)) << 48)
                | ((ulong)Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 7)) << 56);
            ulong next = (w >> 8) | ((ulong)Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 8)) << 56);
            ulong pairs = w & next & ((w | next) << 1);
            if (((pairs & toneBits) | (w & specialBits)) != 0)
                break;
        }
        for (; i < n; i++)
        {
            int b = Unsafe.Add(ref table, Unsafe.Add(ref chars, i));
            if ((b & specialMask) != 0)
                return i;
            if (i + 1 < n && (Pair(b, Unsafe.Add(ref table, Unsafe.Add(ref chars, i + 1))) & toneMask) != 0)
                return i;
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Pair(int x, int y) => ((x & y) >> 2) & ((x | y) >> 1);

    private static byte[] Build()
    {
        var table = new byte[0x10000];
        for (int c = 0; c < table.Length; c++)
        {
            char ch = (char)c;
            byte flags = 0;
            if (CharFolding.Special.Contains(ch))
                flags |= Special;
            if (VietnameseTone.Suspects.Contains(ch))
                flags |= Suspect;
            if (VietnameseTone.IsVowel(ch))
                flags |= Vowel;
            if (char.IsLetter(ch) || UnicodeComposition.IsMark(ch))
                flags |= WordChar;
            if ("aeiouyAEIOUY".Contains(ch, StringComparison.Ordinal))
                flags |= PlainVowel;
            table[c] = flags;
        }
        return table;
    }
}
