namespace NewsLens.Core;

/// <summary>
/// One label per word of the <see cref="Layers.Words"/> layer — a part-of-speech tag, a Universal POS tag, … —
/// stored as label ids into <see cref="Labels"/>. Word i of the words layer has tag <see cref="Tag"/>(i).
/// </summary>
public sealed class WordTagLayer
{
    private readonly int[] _ids;

    /// <summary>Creates a layer from the label table and one label id per word.</summary>
    /// <exception cref="ArgumentException">When an id is outside the label table.</exception>
    public WordTagLayer(IReadOnlyList<string> labels, int[] ids)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(ids);
        for (int i = 0; i < ids.Length; i++)
        {
            if ((uint)ids[i] >= (uint)labels.Count)
                throw new ArgumentException($"Label id {ids[i]} of word {i} is not in the label table.", nameof(ids));
        }
        Labels = labels;
        _ids = ids;
    }

    /// <summary>The label table.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The number of words.</summary>
    public int Count => _ids.Length;

    /// <summary>The label ids, one per word.</summary>
    public ReadOnlySpan<int> Ids => _ids;

    /// <summary>The label id of word <paramref name="word"/>.</summary>
    public int Id(int word) => _ids[word];

    /// <summary>The label name of word <paramref name="word"/>.</summary>
    public string Tag(int word) => Labels[_ids[word]];
}
