using QuikGraph;

namespace GraphBuilder.Graph.Algorithms;

/// <summary>Factory for <see cref="CompactGraph{TVertex}"/>.</summary>
public static class CompactGraph
{
    /// <summary>Reads a QuikGraph graph into arrays: vertices in the graph's order, in-edges grouped by target.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="weight">Edge weight (null: 1).</param>
    /// <param name="bothWays">Edges for which true is returned are stored in both directions.</param>
    public static CompactGraph<TVertex> From<TVertex, TEdge>(IVertexAndEdgeListGraph<TVertex, TEdge> graph,
        Func<TEdge, double>? weight = null, Func<TEdge, bool>? bothWays = null)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var vertices = graph.Vertices.ToArray();
        var index = new Dictionary<TVertex, int>(vertices.Length);
        for (int i = 0; i < vertices.Length; i++) index[vertices[i]] = i;
        int capacity = graph.EdgeCount * (bothWays is null ? 1 : 2);
        var src = new int[capacity];
        var dst = new int[capacity];
        var wts = new double[capacity];
        int m = 0;
        // Walk out-edges vertex by vertex: the source index is known, only the target needs a lookup.
        for (int s = 0; s < vertices.Length; s++)
        {
            foreach (var e in graph.OutEdges(vertices[s]))
            {
                int t = index[e.Target];
                double w = weight is null ? 1 : Math.Max(0, weight(e));
                src[m] = s; dst[m] = t; wts[m] = w; m++;
                if (bothWays != null && s != t && bothWays(e)) { src[m] = t; dst[m] = s; wts[m] = w; m++; }
            }
        }
        if (m < capacity)
        {
            Array.Resize(ref src, m);
            Array.Resize(ref dst, m);
            Array.Resize(ref wts, m);
        }
        return new CompactGraph<TVertex>(vertices, src, dst, wts);
    }
}

/// <summary>
/// A read-only graph in compressed sparse form (in-edges by target, out-weight per source) for the iterative
/// algorithms; built once from a QuikGraph graph.
/// </summary>
public sealed class CompactGraph<TVertex> where TVertex : notnull
{
    /// <summary>Builds the arrays from parallel edge lists.</summary>
    public CompactGraph(TVertex[] vertices, int[] source, int[] target, double[] weight)
    {
        Vertices = vertices;
        int n = vertices.Length, m = source.Length;
        InStart = new int[n + 1];
        OutWeight = new double[n];
        OutDegree = new int[n];
        for (int k = 0; k < m; k++)
        {
            InStart[target[k] + 1]++;
            OutWeight[source[k]] += weight[k];
            OutDegree[source[k]]++;
        }
        for (int v = 0; v < n; v++) InStart[v + 1] += InStart[v];
        InSource = new int[m];
        InWeight = new double[m];
        var fill = (int[])InStart.Clone();
        for (int k = 0; k < m; k++)
        {
            int p = fill[target[k]]++;
            InSource[p] = source[k];
            InWeight[p] = weight[k];
        }
        Source = source;
        Target = target;
        Weight = weight;
    }

    /// <summary>Vertex of each index.</summary>
    public TVertex[] Vertices { get; }
    /// <summary>Number of vertices.</summary>
    public int VertexCount => Vertices.Length;
    /// <summary>Number of (directed) arcs.</summary>
    public int ArcCount => Source.Length;
    /// <summary>In-arcs of vertex v are InSource[InStart[v]..InStart[v+1]].</summary>
    public int[] InStart { get; }
    /// <summary>Source of each in-arc.</summary>
    public int[] InSource { get; }
    /// <summary>Weight of each in-arc.</summary>
    public double[] InWeight { get; }
    /// <summary>Sum of out-arc weights per vertex.</summary>
    public double[] OutWeight { get; }
    /// <summary>Number of out-arcs per vertex.</summary>
    public int[] OutDegree { get; }
    /// <summary>Arc sources in input order.</summary>
    public int[] Source { get; }
    /// <summary>Arc targets in input order.</summary>
    public int[] Target { get; }
    /// <summary>Arc weights in input order.</summary>
    public double[] Weight { get; }
}
