using NewsLens.Core;
using NewsLens.Text.Tokenization;

namespace NewsLens.Text.Sentences;

/// <summary>
/// Splits tokenized Vietnamese news text into paragraphs and sentences.
/// </summary>
/// <remarks>
/// <para><b>Paragraphs.</b> Every line break (\n, \r, \r\n, \v, \f, U+0085, U+2028, U+2029) in the text between two
/// tokens ends a paragraph: news CMS text puts one paragraph per line, and a title, a caption, a byline or a bullet is
/// a line of its own. Blank lines are just more separators; paragraphs with no token do not exist, so paragraph
/// indices count non-empty paragraphs from 0. A paragraph boundary is always a sentence boundary, so a heading without
/// a final period is its own sentence.</para>
/// <para><b>Sentences.</b> Inside a paragraph a sentence ends after a terminator — '.', '!', '?', a run of them such
/// as "?!" or "...", "…", or an abbreviation that may close a sentence — when the next token starts a sentence: a word
/// starting with a capital letter, a number, an opening quote or bracket, or a bullet ("-", "–", "—", "•", "*", "+"
/// followed by a space). Closing quotes and brackets right after the terminator stay with the sentence they close
/// (<c>Ông nói: "Tôi đồng ý." Sau đó</c> splits after the quote). A comma never ends a sentence, so
/// <c>"Chúng tôi sẵn sàng," ông nói.</c> is one sentence, and neither does a colon.</para>
/// <para>Stricter cases need a capital letter (possibly after an opening quote or bracket) to split: ellipses,
/// "v.v.", "etc.", "Inc.". Title abbreviations ("TP.", "PGS.TS.", "Mr.", "Q.") never split, nor do initials inside a
/// name ("Seth G. Jones", "J.R.R. Tolkien") or after punctuation ("(Ảnh: M. Hà)"); a single capital initial after a
/// lower-case word ("bảng B. Đội …") does. A period right after a lone capital letter needs a capital to split, so
/// variant names such as "B.1.617" or "biến thể B. 1.617" stay whole. Sentences may end inside a quotation
/// (<c>Ông nói: "Tôi đi. Bạn ở."</c> is two sentences).
/// A "1." that opens a sentence is a list marker, not a terminator.</para>
/// <para>Quote direction: “ « ‘ ‹ open and ” » ’ › close. An ASCII '"' or '\'' attached to the token before it and
/// not to a word after it closes; one attached only to the word after it opens; otherwise it toggles by parity
/// within the paragraph.</para>
/// </remarks>
public static class SentenceSplitter
{
    private enum Strength : byte
    {
        None,
        Normal,
        Strict,
    }

    /// <summary>Splits tokenized text into sentences and paragraphs.</summary>
    /// <param name="normalized">The normalized text the tokens were found in.</param>
    /// <param name="tokens">The tokens (their normalized spans index <paramref name="normalized"/>).</param>
    /// <returns>Sentences covering every token exactly once, in order, each inside one paragraph; and the paragraphs.</returns>
    public static (SentenceLayer Sentences, ParagraphLayer Paragraphs) Split(NormalizedText normalized, TokenLayer tokens)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(tokens);
        var splitter = new State(normalized.Text, tokens);
        return splitter.Run();
    }

    /// <summary>Tokenizes <paramref name="text"/> as already normalized and splits it (for tools and tests).</summary>
    public static (SentenceLayer Sentences, ParagraphLayer Paragraphs) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        NormalizedText normalized = NormalizedText.Unchanged(text);
        return Split(normalized, TokenizerAnnotator.Tokenize(normalized));
    }

    private ref struct State
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly TokenLayer _layer;
        private readonly ReadOnlySpan<int> _ns;
        private readonly ReadOnlySpan<int> _nl;
        private readonly ReadOnlySpan<TokenKind> _kinds;
        private readonly int _n;
        private Sentence[] _sentences;
        private int _sentenceCount;
        private Paragraph[] _paragraphs;
        private int _paragraphCount;
        private bool _doubleOpen;
        private bool _singleOpen;

        public State(string text, TokenLayer layer)
        {
            _text = text;
            _layer = layer;
            _ns = layer.NormalizedStarts;
            _nl = layer.NormalizedLengths;
            _kinds = layer.Kinds;
            _n = layer.Count;
            _sentences = new Sentence[Math.Max(4, _n / 16)];
            _paragraphs = new Paragraph[Math.Max(4, _n / 48)];
        }

        public (SentenceLayer, ParagraphLayer) Run()
        {
            int paragraph = -1;
            int sentenceStart = 0;
            int paragraphFirstSentence = 0;
            int i = 0;
            while (i < _n)
            {
                if (i == 0 || LineBreakBefore(i))
                {
                    if (i > 0)
                    {
                        AddSentence(sentenceStart, i, paragraph);
                        AddParagraph(paragraphFirstSentence);
                    }
                    paragraph++;
                    sentenceStart = i;
                    paragraphFirstSentence = _sentenceCount;
                    _doubleOpen = false;
                    _singleOpen = false;
                }
                UpdateQuotes(i);
                Strength strength = Terminator(i, sentenceStart);
                if (strength == Strength.None || i + 1 >= _n || LineBreakBefore(i + 1))
                {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < _n && !LineBreakBefore(j) && IsClosing(j))
                {
                    UpdateQuotes(j);
                    j++;
                }
                if (j < _n && !LineBreakBefore(j) && StartsSentence(j, strength == Strength.Strict))
                {
                    AddSentence(sentenceStart, j, paragraph);
                    sentenceStart = j;
                }
                i = j;
            }
            if (_n > 0)
            {
                AddSentence(sentenceStart, _n, paragraph);
                AddParagraph(paragraphFirstSentence);
            }
            Array.Resize(ref _sentences, _sentenceCount);
            Array.Resize(ref _paragraphs, _paragraphCount);
            return (new SentenceLayer(_sentences), new ParagraphLayer(_paragraphs));
        }

        private readonly int End(int i) => _ns[i] + _nl[i];

        /// <summary>The first character of token <paramref name="i"/>, or '\0' for an empty token (possible in a layer built elsewhere).</summary>
        private readonly char First(int i) => _nl[i] > 0 ? _text[_ns[i]] : '\0';

        private readonly ReadOnlySpan<char> TextOf(int i) => _text.Slice(_ns[i], _nl[i]);

        private readonly bool Adjacent(int i) => i > 0 && _ns[i] == End(i - 1);

        private readonly bool LineBreakBefore(int i)
        {
            int from = End(i - 1);
            if (from >= _ns[i])
                return false;
            foreach (char c in _text[from.._ns[i]])
            {
                if (CharClass.Is(c, CharClass.LineBreak))
                    return true;
            }
            return false;
        }

        private void AddSentence(int first, int end, int paragraph)
        {
            if (_sentenceCount == _sentences.Length)
                Array.Resize(ref _sentences, _sentences.Length * 2);
            int start = _layer.Starts[first];
            int stop = _layer.Starts[end - 1] + _layer.Lengths[end - 1];
            _sentences[_sentenceCount++] = new Sentence(TextSpan.FromBounds(start, Math.Max(start, stop)), first, end - first, paragraph);
        }

        private void AddParagraph(int firstSentence)
        {
            if (_paragraphCount == _paragraphs.Length)
                Array.Resize(ref _paragraphs, _paragraphs.Length * 2);
            int start = _sentences[firstSentence].Span.Start;
            int stop = _sentences[_sentenceCount - 1].Span.End;
            _paragraphs[_paragraphCount++] = new Paragraph(TextSpan.FromBounds(start, Math.Max(start, stop)), firstSentence, _sentenceCount - firstSentence);
        }

        // ---- quotes ----

        /// <summary>Whether quote token <paramref name="i"/> opens, given the parity so far.</summary>
        private readonly bool IsOpeningQuote(int i)
        {
            char q = First(i);
            switch (q)
            {
                case '“' or '«' or '‘' or '‹' or '„' or '‟' or '‚' or '‛':
                    return true;
                case '”' or '»' or '’' or '›':
                    return false;
            }
            bool leftTight = Adjacent(i) && !IsOpener(i - 1);
            bool rightTight = i + 1 < _n && Adjacent(i + 1) && IsWordLike(i + 1);
            if (leftTight && !rightTight)
                return false;
            if (!leftTight && rightTight)
                return true;
            return q == '"' ? !_doubleOpen : !_singleOpen;
        }

        private void UpdateQuotes(int i)
        {
            if (_kinds[i] != TokenKind.Quote)
                return;
            char q = First(i);
            if (q is '"' or '\'')
            {
                bool open = IsOpeningQuote(i);
                if (q == '"')
                    _doubleOpen = open;
                else
                    _singleOpen = open;
            }
        }

        private readonly bool IsOpener(int i) =>
            (_kinds[i] == TokenKind.Punctuation && First(i) is '(' or '[' or '{' or '-' or '–' or '—') ||
            (_kinds[i] == TokenKind.Quote && IsOpeningQuote(i));

        private readonly bool IsWordLike(int i) =>
            _kinds[i] is not (TokenKind.Punctuation or TokenKind.Quote) || First(i) is '(' or '[';

        private readonly bool IsClosing(int i)
        {
            if (_kinds[i] == TokenKind.Quote)
                return !IsOpeningQuote(i);
            return _kinds[i] == TokenKind.Punctuation && _nl[i] == 1 && First(i) is ')' or ']' or '}';
        }

        // ---- terminators and starts ----

        private readonly Strength Terminator(int i, int sentenceStart)
        {
            TokenKind kind = _kinds[i];
            ReadOnlySpan<char> s = TextOf(i);
            if (kind == TokenKind.Punctuation)
            {
                foreach (char c in s)
                {
                    if (c is not ('.' or '!' or '?' or '…'))
                        return Strength.None;
                }
                if (s.Contains('…') || s.StartsWith(".."))
                    return Strength.Strict;
                if (s is "." && i - 1 == sentenceStart && Adjacent(i) && _kinds[i - 1] == TokenKind.Number && _nl[i - 1] <= 3)
                    return Strength.None;
                if (s is "." && i > sentenceStart && Adjacent(i) && _nl[i - 1] == 1 && CharClass.Is(First(i - 1), CharClass.Upper))
                    return Strength.Strict; // "biến thể B. 1.617", "B.1.1.7": a letter-dot-number name, unless a capital follows
                return Strength.Normal;
            }
            if (kind != TokenKind.Abbreviation || s.IsEmpty || s[^1] != '.')
                return Strength.None;
            if (s.EndsWith("..."))
                return Strength.Strict;
            ReadOnlySpan<char> body = s.TrimEnd('.');
            if (body.IsEmpty)
                return Strength.Normal;
            int dot = body.LastIndexOf('.');
            ReadOnlySpan<char> last = body[(dot + 1)..];
            switch (Abbreviations.Classify(last))
            {
                case AbbreviationClass.Prefix:
                    return Strength.None;
                case AbbreviationClass.Terminal:
                    return Strength.Strict;
            }
            if (!AllSingleLetters(body))
                return Strength.None;
            if (!CharClass.Is(body[0], CharClass.Upper))
                return Strength.Strict;
            // A lone initial closes a sentence only after a lower-case word ("bảng B. Đội"), not inside a name
            // ("Seth G. Jones") or after punctuation ("(Ảnh: M. Hà)").
            if (dot < 0 && i > sentenceStart && _kinds[i - 1] == TokenKind.Word && CharClass.Is(First(i - 1), CharClass.Lower))
                return Strength.Strict;
            return Strength.None;
        }

        private static bool AllSingleLetters(ReadOnlySpan<char> body)
        {
            int run = 0;
            foreach (char c in body)
            {
                if (c == '.')
                {
                    run = 0;
                }
                else if (!CharClass.Is(c, CharClass.Mark) && ++run > 1)
                {
                    return false;
                }
            }
            return true;
        }

        private readonly bool StartsSentence(int j, bool strict)
        {
            char c = First(j);
            ushort f = CharClass.Of(c);
            if ((f & CharClass.Upper) != 0)
                return true;
            TokenKind kind = _kinds[j];
            if (kind is TokenKind.Number or TokenKind.Date or TokenKind.Time)
                return !strict;
            if ((kind == TokenKind.Quote && IsOpeningQuote(j)) || (kind == TokenKind.Punctuation && c is '(' or '['))
            {
                if (j + 1 >= _n || LineBreakBefore(j + 1))
                    return false;
                char next = First(j + 1);
                return CharClass.Is(next, CharClass.Upper) || (!strict && CharClass.IsAsciiDigit(next));
            }
            if (kind == TokenKind.Punctuation && _nl[j] == 1 && c is '-' or '–' or '—' or '•' or '*' or '+' or '·')
                return j + 1 < _n && !Adjacent(j + 1);
            return false;
        }
    }
}
