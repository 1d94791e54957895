using System.Collections.Frozen;

namespace NewsLens.Vietnamese.Tagging;

/// <summary>
/// The VietTreebank/VLSP part-of-speech tag set NewsLens tags with, how corpus tags are brought into it, and the
/// Universal POS tags.
/// </summary>
/// <remarks>
/// Corpus tags are normalized before training and evaluation: every punctuation tag of VietTreebank (",", ".",
/// "...", "LBKT", "RBKT", "\"", …) becomes <c>CH</c> as in the VLSP 2013 tag set; <c>Cc</c> (the VLSP 2013 test
/// copy's spelling) is <c>CC</c>; <c>Vy</c> (two tokens in VietTreebank) is <c>V</c>; an empty tag is <c>CH</c> on a
/// punctuation word and <c>X</c> otherwise. Every other tag is kept as written.
/// </remarks>
public static class PosTagset
{
    /// <summary>The punctuation tag.</summary>
    public const string Punctuation = "CH";

    /// <summary>The seventeen Universal POS tags (UD v2).</summary>
    public static readonly IReadOnlyList<string> UniversalTags =
    [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
    ];

    /// <summary>
    /// The Universal POS tag of each VietTreebank tag when nothing more specific is known (the trained mapping
    /// refines it per word from UD VTB train; see <see cref="UposMapping"/>).
    /// </summary>
    public static readonly FrozenDictionary<string, string> DefaultUniversal = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["N"] = "NOUN", ["Nc"] = "NOUN", ["Nu"] = "NOUN", ["Ny"] = "NOUN", ["Nb"] = "NOUN", ["Ni"] = "NOUN",
        ["Np"] = "PROPN", ["V"] = "VERB", ["A"] = "ADJ", ["P"] = "PRON", ["R"] = "ADV", ["L"] = "DET",
        ["M"] = "NUM", ["E"] = "ADP", ["C"] = "SCONJ", ["CC"] = "CCONJ", ["I"] = "INTJ", ["T"] = "PART",
        ["Y"] = "NOUN", ["Z"] = "X", ["X"] = "X", ["CH"] = "PUNCT",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Brings a corpus tag into the NewsLens tag set (see the remarks of <see cref="PosTagset"/>).</summary>
    /// <param name="tag">The corpus tag (a "B-" prefix is removed).</param>
    /// <param name="word">The word, to decide an empty tag.</param>
    public static string Normalize(string? tag, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (tag is not null && tag.StartsWith("B-", StringComparison.Ordinal))
            tag = tag[2..];
        if (string.IsNullOrEmpty(tag) || tag == "_")
            return IsPunctuationWord(word) ? Punctuation : "X";
        if (tag is "Cc")
            return "CC";
        if (tag is "Vy")
            return "V";
        if (tag is "LBKT" or "RBKT" || !char.IsAsciiLetter(tag[0]))
            return Punctuation;
        return tag;
    }

    /// <summary>
    /// Brings a tag of the VLSP 2016 NER data's POS column (semi-automatic, its own tag set) into the VietTreebank
    /// set, or returns null when the tag is not a POS tag (a handful of rows hold chunk or NER values). <c>NNP</c> →
    /// <c>Np</c>; the person and collective classifiers <c>Ns</c>, <c>Ne</c> → <c>Nc</c>; abbreviations <c>Ny</c>
    /// → <c>Np</c> (VietTreebank tags "UBND" Np 71 times in 73); <c>Nb</c>, <c>Ni</c> → <c>N</c>; <c>FW</c> →
    /// <c>X</c>; <c>Vb</c> → <c>V</c>; <c>Ab</c> → <c>A</c>; then <see cref="Normalize"/>.
    /// </summary>
    public static string? FromVlsp2016(string? tag, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string t = (tag ?? "").Trim();
        t = t switch
        {
            "NNP" or "Ny" => "Np",
            "Ns" or "Ne" => "Nc",
            "Nb" or "Ni" => "N",
            "FW" => "X",
            "Vb" => "V",
            "Ab" => "A",
            _ => t,
        };
        string normalized = Normalize(t, word);
        return DefaultUniversal.ContainsKey(normalized) && normalized is not ("Ny" or "Nb" or "Ni") ? normalized : null;
    }

    /// <summary>True when every character of <paramref name="word"/> is punctuation or a symbol (no letter or digit).</summary>
    public static bool IsPunctuationWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return false;
        foreach (char c in word)
        {
            if (char.IsLetterOrDigit(c) || char.IsWhiteSpace(c))
                return false;
        }
        return true;
    }
}
