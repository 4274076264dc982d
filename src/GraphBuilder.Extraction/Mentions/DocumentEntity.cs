using GraphBuilder.Extraction.KnowledgeBase;

namespace GraphBuilder.Extraction.Mentions;

/// <summary>An entity as one document knows it: from the knowledge base, or introduced by the text.</summary>
public sealed class DocumentEntity
{
    /// <summary>Creates an entity.</summary>
    public DocumentEntity(string key, EntityCategory category, string name, KbEntity? kb)
    {
        Key = key;
        Category = category;
        Name = name;
        Kb = kb;
    }

    /// <summary>The key: the KB id, or a slug of the name. Also the output IRI's last segment.</summary>
    public string Key { get; }
    /// <summary>The category.</summary>
    public EntityCategory Category { get; }
    /// <summary>The canonical name.</summary>
    public string Name { get; set; }
    /// <summary>The knowledge-base entry, if any.</summary>
    public KbEntity? Kb { get; }
    /// <summary>The family name (the last word of a person's name), for surname-only mentions.</summary>
    public string? FamilyName => Kb?.FamilyName ?? (Category == EntityCategory.Person ? Name.Split(' ')[^1] : null);

    /// <inheritdoc />
    public override string ToString() => $"{Key} ({Category})";
}
