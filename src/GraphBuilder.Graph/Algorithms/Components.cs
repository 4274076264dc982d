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
