using System.Globalization;
using System.Text;
using NewsLens.Core;

namespace NewsLens.Cli.Output;

/// <summary>
/// Writes CoNLL-U (Universal Dependencies, https://universaldependencies.org/format.html): one block per sentence
/// with <c># sent_id</c> and <c># text</c>, <c># newpar</c> at each paragraph, ten tab-separated columns per token,
/// unknown columns as "_", and in MISC the token's <c>TokenRange=start:end</c> (UTF-16 offsets into the input),
/// its named-entity tag as <c>NER=B-PER</c> / <c>NER=I-PER</c> (words inside an entity only) and <c>SpaceAfter=No</c>
/// where no whitespace follows.
/// </summary>
internal sealed class ConlluWriter(TextWriter output) : IAnalysisWriter
{
    private readonly StringBuilder _line = new();

    public void Begin(AnalysisHeader header)
    {
        output.Write("# newdoc id = ");
        output.Write(Sanitize(header.Source));
        output.Write('\n');
    }

    public void Write(Document chunk, ChunkBase at)
    {
        string text = chunk.Text;
        ReadOnlySpan<Sentence> sentences = chunk.Sentences.All;
        var units = new SentenceUnits(chunk);
        int paragraph = -1;
        for (int si = 0; si < sentences.Length; si++)
        {
            Sentence s = sentences[si];
            if (s.Paragraph != paragraph)
            {
                paragraph = s.Paragraph;
                output.Write("# newpar id = p");
                output.Write((at.Paragraph + paragraph + 1).ToString(CultureInfo.InvariantCulture));
                output.Write('\n');
            }
            int sentenceNumber = at.Sentence + si + 1;
            output.Write("# sent_id = ");
            output.Write(sentenceNumber.ToString(CultureInfo.InvariantCulture));
            output.Write('\n');
            output.Write("# text = ");
            output.Write(Sanitize(chunk.Slice(s.Span).ToString()));
            output.Write('\n');
            // One row per word when words exist (as UD Vietnamese does: FORM "Hà Nội"), else per token.
            var (first, end) = units.Range(s);
            for (int t = first; t < end; t++)
            {
                TextSpan span = units.Span(t);
                _line.Clear();
                _line.Append(t - first + 1).Append('\t');
                _line.Append(Sanitize(chunk.Slice(span).ToString())).Append('\t');
                _line.Append("_\t").Append(units.UPos(t) ?? "_").Append('\t').Append(units.Pos(t) ?? "_").Append("\t_\t_\t_\t_\t");
                _line.Append("TokenRange=").Append(at.Offset + span.Start).Append(':').Append(at.Offset + span.End);
                if (units.Entity(t) is { } entity)
                    _line.Append("|NER=").Append(entity);
                if (span.End < text.Length && !char.IsWhiteSpace(text[span.End]))
                    _line.Append("|SpaceAfter=No");
                _line.Append('\n');
                output.Write(_line);
            }
            output.Write('\n');
        }
    }

    public void End() => output.Flush();

    public void Dispose()
    {
    }

    /// <summary>CoNLL-U fields and comments may not hold tabs or line breaks.</summary>
    private static string Sanitize(string value)
    {
        if (value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0)
            return value;
        return value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }
}
