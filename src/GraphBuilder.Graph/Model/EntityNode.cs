namespace GraphBuilder.Graph.Model;

/// <summary>A vertex of a relationship view: one entity of the knowledge graph. Equal by <see cref="Id"/>.</summary>
public sealed class EntityNode : IEquatable<EntityNode>, IComparable<EntityNode>
{
    /// <summary>Creates a node.</summary>
    public EntityNode(string id, string label, EntityKind kind, string? wikidata = null)
    {
        Id = id;
        Label = label;
        Kind = kind;
        Wikidata = wikidata;
    }

    /// <summary>The entity's IRI (or "_:id" for a blank node).</summary>
    public string Id { get; }
    /// <summary>The display name (schema:name, else rdfs:label, else the IRI's last segment).</summary>
    public string Label { get; }
    /// <summary>The category.</summary>
    public EntityKind Kind { get; }
    /// <summary>The Wikidata id ("Q159"), when the graph links one.</summary>
    public string? Wikidata { get; }

    /// <inheritdoc />
    public bool Equals(EntityNode? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);
    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EntityNode n && Equals(n);
    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
    /// <summary>Ordinal order by <see cref="Id"/>: every output is sorted by it.</summary>
    public int CompareTo(EntityNode? other) => other is null ? 1 : string.CompareOrdinal(Id, other.Id);
    /// <inheritdoc />
    public override string ToString() => Label;
}
