using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NewsLens.Core;

namespace NewsLens.Text.Tokenization;

/// <summary>
/// Struct enumerator over the tokens of a text (see <see cref="Tokenizer"/> for the rules). Allocates nothing.
/// </summary>
public ref struct TokenEnumerator
{
    private static readonly SearchValues<char> s_urlStop = SearchValues.Create("\"<>“”‘’«»‹›'`^{}|\\");
    private static readonly SearchValues<char> s_emailLocal = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");

    private readonly ReadOnlySpan<char> _text;
    private int _pos;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
        Current = default;
    }

    /// <summary>The current token.</summary>
    public RawToken Current { get; private set; }

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next token.</summary>
    /// <returns>False at the end of the text.</returns>
    public bool MoveNext()
    {
        ReadOnlySpan<char> t = _text;
        int i = _pos;
        if ((uint)i < (uint)t.Length && t[i] == ' ')
            i++;
        while ((uint)i < (uint)t.Length && CharClass.IsGap(t[i]))
            i++;
        if (i >= t.Length)
        {
            _pos = t.Length;
            return false;
        }

        // Fast path for the common case, a plain word followed by a space or ordinary punctuation;
        // anything that might continue it (an apostrophe, '.', '-', '@', a surrogate) goes to the full scanner.
        ref ushort table = ref CharClass.Table;
        if ((Unsafe.Add(ref table, t[i]) & (CharClass.WordStart | CharClass.AsciiDigit)) == CharClass.WordStart)
        {
            int w = i + 1;
            ushort seen = 0;
            while ((uint)w < (uint)t.Length && (Unsafe.Add(ref table, t[w]) & CharClass.WordPart) != 0)
                seen |= Unsafe.Add(ref table, t[w++]);
            if (((uint)w >= (uint)t.Length || (Unsafe.Add(ref table, t[w]) & (CharClass.WordTail | CharClass.High | CharClass.Mark)) == 0)
                && (seen & CharClass.AsciiDigit) == 0)
            {
                Current = new RawToken(new TextSpan(i, w - i), TokenKind.Word);
                _pos = w;
                return true;
            }
        }

        int end = Scan(t, i, out TokenKind kind);
        while (end < t.Length && CharClass.Is(t[end], CharClass.Mark))
            end++;
        Current = new RawToken(new TextSpan(i, end - i), kind);
        _pos = end;
        return true;
    }

    private static int Scan(ReadOnlySpan<char> t, int s, out TokenKind kind)
    {
        char c = t[s];
        ushort f = CharClass.Of(c);
        if ((f & CharClass.AsciiDigit) != 0)
            return ScanNumber(t, s, s, out kind);
        if ((f & CharClass.WordStart) != 0)
            return ScanWord(t, s, out kind);
        switch (c)
        {
            case '.':
                kind = TokenKind.Punctuation;
                return RunOf(t, s, '.');
            case '?':
            case '!':
                kind = TokenKind.Punctuation;
                int e = s + 1;
                while (e < t.Length && t[e] is '?' or '!')
                    e++;
                return e;
            case '-':
            case '+':
                if (s + 1 < t.Length && CharClass.IsAsciiDigit(t[s + 1]) && (s == 0 || CanPrecedeSign(t[s - 1])))
                    return ScanNumber(t, s, s + 1, out kind);
                break;
            case '#':
                if (s + 1 < t.Length && IsTagChar(t, s + 1))
                {
                    kind = TokenKind.Hashtag;
                    return ScanTag(t, s + 1, allowDot: false);
                }
                break;
            case '@':
                if (s + 1 < t.Length && IsTagChar(t, s + 1))
                {
                    kind = TokenKind.Mention;
                    return ScanTag(t, s + 1, allowDot: true);
                }
                break;
        }
        if ((f & CharClass.High) != 0 && s + 1 < t.Length && char.IsLowSurrogate(t[s + 1]))
        {
            if (IsAstralWordPart(t, s))
                return ScanWord(t, s, out kind);
            kind = TokenKind.Symbol;
            return ScanSymbolCluster(t, s, s + 2);
        }
        if ((f & CharClass.Quote) != 0)
        {
            kind = TokenKind.Quote;
            return s + 1;
        }
        if ((f & CharClass.Punct) != 0)
        {
            kind = TokenKind.Punctuation;
            return s + 1;
        }
        if ((f & CharClass.Symbol) != 0)
        {
            kind = TokenKind.Symbol;
            return ScanSymbolCluster(t, s, s + 1);
        }
        kind = TokenKind.Other;
        return s + 1;
    }

    // ---- words, abbreviations, URLs, e-mails ----

    private static int ScanWord(ReadOnlySpan<char> t, int s, out TokenKind kind)
    {
        int glued = GluedNumberStart(t, s);
        if (glued > 0)
        {
            kind = TokenKind.Word;
            return glued;
        }
        ref ushort table = ref CharClass.Table;
        int i = s;
        bool chained = false;
        while (true)
        {
            while ((uint)i < (uint)t.Length && (Unsafe.Add(ref table, t[i]) & CharClass.WordPart) != 0)
                i++;
            if ((uint)i >= (uint)t.Length)
            {
                kind = TokenKind.Word;
                return i;
            }
            ushort f = Unsafe.Add(ref table, t[i]);
            if ((f & CharClass.High) != 0 && IsAstralWordPart(t, i))
            {
                i += 2;
                continue;
            }
            if ((f & CharClass.WordTail) == 0)
            {
                kind = TokenKind.Word;
                return i;
            }
            if (i + 1 >= t.Length)
                break;
            char x = t[i];
            if ((x is '\'' or '’' or '\u00AD') && IsLetterAt(t, i - 1) && IsLetterAt(t, i + 1))
            {
                i++;
                continue;
            }
            if (x == '-' && CharClass.Is(t[i + 1], CharClass.WordPart))
            {
                int chainEnd = HyphenChainEnd(t, i, out bool chainHasDigit);
                if ((chainHasDigit || HasDigit(t[s..i])) && !IsRangeDash(t, s, i, chainEnd))
                {
                    i = chainEnd;
                    chained = true;
                }
            }
            break;
        }
        bool lettersOnly = !chained && !HasDigit(t[s..i]);

        kind = TokenKind.Word;
        if (i >= t.Length)
            return i;
        switch (t[i])
        {
            case ':':
                if (i + 2 < t.Length && t[i + 1] == '/' && t[i + 2] == '/' &&
                    (t[s..i].Equals("http", StringComparison.OrdinalIgnoreCase) || t[s..i].Equals("https", StringComparison.OrdinalIgnoreCase)))
                {
                    kind = TokenKind.Url;
                    return ScanUrlRest(t, s, i + 3);
                }
                return i;
            case '@':
            case '_':
            case '%':
            case '+':
            case '-':
                return TryEmail(t, s, i, ref kind);
            case '.':
                int e = TryEmail(t, s, i, ref kind);
                if (kind == TokenKind.Email)
                    return e;
                if (i + 1 < t.Length && t[s..i].Equals("www", StringComparison.OrdinalIgnoreCase) && CharClass.IsAsciiAlnum(t[i + 1]))
                {
                    kind = TokenKind.Url;
                    return ScanUrlRest(t, s, i + 1);
                }
                int d = TryDomain(t, s, i);
                if (d > 0)
                {
                    kind = TokenKind.Url;
                    return d < t.Length && t[d] == '/' ? ScanUrlRest(t, s, d) : d;
                }
                if (lettersOnly)
                    return ScanAbbreviation(t, s, i, ref kind);
                return i;
            default:
                return i;
        }
    }

    /// <summary>
    /// A Vietnamese word typed against the number after it ("đạt1.885", "tăng5%", "năm2020"): a run of at least two
    /// letters, lowercase after the first, with a letter outside ASCII (every Vietnamese syllable but a few has one,
    /// codes have none), directly followed by a digit, ends before the digit; returns that end, or 0. Codes and
    /// names keep their digits ("A1", "H5N1", "mp3", "COVID19", "U23").
    /// </summary>
    private static int GluedNumberStart(ReadOnlySpan<char> t, int s)
    {
        int i = s;
        bool nonAscii = false;
        while (i < t.Length)
        {
            char c = t[i];
            ushort f = CharClass.Of(c);
            if ((f & (CharClass.Letter | CharClass.Mark)) == 0)
                break;
            if (i > s && (f & CharClass.Upper) != 0)
                return 0;
            nonAscii |= c > '\u007F';
            i++;
        }
        return i - s >= 2 && nonAscii && i < t.Length && CharClass.IsAsciiDigit(t[i]) ? i : 0;
    }

    /// <summary>
    /// A hyphen between a lowercase word that follows a number (after a space or a rate's slash) and a number is a
    /// range dash, not a compound: "1.000 đồng/lít-4.000 đồng/lít", "100 nghìn-1 triệu". Names and codes
    /// ("Covid-19", "F-16", "SARS-CoV-2") start with a capital or do not follow a number.
    /// </summary>
    private static bool IsRangeDash(ReadOnlySpan<char> t, int s, int hyphen, int chainEnd)
    {
        for (int k = s; k < hyphen; k++)
        {
            if (!CharClass.Is(t[k], CharClass.Lower))
                return false;
        }
        for (int k = hyphen + 1; k < chainEnd; k++)
        {
            if (!CharClass.IsAsciiDigit(t[k]))
                return false;
        }
        if (s >= 1 && t[s - 1] == '/')
            return true;
        return s >= 2 && t[s - 1] == ' ' && CharClass.IsAsciiDigit(t[s - 2]);
    }

    /// <summary>End of the chain seg(-seg)* that starts with the '-' at <paramref name="hyphen"/>.</summary>
    private static int HyphenChainEnd(ReadOnlySpan<char> t, int hyphen, out bool hasDigit)
    {
        hasDigit = false;
        int i = hyphen;
        int end = hyphen;
        while (i + 1 < t.Length && t[i] == '-' && CharClass.Is(t[i + 1], CharClass.WordPart))
        {
            i++;
            while (i < t.Length)
            {
                ushort f = CharClass.Of(t[i]);
                if ((f & CharClass.WordPart) == 0)
                    break;
                if ((f & (CharClass.Letter | CharClass.Mark)) == 0)
                    hasDigit = true;
                i++;
            }
            end = i;
        }
        return end;
    }

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (CharClass.Is(c, CharClass.DigitLike))
                return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterAt(ReadOnlySpan<char> t, int i) =>
        (uint)i < (uint)t.Length && CharClass.Is(t[i], CharClass.Letter | CharClass.Mark);

    private static bool IsAstralWordPart(ReadOnlySpan<char> t, int i)
    {
        if (i + 1 >= t.Length || !char.IsLowSurrogate(t[i + 1]))
            return false;
        var rune = new Rune(t[i], t[i + 1]);
        UnicodeCategory cat = Rune.GetUnicodeCategory(rune);
        return cat <= UnicodeCategory.DecimalDigitNumber;
    }

    private static int TryEmail(ReadOnlySpan<char> t, int s, int wordEnd, ref TokenKind kind)
    {
        int p = wordEnd;
        while (p < t.Length && p - s < 64 && s_emailLocal.Contains(t[p]))
            p++;
        if (p >= t.Length || t[p] != '@' || t[p - 1] == '.' || !CharClass.IsAsciiAlnum(t[s]))
            return wordEnd;
        int q = p + 1;
        int lastDot = -1;
        while (q < t.Length && (CharClass.IsAsciiAlnum(t[q]) || t[q] == '-' || (t[q] == '.' && q + 1 < t.Length && CharClass.IsAsciiAlnum(t[q + 1]))))
        {
            if (t[q] == '.')
                lastDot = q;
            q++;
        }
        if (lastDot >= 0 && !IsTld(t[(lastDot + 1)..q]))
        {
            // "giaoduc@dantri.com.vn.Tr": a missing space after the address; end at the last real TLD.
            int back = t[(p + 1)..lastDot].LastIndexOf('.');
            if (back >= 0 && IsTld(t[(p + 1 + back + 1)..lastDot]))
            {
                q = lastDot;
                lastDot = p + 1 + back;
            }
        }
        if (lastDot < 0 || lastDot == p + 1 || q - lastDot < 3)
            return wordEnd;
        kind = TokenKind.Email;
        return q;
    }

    private static int TryDomain(ReadOnlySpan<char> t, int s, int firstDot)
    {
        for (int k = s; k < firstDot; k++)
        {
            if (!CharClass.IsAsciiAlnum(t[k]) && t[k] != '-')
                return 0;
        }
        int p = firstDot;
        int labelStart = p + 1;
        int labels = 1;
        while (p < t.Length && t[p] == '.' && p + 1 < t.Length && CharClass.IsAsciiAlnum(t[p + 1]))
        {
            labelStart = p + 1;
            p++;
            while (p < t.Length && (CharClass.IsAsciiAlnum(t[p]) || t[p] == '-'))
                p++;
            labels++;
        }
        if (labels < 2 || (p < t.Length && CharClass.Is(t[p], CharClass.WordPart)))
            return 0;
        return IsTld(t[labelStart..p]) ? p : 0;
    }

    private static bool IsTld(ReadOnlySpan<char> label)
    {
        if (label.Length is < 2 or > 4)
            return false;
        Span<char> lower = stackalloc char[4];
        int n = label.ToLowerInvariant(lower);
        return lower[..n] switch
        {
            "com" or "vn" or "net" or "org" or "gov" or "edu" or "info" or "io" or "biz" or "uk" or "us" or "jp"
                or "cn" or "kr" or "fr" or "de" or "ru" or "au" or "sg" or "asia" or "int" or "tv" => true,
            _ => false,
        };
    }

    private static int ScanUrlRest(ReadOnlySpan<char> t, int s, int p)
    {
        while (p < t.Length)
        {
            char c = t[p];
            if (c < 0x80)
            {
                if (c <= ' ' || c == 0x7F || s_urlStop.Contains(c))
                    break;
            }
            else if (!CharClass.Is(c, CharClass.WordPart))
            {
                break;
            }
            p++;
        }
        while (p > s + 1)
        {
            char c = t[p - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or ']' or '}')
            {
                p--;
            }
            else if (c == ')' && t[s..p].Count('(') < t[s..p].Count(')'))
            {
                p--;
            }
            else
            {
                break;
            }
        }
        return p;
    }

    private static int ScanAbbreviation(ReadOnlySpan<char> t, int s, int dot, ref TokenKind kind)
    {
        ReadOnlySpan<char> first = t[s..dot];
        AbbreviationClass firstClass = Abbreviations.Classify(first);
        int segments = 1;
        int p = dot;
        ReadOnlySpan<char> last = first;
        if (firstClass != AbbreviationClass.None || IsAbbreviationSegment(first))
        {
            while (p + 1 < t.Length && t[p] == '.' && CharClass.Is(t[p + 1], CharClass.Letter))
            {
                int q = p + 1;
                while (q < t.Length && CharClass.Is(t[q], CharClass.Letter | CharClass.Mark))
                    q++;
                if (q < t.Length && CharClass.Is(t[q], CharClass.WordPart | CharClass.High))
                    break;
                ReadOnlySpan<char> seg = t[(p + 1)..q];
                if (!IsAbbreviationSegment(seg) && !Abbreviations.Contains(seg))
                    break;
                segments++;
                last = seg;
                p = q;
            }
        }
        if (segments >= 2)
        {
            kind = TokenKind.Abbreviation;
            if (p < t.Length && t[p] == '.' && (LetterCount(last) == 1 || Abbreviations.Contains(last)))
            {
                // A run of dots is taken whole ("v.v...") so that an ellipsis is never cut in two.
                return RunOf(t, p, '.');
            }
            return p;
        }
        if (dot + 1 < t.Length && t[dot + 1] == '.')
            return dot;
        if (firstClass != AbbreviationClass.None)
        {
            kind = TokenKind.Abbreviation;
            return dot + 1;
        }
        if (first.Length == 1 && (char.IsAsciiLetterUpper(first[0]) || first[0] == 'Đ'))
        {
            int n = dot + 1;
            while (n < t.Length && CharClass.IsGap(t[n]) && !CharClass.Is(t[n], CharClass.LineBreak))
                n++;
            if (n < t.Length && CharClass.Is(t[n], CharClass.Upper))
            {
                kind = TokenKind.Abbreviation;
                return dot + 1;
            }
        }
        return dot;
    }

    /// <summary>A single letter, or an all-capitals run of up to six letters ("HCM", "TSKH").</summary>
    private static bool IsAbbreviationSegment(ReadOnlySpan<char> seg)
    {
        int letters = 0;
        foreach (char c in seg)
        {
            ushort f = CharClass.Of(c);
            if ((f & CharClass.Mark) != 0)
                continue;
            letters++;
            if (letters > 1 && (f & CharClass.Upper) == 0)
                return false;
        }
        return letters == 1 || (letters <= 6 && CharClass.Is(seg[0], CharClass.Upper));
    }

    private static int LetterCount(ReadOnlySpan<char> seg)
    {
        int letters = 0;
        foreach (char c in seg)
        {
            if (!CharClass.Is(c, CharClass.Mark))
                letters++;
        }
        return letters;
    }

    // ---- numbers, dates, times ----

    private static bool CanPrecedeSign(char c)
    {
        ushort f = CharClass.Of(c);
        if ((f & CharClass.Gap) != 0)
            return true;
        return (f & (CharClass.Punct | CharClass.Quote | CharClass.Symbol)) != 0 && c is not (')' or ']' or '}' or '%' or '.' or ',' or '-' or '+');
    }

    private static int Digits(ReadOnlySpan<char> t, int p)
    {
        while (p < t.Length && CharClass.IsAsciiDigit(t[p]))
            p++;
        return p;
    }

    private static int Value(ReadOnlySpan<char> t, int from, int to)
    {
        int v = 0;
        for (int k = from; k < to && k < from + 6; k++)
            v = v * 10 + (t[k] - '0');
        return v;
    }

    private static int ScanNumber(ReadOnlySpan<char> t, int s, int digitsStart, out TokenKind kind)
    {
        int p = Digits(t, digitsStart);
        int n1 = p - digitsStart;
        if (s == digitsStart && p < t.Length)
        {
            int special = TryDateOrTime(t, digitsStart, p, n1, out kind);
            if (special > 0)
                return special;
        }
        kind = TokenKind.Number;
        while (p + 1 < t.Length && t[p] is '.' or ',' && CharClass.IsAsciiDigit(t[p + 1]))
            p = Digits(t, p + 1);
        if (p >= t.Length)
            return p;
        if (t[p] == '%')
            return p + 1;
        if (CharClass.Is(t[p], CharClass.Letter))
        {
            while (p < t.Length && CharClass.Is(t[p], CharClass.WordPart))
                p++;
        }
        return p;
    }

    private static int TryDateOrTime(ReadOnlySpan<char> t, int s, int p, int n1, out TokenKind kind)
    {
        kind = TokenKind.Number;
        char sep = t[p];
        int v1 = Value(t, s, p);
        if (sep is '/' or '-')
        {
            int q = Digits(t, p + 1);
            int n2 = q - (p + 1);
            if (n2 == 0)
                return 0;
            int v2 = Value(t, p + 1, q);
            if (n1 <= 2 && n2 <= 2 && IsDay(v1) && IsMonth(v2))
            {
                int end = q;
                if (q + 1 < t.Length && t[q] == sep && CharClass.IsAsciiDigit(t[q + 1]))
                {
                    int r = Digits(t, q + 1);
                    int n3 = r - (q + 1);
                    if (n3 == 4 || (n3 == 2 && sep == '/'))
                        end = r;
                    else
                        return 0;
                }
                else if (sep == '-' && !FollowsDateCue(t, s))
                {
                    // "2-1", "từ 2-3 khúc", "cấp 6-7": without a date word a bare d-m with a hyphen is more often a
                    // score or a range than a date. It stays one token (the "6-9"), as a Number; the
                    // date and quantity layers decide what it means.
                    if (!EndsCleanly(t, q, sep))
                        return 0;
                    kind = TokenKind.Number;
                    return q;
                }
                if (!EndsCleanly(t, end, sep))
                    return 0;
                kind = TokenKind.Date;
                return end;
            }
            if (sep == '/' && n1 <= 2 && n2 == 4 && IsMonth(v1) && EndsCleanly(t, q, sep))
            {
                kind = TokenKind.Date;
                return q;
            }
            if (sep == '-' && n1 == 4 && n2 == 2 && IsMonth(v2) && q + 2 < t.Length && t[q] == '-')
            {
                int r = Digits(t, q + 1);
                if (r - (q + 1) == 2 && IsDay(Value(t, q + 1, r)) && EndsCleanly(t, r, sep))
                {
                    kind = TokenKind.Date;
                    return r;
                }
            }
            return 0;
        }
        if (sep == '.' && n1 <= 2 && IsDay(v1) && FollowsDateCue(t, s))
        {
            // "ngày 27.2", "hôm 3.2", "sáng 5.6.2017": a dotted day and month after a date word (Thanh Niên, Người Lao
            // Động style). Without the date word "27.2" stays a decimal number.
            int q = Digits(t, p + 1);
            if (q - (p + 1) is >= 1 and <= 2 && IsMonth(Value(t, p + 1, q)))
            {
                int end = q;
                if (q + 4 < t.Length && t[q] == '.' && CharClass.IsAsciiDigit(t[q + 1]))
                {
                    int r = Digits(t, q + 1);
                    if (r - (q + 1) != 4)
                        return 0;
                    end = r;
                }
                bool clean = end >= t.Length || !(CharClass.Is(t[end], CharClass.WordPart) || t[end] == '%'
                    || (t[end] is '.' or ',' && end + 1 < t.Length && CharClass.IsAsciiDigit(t[end + 1])));
                if (clean)
                {
                    kind = TokenKind.Date;
                    return end;
                }
            }
            return 0;
        }
        if (n1 > 2 || v1 > 24)
            return 0;
        if (sep == ':')
        {
            int q = Digits(t, p + 1);
            if (q - (p + 1) != 2 || Value(t, p + 1, q) > 59)
                return 0;
            if (q + 2 < t.Length && t[q] == ':' && CharClass.IsAsciiDigit(t[q + 1]))
            {
                int r = Digits(t, q + 1);
                if (r - (q + 1) != 2 || Value(t, q + 1, r) > 59)
                    return 0;
                q = r;
            }
            if (q < t.Length && CharClass.Is(t[q], CharClass.WordPart))
                return 0;
            kind = TokenKind.Time;
            return q;
        }
        if (sep is 'h' or 'H' or 'g')
        {
            int q = Digits(t, p + 1);
            int n2 = q - (p + 1);
            if (n2 == 0 && sep == 'g')
                return 0;
            if (n2 != 0 && (n2 != 2 || Value(t, p + 1, q) > 59))
                return 0;
            if (q < t.Length && CharClass.Is(t[q], CharClass.WordPart))
                return 0;
            kind = TokenKind.Time;
            return q;
        }
        return 0;
    }

    /// <summary>True when the word before <paramref name="s"/> (across spaces) says a date follows: "ngày 6-9", "sáng 2-9".</summary>
    private static bool FollowsDateCue(ReadOnlySpan<char> t, int s)
    {
        int e = s;
        while (e > 0 && t[e - 1] is ' ' or '\u00A0')
            e--;
        if (e == s)
            return false;
        int b = e;
        while (b > 0 && e - b < 6 && CharClass.Is(t[b - 1], CharClass.Letter | CharClass.Mark))
            b--;
        if (b == e || (b > 0 && CharClass.Is(t[b - 1], CharClass.WordPart)))
            return false;
        Span<char> word = stackalloc char[6];
        int n = t[b..e].ToLowerInvariant(word);
        return word[..n] switch
        {
            "ngày" or "hôm" or "mùng" or "mồng" or "sáng" or "trưa" or "chiều" or "tối" or "đêm" or "khuya" => true,
            "qua" or "nay" when b >= 4 && t[(b - 4)..(b - 1)].Equals("hôm", StringComparison.OrdinalIgnoreCase) => true, // "hôm qua 7.2", "hôm nay 6-9"
            _ => false,
        };
    }

    private static bool IsDay(int v) => v is >= 1 and <= 31;

    private static bool IsMonth(int v) => v is >= 1 and <= 12;

    private static bool EndsCleanly(ReadOnlySpan<char> t, int end, char sep)
    {
        if (end >= t.Length)
            return true;
        char c = t[end];
        if (c == sep || c == '%' || CharClass.Is(c, CharClass.WordPart))
            return false;
        return !(c is '.' or ',' && end + 1 < t.Length && CharClass.IsAsciiDigit(t[end + 1]));
    }

    // ---- hashtags, mentions, symbols ----

    private static bool IsTagChar(ReadOnlySpan<char> t, int i) =>
        t[i] == '_' || CharClass.Is(t[i], CharClass.WordPart) || (char.IsHighSurrogate(t[i]) && IsAstralWordPart(t, i));

    private static int ScanTag(ReadOnlySpan<char> t, int p, bool allowDot)
    {
        while (p < t.Length)
        {
            char c = t[p];
            if (c == '_' || CharClass.Is(c, CharClass.WordPart))
                p++;
            else if (char.IsHighSurrogate(c) && IsAstralWordPart(t, p))
                p += 2;
            else if (allowDot && c == '.' && p + 1 < t.Length && (CharClass.IsAsciiAlnum(t[p + 1]) || t[p + 1] == '_'))
                p++;
            else
                break;
        }
        return p;
    }

    private static int RunOf(ReadOnlySpan<char> t, int p, char c)
    {
        while (p < t.Length && t[p] == c)
            p++;
        return p;
    }

    /// <summary>Extends a symbol (an emoji) with selectors, skin tones, tags, keycaps, ZWJ joins and a second flag letter.</summary>
    private static int ScanSymbolCluster(ReadOnlySpan<char> t, int s, int p)
    {
        if (p - s == 2 && t[s] == '\uD83C' && IsRegionalLow(t[s + 1]) && p + 1 < t.Length && t[p] == '\uD83C' && IsRegionalLow(t[p + 1]))
            return p + 2;
        while (p < t.Length)
        {
            char c = t[p];
            if (CharClass.Is(c, CharClass.Mark))
            {
                p++;
            }
            else if (p + 1 < t.Length && c == '\uD83C' && t[p + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                p += 2;
            }
            else if (p + 1 < t.Length && c == '\uDB40' && t[p + 1] is >= '\uDC20' and <= '\uDC7F')
            {
                p += 2;
            }
            else if (c == '\u200D' && p + 1 < t.Length)
            {
                char n = t[p + 1];
                if (char.IsHighSurrogate(n) && p + 2 < t.Length && char.IsLowSurrogate(t[p + 2]))
                    p += 3;
                else if (CharClass.Is(n, CharClass.Symbol))
                    p += 2;
                else
                    break;
            }
            else
            {
                break;
            }
        }
        return p;
    }

    private static bool IsRegionalLow(char c) => c is >= '\uDDE6' and <= '\uDDFF';
}
