using QuikGraph;

namespace GraphBuilder.Graph.Algorithms;

/// <summary>
/// Weighted PageRank as networkx and Gephi define it: rank leaving a node is split by edge weight, dangling nodes
/// (no out-edges) spread their rank uniformly, and the ranks sum to 1.
/// </summary>
/// <remarks>
/// QuikGraph's <c>PageRankAlgorithm</c> is not used for the numbers: it ignores edge weights, lets the rank of dangling
/// nodes leak away (in an interaction view the most targeted countries are often sinks, exactly the nodes that matter),
/// always runs its 60 iterations, and recounts out-degrees through a filtered graph for every in-edge. This class
/// reads the QuikGraph graph once into compressed arrays and iterates on those.
/// </remarks>
public static class PageRank
{
    /// <summary>Damping factor (probability of following an edge).</summary>
    public const double DefaultDamping = 0.85;

    /// <summary>Computes PageRank of a directed QuikGraph graph.</summary>
    /// <param name="graph">The graph; every vertex gets a rank.</param>
    /// <param name="weight">Edge weight (null: 1 per edge). Non-positive weights count as 0.</param>
    /// <param name="undirected">Treat every edge as two directed edges (for undirected views).</param>
    /// <param name="isUndirectedEdge">Treat these edges as two directed edges (mixed views).</param>
    /// <param name="damping">Damping factor.</param>
    /// <param name="tolerance">Stop when the L1 change is below <c>n * tolerance</c> (networkx's criterion).</param>
    /// <param name="maxIterations">Upper bound on iterations.</param>
    public static Dictionary<TVertex, double> Compute<TVertex, TEdge>(IVertexAndEdgeListGraph<TVertex, TEdge> graph,
        Func<TEdge, double>? weight = null, bool undirected = false, Func<TEdge, bool>? isUndirectedEdge = null,
        double damping = DefaultDamping, double tolerance = 1e-6, int maxIterations = 100)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var csr = CompactGraph.From(graph, weight, e => undirected || (isUndirectedEdge?.Invoke(e) ?? false));
        var ranks = Compute(csr, damping, tolerance, maxIterations);
        var result = new Dictionary<TVertex, double>(csr.VertexCount);
        for (int i = 0; i < csr.VertexCount; i++) result[csr.Vertices[i]] = ranks[i];
        return result;
    }

    /// <summary>PageRank on a compact graph; returns one rank per vertex index.</summary>
    public static double[] Compute<TVertex>(CompactGraph<TVertex> g, double damping = DefaultDamping, double tolerance = 1e-6, int maxIterations = 100)
        where TVertex : notnull
    {
        int n = g.VertexCount;
        if (n == 0) return [];
        var x = new double[n];
        var next = new double[n];
        Array.Fill(x, 1.0 / n);
        // Pull formulation over in-edges: each vertex reads its predecessors' share, no write contention.
        var share = new double[n];
        for (int iter = 0; iter < maxIterations; iter++)
        {
            double dangling = 0;
            for (int v = 0; v < n; v++)
            {
                double w = g.OutWeight[v];
                if (w > 0) share[v] = x[v] / w;
                else { share[v] = 0; dangling += x[v]; }
            }
            double teleport = (1 - damping) / n + damping * dangling / n;
            double err = 0;
            var inStart = g.InStart; var inSource = g.InSource; var inWeight = g.InWeight;
            for (int v = 0; v < n; v++)
            {
                double sum = 0;
                for (int k = inStart[v], end = inStart[v + 1]; k < end; k++) sum += share[inSource[k]] * inWeight[k];
                double r = teleport + damping * sum;
                next[v] = r;
                err += Math.Abs(r - x[v]);
            }
            (x, next) = (next, x);
            if (err < n * tolerance) break;
        }
        return x;
    }
}
