using System.Globalization;
using System.Text;
using NewsLens.Core;
using Spectre.Console;

namespace NewsLens.Cli.Output;

/// <summary>
/// A compact, human view: one line per sentence under its paragraph, tokens separated by spaces and coloured by
/// kind where the terminal supports colour, named entities in brackets with their type ("[Hà_Nội/Np]LOC"). Article text is hostile: control characters (terminal escape
/// sequences among them) are shown as visible replacements and Spectre markup is escaped.
/// </summary>
internal sealed class TextAnalysisWriter(IAnsiConsole console) : IAnalysisWriter
{
    private int _paragraphs;
    private int _sentences;
    private int _tokens;
    private int _words;
    private readonly StringBuilder _markup = new();

    public void Begin(AnalysisHeader header)
    {
        string date = header.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "no date";
        console.MarkupLine($"[bold]{Markup.Escape(Safe(header.Source))}[/] [grey]({Markup.Escape(header.Encoding)}, {date})[/]");
    }

    public void Write(Document chunk, ChunkBase at)
    {
        TokenLayer tokens = chunk.Tokens;
        ReadOnlySpan<Sentence> sentences = chunk.Sentences.All;
        var units = new SentenceUnits(chunk);
        int paragraph = -1;
        for (int si = 0; si < sentences.Length; si++)
        {
            Sentence s = sentences[si];
            if (s.Paragraph != paragraph)
            {
                paragraph = s.Paragraph;
                console.MarkupLine($"[grey]¶{at.Paragraph + paragraph}[/]");
            }
            _markup.Clear();
            _markup.Append("  [grey]").Append(at.Sentence + si).Append("[/] ");
            var (first, end) = units.Range(s);
            for (int t = first; t < end; t++)
            {
                if (t > first)
                    _markup.Append(' ');
                // A word of several syllables shows as one unit: "Bộ_trưởng".
                TextSpan span = units.Span(t);
                TokenKind kind = units.Kind(t);
                string text = Markup.Escape(Safe(JoinSyllables(chunk.Slice(span).ToString())));
                string? style = Style(kind);
                // Named entities are bracketed with their type: [Hà_Nội/Np]LOC.
                if (units.Entity(t) is { Length: > 0 } begin && begin[0] == 'B')
                    _markup.Append("[bold][[[/]");
                if (style is null)
                    _markup.Append(text);
                else
                    _markup.Append('[').Append(style).Append(']').Append(text).Append("[/]");
                if (units.Pos(t) is { } pos)
                    _markup.Append("[grey]/").Append(Markup.Escape(pos)).Append("[/]");
                if (units.Entity(t) is { } entity)
                {
                    string? next = t + 1 < end ? units.Entity(t + 1) : null;
                    if (next is null || next[0] == 'B')
                        _markup.Append("[bold]]]").Append(Markup.Escape(entity[2..])).Append("[/]");
                }
            }
            console.MarkupLine(_markup.ToString());
        }
        _paragraphs += chunk.Paragraphs.Count;
        _sentences += chunk.Sentences.Count;
        _tokens += tokens.Count;
        _words += chunk.Find(Layers.Words)?.Count ?? tokens.Count;
    }

    public void End() =>
        console.MarkupLine($"[grey]{_paragraphs} paragraphs · {_sentences} sentences · {_words} words · {_tokens} tokens[/]");

    public void Dispose()
    {
    }

    private static string? Style(TokenKind kind) => kind switch
    {
        TokenKind.Number => "cyan",
        TokenKind.Date or TokenKind.Time => "magenta",
        TokenKind.Abbreviation => "blue",
        TokenKind.Url or TokenKind.Email or TokenKind.Hashtag or TokenKind.Mention => "underline",
        TokenKind.Quote => "yellow",
        TokenKind.Punctuation or TokenKind.Symbol => "grey",
        TokenKind.Other => "red",
        _ => null,
    };

    private static string JoinSyllables(string word) =>
        word.AsSpan().IndexOfAny(' ', '\u00A0') < 0 ? word : string.Join('_', word.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Replaces control characters (ESC and the rest of C0/C1) with visible symbols.</summary>
    internal static string Safe(string value)
    {
        int i = 0;
        while (i < value.Length && !IsControl(value[i]))
            i++;
        if (i == value.Length)
            return value;
        var sb = new StringBuilder(value.Length);
        foreach (char c in value)
            sb.Append(IsControl(c) ? (c < 0x20 ? (char)(0x2400 + c) : '\uFFFD') : c);
        return sb.ToString();
    }

    private static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u202E' or '\u202D' or '\u2066' or '\u2067' or '\u2068' or '\u2069';
}
