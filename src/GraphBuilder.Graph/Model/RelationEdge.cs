using QuikGraph;

namespace GraphBuilder.Graph.Model;

/// <summary>
/// An edge of a relationship view. Parallel edges are merged by the projections: one interaction edge per
/// (actor, target, CAMEO root), one co-occurrence edge per unordered pair, one role edge per (member, organisation, role);
/// <see cref="Weight"/> counts what was merged.
/// </summary>
public sealed class RelationEdge : IEdge<EntityNode>
{
    /// <summary>Creates an edge.</summary>
    public RelationEdge(EntityNode source, EntityNode target, RelationKind kind, double weight,
        string? cameoRoot = null, string? role = null, IReadOnlyList<string>? evidence = null)
    {
        Source = source;
        Target = target;
        Kind = kind;
        Weight = weight;
        CameoRoot = cameoRoot;
        Role = role;
        Evidence = evidence ?? [];
    }

    /// <inheritdoc />
    public EntityNode Source { get; }
    /// <inheritdoc />
    public EntityNode Target { get; }
    /// <summary>What the edge stands for.</summary>
    public RelationKind Kind { get; }
    /// <summary>True for interactions and roles; co-occurrence edges have no direction.</summary>
    public bool IsDirected => Kind != RelationKind.Cooccurrence;
    /// <summary>How many events, shared sentences/documents or memberships the edge merges.</summary>
    public double Weight { get; }
    /// <summary>Two-digit CAMEO root of an interaction edge.</summary>
    public string? CameoRoot { get; }
    /// <summary>The CAMEO label of <see cref="CameoRoot"/> ("threaten").</summary>
    public string? CameoLabel => CameoRoot is null ? null : Cameo.Label(CameoRoot);
    /// <summary>The quad class of an interaction edge.</summary>
    public QuadClass? Quad => CameoRoot is null ? null : Cameo.Quad(CameoRoot);
    /// <summary>The role of a role edge (the role IRI's last segment, e.g. "foreign-minister").</summary>
    public string? Role { get; }
    /// <summary>Evidence sentences (interactions) or shared context (co-occurrence), sorted, without duplicates.</summary>
    public IReadOnlyList<string> Evidence { get; }

    /// <summary>The label an edge shows: CAMEO label, role, or "co-occurs".</summary>
    public string Label => Kind switch
    {
        RelationKind.Interaction => CameoLabel ?? "interacts",
        RelationKind.Role => Role ?? "member",
        _ => "co-occurs",
    };

    /// <inheritdoc />
    public override string ToString() => $"{Source.Label} -[{Label} x{Weight}]-> {Target.Label}";
}
