using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsLens.Text.Normalization;

/// <summary>
/// Puts the tone mark of every Vietnamese syllable on one canonical vowel (the traditional placement; see
/// <see cref="VietnameseNormalizer"/> for the rule). Works on NFC text, in place: a syllable keeps its length.
/// </summary>
internal static class VietnameseTone
{
    // Row = vowel (a ă â e ê i o ô ơ u ư y), column = tone (none, huyền, sắc, hỏi, ngã, nặng).
    private const string LowerVowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
    private const string UpperVowels = "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴ";

    private const int A = 0, Abreve = 1, Acirc = 2, E = 3, Ecirc = 4, I = 5, O = 6, Ocirc = 7, Ohorn = 8, U = 9, Uhorn = 10, Y = 11;
    private const int TableSize = 0x1F00;
    private const byte UpperFlag = 0x80;
    private const int MaxSyllable = 8;

    /// <summary>0 for a non-vowel, else 1 + vowel × 6 + tone, with <see cref="UpperFlag"/> for capitals.</summary>
    private static readonly byte[] s_vowels = BuildVowelTable();

    /// <summary>Nucleus key (base-13 digits vowel + 1) → <see cref="Open"/> | <see cref="Closed"/>.</summary>
    private static readonly byte[] s_nuclei = BuildNucleusTable();

    private const byte Open = 1, Closed = 2;

    /// <summary>
    /// Toned vowels that can sit on the wrong vowel of a cluster: the toned forms of a, e, i, o, u, y and ư.
    /// A tone on ă, â, ê, ô or ơ is always where the rule puts it.
    /// </summary>
    internal static readonly SearchValues<char> Suspects = BuildSuspects();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsVowel(char c) => c < TableSize && s_vowels[c] != 0;

    /// <summary>Index of the first letter run that is a Vietnamese syllable with a non-canonical tone, or -1.</summary>
    internal static int FindFirstNonCanonical(ReadOnlySpan<char> text)
    {
        Span<char> canonical = stackalloc char[MaxSyllable];
        int i = 0;
        while (true)
        {
            int p = CharClasses.IndexOfChange(text, i, special: false, tone: true);
            if (p < 0)
                return -1;
            i = CheckWordAt(text, p, canonical, out int wordStart);
            if (wordStart >= 0)
                return wordStart;
        }
    }

    /// <summary>Rewrites every syllable of <paramref name="text"/> to its canonical tone placement, in place.</summary>
    internal static void FixAll(Span<char> text)
    {
        Span<char> canonical = stackalloc char[MaxSyllable];
        int i = 0;
        while (true)
        {
            int p = CharClasses.IndexOfChange(text, i, special: false, tone: true);
            if (p < 0)
                return;
            i = CheckWordAt(text, p, canonical, out int wordStart);
            if (wordStart >= 0)
                canonical[..(i - wordStart)].CopyTo(text[wordStart..i]);
        }
    }

    /// <summary>
    /// Analyzes the letter run around <paramref name="position"/> (a vowel pair holding a <see cref="Suspects"/>
    /// unit, see <see cref="CharClasses.IndexOfChange"/>). If that run is a syllable to change,
    /// <paramref name="wordStart"/> is its start and <paramref name="canonical"/> holds its canonical spelling,
    /// else <paramref name="wordStart"/> is -1. Returns where to continue: the end of the run.
    /// </summary>
    internal static int CheckWordAt(ReadOnlySpan<char> text, int position, Span<char> canonical, out int wordStart)
    {
        wordStart = -1;
        int p = position;
        if (IsCanonicalPair(text, p))
            return p + 2;
        int start = p;
        while (start > 0 && CharClasses.Is(text[start - 1], CharClasses.WordChar) && p - start < MaxSyllable)
            start--;
        int end = p + 1;
        while (end < text.Length && CharClasses.Is(text[end], CharClasses.WordChar))
            end++;
        bool atWordStart = start == 0 || !CharClasses.Is(text[start - 1], CharClasses.WordChar);
        if (atWordStart && end - start <= MaxSyllable && TryCanonicalize(text[start..end], canonical))
            wordStart = start;
        return end;
    }

    /// <summary>
    /// The common pairs that need no analysis: a two-vowel nucleus with no diacritic (neither vowel ă â ê ô ơ ư
    /// untoned) that is toned on the first vowel and ends the word (tài, mùa, hỏi), or toned on the second and followed
    /// by a consonant (hoàn, toán, quán). Such a run is either a canonical syllable or no syllable at all.
    /// </summary>
    private static bool IsCanonicalPair(ReadOnlySpan<char> text, int p)
    {
        int before = p > 0 ? CharClasses.Of(text[p - 1]) : 0;
        int after = p + 2 < text.Length ? CharClasses.Of(text[p + 2]) : 0;
        if (((before | after) & CharClasses.Vowel) != 0)
            return false;
        int first = CharClasses.Of(text[p]);
        int second = CharClasses.Of(text[p + 1]);
        if ((first & CharClasses.Suspect) != 0)
        {
            // Toned first: the word must end here, and the first vowel must not be the u of qu or the i of gi.
            return (second & CharClasses.PlainVowel) != 0
                && (after & CharClasses.WordChar) == 0
                && (p == 0 || (text[p - 1] | 0x20) is not ('q' or 'g'));
        }
        return (first & CharClasses.PlainVowel) != 0 && (after & CharClasses.WordChar) != 0;
    }

    /// <summary>
    /// When <paramref name="word"/> is one Vietnamese syllable (onset, 1–3 vowels, coda) carrying a tone whose
    /// place is not the canonical one, writes the canonical spelling (same length) to <paramref name="destination"/>
    /// and returns true. Returns false for canonical syllables, toneless ones, two different tones, and non-syllables.
    /// </summary>
    internal static bool TryCanonicalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        int n = word.Length;
        if (n == 0 || n > MaxSyllable)
            return false;

        // Onset: consonant letters.
        int i = 0;
        Span<char> onset = stackalloc char[3];
        while (i < n)
        {
            char c = ConsonantLower(word[i]);
            if (c == '\0')
                break;
            if (i == 3)
                return false;
            onset[i++] = c;
        }
        int glide = -1;
        ReadOnlySpan<char> on = onset[..i];
        if (on is "q")
        {
            // "qu": the u belongs to the onset.
            if (i >= n || VowelOf(word[i]) != U)
                return false;
            glide = i++;
        }
        else if (on is "g" && i + 1 < n && VowelOf(word[i]) == I && IsVowel(word[i + 1]))
        {
            // "gi" + vowel: the i belongs to the onset (già, giữa, giếng); "gì", "gìn" keep i as the vowel.
            glide = i++;
        }
        else if (!IsOnset(on))
        {
            return false;
        }

        // Nucleus: 1–3 vowels.
        int nucleusStart = i;
        while (i < n && IsVowel(word[i]))
            i++;
        int nucleusLength = i - nucleusStart;
        if (nucleusLength is 0 or > 3)
            return false;

        // Coda: a final consonant, or none.
        Span<char> coda = stackalloc char[2];
        int codaLength = 0;
        while (i < n)
        {
            char c = ConsonantLower(word[i]);
            if (c == '\0' || codaLength == 2)
                return false;
            coda[codaLength++] = c;
            i++;
        }
        bool closed = codaLength > 0;
        if (closed && !IsCoda(coda[..codaLength]))
            return false;

        // Tones: all marks on the syllable must agree.
        int tone = 0;
        int key = 0;
        Span<int> vowels = stackalloc int[3];
        for (int k = glide < 0 ? nucleusStart : glide; k < nucleusStart + nucleusLength; k++)
        {
            int info = s_vowels[word[k]] & ~UpperFlag;
            int t = (info - 1) % 6;
            if (t != 0)
            {
                if (tone != 0 && tone != t)
                    return false;
                tone = t;
            }
            if (k >= nucleusStart)
            {
                int v = (info - 1) / 6;
                vowels[k - nucleusStart] = v;
                key = (key * 13) + v + 1;
            }
        }
        if (tone == 0)
            return false;
        byte shape = s_nuclei[key];
        if ((shape & (closed ? Closed : Open)) == 0)
            return false;

        int target = nucleusStart + ToneTarget(vowels[..nucleusLength], closed);
        bool changed = false;
        word.CopyTo(destination);
        for (int k = glide < 0 ? nucleusStart : glide; k < nucleusStart + nucleusLength; k++)
        {
            int raw = s_vowels[word[k]];
            int v = ((raw & ~UpperFlag) - 1) / 6;
            char c = Vowel(v, k == target ? tone : 0, (raw & UpperFlag) != 0);
            destination[k] = c;
            changed |= c != word[k];
        }
        return changed;
    }

    /// <summary>
    /// The vowel of the nucleus that takes the tone: a vowel with a diacritic (ă â ê ô ơ, the ơ of ươ), else ư,
    /// else the only vowel, the middle of three, the second of two before a final consonant, the first of two
    /// in an open syllable.
    /// </summary>
    private static int ToneTarget(ReadOnlySpan<int> vowels, bool closed)
    {
        for (int k = 0; k < vowels.Length; k++)
        {
            if (vowels[k] is Abreve or Acirc or Ecirc or Ocirc or Ohorn)
                return k;
        }
        for (int k = 0; k < vowels.Length; k++)
        {
            if (vowels[k] == Uhorn)
                return k;
        }
        return vowels.Length switch
        {
            1 => 0,
            3 => 1,
            _ => closed ? 1 : 0,
        };
    }

    private static int VowelOf(char c) => c < TableSize && s_vowels[c] != 0 ? ((s_vowels[c] & ~UpperFlag) - 1) / 6 : -1;

    private static char Vowel(int vowel, int tone, bool upper) => (upper ? UpperVowels : LowerVowels)[(vowel * 6) + tone];

    /// <summary>Lower-case form of a Vietnamese consonant letter (ASCII letters but a e i o u y, and đ), else '\0'.</summary>
    private static char ConsonantLower(char c)
    {
        if (c is 'đ' or 'Đ')
            return 'đ';
        char l = (char)(c | 0x20);
        if (l is < 'a' or > 'z' || (uint)(c - 'A') > 'z' - 'A')
            return '\0';
        return l is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' ? '\0' : l;
    }

    private static bool IsOnset(ReadOnlySpan<char> s) => s switch
    {
        "" or "b" or "c" or "d" or "đ" or "g" or "h" or "k" or "l" or "m" or "n" or "p" or "r" or "s" or "t" or "v" or "x" => true,
        "ch" or "gh" or "kh" or "ng" or "nh" or "ph" or "th" or "tr" or "ngh" => true,
        _ => false,
    };

    private static bool IsCoda(ReadOnlySpan<char> s) => s is "c" or "m" or "n" or "p" or "t" or "ch" or "ng" or "nh";

    private static byte[] BuildVowelTable()
    {
        var table = new byte[TableSize];
        for (int k = 0; k < LowerVowels.Length; k++)
        {
            table[LowerVowels[k]] = (byte)(k + 1);
            table[UpperVowels[k]] = (byte)((k + 1) | UpperFlag);
        }
        return table;
    }

    private static byte[] BuildNucleusTable()
    {
        // Nuclei (toneless) that can be open (O), closed (C) or both (B). Single vowels are all accepted.
        const string Nuclei =
            "a:B ă:B â:B e:B ê:B i:B o:B ô:B ơ:B u:B ư:B y:B " +
            "ai:O ao:O au:O ay:O âu:O ây:O eo:O êu:O ia:O iu:O oi:O ôi:O ơi:O ua:O ui:O ưa:O ưi:O ưu:O uơ:O " +
            "oa:B oe:B uy:B uê:B iê:B yê:B uô:B ươ:B oă:C uâ:C oo:C " +
            "iêu:O yêu:O oai:O oay:O oeo:O uây:O uôi:O ươi:O ươu:O uya:O uyu:O uyê:B";
        var table = new byte[13 * 13 * 13];
        foreach (string entry in Nuclei.Split(' '))
        {
            int colon = entry.IndexOf(':', StringComparison.Ordinal);
            int key = 0;
            for (int k = 0; k < colon; k++)
                key = (key * 13) + (LowerVowels.IndexOf(entry[k], StringComparison.Ordinal) / 6) + 1;
            table[key] = entry[colon + 1] switch { 'O' => Open, 'C' => Closed, _ => Open | Closed };
        }
        return table;
    }

    private static SearchValues<char> BuildSuspects()
    {
        var chars = new List<char>();
        foreach (int v in (ReadOnlySpan<int>)[A, E, I, O, U, Uhorn, Y])
        {
            for (int t = 1; t < 6; t++)
            {
                chars.Add(LowerVowels[(v * 6) + t]);
                chars.Add(UpperVowels[(v * 6) + t]);
            }
        }
        return SearchValues.Create(chars.ToArray());
    }
}
