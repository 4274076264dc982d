namespace GraphBuilder.Graph.Model;

/// <summary>Per-node measures of a view. Every node of the view has an entry in each dictionary.</summary>
public sealed class ViewMeasures
{
    /// <summary>Creates the measures.</summary>
    public ViewMeasures(IReadOnlyDictionary<EntityNode, double> pageRank, IReadOnlyDictionary<EntityNode, int> degree,
        IReadOnlyDictionary<EntityNode, double> weightedDegree, IReadOnlyDictionary<EntityNode, int> component,
        IReadOnlyDictionary<EntityNode, int> community)
    {
        PageRank = pageRank;
        Degree = degree;
        WeightedDegree = weightedDegree;
        Component = component;
        Community = community;
    }

    /// <summary>PageRank (sums to 1 over the view).</summary>
    public IReadOnlyDictionary<EntityNode, double> PageRank { get; }
    /// <summary>Number of incident edges (in + out).</summary>
    public IReadOnlyDictionary<EntityNode, int> Degree { get; }
    /// <summary>Sum of incident edge weights.</summary>
    public IReadOnlyDictionary<EntityNode, double> WeightedDegree { get; }
    /// <summary>Weakly connected component number, 0 for the largest (ties broken by smallest member id).</summary>
    public IReadOnlyDictionary<EntityNode, int> Component { get; }
    /// <summary>Community number (Louvain), 0 for the largest (ties broken by smallest member id).</summary>
    public IReadOnlyDictionary<EntityNode, int> Community { get; }

    /// <summary>Number of components.</summary>
    public int ComponentCount => Component.Count == 0 ? 0 : Component.Values.Max() + 1;
    /// <summary>Number of communities.</summary>
    public int CommunityCount => Community.Count == 0 ? 0 : Community.Values.Max() + 1;
}
