using QuikGraph;

namespace GraphBuilder.Graph.Model;

/// <summary>
/// A named relationship view: a QuikGraph graph of entities and merged relations, plus the measures computed on it.
/// Vertices and edges are kept in sorted order so every export is deterministic.
/// </summary>
public sealed class RelationView
{
    /// <summary>Creates a view over <paramref name="graph"/>.</summary>
    public RelationView(string name, BidirectionalGraph<EntityNode, RelationEdge> graph)
    {
        Name = name;
        Graph = graph;
    }

    /// <summary>The view's name: interactions, cooccurrence, roles or all (with suffixes for ego/path/filter views).</summary>
    public string Name { get; }

    /// <summary>The graph. Co-occurrence edges are stored once, source &lt; target, and treated as undirected by the algorithms.</summary>
    public BidirectionalGraph<EntityNode, RelationEdge> Graph { get; }

    /// <summary>Measures computed by <see cref="Algorithms.ViewAnalyzer"/>, or null before.</summary>
    public ViewMeasures? Measures { get; set; }

    /// <summary>Vertices in id order.</summary>
    public IEnumerable<EntityNode> Nodes => Graph.Vertices;

    /// <summary>Edges in insertion (sorted) order.</summary>
    public IEnumerable<RelationEdge> Edges => Graph.Edges;

    /// <summary>Number of vertices.</summary>
    public int NodeCount => Graph.VertexCount;

    /// <summary>Number of edges.</summary>
    public int EdgeCount => Graph.EdgeCount;

    /// <summary>"directed" when every edge has a direction, "undirected" when none has, else "mixed".</summary>
    public string EdgeDefault
    {
        get
        {
            bool anyDirected = Graph.Edges.Any(e => e.IsDirected), anyUndirected = Graph.Edges.Any(e => !e.IsDirected);
            return anyDirected && anyUndirected ? "mixed" : anyUndirected ? "undirected" : "directed";
        }
    }

    /// <summary>Builds a view from nodes and edges, sorting both so that output never depends on input order.</summary>
    public static RelationView Create(string name, IEnumerable<EntityNode> nodes, IEnumerable<RelationEdge> edges)
    {
        var g = new BidirectionalGraph<EntityNode, RelationEdge>(allowParallelEdges: true);
        var nodeList = nodes.Distinct().ToList();
        var edgeList = edges.ToList();
        foreach (var e in edgeList)
        {
            nodeList.Add(e.Source);
            nodeList.Add(e.Target);
        }
        foreach (var n in nodeList.Distinct().OrderBy(n => n.Id, StringComparer.Ordinal)) g.AddVertex(n);
        edgeList.Sort(EdgeOrder.Instance);
        foreach (var e in edgeList) g.AddEdge(e);
        return new RelationView(name, g);
    }

    /// <summary>A new view with the same edges restricted to <paramref name="keep"/> (measures are not carried over).</summary>
    public RelationView Subview(string name, ISet<EntityNode> keep, Func<RelationEdge, bool>? edgeFilter = null) =>
        Create(name, Nodes.Where(keep.Contains),
            Edges.Where(e => keep.Contains(e.Source) && keep.Contains(e.Target) && (edgeFilter is null || edgeFilter(e))));
}

/// <summary>The total order of edges: source id, target id, kind, CAMEO root, role.</summary>
public sealed class EdgeOrder : IComparer<RelationEdge>
{
    /// <summary>The shared instance.</summary>
    public static readonly EdgeOrder Instance = new();

    /// <inheritdoc />
    public int Compare(RelationEdge? a, RelationEdge? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        int c = string.CompareOrdinal(a.Source.Id, b.Source.Id);
        if (c == 0) c = string.CompareOrdinal(a.Target.Id, b.Target.Id);
        if (c == 0) c = a.Kind.CompareTo(b.Kind);
        if (c == 0) c = string.CompareOrdinal(a.CameoRoot, b.CameoRoot);
        if (c == 0) c = string.CompareOrdinal(a.Role, b.Role);
        return c;
    }
}
