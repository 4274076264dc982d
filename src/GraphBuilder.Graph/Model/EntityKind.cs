namespace GraphBuilder.Graph.Model;

/// <summary>The coarse entity category of the KG contract; it decides a node's colour and the type filter.</summary>
public enum EntityKind
{
    /// <summary>schema:Person.</summary>
    Person,
    /// <summary>schema:Organization or a subclass.</summary>
    Organization,
    /// <summary>schema:Country.</summary>
    Country,
    /// <summary>schema:Place or a subclass other than Country.</summary>
    Place,
    /// <summary>Anything else that takes part in a relation.</summary>
    Other,
}

/// <summary>Names of <see cref="EntityKind"/> as the command line and the exports spell them.</summary>
public static class EntityKinds
{
    /// <summary>Lower-case name: person, organization, country, place, other.</summary>
    public static string Name(EntityKind k) => k switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Country => "country",
        EntityKind.Place => "place",
        _ => "other",
    };

    /// <summary>Parses a name (also "org", "organisation", "people"...); throws <see cref="ArgumentException"/> for unknown names.</summary>
    public static EntityKind Parse(string s) => s.Trim().ToLowerInvariant() switch
    {
        "person" or "persons" or "people" => EntityKind.Person,
        "organization" or "organisation" or "org" or "organizations" or "organisations" => EntityKind.Organization,
        "country" or "countries" => EntityKind.Country,
        "place" or "places" => EntityKind.Place,
        "other" => EntityKind.Other,
        _ => throw new ArgumentException($"unknown entity type '{s}' (expected person, organization, country, place or other)"),
    };

    /// <summary>The kind for an rdf:type IRI, or null when the type says nothing about the category.</summary>
    public static EntityKind? FromType(string typeIri)
    {
        if (!typeIri.StartsWith(KgVocabulary.Schema, StringComparison.Ordinal)) return null;
        return typeIri[KgVocabulary.Schema.Length..] switch
        {
            "Person" => EntityKind.Person,
            "Country" => EntityKind.Country,
            "Organization" or "PoliticalParty" or "NewsMediaOrganization" or "GovernmentOrganization" or "Corporation"
                or "NGO" or "EducationalOrganization" or "SportsOrganization" or "MilitaryOrganization" => EntityKind.Organization,
            "Place" or "City" or "Continent" or "AdministrativeArea" or "State" or "Landform" or "BodyOfWater" or "Landmark" => EntityKind.Place,
            _ => null,
        };
    }

    /// <summary>When an entity carries several types, the most specific category wins (a Country is also a Place).</summary>
    public static int Precedence(EntityKind k) => k switch
    {
        EntityKind.Person => 4,
        EntityKind.Country => 3,
        EntityKind.Organization => 2,
        EntityKind.Place => 1,
        _ => 0,
    };
}
