namespace GraphBuilder.Extraction.KnowledgeBase;

/// <summary>A role a knowledge-base person is known to hold (a prior: used when the text leaves the organisation open).</summary>
/// <param name="Role">The role's local name ("foreign-minister").</param>
/// <param name="OrganizationId">The organisation's or country's entity id, if given.</param>
/// <param name="Start">When the term began (gb:start), if given.</param>
/// <param name="End">When it ended (gb:end); null while it lasts or when unknown.</param>
public sealed record KbHeldRole(string Role, string? OrganizationId, DateOnly? Start = null, DateOnly? End = null)
{
    /// <summary>True when the term is known to cover <paramref name="date"/> (it has a start on or before it and no end before it).</summary>
    public bool Covers(DateOnly date) => Start is { } s && s <= date && (End is null || date <= End);
}

/// <summary>An entity of the knowledge base, with everything the matchers need.</summary>
public sealed class KbEntity
{
    /// <summary>Creates an entity.</summary>
    public KbEntity(string id, EntityCategory category, string name)
    {
        Id = id;
        Category = category;
        Name = name;
    }

    /// <summary>The id: the KB IRI's last segment, also the output slug ("russia").</summary>
    public string Id { get; }
    /// <summary>The category.</summary>
    public EntityCategory Category { get; }
    /// <summary>The canonical (German) name.</summary>
    public string Name { get; }
    /// <summary>The language of <see cref="Name"/>, or empty.</summary>
    public string NameLanguage { get; init; } = "de";
    /// <summary>The rdf:type IRIs (schema:City, schema:PoliticalParty …).</summary>
    public List<string> Types { get; init; } = [];
    /// <summary>Display labels with their language tags.</summary>
    public List<(string Text, string Language)> Labels { get; init; } = [];
    /// <summary>Exact surface strings naming the entity.</summary>
    public List<string> SurfaceForms { get; init; } = [];
    /// <summary>Common nouns that, after a definite article, refer back to this entity once the text has named it ("das Bündnis").</summary>
    public List<string> DefiniteAnaphors { get; init; } = [];
    /// <summary>Adjective stems ("russisch").</summary>
    public List<string> AdjectiveStems { get; init; } = [];
    /// <summary>Forms used before a hyphen ("US", "Nato").</summary>
    public List<string> PrefixForms { get; init; } = [];
    /// <summary>Nouns for the people of a country ("Russe", "Franzosen").</summary>
    public List<string> Demonyms { get; init; } = [];
    /// <summary>For countries: the capital's id.</summary>
    public string? CapitalId { get; init; }
    /// <summary>For places: the containing place's id.</summary>
    public string? ContainedInId { get; init; }
    /// <summary>For organisations of one state (ministries, parties, agencies): the country's id (gb:country).</summary>
    public string? CountryId { get; init; }
    /// <summary>owl:sameAs IRIs.</summary>
    public List<string> SameAs { get; init; } = [];
    /// <summary>For people: given name.</summary>
    public string? GivenName { get; init; }
    /// <summary>For people: family name.</summary>
    public string? FamilyName { get; init; }
    /// <summary>For people: party memberships (entity ids).</summary>
    public List<string> MemberOf { get; init; } = [];
    /// <summary>For people: known roles.</summary>
    public List<KbHeldRole> HeldRoles { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Category})";
}
