using System.Text.Json;
using NewsLens.Core;

namespace NewsLens.Cli.Output;

/// <summary>
/// The <c>entities</c> array of the JSON output: one entity per mention for now (in-article grouping will merge
/// mentions of one entity), each <c>{ id, type, name, mentions: [{ text, start, end, word_start, word_end }] }</c>.
/// Offsets are UTF-16 code units into the "text" field; word indices are half-open into "words".
/// </summary>
internal static class EntitiesJson
{
    /// <summary>Writes the entities of one chunk; <paramref name="nextId"/> numbers them across chunks ("e1", "e2", …).</summary>
    public static void Write(Utf8JsonWriter w, Document chunk, ChunkBase at, ref int nextId)
    {
        if (chunk.Find(Layers.Entities) is not { } entities || chunk.Find(Layers.Words) is not { } words)
            return;
        int offset = checked((int)at.Offset);
        int word = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            TextSpan span = entities.Span(e);
            var (first, count) = entities.TokenRange(e);
            while (word < words.Count && words.TokenRange(word).First < first)
                word++;
            int end = word;
            while (end < words.Count && words.TokenRange(end).First < first + count)
                end++;
            string text = chunk.Slice(span).ToString();
            w.WriteStartObject();
            w.WriteString("id", "e" + (++nextId).ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("type", entities.LabelName(e));
            w.WriteString("name", string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            w.WriteStartArray("mentions");
            w.WriteStartObject();
            w.WriteString("text", text);
            w.WriteNumber("start", offset + span.Start);
            w.WriteNumber("end", offset + span.End);
            w.WriteNumber("word_start", at.Word + word);
            w.WriteNumber("word_end", at.Word + end);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }
}
