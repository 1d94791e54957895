using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsLens.Text.Normalization;

/// <summary>
/// Canonical composition (NFC) of combining sequences whose marks lie in the Combining Diacritical Marks block
/// (U+0300–U+036F): the marks Vietnamese, and every other Latin, Greek and Cyrillic text, is written with.
/// </summary>
/// <remarks>
/// We carry our own tables (<see cref="UnicodeCompositionData"/>) because <see cref="string.Normalize()"/> does
/// nothing under <c>InvariantGlobalization</c> (no ICU) and throws on invalid UTF-16 otherwise; results must not
/// depend on the machine. Marks outside the block (Hebrew points, U+1DC0…, U+20D0…) are left where they are and
/// act as starters; Hangul and other scripts' compositions are not done.
/// </remarks>
internal static class UnicodeComposition
{
    /// <summary>Most units a sequence may grow by: U+0344 expands to two marks.</summary>
    internal const int MaxExpansion = 2;

    /// <summary>True for a mark of U+0300–U+036F with a non-zero combining class (all but U+034F CGJ).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsMark(char c) => (uint)(c - '\u0300') <= 0x6F && c != '\u034F';

    /// <summary>Canonical combining class of a mark (see <see cref="IsMark"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte CombiningClass(char mark) => UnicodeCompositionData.CombiningClass[mark - '\u0300'];

    /// <summary>The primary composite of <paramref name="starter"/> + <paramref name="mark"/>, or '\0'.</summary>
    internal static char Compose(char starter, char mark)
    {
        uint key = ((uint)starter << 16) | mark;
        int i = UnicodeCompositionData.PairKeys.BinarySearch(key);
        return i >= 0 ? UnicodeCompositionData.PairValues[i] : '\0';
    }

    /// <summary>The full canonical decomposition (starter + marks) of a precomposed character, or null.</summary>
    internal static string? Decomposition(char c)
    {
        if (c < '\u00C0')
            return null;
        int i = UnicodeCompositionData.DecomposableChars.BinarySearch(c);
        return i >= 0 ? UnicodeCompositionData.Decompositions[i] : null;
    }

    /// <summary>The NFC form of a character NFC changes on its own (Ω U+2126, Å U+212B, ά U+1F71, क़ U+0958…), or null.</summary>
    internal static string? NfcReplacement(char c)
    {
        int i = UnicodeCompositionData.NfcReplacedChars.BinarySearch(c);
        return i >= 0 ? UnicodeCompositionData.NfcReplacements[i] : null;
    }

    /// <summary>
    /// Writes the NFC form of one combining sequence to <paramref name="destination"/>: an optional
    /// <paramref name="starter"/> ('\0' for none) followed by <paramref name="marks"/> (each <see cref="IsMark"/>).
    /// Returns the number of units written; <paramref name="destination"/> needs room for
    /// 4 + <see cref="MaxExpansion"/> × marks.Length units.
    /// </summary>
    internal static int ComposeSequence(char starter, ReadOnlySpan<char> marks, Span<char> destination)
    {
        int capacity = 4 + (MaxExpansion * marks.Length);
        char[]? rented = null;
        Span<char> seq = capacity <= 128 ? stackalloc char[128] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            // 1. Decompose: the starter's own marks first, then the sequence's, singletons replaced.
            int n = 0;
            if (starter != '\0')
            {
                string? d = Decomposition(starter);
                if (d is null)
                {
                    seq[n++] = starter;
                }
                else
                {
                    d.CopyTo(seq);
                    n = d.Length;
                }
            }
            int markStart = starter != '\0' ? 1 : 0;
            foreach (char m in marks)
            {
                switch (m)
                {
                    case '\u0340': seq[n++] = '\u0300'; break;
                    case '\u0341': seq[n++] = '\u0301'; break;
                    case '\u0343': seq[n++] = '\u0313'; break;
                    case '\u0344': seq[n++] = '\u0308'; seq[n++] = '\u0301'; break;
                    default: seq[n++] = m; break;
                }
            }

            // 2. Canonical order: a stable insertion sort by combining class (runs are short).
            SortByCombiningClass(seq[markStart..n]);

            if (markStart == 0)
            {
                seq[..n].CopyTo(destination);
                return n;
            }

            // 3. Compose: a mark joins the starter unless a left-over mark of the same or higher class blocks it.
            char composed = seq[0];
            int written = 1;
            int lastClass = 0;
            for (int i = 1; i < n; i++)
            {
                char m = seq[i];
                int cc = CombiningClass(m);
                char c = lastClass < cc ? Compose(composed, m) : '\0';
                if (c != '\0')
                {
                    composed = c;
                }
                else
                {
                    destination[written++] = m;
                    lastClass = cc;
                }
            }
            destination[0] = composed;
            return written;
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void SortByCombiningClass(Span<char> marks)
    {
        if (marks.Length > 32)
        {
            SortLong(marks);
            return;
        }
        for (int i = 1; i < marks.Length; i++)
        {
            char m = marks[i];
            int cc = CombiningClass(m);
            int j = i - 1;
            while (j >= 0 && CombiningClass(marks[j]) > cc)
            {
                marks[j + 1] = marks[j];
                j--;
            }
            marks[j + 1] = m;
        }
    }

    /// <summary>A stable counting sort for long (Zalgo) runs, so they stay linear.</summary>
    private static void SortLong(Span<char> marks)
    {
        char[] copy = ArrayPool<char>.Shared.Rent(marks.Length);
        try
        {
            marks.CopyTo(copy);
            Span<int> counts = stackalloc int[257];
            counts.Clear();
            for (int i = 0; i < marks.Length; i++)
                counts[CombiningClass(copy[i]) + 1]++;
            for (int c = 1; c < counts.Length; c++)
                counts[c] += counts[c - 1];
            for (int i = 0; i < marks.Length; i++)
                marks[counts[CombiningClass(copy[i])]++] = copy[i];
        }
        finally
        {
            ArrayPool<char>.Shared.Return(copy);
        }
    }

    /// <summary>
    /// Canonical decomposition (NFD) restricted to our tables: every precomposed character is replaced by its
    /// starter + marks and mark runs are put in canonical order. For tests: builds NFD input without ICU.
    /// </summary>
    internal static string Decompose(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length * 2);
        int runStart = -1;
        foreach (char c in text)
        {
            string? d = IsMark(c) ? null : Decomposition(c);
            if (IsMark(c))
            {
                if (runStart < 0)
                    runStart = sb.Length;
                sb.Append(c switch { '\u0340' => "\u0300", '\u0341' => "\u0301", '\u0343' => "\u0313", '\u0344' => "\u0308\u0301", _ => c.ToString() });
                continue;
            }
            FlushRun(sb, runStart);
            runStart = -1;
            if (d is null)
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(d);
                runStart = sb.Length - d.Length + 1;
            }
        }
        FlushRun(sb, runStart);
        return sb.ToString();
    }

    private static void FlushRun(System.Text.StringBuilder sb, int runStart)
    {
        if (runStart < 0 || sb.Length - runStart < 2)
            return;
        char[] run = new char[sb.Length - runStart];
        sb.CopyTo(runStart, run, run.Length);
        SortByCombiningClass(run);
        sb.Length = runStart;
        sb.Append(run);
    }
}
