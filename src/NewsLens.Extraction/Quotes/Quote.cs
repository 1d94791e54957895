using NewsLens.Core;

namespace NewsLens.Extraction.Quotes;

/// <summary>What kind of quotation a <see cref="Quote"/> is.</summary>
public enum QuoteKind : byte
{
    /// <summary>The speaker's words between quotation marks.</summary>
    Direct,
    /// <summary>Reported speech: a clause after a speech cue ("cho biết …", "theo X, …"), no quotation marks.</summary>
    Indirect,
    /// <summary>Reported speech holding a quoted fragment ("lưu ý rằng Ukraine có “khả năng … của riêng mình”").</summary>
    Mixed,
}

/// <summary>Who a quote is attributed to.</summary>
/// <param name="Span">The speaker mention as written ("Bộ trưởng Quốc phòng Mỹ Lloyd Austin", "ông", "một quan chức
/// cấp cao của châu Âu"); for a quote that continues the previous paragraph's speaker, that speaker's mention.</param>
/// <param name="Entity">The index of the speaker in <see cref="Entities.EntityLayer.Entities"/>, or -1 (unnamed or not found).</param>
/// <param name="Anonymous">True for an unnamed source; <see cref="Span"/> is then its description.</param>
public readonly record struct QuoteSpeaker(TextSpan Span, int Entity, bool Anonymous);

/// <summary>One quotation: what was said, how, through which cue, by whom.</summary>
/// <param name="Content">The quoted or reported content only, without quotation marks, in the original text.</param>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Cue">The speech cue ("cho biết", "nói thêm", "theo"), or null when none is written (a quote standing alone).</param>
/// <param name="Speaker">The speaker, or null when none was found.</param>
/// <param name="Confidence">A rule confidence in [0, 1]: how sure the pattern that found it is.</param>
public readonly record struct Quote(TextSpan Content, QuoteKind Kind, TextSpan? Cue, QuoteSpeaker? Speaker, float Confidence)
{
    /// <summary>Start of the content in the original text.</summary>
    public int Start => Content.Start;

    /// <summary>End (exclusive) of the content in the original text.</summary>
    public int End => Content.End;
}

/// <summary>
/// The quotes of a document (<see cref="ExtractionLayers.Quotes"/>), in text order of their content, and the
/// quoted terms and titles that are not speech (scare quotes: “ranh giới đỏ”).
/// </summary>
public sealed class QuoteLayer
{
    private readonly Quote[] _quotes;
    private readonly TextSpan[] _scare;

    /// <summary>Creates the layer.</summary>
    /// <exception cref="ArgumentException">When quotes or scare quotes are not in text order.</exception>
    public QuoteLayer(Quote[] quotes, TextSpan[] scareQuotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(scareQuotes);
        for (int i = 1; i < quotes.Length; i++)
        {
            if (quotes[i].Start < quotes[i - 1].Start)
                throw new ArgumentException($"Quote {i} starts before quote {i - 1}.", nameof(quotes));
        }
        for (int i = 1; i < scareQuotes.Length; i++)
        {
            if (scareQuotes[i].Start < scareQuotes[i - 1].Start)
                throw new ArgumentException($"Scare quote {i} starts before scare quote {i - 1}.", nameof(scareQuotes));
        }
        _quotes = quotes;
        _scare = scareQuotes;
    }

    /// <summary>The quotes.</summary>
    public ReadOnlySpan<Quote> All => _quotes;

    /// <summary>Quoted terms, names and titles that are not speech, content only.</summary>
    public ReadOnlySpan<TextSpan> ScareQuotes => _scare;
}
