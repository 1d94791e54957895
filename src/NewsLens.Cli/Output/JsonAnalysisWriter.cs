using System.Text.Encodings.Web;
using System.Text.Json;
using NewsLens.Core;
using NewsLens.Extraction;
using NewsLens.Extraction.Dates;
using NewsLens.Extraction.Quantities;

namespace NewsLens.Cli.Output;

/// <summary>
/// Writes the documented JSON schema (README, "JSON output"). Each top-level array is written to its own
/// <see cref="Spool"/> while the chunks stream by, and the spools are joined at the end, so memory stays bounded
/// and the field order is the documented one. Offsets are UTF-16 code units into the "text" field.
/// </summary>
internal sealed class JsonAnalysisWriter : IAnalysisWriter
{
    /// <summary>The version of the JSON schema; bumped only for incompatible changes.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Stream _output;
    private readonly Spool _text = StartText();
    private readonly Section _paragraphs = new("paragraphs", isArray: true);
    private readonly Section _sentences = new("sentences", isArray: true);
    private readonly Section _words = new("words", isArray: true);
    private readonly Section _quantities = new("quantities", isArray: true);
    private readonly Section _dates = new("dates", isArray: true);
    private readonly Section _entities = new("entities", isArray: true);
    private readonly Section _quotes = new("quotes", isArray: true);
    private readonly Section _scareQuotes = new("scare_quotes", isArray: true);
    private readonly QuoteJsonWriter _quoteWriter = new();
    private readonly Section _tokens = new("tokens", isArray: true);
    private AnalysisHeader? _header;
    private int _entityCount;

    public JsonAnalysisWriter(Stream output) => _output = output;

    public void Begin(AnalysisHeader header) => _header = header;

    public void Write(Document chunk, ChunkBase at)
    {
        // The text is one JSON string written chunk by chunk, escaped here: Utf8JsonWriter keeps a segmented string
        // in memory until its last segment, which would hold the whole input.
        _text.Write(JsonEncodedText.Encode(chunk.Text, Options.Encoder).EncodedUtf8Bytes);
        int offset = checked((int)at.Offset);

        Utf8JsonWriter w = _paragraphs.Writer;
        foreach (Paragraph p in chunk.Paragraphs.All)
        {
            w.WriteStartObject();
            w.WriteNumber("start", offset + p.Span.Start);
            w.WriteNumber("end", offset + p.Span.End);
            w.WriteNumber("sentence_start", at.Sentence + p.FirstSentence);
            w.WriteNumber("sentence_end", at.Sentence + p.EndSentence);
            w.WriteEndObject();
        }

        SpanLayer? words = chunk.Find(Layers.Words);
        w = _sentences.Writer;
        foreach (Sentence s in chunk.Sentences.All)
        {
            w.WriteStartObject();
            w.WriteString("text", chunk.Slice(s.Span));
            w.WriteNumber("start", offset + s.Span.Start);
            w.WriteNumber("end", offset + s.Span.End);
            w.WriteNumber("paragraph", at.Paragraph + s.Paragraph);
            w.WriteNumber("token_start", at.Token + s.FirstToken);
            w.WriteNumber("token_end", at.Token + s.EndToken);
            if (words is not null)
            {
                var (ws, we) = SentenceUnits.WordRange(words, s);
                w.WriteNumber("word_start", at.Word + ws);
                w.WriteNumber("word_end", at.Word + we);
            }
            w.WriteEndObject();
        }

        if (words is not null)
        {
            WordTagLayer? pos = chunk.Find(Layers.Pos), upos = chunk.Find(Layers.UPos);
            w = _words.Writer;
            for (int i = 0; i < words.Count; i++)
            {
                TextSpan span = words.Span(i);
                var (first, count) = words.TokenRange(i);
                w.WriteStartObject();
                w.WriteString("text", chunk.Slice(span));
                w.WriteNumber("start", offset + span.Start);
                w.WriteNumber("end", offset + span.End);
                w.WriteNumber("token_start", at.Token + first);
                w.WriteNumber("token_end", at.Token + first + count);
                if (pos is not null && upos is not null)
                {
                    w.WriteString("pos", pos.Tag(i));
                    w.WriteString("upos", upos.Tag(i));
                }
                w.WriteEndObject();
            }
        }

        WriteQuantities(chunk, at, offset);
        WriteDates(chunk, at, offset);
        // The grouped in-article entities (extraction stage) when the pipeline has them; else one entity per NER mention.
        if (chunk.Find(ExtractionLayers.DocumentEntities) is null)
            EntitiesJson.Write(_entities.Writer, chunk, at, ref _entityCount);
        _quoteWriter.Write(chunk, at, offset, _entities.Writer, _quotes.Writer, _scareQuotes.Writer);

        w = _tokens.Writer;
        TokenLayer tokens = chunk.Tokens;
        ReadOnlySpan<int> starts = tokens.Starts;
        ReadOnlySpan<int> lengths = tokens.Lengths;
        ReadOnlySpan<TokenKind> kinds = tokens.Kinds;
        for (int i = 0; i < tokens.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString("text", chunk.Text.AsSpan(starts[i], lengths[i]));
            w.WriteNumber("start", offset + starts[i]);
            w.WriteNumber("end", offset + starts[i] + lengths[i]);
            w.WriteString("kind", KindNames.Of(kinds[i]));
            w.WriteEndObject();
        }
        // Utf8JsonWriter buffers until flushed: flush every section after each chunk so that the spools (which
        // move to disk past a threshold) hold the output, not the writers' buffers. Memory stays bounded.
        _paragraphs.Writer.Flush();
        _sentences.Writer.Flush();
        _words.Writer.Flush();
        _quantities.Writer.Flush();
        _dates.Writer.Flush();
        _entities.Writer.Flush();
        _quotes.Writer.Flush();
        _scareQuotes.Writer.Flush();
        _tokens.Writer.Flush();
    }

    private void WriteQuantities(Document chunk, ChunkBase at, int offset)
    {
        if (chunk.Find(ExtractionLayers.Quantities) is not { } layer)
            return;
        Utf8JsonWriter w = _quantities.Writer;
        foreach (Quantity q in layer.All)
        {
            w.WriteStartObject();
            w.WriteString("text", chunk.Slice(q.Span));
            w.WriteNumber("start", offset + q.Start);
            w.WriteNumber("end", offset + q.End);
            w.WriteNumber("value", q.Value);
            if (q.ValueMax is { } max)
                w.WriteNumber("value_max", max);
            else
                w.WriteNull("value_max");
            if (q.Unit is { } unit)
                w.WriteString("unit", unit);
            else
                w.WriteNull("unit");
            w.WriteString("kind", Snake(q.Kind.ToString()));
            w.WriteBoolean("approximate", q.Approximate);
            w.WriteString("modifier", Snake(q.Modifier.ToString()));
            w.WriteNumber("token_start", at.Token + q.FirstToken);
            w.WriteNumber("token_end", at.Token + q.EndToken);
            w.WriteEndObject();
        }
    }

    private void WriteDates(Document chunk, ChunkBase at, int offset)
    {
        if (chunk.Find(ExtractionLayers.Dates) is not { } layer)
            return;
        Utf8JsonWriter w = _dates.Writer;
        foreach (DateMention d in layer.All)
        {
            w.WriteStartObject();
            w.WriteString("text", chunk.Slice(d.Span));
            w.WriteNumber("start", offset + d.Start);
            w.WriteNumber("end", offset + d.End);
            if (d.Value is { } value)
                w.WriteString("value", value);
            else
                w.WriteNull("value");
            if (d.EndValue is { } endValue)
                w.WriteString("end_value", endValue);
            else
                w.WriteNull("end_value");
            w.WriteString("granularity", Snake(d.Granularity.ToString()));
            w.WriteBoolean("resolved", d.Resolved);
            w.WriteBoolean("relative", d.Relative);
            w.WriteNumber("token_start", at.Token + d.FirstToken);
            w.WriteNumber("token_end", at.Token + d.EndToken);
            w.WriteEndObject();
        }
    }

    /// <summary>An enum name in the JSON style: "MoreThan" → "more_than".</summary>
    private static string Snake(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    public void End()
    {
        AnalysisHeader header = _header ?? throw new InvalidOperationException("Begin was not called.");
        _text.Write("\"\n}"u8);

        using var head = new Section("schema_version", isArray: false);
        head.Writer.WriteNumberValue(SchemaVersion);
        head.Writer.WriteString("newslens_version", CliApp.Version);
        head.Writer.WriteString("source", header.Source);
        head.Writer.WriteString("encoding", header.Encoding);
        if (header.Date is { } date)
            head.Writer.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else
            head.Writer.WriteNull("date");

        _output.Write("{\n"u8);
        Section[] sections = [head, _paragraphs, _sentences, _words, _quantities, _dates, _entities, _quotes, _scareQuotes, _tokens];
        for (int i = 0; i < sections.Length; i++)
        {
            sections[i].Finish();
            // Each section was written as a one-property object "{\n  "name": …\n}": copy it without its braces.
            sections[i].Spool.CopyContentTo(_output, skipStart: 2, skipEnd: 2);
            _output.Write(i < sections.Length - 1 ? ",\n"u8 : "\n"u8);
            if (i == 0)
            {
                _text.CopyContentTo(_output, skipStart: 2, skipEnd: 2);
                _output.Write(",\n"u8);
            }
        }
        _output.Write("}\n"u8);
        _output.Flush();
    }

    private static Spool StartText()
    {
        var spool = new Spool();
        spool.Write("{\n  \"text\": \""u8);
        return spool;
    }

    public void Dispose()
    {
        _text.Dispose();
        _paragraphs.Dispose();
        _sentences.Dispose();
        _words.Dispose();
        _quantities.Dispose();
        _dates.Dispose();
        _entities.Dispose();
        _quotes.Dispose();
        _scareQuotes.Dispose();
        _tokens.Dispose();
    }

    private sealed class Section : IDisposable
    {
        private readonly bool _isArray;

        public Section(string name, bool isArray)
        {
            _isArray = isArray;
            Spool = new Spool();
            Writer = new Utf8JsonWriter(Spool, Options);
            Writer.WriteStartObject();
            Writer.WritePropertyName(name);
            if (isArray)
                Writer.WriteStartArray();
        }

        public Spool Spool { get; }

        public Utf8JsonWriter Writer { get; }

        public void Finish()
        {
            if (_isArray)
                Writer.WriteEndArray();
            Writer.WriteEndObject();
            Writer.Flush();
        }

        public void Dispose()
        {
            Writer.Dispose();
            Spool.Dispose();
        }
    }
}

/// <summary>The JSON/CLI names of token kinds (snake_case, stable).</summary>
internal static class KindNames
{
    public static string Of(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Date => "date",
        TokenKind.Time => "time",
        TokenKind.Abbreviation => "abbreviation",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Hashtag => "hashtag",
        TokenKind.Mention => "mention",
        TokenKind.Quote => "quote",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Symbol => "symbol",
        _ => "other",
    };
}
