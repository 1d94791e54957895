using static NewsLens.Text.Encodings.VietnameseLetters;

namespace NewsLens.Text.Encodings;

/// <summary>
/// Checks whether a word is a well-formed Vietnamese syllable in the modern Quốc ngữ spelling.
/// </summary>
/// <remarks>
/// <para>A syllable is <c>onset? medial? nucleus coda?</c> plus one tone:</para>
/// <list type="bullet">
/// <item>onset: b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x, or none;
/// c/g/ng are not written before e ê i y, and k/gh/ngh only before them;</item>
/// <item>medial: o before a ă e (hoa, hoặc, khoe); u before â ê y ơ yê ya (tuân, huế, huy, thuở, chuyện, khuya);</item>
/// <item>nucleus: a ă â e ê i o ô ơ u ư y, the diphthongs ia/iê, ya/yê, ua/uô, ưa/ươ, and oo (xoong);
/// ă â iê yê uô ươ oo need a coda, ia ua ưa ya take none;</item>
/// <item>coda: c ch m n ng nh p t, or the semivowels i y o u, each only after the nuclei that take it
/// (ch/nh after a ê i y; c/ng not after i y ê ơ; y after a â; o after a e; …);</item>
/// <item>tone: a stop coda (c ch p t) takes only sắc or nặng.</item>
/// </list>
/// <para>The check is case-insensitive and reads precomposed letters and combining marks alike. Both
/// spellings that Vietnamese accepts are valid where both are in use (kí and ký, quí and quý).
/// It is a spelling check, not a dictionary: "quyểng" is rejected, but a well-formed syllable that no
/// word uses is accepted.</para>
/// </remarks>
public static class VietnameseSyllable
{
    /// <summary>The longest syllable has 7 letters (nghiêng); longer words are not syllables.</summary>
    private const int MaxLetters = 7;

    private enum Nucleus : byte
    {
        None, A, ABreve, ACircumflex, E, ECircumflex, I, O, OCircumflex, OHorn, U, UHorn, Y,
        IA, IE, YA, YE, UA, UO, UHornA, UHornO, OO,
    }

    private enum Coda : byte { None, C, Ch, M, N, Ng, Nh, P, T, I, Y, O, U }

    /// <summary>Whether <paramref name="word"/> is one well-formed Vietnamese syllable.</summary>
    /// <param name="word">Letters only (no spaces, digits or punctuation); any case; NFC or NFD.</param>
    public static bool IsValid(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IsValid(word.AsSpan());
    }

    /// <summary>Whether <paramref name="word"/> is one well-formed Vietnamese syllable.</summary>
    /// <param name="word">Letters only (no spaces, digits or punctuation); any case; NFC or NFD.</param>
    public static bool IsValid(ReadOnlySpan<char> word)
    {
        Span<char> letters = stackalloc char[MaxLetters];
        int length = 0;
        int tone = ToneNone;
        int lastVowel = -1;
        foreach (char c in word)
        {
            int markTone = ToneOfMark(c);
            if (markTone > 0)
            {
                if (tone != ToneNone || lastVowel != length - 1 || lastVowel < 0)
                    return false;
                tone = markTone;
                continue;
            }
            if (IsVietnameseMark(c))
            {
                if (lastVowel != length - 1 || lastVowel < 0)
                    return false;
                int q = Qualities.IndexOf(letters[lastVowel]);
                int nq = ApplyQualityMark(q, c);
                if (nq < 0)
                    return false;
                letters[lastVowel] = Qualities[nq];
                continue;
            }
            if (length == MaxLetters)
                return false;
            if (TryGetVowel(c, out int quality, out int t, out _))
            {
                if (t != ToneNone)
                {
                    if (tone != ToneNone)
                        return false;
                    tone = t;
                }
                lastVowel = length;
                letters[length++] = Qualities[quality];
                continue;
            }
            char lower = c switch
            {
                >= 'A' and <= 'Z' => (char)(c | 0x20),
                'Đ' => 'đ',
                _ => c,
            };
            if (lower is not ((>= 'a' and <= 'z') or 'đ'))
                return false;
            letters[length++] = lower;
        }
        return length > 0 && IsValidToneless(letters[..length], tone);
    }

    private static bool IsValidToneless(ReadOnlySpan<char> w, int tone)
    {
        // Onset.
        string? onset = ReadOnset(w);
        if (onset is null || onset.Length == w.Length)
            return false;
        int p = onset.Length;
        bool qu = onset == "qu";
        bool gi = onset == "gi";
        char first = w[p];
        if (!OnsetFits(onset, first))
            return false;

        // Medial.
        char medial = '\0';
        if (!qu && p + 1 < w.Length)
        {
            char next = w[p + 1];
            if (first == 'o' && next is 'a' or 'ă' or 'e')
                medial = 'o';
            else if (first == 'u' && next is 'â' or 'ê' or 'y' or 'ơ')
                medial = 'u';
            if (medial != '\0')
                p++;
        }

        // Nucleus.
        Nucleus nucleus = ReadNucleus(w[p..], out int nucleusLength);
        if (nucleus == Nucleus.None)
            return false;
        if (gi && nucleus == Nucleus.ECircumflex)
            nucleus = Nucleus.IE; // gi + iê is written with one i: giếng, giết, giễu
        p += nucleusLength;

        // Coda.
        Coda coda = ReadCoda(w[p..], out int codaLength);
        if (codaLength < 0 || p + codaLength != w.Length)
            return false;

        bool hasMedialU = medial == 'u' || qu;
        if (!NucleusFits(nucleus, medial, qu, onset))
            return false;
        if (!CodaFits(nucleus, coda, hasMedialU))
            return false;

        bool stop = coda is Coda.C or Coda.Ch or Coda.P or Coda.T;
        return !stop || tone is ToneAcute or ToneDot;
    }

    private static readonly string[] Onsets =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
         "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];

    /// <returns>The onset (one of <see cref="Onsets"/>, "" for none), or null when the word starts with a letter no onset has.</returns>
    private static string? ReadOnset(ReadOnlySpan<char> w)
    {
        foreach (string onset in Onsets)
        {
            if (!w.StartsWith(onset))
                continue;
            if (onset == "gi")
            {
                // "gi" + vowel is the onset gi (giữ, giếng); otherwise the i is the vowel (gì, gìn).
                return w.Length > 2 && IsVowel(w[2]) ? "gi" : "g";
            }
            if (onset == "qu")
                return w.Length > 2 && IsVowel(w[2]) ? "qu" : null;
            return onset;
        }
        return IsVowel(w[0]) ? "" : null;
    }

    private static bool OnsetFits(string onset, char first)
    {
        bool front = first is 'e' or 'ê' or 'i' or 'y';
        return onset switch
        {
            "c" or "ng" => !front,
            "g" => !front || first == 'i', // g + i is gi written once: gì, gìn
            "k" => front,
            "gh" or "ngh" => first is 'e' or 'ê' or 'i',
            "gi" => first != 'i',
            _ => true,
        };
    }

    private static bool IsVowel(char c) => Qualities.Contains(c);

    private static Nucleus ReadNucleus(ReadOnlySpan<char> s, out int length)
    {
        length = 2;
        if (s.Length >= 2)
        {
            Nucleus pair = (s[0], s[1]) switch
            {
                ('i', 'ê') => Nucleus.IE,
                ('i', 'a') => Nucleus.IA,
                ('y', 'ê') => Nucleus.YE,
                ('y', 'a') => Nucleus.YA,
                ('u', 'ô') => Nucleus.UO,
                ('u', 'a') => Nucleus.UA,
                ('ư', 'ơ') => Nucleus.UHornO,
                ('ư', 'a') => Nucleus.UHornA,
                ('o', 'o') => Nucleus.OO,
                _ => Nucleus.None,
            };
            if (pair != Nucleus.None)
                return pair;
        }
        length = 1;
        if (s.IsEmpty)
            return Nucleus.None;
        return s[0] switch
        {
            'a' => Nucleus.A,
            'ă' => Nucleus.ABreve,
            'â' => Nucleus.ACircumflex,
            'e' => Nucleus.E,
            'ê' => Nucleus.ECircumflex,
            'i' => Nucleus.I,
            'o' => Nucleus.O,
            'ô' => Nucleus.OCircumflex,
            'ơ' => Nucleus.OHorn,
            'u' => Nucleus.U,
            'ư' => Nucleus.UHorn,
            'y' => Nucleus.Y,
            _ => Nucleus.None,
        };
    }

    /// <returns>The coda; <paramref name="length"/> is -1 when the rest is not a coda.</returns>
    private static Coda ReadCoda(ReadOnlySpan<char> s, out int length)
    {
        length = s.Length;
        Coda coda = s switch
        {
            "" => Coda.None,
            "c" => Coda.C,
            "ch" => Coda.Ch,
            "m" => Coda.M,
            "n" => Coda.N,
            "ng" => Coda.Ng,
            "nh" => Coda.Nh,
            "p" => Coda.P,
            "t" => Coda.T,
            "i" => Coda.I,
            "y" => Coda.Y,
            "o" => Coda.O,
            "u" => Coda.U,
            _ => (Coda)255,
        };
        if ((byte)coda == 255)
            length = -1;
        return coda;
    }

    private static bool NucleusFits(Nucleus nucleus, char medial, bool qu, string onset)
    {
        if (medial == 'o')
            return nucleus is Nucleus.A or Nucleus.ABreve or Nucleus.E;
        if (medial == 'u')
            return nucleus is Nucleus.ACircumflex or Nucleus.ECircumflex or Nucleus.Y or Nucleus.OHorn or Nucleus.YE or Nucleus.YA;
        if (qu)
            return nucleus is Nucleus.A or Nucleus.ABreve or Nucleus.ACircumflex or Nucleus.E or Nucleus.ECircumflex
                or Nucleus.I or Nucleus.Y or Nucleus.OCircumflex or Nucleus.OHorn or Nucleus.YE;
        return nucleus switch
        {
            Nucleus.YE => onset.Length == 0, // yên, yêu; after a consonant it is spelled iê
            Nucleus.YA => false,             // only after the medial u: khuya
            _ => true,
        };
    }

    private static bool CodaFits(Nucleus nucleus, Coda coda, bool medialU)
    {
        switch (nucleus)
        {
            case Nucleus.ABreve or Nucleus.ACircumflex or Nucleus.IE or Nucleus.YE or Nucleus.UO or Nucleus.UHornO:
                if (coda == Coda.None)
                    return false;
                break;
            case Nucleus.OO:
                return coda is Coda.C or Coda.Ng;
            case Nucleus.IA or Nucleus.YA or Nucleus.UA or Nucleus.UHornA:
                return coda == Coda.None;
            case Nucleus.Y:
                return coda == Coda.None || (medialU && coda is Coda.T or Coda.Ch or Coda.Nh or Coda.U or Coda.N);
        }
        return coda switch
        {
            Coda.None => true,
            Coda.Ch or Coda.Nh => nucleus is Nucleus.A or Nucleus.ECircumflex or Nucleus.I,
            Coda.C or Coda.Ng => nucleus is not (Nucleus.I or Nucleus.ECircumflex or Nucleus.OHorn),
            Coda.M or Coda.N or Coda.P or Coda.T => true,
            Coda.I => nucleus is Nucleus.A or Nucleus.ACircumflex or Nucleus.O or Nucleus.OCircumflex or Nucleus.OHorn
                or Nucleus.U or Nucleus.UHorn or Nucleus.UO or Nucleus.UHornO,
            Coda.Y => nucleus is Nucleus.A or Nucleus.ACircumflex,
            Coda.O => nucleus is Nucleus.A or Nucleus.E,
            Coda.U => nucleus is Nucleus.A or Nucleus.ACircumflex or Nucleus.ECircumflex or Nucleus.I or Nucleus.UHorn
                or Nucleus.IE or Nucleus.YE or Nucleus.UHornO,
            _ => false,
        };
    }
}
