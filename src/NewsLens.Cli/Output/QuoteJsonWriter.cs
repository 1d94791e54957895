using System.Text.Json;
using NewsLens.Core;
using NewsLens.Extraction;
using NewsLens.Extraction.Entities;
using NewsLens.Extraction.Quotes;

namespace NewsLens.Cli.Output;

/// <summary>
/// Writes the grouped in-article <c>entities[]</c>, <c>quotes[]</c> and <c>scare_quotes[]</c> of one chunk
/// (README, "Quotes, speakers and entities"). Entity ids are "e" + a number that runs across chunks, so a quote's
/// <c>speaker.entity</c> always names an object of <c>entities[]</c>. Kept apart from <see cref="JsonAnalysisWriter"/>
/// so that the NER branch's per-mention entities can yield to these grouped ones in one place.
/// </summary>
internal sealed class QuoteJsonWriter
{
    private int _entityBase;

    public void Write(Document chunk, ChunkBase at, int offset, Utf8JsonWriter entitiesOut, Utf8JsonWriter quotesOut, Utf8JsonWriter scareOut)
    {
        EntityLayer? entities = chunk.Find(ExtractionLayers.DocumentEntities);
        QuoteLayer? quotes = chunk.Find(ExtractionLayers.Quotes);
        SpanLayer? words = chunk.Find(Layers.Words);
        if (entities is not null)
        {
            ReadOnlySpan<EntityMention> mentions = entities.Mentions;
            foreach (DocumentEntity e in entities.Entities)
            {
                entitiesOut.WriteStartObject();
                entitiesOut.WriteString("id", Id(e.Id));
                entitiesOut.WriteString("type", TypeName(e.Type));
                entitiesOut.WriteString("name", chunk.Slice(e.Name));
                entitiesOut.WriteStartArray("mentions");
                foreach (int m in e.Mentions)
                {
                    EntityMention mention = mentions[m];
                    entitiesOut.WriteStartObject();
                    entitiesOut.WriteString("text", chunk.Slice(mention.Span));
                    entitiesOut.WriteNumber("start", offset + mention.Span.Start);
                    entitiesOut.WriteNumber("end", offset + mention.Span.End);
                    entitiesOut.WriteString("kind", mention.Kind switch { MentionKind.Name => "name", MentionKind.Title => "title", _ => "pronoun" });
                    entitiesOut.WriteNumber("token_start", at.Token + mention.FirstToken);
                    entitiesOut.WriteNumber("token_end", at.Token + mention.EndToken);
                    if (words is not null)
                    {
                        entitiesOut.WriteNumber("word_start", at.Word + WordAt(words, mention.FirstToken));
                        entitiesOut.WriteNumber("word_end", at.Word + WordAt(words, mention.EndToken - 1) + 1);
                    }
                    entitiesOut.WriteEndObject();
                }
                entitiesOut.WriteEndArray();
                entitiesOut.WriteStartArray("titles");
                foreach (TextSpan title in e.Titles)
                    entitiesOut.WriteStringValue(chunk.Slice(title));
                entitiesOut.WriteEndArray();
                entitiesOut.WriteEndObject();
            }
        }
        if (quotes is not null)
        {
            foreach (Quote q in quotes.All)
            {
                quotesOut.WriteStartObject();
                quotesOut.WriteString("text", chunk.Slice(q.Content));
                quotesOut.WriteNumber("start", offset + q.Start);
                quotesOut.WriteNumber("end", offset + q.End);
                quotesOut.WriteString("kind", q.Kind switch { QuoteKind.Direct => "direct", QuoteKind.Indirect => "indirect", _ => "mixed" });
                if (q.Cue is { } cue)
                {
                    quotesOut.WriteStartObject("cue");
                    quotesOut.WriteString("text", chunk.Slice(cue));
                    quotesOut.WriteNumber("start", offset + cue.Start);
                    quotesOut.WriteNumber("end", offset + cue.End);
                    quotesOut.WriteEndObject();
                }
                else
                {
                    quotesOut.WriteNull("cue");
                }
                if (q.Speaker is { } sp)
                {
                    quotesOut.WriteStartObject("speaker");
                    if (sp.Entity >= 0)
                        quotesOut.WriteString("entity", Id(sp.Entity));
                    else
                        quotesOut.WriteNull("entity");
                    quotesOut.WriteString("text", chunk.Slice(sp.Span));
                    quotesOut.WriteNumber("start", offset + sp.Span.Start);
                    quotesOut.WriteNumber("end", offset + sp.Span.End);
                    quotesOut.WriteBoolean("anonymous", sp.Anonymous);
                    if (sp.Anonymous)
                        quotesOut.WriteString("description", chunk.Slice(sp.Span));
                    else
                        quotesOut.WriteNull("description");
                    quotesOut.WriteEndObject();
                }
                else
                {
                    quotesOut.WriteNull("speaker");
                }
                quotesOut.WriteNumber("confidence", Math.Round(q.Confidence, 2));
                quotesOut.WriteEndObject();
            }
            foreach (TextSpan s in quotes.ScareQuotes)
            {
                scareOut.WriteStartObject();
                scareOut.WriteString("text", chunk.Slice(s));
                scareOut.WriteNumber("start", offset + s.Start);
                scareOut.WriteNumber("end", offset + s.End);
                scareOut.WriteEndObject();
            }
        }
        _entityBase += entities?.Entities.Count ?? 0;

        string Id(int local) => "e" + (_entityBase + local).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>The index of the word holding token <paramref name="token"/> (words cover every token, in order).</summary>
    private static int WordAt(SpanLayer words, int token)
    {
        int lo = 0, hi = words.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var (first, count) = words.TokenRange(mid);
            if (token < first)
                hi = mid - 1;
            else if (token >= first + count)
                lo = mid + 1;
            else
                return mid;
        }
        return Math.Max(0, lo - 1);
    }
}
