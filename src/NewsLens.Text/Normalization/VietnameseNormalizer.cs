using System.Buffers;
using NewsLens.Core;

namespace NewsLens.Text.Normalization;

/// <summary>
/// Normalizes Vietnamese text for tokenizing and matching, keeping a map of every normalized UTF-16 unit back
/// to the original text (<see cref="NormalizedText.Map"/>). The original text is never changed.
/// </summary>
/// <remarks>
/// <para>What changes, in this order of thought (the implementation does it in one pass, then the tones in place):</para>
/// <list type="number">
/// <item><description><b>Folds.</b> Removed (the unit is absorbed into the previous normalized unit's original range,
/// or the next one's at the start): U+00AD soft hyphen, U+200B–U+200F (ZWSP, ZWNJ, ZWJ, LRM, RLM), U+202A–U+202E,
/// U+2060–U+2064, U+2066–U+2069, U+FEFF. To ' ': U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000.
/// To '\n': U+2028, U+2029. To '"': “ ” „ ‟ « » ″ ❝ ❞ 〝 〞 〟 ⹂. To '\'': ‘ ’ ‚ ‛ ′ ‹ › ❛ ❜. To '-': U+2010–U+2015,
/// U+2212, U+FE58, U+FE63. U+2026 … → "..." (three units with the one original range). Fullwidth U+FF01–U+FF5E →
/// ASCII. A lone surrogate → U+FFFD, so the normalized text is always well-formed UTF-16. \r, \n, \t stay.</description></item>
/// <item><description><b>NFC</b> for combining marks of U+0300–U+036F (all Vietnamese input methods, macOS NFD,
/// U+0340/U+0341 tone marks): each run of marks is put in canonical order and composed with the normalized unit
/// before it (after folding, so "a" + ZWSP + U+0300 → "à"); every unit of the composed sequence maps to the
/// sequence's whole original range. Characters NFC replaces on their own (U+2126 Ω, U+212B Å, U+1F71 ά,
/// composition exclusions such as U+0958) are replaced. Marks of other blocks are not reordered or composed, and
/// Hangul jamo are not composed. The tables come from Unicode 14 (see UnicodeCompositionData).</description></item>
/// <item><description><b>Tone placement</b>, on each maximal run of letters that is one Vietnamese syllable:
/// onset (b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x, or none), a nucleus of 1–3 vowels
/// from the Vietnamese inventory, and a coda (c ch m n ng nh p t, or none). Runs that are not such a syllable
/// (Zelensky, Chloé, words with leftover marks) are left untouched, as are syllables whose marks disagree.
/// The u of "qu" and the i of "gi" + vowel belong to the onset. The tone goes on:
/// (1) the vowel with a diacritic: ă â ê ô ơ (the ơ of ươ: người, thuở), else ư (mưa, cửu);
/// (2) else the only vowel;
/// (3) else the middle one of three (ngoài, khuỷu, ngoẹo);
/// (4) else of two vowels, the second when a final consonant follows (hoàn, khoét, huýt, toán),
/// the first in an open syllable (hòa, khỏe, thúy, ủy, mùa, tài).
/// This is the traditional ("old") placement of most newspapers and of the VietTreebank/VLSP data, so "hoà"/"hòa",
/// "thuý"/"thúy", "uỷ"/"ủy", "khoẻ"/"khỏe" normalize alike; a doubled tone ("hòà") is kept once. Case is kept
/// letter by letter.</description></item>
/// </list>
/// <para>Invariants: never throws on any UTF-16 input; idempotent; the map is monotone, in bounds, and no normalized
/// unit maps to an empty original range. When nothing changes, <see cref="Normalize(string)"/> returns the same string
/// with an identity map and allocates no arrays (an already-NFC text holding marks that compose with nothing takes the
/// slow path to find that out); when every change is one unit for one unit (quotes, spaces, tones),
/// the map is the identity too.</para>
/// </remarks>
public static class VietnameseNormalizer
{
    private const int StackLimit = 256;

    /// <summary>Normalizes <paramref name="text"/> for matching and tokenizing, with a map back to it.</summary>
    /// <param name="text">The original text.</param>
    /// <returns>The normalized text and its offset map; <paramref name="text"/> itself when already normalized.</returns>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NormalizeByLines(text);
    }

    /// <summary>
    /// Normalizes a text one line at a time, so that the lines that need no change (most of an article) take the
    /// fast path and only the others are rewritten; nothing in NFC, tone placement or folding crosses a line break,
    /// so the result equals a whole-text pass. Nothing is copied until the first line that changes, so an already
    /// normalized text comes back as the same instance with an identity map. The map stores only the units that
    /// break a one-for-one run.
    /// </summary>
    private static NormalizedText NormalizeByLines(string text)
    {
        char[]? output = null; // allocated at the first line that changes
        int length = 0;
        var map = new OffsetMap.Builder();
        try
        {
            int pos = 0;
            while (pos < text.Length)
            {
                int nl = text.IndexOf('\n', pos);
                int end = nl < 0 ? text.Length : nl + 1;
                ReadOnlySpan<char> line = text.AsSpan(pos, end - pos);
                int first = Inspect(line, out bool toneChange);
                if (first < 0 && !toneChange)
                {
                    if (output is not null)
                    {
                        Append(ref output, ref length, line);
                        map.AddIdentity(pos, line.Length);
                    }
                }
                else
                {
                    if (output is null)
                    {
                        // The first change: everything before it is copied unchanged.
                        output = ArrayPool<char>.Shared.Rent(text.Length + 64);
                        Append(ref output, ref length, text.AsSpan(0, pos));
                        map.AddIdentity(0, pos);
                    }
                    if (first < 0)
                    {
                        Append(ref output, ref length, line);
                        VietnameseTone.FixAll(output.AsSpan(length - line.Length, line.Length));
                        map.AddIdentity(pos, line.Length);
                    }
                    else
                    {
                        AppendRewritten(line, first, pos, ref output, ref length, map);
                    }
                }
                pos = end;
            }
            if (output is null)
                return NormalizedText.Unchanged(text);
            ReadOnlySpan<char> normalized = output.AsSpan(0, length);
            if (normalized.SequenceEqual(text))
                return NormalizedText.Unchanged(text);
            return new NormalizedText(new string(normalized), map.Build(text.Length));
        }
        finally
        {
            if (output is not null)
                ArrayPool<char>.Shared.Return(output);
        }
    }

    /// <summary>Rewrites one line from its first special character on, appending the text and its map.</summary>
    private static void AppendRewritten(ReadOnlySpan<char> line, int first, int lineStart, ref char[] output, ref int length, OffsetMap.Builder map)
    {
        var writer = new Writer(line.Length, trackMap: true);
        try
        {
            Run(line, first, ref writer);
            writer.Complete();
            Span<char> result = writer.Chars;
            VietnameseTone.FixAll(result);
            Append(ref output, ref length, result);
            if (writer.IsTracking)
            {
                ReadOnlySpan<int> starts = writer.Starts, ends = writer.Ends;
                for (int i = 0; i < starts.Length; i++)
                    map.AddUnit(lineStart + starts[i], lineStart + ends[i]);
            }
            else
            {
                map.AddIdentity(lineStart, result.Length);
            }
        }
        finally
        {
            writer.Dispose();
        }
    }

    private static void Append(ref char[] buffer, ref int length, ReadOnlySpan<char> chars)
    {
        if (length + chars.Length > buffer.Length)
        {
            char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, length + chars.Length));
            buffer.AsSpan(0, length).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = bigger;
        }
        chars.CopyTo(buffer.AsSpan(length));
        length += chars.Length;
    }

    /// <summary>The normalized text of <paramref name="text"/>, without the map; <paramref name="text"/> itself when already normalized.</summary>
    public static string Canonicalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Inspect(text, out bool toneChange) < 0 && !toneChange)
            return text;
        string result = Canonicalize(text.AsSpan());
        return result == text ? text : result;
    }

    /// <summary>The normalized text of <paramref name="text"/>, without the map.</summary>
    public static string Canonicalize(ReadOnlySpan<char> text)
    {
        var writer = new Writer(text.Length, trackMap: false);
        try
        {
            int first = FindFirstSpecial(text);
            Run(text, first < 0 ? text.Length : first, ref writer);
            Span<char> result = writer.Chars;
            VietnameseTone.FixAll(result);
            return new string(result);
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>
    /// Writes the normalized text of <paramref name="source"/> to <paramref name="destination"/> without allocating.
    /// The result is at most <see cref="GetMaxNormalizedLength"/>(source.Length) units long.
    /// </summary>
    /// <returns>False (and <paramref name="charsWritten"/> 0) when <paramref name="destination"/> is too short.</returns>
    public static bool TryCanonicalize(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
    {
        var writer = new Writer(source.Length, trackMap: false);
        try
        {
            int first = FindFirstSpecial(source);
            Run(source, first < 0 ? source.Length : first, ref writer);
            Span<char> result = writer.Chars;
            if (result.Length > destination.Length)
            {
                charsWritten = 0;
                return false;
            }
            result.CopyTo(destination);
            VietnameseTone.FixAll(destination[..result.Length]);
            charsWritten = result.Length;
            return true;
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> have the same normalized text ("hoà", "hòa" and
    /// "ho" + "a" + U+0300 do). Allocates nothing for short inputs.
    /// </summary>
    /// <param name="a">A text.</param>
    /// <param name="b">Another text.</param>
    /// <param name="ignoreCase">Compare the normalized texts ignoring case (ordinal, invariant).</param>
    public static bool Equivalent(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool ignoreCase = false)
    {
        if (ignoreCase ? a.Equals(b, StringComparison.OrdinalIgnoreCase) : a.SequenceEqual(b))
            return true;
        int maxA = GetMaxNormalizedLength(a.Length), maxB = GetMaxNormalizedLength(b.Length);
        char[]? rentedA = null, rentedB = null;
        Span<char> bufA = maxA <= StackLimit ? stackalloc char[StackLimit] : (rentedA = ArrayPool<char>.Shared.Rent(maxA));
        Span<char> bufB = maxB <= StackLimit ? stackalloc char[StackLimit] : (rentedB = ArrayPool<char>.Shared.Rent(maxB));
        try
        {
            TryCanonicalize(a, bufA, out int lengthA);
            TryCanonicalize(b, bufB, out int lengthB);
            ReadOnlySpan<char> x = bufA[..lengthA], y = bufB[..lengthB];
            return ignoreCase ? x.Equals(y, StringComparison.OrdinalIgnoreCase) : x.SequenceEqual(y);
        }
        finally
        {
            if (rentedA is not null)
                ArrayPool<char>.Shared.Return(rentedA);
            if (rentedB is not null)
                ArrayPool<char>.Shared.Return(rentedB);
        }
    }

    /// <summary>True when <paramref name="text"/> is its own normalized form (what <see cref="Normalize(string)"/> would return unchanged).</summary>
    /// <remarks>One table scan; text holding combining marks or other special units is normalized to compare.</remarks>
    public static bool IsNormalized(ReadOnlySpan<char> text)
    {
        int first = Inspect(text, out bool toneChange);
        if (toneChange)
            return false;
        if (first < 0)
            return true;
        var writer = new Writer(text.Length, trackMap: false);
        try
        {
            Run(text, first, ref writer);
            Span<char> result = writer.Chars;
            VietnameseTone.FixAll(result);
            return result.SequenceEqual(text);
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>The longest normalized text a text of <paramref name="length"/> UTF-16 units can give (an ellipsis becomes three units).</summary>
    public static int GetMaxNormalizedLength(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return (int)Math.Min(int.MaxValue, (3L * length) + 4);
    }

    /// <summary>Index of the first unit that NFC or folding may change, or -1. Valid surrogate pairs pass.</summary>
    private static int FindFirstSpecial(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (true)
        {
            int p = CharClasses.IndexOfAny(text, i, CharClasses.Special);
            if (p < 0 || !IsSurrogatePair(text, p))
                return p;
            i = p + 2;
        }
    }

    /// <summary>
    /// The fast path's single scan: index of the first unit that folding or NFC may change (-1 if none), and
    /// whether some syllable's tone must move.
    /// </summary>
    private static int Inspect(ReadOnlySpan<char> text, out bool toneChange)
    {
        toneChange = false;
        Span<char> canonical = stackalloc char[8];
        int i = 0;
        while (true)
        {
            int p = CharClasses.IndexOfChange(text, i, special: true, tone: !toneChange);
            if (p < 0)
                return -1;
            if (CharClasses.Is(text[p], CharClasses.Special))
            {
                if (!IsSurrogatePair(text, p))
                    return p;
                i = p + 2;
                continue;
            }
            i = VietnameseTone.CheckWordAt(text, p, canonical, out int wordStart);
            toneChange = wordStart >= 0;

            // The word may hold marks or fullwidth letters after p; surrogates never belong to a word.
            int inWord = CharClasses.IndexOfChange(text[..i], p + 1, special: true, tone: false);
            if (inWord >= 0)
                return inWord;
        }
    }

    private static bool IsSurrogatePair(ReadOnlySpan<char> text, int p) =>
        char.IsHighSurrogate(text[p]) && p + 1 < text.Length && char.IsLowSurrogate(text[p + 1]);

    /// <summary>Folds and composes <paramref name="source"/> into <paramref name="writer"/>; units before <paramref name="first"/> are known to stay.</summary>
    private static void Run(ReadOnlySpan<char> source, int first, ref Writer writer)
    {
        writer.AppendRun(source[..first], 0);
        int i = first;
        while (i < source.Length)
        {
            int found = CharClasses.IndexOfAny(source, i, CharClasses.Special);
            int p = found < 0 ? source.Length : found;
            if (p > i)
                writer.AppendRun(source[i..p], i);
            if (found < 0)
                break;
            char c = source[p];
            if (UnicodeComposition.IsMark(c))
            {
                // Removed units between marks join the run: composing run by run would pull the marks already
                // written back again and again (quadratic on "a" + ZWSP + mark + ZWSP + mark…).
                int q = p + 1;
                while (q < source.Length && (UnicodeComposition.IsMark(source[q]) || CharFolding.IsRemoved(source[q])))
                    q++;
                writer.AppendMarks(source[p..q], p);
                i = q;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && p + 1 < source.Length && char.IsLowSurrogate(source[p + 1]))
                {
                    writer.AppendRun(source.Slice(p, 2), p);
                    i = p + 2;
                }
                else
                {
                    writer.Replace('\uFFFD', p);
                    i = p + 1;
                }
                continue;
            }
            char folded = CharFolding.Fold(c);
            if (folded == CharFolding.Remove)
            {
                writer.Remove(p);
            }
            else if (c == CharFolding.Ellipsis)
            {
                writer.Expand("...", p);
            }
            else if (folded != c)
            {
                writer.Replace(folded, p);
            }
            else
            {
                string? nfc = UnicodeComposition.NfcReplacement(c);
                if (nfc is null || nfc.Length == 1)
                    writer.Replace(nfc is null ? c : nfc[0], p);
                else
                    writer.Expand(nfc, p);
            }
            i = p + 1;
        }
    }

    /// <summary>
    /// The output of one normalization: pooled buffers, and the original range of each unit once the map stops
    /// being the identity (until then unit i is original unit i, and no range arrays are rented).
    /// </summary>
    private ref struct Writer
    {
        private readonly bool _trackMap;
        private readonly int _capacity;
        private char[] _chars;
        private int[]? _starts;
        private int[]? _ends;
        private int _length;
        private bool _leadingRemoved;

        public Writer(int sourceLength, bool trackMap)
        {
            _trackMap = trackMap;
            // Room beyond the proven 3n + 4 so that no input can ever write past the buffer.
            _capacity = (int)Math.Min(Array.MaxLength, (4L * sourceLength) + 16);
            _chars = ArrayPool<char>.Shared.Rent(_capacity);
        }

        public readonly bool IsTracking => _starts is not null;

        public readonly Span<char> Chars => _chars.AsSpan(0, _length);

        public readonly ReadOnlySpan<int> Starts => _starts.AsSpan(0, _length);

        public readonly ReadOnlySpan<int> Ends => _ends.AsSpan(0, _length);

        public void AppendRun(ReadOnlySpan<char> run, int sourceStart)
        {
            run.CopyTo(_chars.AsSpan(_length));
            if (_starts is not null)
            {
                Span<int> starts = _starts.AsSpan(_length, run.Length);
                Span<int> ends = _ends.AsSpan(_length, run.Length);
                for (int k = 0; k < starts.Length; k++)
                {
                    starts[k] = sourceStart + k;
                    ends[k] = sourceStart + k + 1;
                }
            }
            _length += run.Length;
        }

        public void Replace(char c, int sourceIndex)
        {
            _chars[_length] = c;
            if (_starts is not null)
            {
                _starts[_length] = sourceIndex;
                _ends![_length] = sourceIndex + 1;
            }
            _length++;
        }

        public void Remove(int sourceIndex)
        {
            StartTracking();
            if (_ends is null)
                return;
            if (_length > 0)
                _ends[_length - 1] = sourceIndex + 1;
            else
                _leadingRemoved = true;
        }

        public void Expand(string replacement, int sourceIndex)
        {
            StartTracking();
            foreach (char c in replacement)
                Replace(c, sourceIndex);
        }

        /// <summary>
        /// Composes a run of marks (which may hold removed units, dropped here) with the sequence (starter + marks)
        /// that ends the output so far; every unit of the result maps to the whole sequence's original range.
        /// </summary>
        public void AppendMarks(ReadOnlySpan<char> marks, int sourceStart)
        {
            StartTracking();
            int k = _length;
            while (k > 0 && UnicodeComposition.IsMark(_chars[k - 1]))
                k--;
            char starter = '\0';
            int sequenceStart = k;
            if (k > 0 && !char.IsSurrogate(_chars[k - 1]))
            {
                starter = _chars[k - 1];
                sequenceStart = k - 1;
            }
            int rangeStart = _starts is null ? 0 : sequenceStart < _length ? _starts[sequenceStart] : sourceStart;

            // The marks already in the output go first: they came first in the source.
            int pending = _length - k;
            int total = pending + marks.Length;
            char[]? rented = null;
            Span<char> all = total <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(total));
            try
            {
                _chars.AsSpan(k, pending).CopyTo(all);
                int count = pending;
                foreach (char m in marks)
                {
                    if (UnicodeComposition.IsMark(m))
                        all[count++] = m;
                }
                int written = UnicodeComposition.ComposeSequence(starter, all[..count], _chars.AsSpan(sequenceStart));
                _length = sequenceStart + written;
            }
            finally
            {
                if (rented is not null)
                    ArrayPool<char>.Shared.Return(rented);
            }

            if (_starts is not null)
            {
                int rangeEnd = sourceStart + marks.Length;
                _starts.AsSpan(sequenceStart, _length - sequenceStart).Fill(rangeStart);
                _ends.AsSpan(sequenceStart, _length - sequenceStart).Fill(rangeEnd);
            }
        }

        /// <summary>Switches from the implicit identity map to explicit ranges.</summary>
        private void StartTracking()
        {
            if (!_trackMap || _starts is not null)
                return;
            _starts = ArrayPool<int>.Shared.Rent(_capacity);
            _ends = ArrayPool<int>.Shared.Rent(_capacity);
            for (int k = 0; k < _length; k++)
            {
                _starts[k] = k;
                _ends[k] = k + 1;
            }
        }

        /// <summary>Ends the output: units removed before any output belong to the first normalized unit.</summary>
        public void Complete()
        {
            if (_leadingRemoved && _length > 0)
            {
                _starts![0] = 0;
                _leadingRemoved = false;
            }
        }

        public void Dispose()
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
            if (_starts is not null)
                ArrayPool<int>.Shared.Return(_starts);
            if (_ends is not null)
                ArrayPool<int>.Shared.Return(_ends);
            _starts = _ends = null;
        }
    }
}
