namespace NewsLens.Core;

/// <summary>
/// A general column-wise layer of labelled spans over the original text — the storage for words, entity
/// mentions, quantities, dates and the like. Span i has <see cref="Span"/>(i), a label id <see cref="Label"/>(i)
/// into <see cref="Labels"/>, and the token range <see cref="TokenRange"/>(i) it covers. Spans are in text order
/// and may nest or overlap only where the layer's documentation says so.
/// </summary>
public sealed class SpanLayer
{
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly int[] _firstTokens;
    private readonly int[] _tokenCounts;
    private readonly int[] _labels;

    /// <summary>Creates a layer from its columns (all of one length).</summary>
    public SpanLayer(IReadOnlyList<string> labels, int[] starts, int[] lengths, int[] firstTokens, int[] tokenCounts, int[] labelIds)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentNullException.ThrowIfNull(firstTokens);
        ArgumentNullException.ThrowIfNull(tokenCounts);
        ArgumentNullException.ThrowIfNull(labelIds);
        int n = starts.Length;
        if (lengths.Length != n || firstTokens.Length != n || tokenCounts.Length != n || labelIds.Length != n)
            throw new ArgumentException("All columns must have the same length.", nameof(starts));
        for (int i = 0; i < n; i++)
        {
            if ((uint)labelIds[i] >= (uint)labels.Count)
                throw new ArgumentException($"Label id {labelIds[i]} of span {i} is not in the label table.", nameof(labelIds));
            if (i > 0 && starts[i] < starts[i - 1])
                throw new ArgumentException($"Span {i} starts before span {i - 1}.", nameof(starts));
        }
        Labels = labels;
        _starts = starts;
        _lengths = lengths;
        _firstTokens = firstTokens;
        _tokenCounts = tokenCounts;
        _labels = labelIds;
    }

    /// <summary>The label table ("B", "I"; "PER", "LOC"; …).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Number of spans.</summary>
    public int Count => _starts.Length;

    /// <summary>Span <paramref name="index"/> in the original text.</summary>
    public TextSpan Span(int index) => new(_starts[index], _lengths[index]);

    /// <summary>The tokens that span <paramref name="index"/> covers: [first, first + count).</summary>
    public (int First, int Count) TokenRange(int index) => (_firstTokens[index], _tokenCounts[index]);

    /// <summary>The label id of span <paramref name="index"/>.</summary>
    public int Label(int index) => _labels[index];

    /// <summary>The label name of span <paramref name="index"/>.</summary>
    public string LabelName(int index) => Labels[_labels[index]];

    /// <summary>Label ids, one per span.</summary>
    public ReadOnlySpan<int> LabelIds => _labels;
}
