using QuikGraph;

namespace GraphBuilder.Graph.Algorithms;

/// <summary>Factory for <see cref="CompactGraph{TVertex}"/>.</summary>
public static class CompactGraph
{
    /// <summary>Graphs with at least this many arcs are read on all cores.</summary>
    public const int ParallelThreshold = 200_000;

    /// <summary>Reads a QuikGraph graph into arrays: vertices in the graph's order, in-edges grouped by target.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="weight">Edge weight (null: 1).</param>
    /// <param name="bothWays">Edges for which true is returned are stored in both directions.</param>
    /// <remarks>Graphs of <see cref="ParallelThreshold"/> arcs or more are read on all cores: <paramref name="weight"/> and
    /// <paramref name="bothWays"/> must then be safe to call from several threads (pure functions of the edge are).</remarks>
    public static CompactGraph<TVertex> From<TVertex, TEdge>(IVertexAndEdgeListGraph<TVertex, TEdge> graph,
        Func<TEdge, double>? weight = null, Func<TEdge, bool>? bothWays = null)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var vertices = graph.Vertices.ToArray();
        int n = vertices.Length;
        var index = new Dictionary<TVertex, int>(n);
        for (int i = 0; i < n; i++) index[vertices[i]] = i;
        // Each vertex's arcs get a fixed slot range (out-degree, doubled when edges may be stored both ways), so
        // blocks of vertices can be read on all cores and the arrays come out the same as a sequential read.
        int per = bothWays is null ? 1 : 2;
        var start = new int[n + 1];
        for (int v = 0; v < n; v++) start[v + 1] = start[v] + per * graph.OutDegree(vertices[v]);
        int capacity = start[n];
        var src = new int[capacity];
        var dst = new int[capacity];
        // Unweighted (weight null): no weight arrays at all; every arc weighs 1.
        var wts = weight is null ? null : new double[capacity];
        var used = new int[n];
        void Read(int from, int to)
        {
            // Walk out-edges vertex by vertex: the source index is known, only the target needs a lookup.
            for (int s = from; s < to; s++)
            {
                int m = start[s];
                var outEdges = graph.OutEdges(vertices[s]);
                if (outEdges is List<TEdge> list)
                    // QuikGraph's edge lists are List<TEdge>: walk the backing array, no enumerator calls per edge.
                    foreach (var e in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)) Add(s, e, ref m);
                else
                    foreach (var e in outEdges) Add(s, e, ref m);
                used[s] = m - start[s];
            }
        }
        void Add(int s, TEdge e, ref int m)
        {
            int t = index[e.Target];
            double w = weight is null ? 1 : Math.Max(0, weight(e));
            src[m] = s; dst[m] = t; if (wts != null) wts[m] = w; m++;
            if (bothWays != null && s != t && bothWays(e)) { src[m] = t; dst[m] = s; if (wts != null) wts[m] = w; m++; }
        }
        if (capacity >= ParallelThreshold && Environment.ProcessorCount > 1)
        {
            int blocks = Math.Min(64, Environment.ProcessorCount * 8), size = (n + blocks - 1) / blocks;
            Parallel.For(0, blocks, b => Read(Math.Min(n, b * size), Math.Min(n, (b + 1) * size)));
        }
        else Read(0, n);
        // Close the gaps left by edges not stored both ways (self-loops, or bothWays false).
        int total = 0;
        for (int v = 0; v < n; v++)
        {
            int from = start[v], count = used[v];
            if (from != total)
            {
                Array.Copy(src, from, src, total, count);
                Array.Copy(dst, from, dst, total, count);
                if (wts != null) Array.Copy(wts, from, wts, total, count);
            }
            total += count;
        }
        if (total < capacity)
        {
            Array.Resize(ref src, total);
            Array.Resize(ref dst, total);
            if (wts != null) Array.Resize(ref wts, total);
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
    /// <summary>Builds the arrays from parallel edge lists; <paramref name="weight"/> null means every arc weighs 1.</summary>
    public CompactGraph(TVertex[] vertices, int[] source, int[] target, double[]? weight)
    {
        Vertices = vertices;
        int n = vertices.Length, m = source.Length;
        InStart = new int[n + 1];
        OutWeight = new double[n];
        OutDegree = new int[n];
        for (int k = 0; k < m; k++)
        {
            InStart[target[k] + 1]++;
            OutDegree[source[k]]++;
        }
        if (weight is null) for (int v = 0; v < n; v++) OutWeight[v] = OutDegree[v];
        else for (int k = 0; k < m; k++) OutWeight[source[k]] += weight[k];
        for (int v = 0; v < n; v++) InStart[v + 1] += InStart[v];
        InSource = new int[m];
        InWeight = weight is null ? null : new double[m];
        var fill = (int[])InStart.Clone();
        for (int k = 0; k < m; k++)
        {
            int p = fill[target[k]]++;
            InSource[p] = source[k];
            if (weight != null) InWeight![p] = weight[k];
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
    /// <summary>Weight of each in-arc (null: every arc weighs 1).</summary>
    public double[]? InWeight { get; }
    /// <summary>Sum of out-arc weights per vertex.</summary>
    public double[] OutWeight { get; }
    /// <summary>Number of out-arcs per vertex.</summary>
    public int[] OutDegree { get; }
    /// <summary>Arc sources in input order.</summary>
    public int[] Source { get; }
    /// <summary>Arc targets in input order.</summary>
    public int[] Target { get; }
    /// <summary>Arc weights in input order (null: every arc weighs 1).</summary>
    public double[]? Weight { get; }
}
