using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;

namespace GraphBuilder.Extraction.Mentions;

/// <summary>Adds entities to a document's entity table, one per key.</summary>
public static class DocumentEntities
{
    /// <summary>The document entity for a knowledge-base entry (created on first use).</summary>
    public static DocumentEntity Add(Document doc, KbEntity kb)
    {
        if (!doc.Entities.TryGetValue(kb.Id, out var e)) doc.Entities[kb.Id] = e = new DocumentEntity(kb.Id, kb.Category, kb.Name, kb);
        return e;
    }

    /// <summary>The document entity for a person the knowledge base does not list, keyed by the name's slug.</summary>
    public static DocumentEntity AddPerson(Document doc, string name)
    {
        var key = Slug.Make(name);
        if (!doc.Entities.TryGetValue(key, out var e)) doc.Entities[key] = e = new DocumentEntity(key, EntityCategory.Person, name, null);
        return e;
    }

    /// <summary>The document entity for a name of another category that no list knows (from the statistical tagger).</summary>
    public static DocumentEntity AddUnlisted(Document doc, string name, EntityCategory category)
    {
        var key = Slug.Make(name);
        if (!doc.Entities.TryGetValue(key, out var e)) doc.Entities[key] = e = new DocumentEntity(key, category, name, null);
        return e;
    }
}
