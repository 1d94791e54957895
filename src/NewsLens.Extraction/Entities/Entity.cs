using NewsLens.Core;

namespace NewsLens.Extraction.Entities;

/// <summary>The type of an in-article entity (the NER label set).</summary>
public enum EntityType : byte
{
    /// <summary>A person (PER).</summary>
    Person,
    /// <summary>An organization, including governments, ministries, courts, media (ORG).</summary>
    Organization,
    /// <summary>A place: country, city, region (LOC).</summary>
    Location,
    /// <summary>Anything else named (MISC).</summary>
    Misc,
}

/// <summary>How a mention names its entity.</summary>
public enum MentionKind : byte
{
    /// <summary>A name, possibly with an honorific or a title before it ("Lloyd Austin", "ông Austin").</summary>
    Name,
    /// <summary>A title or description standing for a named entity ("Ngoại trưởng Ukraine", "vị tướng này").</summary>
    Title,
    /// <summary>A pronoun or bare honorific ("ông", "bà", "người này").</summary>
    Pronoun,
}

/// <summary>One mention of an in-article entity.</summary>
/// <param name="Span">Its span in the original text: the name itself, without honorific or title ("Austin" of
/// "ông Austin"); for titles and pronouns the phrase as written.</param>
/// <param name="FirstToken">Its first token.</param>
/// <param name="TokenCount">Its number of tokens (at least 1).</param>
/// <param name="Entity">The index of its entity in <see cref="EntityLayer.Entities"/>.</param>
/// <param name="Kind">How it names the entity.</param>
public readonly record struct EntityMention(TextSpan Span, int FirstToken, int TokenCount, int Entity, MentionKind Kind)
{
    /// <summary>One past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>An entity of one article: all its mentions grouped, its fullest name, and the titles attached to it.</summary>
public sealed class DocumentEntity
{
    internal DocumentEntity(int id, EntityType type, TextSpan name, int[] mentions, TextSpan[] titles)
    {
        Id = id;
        Type = type;
        Name = name;
        Mentions = mentions;
        Titles = titles;
    }

    /// <summary>Its index in <see cref="EntityLayer.Entities"/> (the JSON id is "e" + Id).</summary>
    public int Id { get; }

    /// <summary>Its type.</summary>
    public EntityType Type { get; }

    /// <summary>The span of its fullest name mention (the longest name; the first of equal length).</summary>
    public TextSpan Name { get; }

    /// <summary>Indices into <see cref="EntityLayer.Mentions"/>, in text order.</summary>
    public IReadOnlyList<int> Mentions { get; }

    /// <summary>Titles and affiliations attached to it ("Bộ trưởng Quốc phòng Mỹ", "Phó Chủ tịch UBND huyện Chương Mỹ"), in text order, without repeats.</summary>
    public IReadOnlyList<TextSpan> Titles { get; }
}

/// <summary>
/// The in-article entities of a document (<see cref="ExtractionLayers.DocumentEntities"/>): mentions in text order
/// (never overlapping), each pointing at one entity; entities in order of first mention.
/// </summary>
public sealed class EntityLayer
{
    private readonly EntityMention[] _mentions;

    /// <summary>Creates the layer.</summary>
    /// <exception cref="ArgumentException">When mentions overlap or point at a missing entity.</exception>
    public EntityLayer(EntityMention[] mentions, DocumentEntity[] entities)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(entities);
        for (int i = 0; i < mentions.Length; i++)
        {
            if ((uint)mentions[i].Entity >= (uint)entities.Length)
                throw new ArgumentException($"Mention {i} points at entity {mentions[i].Entity}, which does not exist.", nameof(mentions));
            if (i > 0 && mentions[i].Start() < mentions[i - 1].Span.End)
                throw new ArgumentException($"Mention {i} overlaps mention {i - 1}.", nameof(mentions));
        }
        _mentions = mentions;
        Entities = entities;
    }

    /// <summary>The empty layer.</summary>
    public static EntityLayer Empty { get; } = new([], []);

    /// <summary>All mentions, in text order.</summary>
    public ReadOnlySpan<EntityMention> Mentions => _mentions;

    /// <summary>The entities, in order of first mention.</summary>
    public IReadOnlyList<DocumentEntity> Entities { get; }

    /// <summary>The index of the mention that covers token <paramref name="token"/>, or -1.</summary>
    public int MentionAtToken(int token)
    {
        int lo = 0, hi = _mentions.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            EntityMention m = _mentions[mid];
            if (token < m.FirstToken)
                hi = mid - 1;
            else if (token >= m.EndToken)
                lo = mid + 1;
            else
                return mid;
        }
        return -1;
    }
}

internal static class EntityMentionExtensions
{
    public static int Start(this EntityMention mention) => mention.Span.Start;
}
