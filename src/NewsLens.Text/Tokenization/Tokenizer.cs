using NewsLens.Core;

namespace NewsLens.Text.Tokenization;

/// <summary>A token found by the <see cref="Tokenizer"/>: a span of the text it ran on, and its kind.</summary>
/// <param name="Span">The token's code units in the text given to the tokenizer; never empty.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct RawToken(TextSpan Span, TokenKind Kind);

/// <summary>
/// The rule-based, lossless tokenizer for Vietnamese news text.
/// </summary>
/// <remarks>
/// <para>Invariants: tokens come in text order, never overlap and are never empty; every code unit between two tokens
/// (and before the first, after the last) is whitespace (<see cref="char.IsWhiteSpace(char)"/>) or one of the
/// zero-width characters U+200B–U+200D, U+2060, U+FEFF. Tokens plus gaps give back the text exactly. Any UTF-16 input
/// is accepted, including lone surrogates and control characters (one <see cref="TokenKind.Other"/> token each).</para>
/// <para>It is meant for normalized text (see <c>VietnameseNormalizer</c>) but also handles raw text: typographic
/// quotes, en and em dashes, "…", NBSP and zero-width characters.</para>
/// <para>The main rules, in the order they are tried at a token start:</para>
/// <list type="bullet">
/// <item>Numbers (<see cref="TokenKind.Number"/>): ASCII digits with '.' or ',' between digit groups ("1.300", "2,5",
/// "1.234,56", "0912.345.678"); a leading '+' or '-' when it does not follow a letter or digit ("-3,5", "+2"); a
/// trailing '%' ("2,5%"), or an attached unit made of letters and digits ("15kg", "1.300km2", "5G"). A period not
/// followed by a digit is never part of a number.</item>
/// <item>Dates (<see cref="TokenKind.Date"/>): d/m, d/m/y, m/yyyy, d-m-yyyy and yyyy-mm-dd, when the day is 1–31
/// and the month 1–12 and no digit, letter, '%' or further separator follows. A bare d-m with a hyphen ("6-9") is one
/// token too, but a Date only after a date word ("ngày 6-9", "sáng 2-9"; also hôm, mùng, mồng, trưa, chiều, tối, đêm, khuya): in the Dân trí
/// corpus "2-1", "từ 2-3 khúc", "cấp 6-7" (scores and ranges) far outnumber such dates, so elsewhere it is a Number (a score or a range). Anything else with a '-' or '/'
/// is split into numbers and punctuation: "2020-2021" and "10-15" are ranges (Number, "-", Number), "50/100" is a
/// ratio. A d/m with a slash is always a date ("30/4"), so the rare fraction "1/2" is one too.</item>
/// <item>Times (<see cref="TokenKind.Time"/>): "15h30", "15h", "15H30", "15g30", "9:45", "9:45:30" (hour ≤ 24,
/// minutes 00–59). "48h" is a number with a unit; "15g" is 15 grams.</item>
/// <item>Words (<see cref="TokenKind.Word"/>): letters of any script with their combining marks, digits and
/// superscripts ("MH17", "km²"); an apostrophe (' or ’) or soft hyphen between two letters ("O'Brien");
/// hyphenated chains that contain a digit ("COVID-19", "F-16", "SARS-CoV-2"). Chains of letters only are split at the
/// hyphen ("Nga-Ukraine", "Mát-xcơ-va" give three tokens each) so that every token is a syllable or a word and the word
/// segmenter decides.</item>
/// <item>Abbreviations (<see cref="TokenKind.Abbreviation"/>): dotted chains whose segments are listed in
/// <see cref="Abbreviations"/>, single letters or short upper-case runs ("TP.HCM", "PGS.TS.", "Th.S", "U.S.",
/// "J.R.R.", "v.v.", "v.v..."); a listed segment plus its period ("TP.", "Mr.", "Q."); a single capital A–Z or Đ plus
/// period when a capital follows ("George W. Bush", "C.Ronaldo" gives "C." then "Ronaldo"). The final period is kept
/// only when the last segment is a single letter or a listed one ("TP.HCM." gives "TP.HCM" then ".").</item>
/// <item>URLs (<see cref="TokenKind.Url"/>): http://, https://, www. and bare domains ending in a common TLD
/// ("dantri.com.vn"), up to whitespace or a quote, without trailing punctuation (a ')' is kept when it closes a '('
/// inside the URL). E-mails (<see cref="TokenKind.Email"/>), hashtags ("#Covid19", any letters) and mentions ("@user").</item>
/// <item>Punctuation: a run of '.' ("...") and a run of '?'/'!' ("?!", "!!!") are one token each; "…" is one token;
/// every other punctuation mark, bracket and dash is its own token. Quotes (<see cref="TokenKind.Quote"/>):
/// " ' “ ” „ « » ‘ ’ ‹ › one token each.</item>
/// <item>Symbols (<see cref="TokenKind.Symbol"/>): S* characters, '%', '&amp;', '#', '@' standing alone; an emoji is one
/// token with its variation selectors, skin tones, tags, keycaps, ZWJ sequences and flag pairs.</item>
/// <item>Everything else (controls, lone surrogates, private use, unassigned, bidi marks) is one
/// <see cref="TokenKind.Other"/> token per code unit. Combining marks attach to the token before them.</item>
/// </list>
/// </remarks>
public static class Tokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/> without allocating.</summary>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>Enumerates the tokens of <paramref name="text"/> without allocating.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    public static TokenEnumerator Enumerate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text.AsSpan());
    }

    /// <summary>Collects the tokens of <paramref name="text"/> into an array (allocates; for tests and tools).</summary>
    public static RawToken[] Tokenize(ReadOnlySpan<char> text)
    {
        var list = new List<RawToken>(Math.Max(4, text.Length / 4));
        foreach (RawToken token in new TokenEnumerator(text))
            list.Add(token);
        return [.. list];
    }
}
