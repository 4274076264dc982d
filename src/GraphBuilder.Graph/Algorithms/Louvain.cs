namespace GraphBuilder.Graph.Algorithms;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on an undirected weighted graph, deterministic: vertices are
/// visited in index order and ties keep the current community or take the smallest community index. QuikGraph has no
/// community detection, so this is the project's own.
/// </summary>
public static class Louvain
{
    /// <summary>Community per vertex index for the graph given as undirected weighted edges (u, v, w).</summary>
    /// <param name="n">Number of vertices.</param>
    /// <param name="edges">Undirected edges; parallel edges add up, self-loops count.</param>
    /// <param name="resolution">Modularity resolution (1 = classic modularity).</param>
    public static int[] Detect(int n, IEnumerable<(int U, int V, double W)> edges, double resolution = 1.0)
    {
        var membership = new int[n];
        for (int i = 0; i < n; i++) membership[i] = i;
        var level = Aggregate(n, edges);
        while (true)
        {
            var local = OneLevel(level, resolution, out bool moved);
            if (!moved) break;
            // Renumber communities densely, in order of first appearance, and carry them back to the original vertices.
            var dense = new Dictionary<int, int>();
            foreach (var c in local) if (!dense.ContainsKey(c)) dense[c] = dense.Count;
            for (int i = 0; i < n; i++) membership[i] = dense[local[membership[i]]];
            var next = new List<(int, int, double)>();
            for (int u = 0; u < level.N; u++)
                foreach (var (v, w) in level.Adj[u])
                    if (u <= v) next.Add((dense[local[u]], dense[local[v]], w));
            level = Aggregate(dense.Count, next);
            if (dense.Count == 1) break;
        }
        return membership;
    }

    private sealed record Level(int N, List<(int V, double W)>[] Adj, double[] SelfLoop, double[] Strength, double Total);

    private static Level Aggregate(int n, IEnumerable<(int U, int V, double W)> edges)
    {
        var map = new SortedDictionary<(int, int), double>();
        foreach (var (u0, v0, w) in edges)
        {
            if (w <= 0) continue;
            var key = u0 <= v0 ? (u0, v0) : (v0, u0);
            map[key] = map.GetValueOrDefault(key) + w;
        }
        var adj = new List<(int, double)>[n];
        for (int i = 0; i < n; i++) adj[i] = [];
        var self = new double[n];
        var strength = new double[n];
        double total = 0;
        foreach (var ((u, v), w) in map)
        {
            if (u == v) { self[u] += w; strength[u] += 2 * w; }
            else { adj[u].Add((v, w)); adj[v].Add((u, w)); strength[u] += w; strength[v] += w; }
            total += w;
        }
        // Self-loops are kept in the adjacency too so that the next aggregation sees them.
        for (int i = 0; i < n; i++) if (self[i] > 0) adj[i].Add((i, self[i]));
        return new Level(n, adj, self, strength, total);
    }

    private static int[] OneLevel(Level g, double resolution, out bool movedAny)
    {
        var community = new int[g.N];
        var communityStrength = new double[g.N];
        for (int i = 0; i < g.N; i++) { community[i] = i; communityStrength[i] = g.Strength[i]; }
        movedAny = false;
        if (g.Total <= 0) return community;
        double m2 = 2 * g.Total;
        var linkTo = new Dictionary<int, double>();
        bool improved = true;
        int passes = 0;
        while (improved && passes++ < 100)
        {
            improved = false;
            for (int u = 0; u < g.N; u++)
            {
                linkTo.Clear();
                foreach (var (v, w) in g.Adj[u])
                    if (v != u) linkTo[community[v]] = linkTo.GetValueOrDefault(community[v]) + w;
                int own = community[u];
                double ku = g.Strength[u];
                communityStrength[own] -= ku;
                double bestGain = linkTo.GetValueOrDefault(own) - resolution * communityStrength[own] * ku / m2;
                int best = own;
                foreach (var (c, w) in linkTo.OrderBy(kv => kv.Key))
                {
                    double gain = w - resolution * communityStrength[c] * ku / m2;
                    if (gain > bestGain + 1e-12) { bestGain = gain; best = c; }
                }
                communityStrength[best] += ku;
                if (best != own) { community[u] = best; improved = true; movedAny = true; }
            }
        }
        return community;
    }
}
