namespace GraphBuilder.Extraction.KnowledgeBase;

/// <summary>Whether a role is, by default, held for a country or for an organisation.</summary>
public enum RoleScope
{
    /// <summary>Held for a country ("Außenminister").</summary>
    Country,
    /// <summary>Held for an organisation ("Generalsekretär", "Parteichef").</summary>
    Organization,
}

/// <summary>A German role noun of the lexicon (ontology/roles-de.ttl).</summary>
public sealed class RoleNoun
{
    /// <summary>Creates a role noun.</summary>
    public RoleNoun(string id, string role, RoleScope scope)
    {
        Id = id;
        Role = role;
        Scope = scope;
    }

    /// <summary>The lexicon entry's id ("aussenminister").</summary>
    public string Id { get; }
    /// <summary>The role's local name ("foreign-minister").</summary>
    public string Role { get; }
    /// <summary>Country or organisation.</summary>
    public RoleScope Scope { get; }
    /// <summary>All inflected forms (masculine and feminine, singular and plural).</summary>
    public List<string> Forms { get; init; } = [];
    /// <summary>An organisation or country the noun itself names ("Bundeskanzler": Germany), if any.</summary>
    public string? ImpliedOrganizationId { get; init; }
    /// <summary>True when an unqualified use means the publication's own country ("Außenministerin" in a German paper).</summary>
    public bool Domestic { get; init; }
    /// <summary>True for "Kollege"/"Amtskollege": the role is the one of the person they are the colleague of.</summary>
    public bool IsColleague { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} → {Role}";
}
