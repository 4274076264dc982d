using GraphBuilder.Graph.Model;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Search;

namespace GraphBuilder.Graph.Algorithms;

/// <summary>Ego networks and shortest paths, ignoring edge direction (a relation links both ends), through QuikGraph's searches.</summary>
public static class Neighbourhood
{
    /// <summary>Hop distance from <paramref name="center"/> to every node it reaches (QuikGraph's undirected BFS).</summary>
    public static Dictionary<EntityNode, int> Distances(RelationView view, EntityNode center)
    {
        var undirected = new UndirectedBidirectionalGraph<EntityNode, RelationEdge>(view.Graph);
        var bfs = new UndirectedBreadthFirstSearchAlgorithm<EntityNode, RelationEdge>(undirected);
        var dist = new Dictionary<EntityNode, int> { [center] = 0 };
        bfs.TreeEdge += (_, args) => dist[args.Target] = dist[args.Source] + 1;
        bfs.SetRootVertex(center);
        bfs.Compute();
        return dist;
    }

    /// <summary>The subview of nodes within <paramref name="depth"/> hops of <paramref name="center"/>, with the edges among them.</summary>
    public static RelationView Ego(RelationView view, EntityNode center, int depth)
    {
        if (depth < 0) throw new ArgumentException("ego depth must be 0 or more");
        var keep = Distances(view, center).Where(kv => kv.Value <= depth).Select(kv => kv.Key).ToHashSet();
        return view.Subview($"{view.Name}-ego", keep);
    }

    /// <summary>
    /// The edges of a shortest path (fewest hops, QuikGraph's Dijkstra on the undirected graph) from
    /// <paramref name="from"/> to <paramref name="to"/>, in path order; null when they are not connected.
    /// </summary>
    public static IReadOnlyList<RelationEdge>? ShortestPath(RelationView view, EntityNode from, EntityNode to)
    {
        if (from.Equals(to)) return [];
        var undirected = new UndirectedBidirectionalGraph<EntityNode, RelationEdge>(view.Graph);
        var paths = undirected.ShortestPathsDijkstra(_ => 1.0, from);
        return paths(to, out var edges) ? edges.ToList() : null;
    }

    /// <summary>The nodes of a path in order, starting at <paramref name="from"/>.</summary>
    public static IReadOnlyList<EntityNode> PathNodes(EntityNode from, IReadOnlyList<RelationEdge> path)
    {
        var list = new List<EntityNode> { from };
        foreach (var e in path) list.Add(e.Source.Equals(list[^1]) ? e.Target : e.Source);
        return list;
    }

    /// <summary>The subview made of a path's nodes and edges.</summary>
    public static RelationView PathView(RelationView view, EntityNode from, IReadOnlyList<RelationEdge> path) =>
        RelationView.Create($"{view.Name}-path", PathNodes(from, path), path);
}
