namespace GraphBuilder.Extraction.Kg;

/// <summary>How the knowledge graph is written.</summary>
public sealed record KgOptions
{
    /// <summary>The default base IRI of entities, documents and events.</summary>
    public const string DefaultBase = "https://w3id.org/graphbuilder/data/";

    /// <summary>Base IRI: entities are <c>BASE entity/slug</c>, documents <c>BASE doc/id</c>, events <c>BASE event/docid-n</c>.</summary>
    public string BaseIri { get; init; } = DefaultBase;
    /// <summary>Put each document's facts into a named graph named after the document (TriG, N-Quads).</summary>
    public bool NamedGraphs { get; init; }
    /// <summary>Add NIF mention nodes with character offsets.</summary>
    public bool Mentions { get; init; }
}
