using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphBuilder.Graph.Algorithms;
using QuikGraph;
using QuikGraph.Algorithms.Ranking;

namespace GraphBuilder.Bench.Graph;

/// <summary>
/// <c>graph [--edges M] [--nodes N] [--runs R] [--dir PATH] [--quikgraph-pagerank]</c>: generates a deterministic random
/// directed graph (default 1,000,000 distinct edges on 200,000 nodes), times PageRank and weakly connected components
/// with GraphBuilder.Graph on a QuikGraph graph, then runs networkx (pagerank with scipy, number_weakly_connected_components)
/// on the same graph, in the same run, through /usr/bin/python3, checks that the answers agree and prints the ratios.
/// </summary>
public static class GraphBenchmark
{
    private const string Script = """
        import sys, time, json
        import networkx as nx
        path, n, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
        sample = [int(x) for x in sys.argv[4].split(",")]
        G = nx.DiGraph()
        G.add_nodes_from(range(n))
        with open(path) as f:
            G.add_edges_from((int(a), int(b)) for a, b in (line.split() for line in f))
        def best(fn):
            t, c, r = 1e9, 1e9, None
            for _ in range(runs):
                s, sc = time.perf_counter(), time.process_time(); r = fn()
                w, cc = time.perf_counter() - s, time.process_time() - sc
                if w < t: t, c = w, cc
            return (t, c), r
        try:
            import scipy
            impl = "scipy " + scipy.__version__
        except ImportError:
            impl = "pure python"
        tp, pr = best(lambda: nx.pagerank(G, alpha=0.85, tol=1e-6, max_iter=100))
        tc, cc = best(lambda: nx.number_weakly_connected_components(G))
        print(json.dumps({"version": nx.__version__, "impl": impl, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                          "pagerank_s": tp[0], "components_s": tc[0], "pagerank_cpu": tp[1], "components_cpu": tc[1], "components": cc, "sample": [pr[i] for i in sample]}))
        """;

    public static int Run(string[] args)
    {
        int edges = 1_000_000, nodes = 200_000, runs = 3;
        bool quikPageRank = false;
        string? dir = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--edges": edges = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--nodes": nodes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--dir": dir = args[++i]; break;
                case "--quikgraph-pagerank": quikPageRank = true; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        dir ??= Path.Combine(Path.GetTempPath(), "graphbuilder-bench");
        Directory.CreateDirectory(dir);
        Console.WriteLine($"GraphBuilder graph benchmark: {edges:N0} edges on {nodes:N0} nodes, best of {runs} run(s), {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var list = Generate(nodes, edges);
        var g = new BidirectionalGraph<int, Edge<int>>(allowParallelEdges: false, nodes, 8);
        for (int v = 0; v < nodes; v++) g.AddVertex(v);
        foreach (var (a, b) in list) g.AddEdge(new Edge<int>(a, b));
        Measure.Line("graph", $"{g.VertexCount:N0} vertices, {g.EdgeCount:N0} edges (QuikGraph BidirectionalGraph)");

        Dictionary<int, double> ranks = [];
        var pageRankTiming = Measure.Best(runs, () => ranks = PageRank.Compute(g));
        double tPageRank = pageRankTiming.Wall;
        Measure.Line("PageRank (GraphBuilder)", $"{Secs(tPageRank)}   (cpu {Secs(pageRankTiming.Cpu)})");
        double tRead = Measure.BestWall(runs, () => CompactGraph.From(g));
        Measure.Line("  of which graph read into arrays", Secs(tRead));
        int components = 0;
        double tComponents = Measure.BestWall(runs, () => components = Components.CountWeakly(g));
        Measure.Line("weakly connected components (QuikGraph)", $"{Secs(tComponents)}   {components:N0} components");
        int fastComponents = 0;
        double tFast = Measure.BestWall(runs, () => fastComponents = Components.CountWeaklyUnionFind(g));
        Measure.Line("  same, GraphBuilder union-find on QuikGraph", $"{Secs(tFast)}   {fastComponents:N0} components (straight over the out-edge lists)");
        // An analysis that needs both: read the QuikGraph graph into arrays once, then run both algorithms on them.
        int onceComponents = 0;
        var onceTiming = Measure.Best(runs, () =>
        {
            var csr = CompactGraph.From(g);
            PageRank.Compute(csr);
            onceComponents = Components.CountWeakly(csr);
        });
        double tOnce = onceTiming.Wall;
        Measure.Line("PageRank + components, graph read once", $"{Secs(tOnce)}   (cpu {Secs(onceTiming.Cpu)})   {onceComponents:N0} components (GraphBuilder, arrays read from QuikGraph once)");
        int ufComponents = 0;
        double tUnionFind = Measure.BestWall(runs, () =>
        {
            using var algo = new QuikGraph.Algorithms.ConnectedComponents.IncrementalConnectedComponentsAlgorithm<int, Edge<int>>(g);
            algo.Compute();
            ufComponents = algo.ComponentCount;
        });
        Measure.Line("  same, QuikGraph union-find", $"{Secs(tUnionFind)}   {ufComponents:N0} components");
        int compactComponents = 0;
        double tCompact = Measure.BestWall(runs, () => compactComponents = Components.CountWeakly(CompactGraph.From(g)));
        Measure.Line("  same, GraphBuilder compact union-find", $"{Secs(tCompact)}   {compactComponents:N0} components (graph read into arrays included)");
        if (quikPageRank)
        {
            double tq = Measure.BestWall(1, () =>
            {
                var algo = new PageRankAlgorithm<int, Edge<int>>(g);
                algo.Compute();
            });
            Measure.Line("PageRank (QuikGraph PageRankAlgorithm)", Secs(tq) + "   (unweighted, no dangling redistribution, 60 iterations)");
        }

        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : null;
        if (python is null)
        {
            Console.WriteLine("networkx: /usr/bin/python3 not found; no comparison");
            return 0;
        }
        var edgePath = Path.Combine(dir, $"graph-{nodes}-{edges}.edges");
        using (var w = new StreamWriter(edgePath, false, new UTF8Encoding(false), 1 << 16))
            foreach (var (a, b) in list) { w.Write(a); w.Write(' '); w.Write(b); w.Write('\n'); }
        var scriptPath = Path.Combine(dir, "graph_bench.py");
        File.WriteAllText(scriptPath, Script);
        var sample = Enumerable.Range(0, 10).Select(i => i * (nodes / 10)).ToArray();
        var psi = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { scriptPath, edgePath, nodes.ToString(CultureInfo.InvariantCulture), Math.Min(runs, 2).ToString(CultureInfo.InvariantCulture), string.Join(",", sample) })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            Console.WriteLine($"networkx: failed ({stderr.Result.Trim().Split('\n').LastOrDefault()})");
            return 0;
        }
        using var doc = JsonDocument.Parse(stdout.Result);
        var r = doc.RootElement;
        double nxPageRank = r.GetProperty("pagerank_s").GetDouble(), nxComponents = r.GetProperty("components_s").GetDouble();
        Measure.Line("networkx", $"{r.GetProperty("version").GetString()} ({r.GetProperty("impl").GetString()}), {r.GetProperty("nodes").GetInt32():N0} nodes, {r.GetProperty("edges").GetInt32():N0} edges");
        Measure.Line("PageRank (networkx)", Secs(nxPageRank));
        Measure.Line("weakly connected components (networkx)", $"{Secs(nxComponents)}   {r.GetProperty("components").GetInt32():N0} components");
        double maxDiff = sample.Select((v, i) => Math.Abs(ranks[v] - r.GetProperty("sample")[i].GetDouble())).Max();
        int nxCount = r.GetProperty("components").GetInt32();
        bool agree = nxCount == components && nxCount == fastComponents && nxCount == onceComponents && nxCount == ufComponents && nxCount == compactComponents && maxDiff < 1e-6;
        Measure.Line("answers agree", agree ? $"yes (components equal, max PageRank difference {maxDiff:E1} on 10 sampled nodes)" : $"NO (components {components} vs {r.GetProperty("components").GetInt32()}, PageRank diff {maxDiff:E1})");
        Measure.Line("speed-up PageRank", Ratio(nxPageRank / tPageRank));
        Measure.Line("speed-up components (union-find on QuikGraph)", Ratio(nxComponents / tFast));
        Measure.Line("speed-up components (QuikGraph DFS)", Ratio(nxComponents / tComponents));
        Measure.Line("speed-up components (QuikGraph union-find)", Ratio(nxComponents / tUnionFind));
        Measure.Line("speed-up components (compact union-find)", Ratio(nxComponents / tCompact));
        Measure.Line("speed-up PageRank + components (read once)", Ratio((nxPageRank + nxComponents) / tOnce));
        // On a shared machine wall time depends on what else runs; processor time much less so.
        double nxCpu = r.GetProperty("pagerank_cpu").GetDouble() + r.GetProperty("components_cpu").GetDouble();
        Measure.Line("  same by processor time", string.Create(CultureInfo.InvariantCulture,
            $"{nxCpu / onceTiming.Cpu:F1}x less CPU than networkx (cpu {onceTiming.Cpu:F3} s vs {nxCpu:F3} s)"));
        Measure.Line("speed-up PageRank by processor time", string.Create(CultureInfo.InvariantCulture,
            $"{r.GetProperty("pagerank_cpu").GetDouble() / pageRankTiming.Cpu:F1}x less CPU than networkx"));
        Measure.Line("speed-up PageRank + components (QuikGraph DFS)", Ratio((nxPageRank + nxComponents) / (tPageRank + tComponents)));
        Measure.Line("speed-up PageRank + components (compact)", Ratio((nxPageRank + nxComponents) / (tPageRank + tCompact)));
        return agree ? 0 : 1;
    }

    /// <summary>Distinct random directed edges (no self-loops) from a fixed seed: the same graph on every run and machine.</summary>
    public static List<(int, int)> Generate(int nodes, int edges)
    {
        var seen = new HashSet<long>(edges);
        var list = new List<(int, int)>(edges);
        ulong state = 0x5EED_0F_6B_2026UL;
        while (list.Count < edges)
        {
            int a = (int)(Next(ref state) % (ulong)nodes), b = (int)(Next(ref state) % (ulong)nodes);
            if (a == b || !seen.Add((long)a * nodes + b)) continue;
            list.Add((a, b));
        }
        return list;
    }

    private static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static string Secs(double s) => string.Create(CultureInfo.InvariantCulture, $"{s:F3} s");
    private static string Ratio(double r) => string.Create(CultureInfo.InvariantCulture, $"{r:F1}x faster than networkx");
}
