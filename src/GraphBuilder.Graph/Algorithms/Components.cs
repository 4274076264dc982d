using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace GraphBuilder.Graph.Algorithms;

/// <summary>Weakly connected components through QuikGraph's <see cref="WeaklyConnectedComponentsAlgorithm{TVertex,TEdge}"/>.</summary>
public static class Components
{
    /// <summary>
    /// Component number per vertex, renumbered so that 0 is the largest component (ties: the one whose smallest vertex
    /// comes first in <paramref name="order"/>), which keeps numbers stable across runs.
    /// </summary>
    public static Dictionary<TVertex, int> Weakly<TVertex, TEdge>(IVertexListGraph<TVertex, TEdge> graph, IComparer<TVertex>? order = null)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var algo = new WeaklyConnectedComponentsAlgorithm<TVertex, TEdge>(graph);
        algo.Compute();
        return Renumber(algo.Components, order);
    }

    /// <summary>Number of weakly connected components (no renumbering: for large graphs).</summary>
    public static int CountWeakly<TVertex, TEdge>(IVertexListGraph<TVertex, TEdge> graph)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var algo = new WeaklyConnectedComponentsAlgorithm<TVertex, TEdge>(graph);
        algo.Compute();
        return algo.ComponentCount;
    }

    /// <summary>
    /// Number of weakly connected components of a compact graph, by union-find over its arc arrays. For graphs of
    /// millions of edges: QuikGraph's DFS-based algorithm keeps a dictionary entry per vertex for colours and component
    /// numbers and raises an event per edge, about 25 times slower at a million edges (see bench <c>graph</c>).
    /// </summary>
    public static int CountWeakly<TVertex>(CompactGraph<TVertex> g) where TVertex : notnull
    {
        var parent = new int[g.VertexCount];
        for (int i = 0; i < parent.Length; i++) parent[i] = i;
        int count = parent.Length;
        var src = g.Source; var dst = g.Target;
        for (int k = 0; k < src.Length; k++)
        {
            int a = Find(parent, src[k]), b = Find(parent, dst[k]);
            if (a == b) continue;
            if (a < b) parent[b] = a; else parent[a] = b;
            count--;
        }
        return count;
    }

    /// <summary>
    /// Number of weakly connected components of a QuikGraph graph by union-find, straight over its out-edge lists:
    /// one index per vertex and one parent array, no per-edge events, colours or copies of the graph. The fast path
    /// for large graphs (see bench <c>graph</c>); <see cref="Weakly{TVertex,TEdge}"/> gives the members.
    /// </summary>
    public static int CountWeaklyUnionFind<TVertex, TEdge>(IVertexAndEdgeListGraph<TVertex, TEdge> graph)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var vertices = graph.Vertices as IReadOnlyCollection<TVertex> ?? graph.Vertices.ToArray();
        var index = new Dictionary<TVertex, int>(vertices.Count);
        var parent = new int[vertices.Count];
        int count = 0;
        foreach (var v in vertices)
        {
            parent[count] = count;
            index[v] = count++;
        }
        int s = 0;
        foreach (var v in vertices)
        {
            foreach (var e in graph.OutEdges(v))
            {
                int a = Find(parent, s), b = Find(parent, index[e.Target]);
                if (a == b) continue;
                if (a < b) parent[b] = a; else parent[a] = b;
                count--;
            }
            s++;
        }
        return count;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }
        return x;
    }

    /// <summary>Renumbers groups: largest first, ties by smallest member. Shared by components and communities.</summary>
    public static Dictionary<TVertex, int> Renumber<TVertex>(IEnumerable<KeyValuePair<TVertex, int>> groups, IComparer<TVertex>? order = null)
        where TVertex : notnull
    {
        order ??= Comparer<TVertex>.Default;
        var byGroup = groups.GroupBy(kv => kv.Value, kv => kv.Key)
            .Select(g => (Members: g.ToList(), First: g.Min(order)!))
            .OrderByDescending(g => g.Members.Count).ThenBy(g => g.First, order).ToList();
        var result = new Dictionary<TVertex, int>();
        for (int i = 0; i < byGroup.Count; i++)
            foreach (var v in byGroup[i].Members) result[v] = i;
        return result;
    }
}
