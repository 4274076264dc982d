using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Algorithms;

/// <summary>Restrictions applied to a view: entity types, CAMEO roots, minimum edge weight, top-N nodes by PageRank.</summary>
public sealed record ViewFilter
{
    /// <summary>Keep only nodes of these kinds (null or empty: all).</summary>
    public IReadOnlySet<EntityKind>? Kinds { get; init; }
    /// <summary>Keep only interaction edges with these two-digit CAMEO roots (other edge kinds are kept).</summary>
    public IReadOnlySet<string>? CameoRoots { get; init; }
    /// <summary>Drop edges lighter than this.</summary>
    public double MinWeight { get; init; }
    /// <summary>Keep the N nodes of highest PageRank in the filtered view (0: all).</summary>
    public int Top { get; init; }
    /// <summary>Drop nodes left without any edge.</summary>
    public bool DropIsolated { get; init; } = true;

    /// <summary>True when the filter changes nothing.</summary>
    public bool IsEmpty => (Kinds is null || Kinds.Count == 0) && (CameoRoots is null || CameoRoots.Count == 0) && MinWeight <= 0 && Top <= 0;

    /// <summary>Applies the filter and returns a new view (measures not yet computed).</summary>
    public RelationView Apply(RelationView view)
    {
        if (IsEmpty) return view;
        bool NodeOk(EntityNode n) => Kinds is null || Kinds.Count == 0 || Kinds.Contains(n.Kind);
        bool EdgeOk(RelationEdge e) =>
            e.Weight >= MinWeight && NodeOk(e.Source) && NodeOk(e.Target)
            && (CameoRoots is null || CameoRoots.Count == 0 || e.CameoRoot is null || CameoRoots.Contains(e.CameoRoot));
        var edges = view.Edges.Where(EdgeOk).ToList();
        var nodes = DropIsolated ? edges.SelectMany(e => new[] { e.Source, e.Target }) : view.Nodes.Where(NodeOk);
        var filtered = RelationView.Create(view.Name, nodes, edges);
        if (Top <= 0 || filtered.NodeCount <= Top) return filtered;
        var rank = ViewAnalyzer.Analyze(filtered).PageRank;
        var keep = filtered.Nodes.OrderByDescending(n => rank[n]).ThenBy(n => n.Id, StringComparer.Ordinal).Take(Top).ToHashSet();
        return filtered.Subview(view.Name, keep);
    }
}
