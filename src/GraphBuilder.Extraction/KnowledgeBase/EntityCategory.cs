namespace GraphBuilder.Extraction.KnowledgeBase;

/// <summary>The four kinds of entity the knowledge graph distinguishes.</summary>
public enum EntityCategory
{
    /// <summary>A person (schema:Person).</summary>
    Person,
    /// <summary>A sovereign state (schema:Country).</summary>
    Country,
    /// <summary>An organisation: alliance, body, party, media outlet, company (schema:Organization).</summary>
    Organization,
    /// <summary>Any other place: city, region, continent (schema:Place).</summary>
    Place,
}
