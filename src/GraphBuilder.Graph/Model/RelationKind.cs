namespace GraphBuilder.Graph.Model;

/// <summary>What an edge of a view stands for.</summary>
public enum RelationKind
{
    /// <summary>actor → target of CAMEO events (directed).</summary>
    Interaction,
    /// <summary>Mentioned in the same sentence or document (undirected).</summary>
    Cooccurrence,
    /// <summary>person → organisation or country through an org:Membership (directed).</summary>
    Role,
}
