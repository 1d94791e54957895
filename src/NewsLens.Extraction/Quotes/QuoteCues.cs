using NewsLens.Extraction.Entities;

namespace NewsLens.Extraction.Quotes;

/// <summary>
/// The speech cues (<c>quote-cues.txt</c>, embedded; format "newslens quote-cues 1"): "speech" cues report speech
/// or writing and may attribute a direct quote; "belief" cues ("cho rằng", "tin rằng") only take a reported clause.
/// </summary>
internal static class QuoteCues
{
    private const string Header = "# newslens quote-cues 1";

    public static readonly PhraseSet Speech;
    public static readonly PhraseSet Belief;
    public static readonly PhraseSet Any;

    static QuoteCues()
    {
        using Stream stream = typeof(QuoteCues).Assembly.GetManifestResourceStream("NewsLens.Extraction.quote-cues.txt")
            ?? throw new InvalidOperationException("The embedded quote-cues.txt is missing.");
        using var reader = new StreamReader(stream);
        string? first = reader.ReadLine();
        if (first != Header)
            throw new InvalidDataException($"quote-cues.txt: expected the header '{Header}', found '{first}'.");
        var speech = new List<string>();
        var belief = new List<string>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            string[] parts = line.Split('\t');
            if (parts.Length != 2 || (parts[1] != "speech" && parts[1] != "belief"))
                throw new InvalidDataException($"quote-cues.txt: bad line '{line}'.");
            (parts[1] == "speech" ? speech : belief).Add(parts[0]);
        }
        Speech = new PhraseSet(speech);
        Belief = new PhraseSet(belief);
        Any = new PhraseSet(speech.Concat(belief));
    }
}
