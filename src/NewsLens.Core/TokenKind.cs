namespace NewsLens.Core;

/// <summary>What a token is. Stored as one byte per token.</summary>
public enum TokenKind : byte
{
    /// <summary>A run of letters: a Vietnamese syllable or a foreign word ("Hà", "Kursk", "km2").</summary>
    Word,
    /// <summary>A number, possibly with thousands dots, a decimal comma, a sign, or an attached unit ("1.300", "2,5", "50%", "15kg").</summary>
    Number,
    /// <summary>A date ("24/8/2024", "6-9", "2024-08-06").</summary>
    Date,
    /// <summary>A time of day ("15h30", "9:45").</summary>
    Time,
    /// <summary>An abbreviation or initial with its dots ("TP.HCM", "v.v.", "PGS.TS.", "G.").</summary>
    Abbreviation,
    /// <summary>A URL.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A hashtag ("#Covid19").</summary>
    Hashtag,
    /// <summary>A mention ("@newslens").</summary>
    Mention,
    /// <summary>A quotation mark of any style (" “ ” « » ‘ ’ ').</summary>
    Quote,
    /// <summary>Punctuation other than quotation marks (. , ; : ! ? … ( ) - –).</summary>
    Punctuation,
    /// <summary>A symbol (currency signs, %, &amp;, emoji, …).</summary>
    Symbol,
    /// <summary>Anything else (a lone surrogate, a control character).</summary>
    Other,
}
