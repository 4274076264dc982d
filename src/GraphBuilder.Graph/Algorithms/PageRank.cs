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

    /// <summary>Graphs with at least this many arcs iterate on all cores (in fixed vertex blocks, so results do not depend on scheduling).</summary>
    public const int ParallelArcThreshold = 200_000;

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
        var inStart = g.InStart; var inSource = g.InSource; var inWeight = g.InWeight; var outWeight = g.OutWeight;
        // All weights 1 (the common unweighted case): the inner loop skips the weight array, half the memory traffic.
        bool unit = inWeight is null || Array.TrueForAll(inWeight, w => w == 1.0);
        int blocks = g.ArcCount >= ParallelArcThreshold && Environment.ProcessorCount > 1 ? Math.Min(64, Environment.ProcessorCount * 8) : 1;
        int blockSize = (n + blocks - 1) / blocks;
        var blockErr = new double[blocks];
        for (int iter = 0; iter < maxIterations; iter++)
        {
            double dangling = 0;
            for (int v = 0; v < n; v++)
            {
                double w = outWeight[v];
                if (w > 0) share[v] = x[v] / w;
                else { share[v] = 0; dangling += x[v]; }
            }
            double teleport = (1 - damping) / n + damping * dangling / n;
            var cur = x; var nxt = next;
            void Block(int b)
            {
                int from = b * blockSize, to = Math.Min(n, from + blockSize);
                double err = 0;
                for (int v = from; v < to; v++)
                {
                    double sum = 0;
                    int k = inStart[v], end = inStart[v + 1];
                    if (unit) for (; k < end; k++) sum += share[inSource[k]];
                    else for (; k < end; k++) sum += share[inSource[k]] * inWeight![k];
                    double r = teleport + damping * sum;
                    nxt[v] = r;
                    err += Math.Abs(r - cur[v]);
                }
                blockErr[b] = err;
            }
            if (blocks == 1) Block(0);
            else Parallel.For(0, blocks, Block);
            double total = 0;
            for (int b = 0; b < blocks; b++) total += blockErr[b];
            (x, next) = (next, x);
            if (total < n * tolerance) break;
        }
        return x;
    }
}
