using NewsLens.Core;

namespace NewsLens.Cli.Output;

/// <summary>
/// Where one chunk of a document starts in the whole input: chunks are processed one at a time so that memory
/// stays bounded, and every offset and index written is shifted by these to point into the whole text.
/// </summary>
/// <param name="Offset">UTF-16 offset of the chunk's first character in the whole text.</param>
/// <param name="Paragraph">Index of the chunk's first paragraph.</param>
/// <param name="Sentence">Index of the chunk's first sentence.</param>
/// <param name="Token">Index of the chunk's first token.</param>
/// <param name="Word">Index of the chunk's first word.</param>
internal readonly record struct ChunkBase(long Offset, int Paragraph, int Sentence, int Token, int Word)
{
    /// <summary>The base of the chunk after <paramref name="doc"/>.</summary>
    public ChunkBase Next(Document doc) =>
        new(Offset + doc.Text.Length, Paragraph + doc.Paragraphs.Count, Sentence + doc.Sentences.Count, Token + doc.Tokens.Count,
            Word + (doc.Find(Layers.Words)?.Count ?? 0));
}

/// <summary>What an output format needs to know about the run.</summary>
/// <param name="Source">The input's name ("stdin" or the path).</param>
/// <param name="Encoding">The encoding the input was read in.</param>
/// <param name="Date">The article date given with <c>--date</c>, if any.</param>
internal sealed record AnalysisHeader(string Source, string Encoding, DateOnly? Date);

/// <summary>An output format: gets the header, then each analyzed chunk in order, then the end.</summary>
internal interface IAnalysisWriter : IDisposable
{
    void Begin(AnalysisHeader header);

    void Write(Document chunk, ChunkBase at);

    void End();
}
