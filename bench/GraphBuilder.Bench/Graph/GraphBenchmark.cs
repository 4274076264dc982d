using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphBuilder.Graph.Algorithms;
using QuikGraph;
using QuikGraph.Algorithms.Ranking;

namespace GraphBuilder.Bench.Graph;

/// <summary>
/// <c>graph [--edges M] [--nodes N] [--runs R] [--dir PATH] [--quikgraph]</c>: generates a deterministic random
/// directed graph (default 1,000,000 distinct edges on 200,000 nodes) and compares GraphBuilder.Graph with networkx
/// (through /usr/bin/python3, same graph, same run) in two parts, each side timed the same way:
/// (a) preparation, once per graph: ours reads the QuikGraph graph into a <see cref="CompactGraph{TVertex}"/>,
/// networkx builds its <c>DiGraph</c> from the edge list (already parsed into memory);
/// (b) each algorithm on the prepared graph: PageRank and weakly connected components.
/// Prints per-algorithm ratios for (b) and end-to-end ratios (a + b), wall clock and processor time, and checks that
/// the answers agree. <c>--quikgraph</c> adds QuikGraph's own algorithms as a reference.
/// </summary>
public static class GraphBenchmark
{
    private const string Script = """
        import sys, time, json
        import networkx as nx
        path, n, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
        sample = [int(x) for x in sys.argv[4].split(",")]
        with open(path) as f:
            edges = [(int(a), int(b)) for a, b in (line.split() for line in f)]
        def best(fn):
            t, c, r = 1e9, 1e9, None
            for _ in range(runs):
                s, sc = time.perf_counter(), time.process_time(); x = fn()
                w, cc = time.perf_counter() - s, time.process_time() - sc
                if w < t: t, c, r = w, cc, x
            return (t, c), r
        def build():
            G = nx.DiGraph()
            G.add_nodes_from(range(n))
            G.add_edges_from(edges)
            return G
        try:
            import scipy
            impl = "scipy " + scipy.__version__
        except ImportError:
            impl = "pure python"
        tb, G = best(build)
        tp, pr = best(lambda: nx.pagerank(G, alpha=0.85, tol=1e-6, max_iter=100))
        tc, cc = best(lambda: nx.number_weakly_connected_components(G))
        print(json.dumps({"version": nx.__version__, "impl": impl, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                          "prep_s": tb[0], "prep_cpu": tb[1], "pagerank_s": tp[0], "pagerank_cpu": tp[1],
                          "components_s": tc[0], "components_cpu": tc[1], "components": cc, "sample": [pr[i] for i in sample]}))
        """;

    public static int Run(string[] args)
    {
        int edges = 1_000_000, nodes = 200_000, runs = 3;
        bool quik = false;
        string? dir = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--edges": edges = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--nodes": nodes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--dir": dir = args[++i]; break;
                case "--quikgraph": case "--quikgraph-pagerank": quik = true; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        dir ??= Path.Combine(Path.GetTempPath(), "graphbuilder-bench");
        Directory.CreateDirectory(dir);
        Console.WriteLine($"GraphBuilder graph benchmark: {edges:N0} edges on {nodes:N0} nodes, best of {runs} run(s) (networkx: best of {Math.Min(runs, 2)}), {Environment.ProcessorCount} cores, .NET {Environment.Version}, load {Measure.LoadAverage() ?? "?"}");

        var list = Generate(nodes, edges);
        var g = new BidirectionalGraph<int, Edge<int>>(allowParallelEdges: false, nodes, 8);
        for (int v = 0; v < nodes; v++) g.AddVertex(v);
        foreach (var (a, b) in list) g.AddEdge(new Edge<int>(a, b));
        Measure.Line("graph", $"{g.VertexCount:N0} vertices, {g.EdgeCount:N0} edges (QuikGraph BidirectionalGraph)");

        // (a) Preparation: QuikGraph's edge objects into compact arrays, once per graph.
        CompactGraph<int> csr = null!;
        var prep = Measure.Best(runs, () => csr = CompactGraph.From(g));
        // (b) The algorithms on the prepared graph.
        double[] rankArray = [];
        var pageRank = Measure.Best(runs, () => rankArray = PageRank.Compute(csr));
        int components = 0;
        var comps = Measure.Best(runs, () => components = Components.CountWeakly(csr));
        var ranks = new Dictionary<int, double>(csr.VertexCount);
        for (int i = 0; i < csr.VertexCount; i++) ranks[csr.Vertices[i]] = rankArray[i];
        Console.WriteLine("GraphBuilder");
        Measure.Line("  (a) prepare: QuikGraph -> CompactGraph", T(prep));
        Measure.Line("  (b) PageRank on CompactGraph", T(pageRank));
        Measure.Line("  (b) components on CompactGraph", $"{T(comps)}   {components:N0} components (union-find)");

        int quikComponents = -1;
        if (quik)
        {
            var dfs = Measure.Best(1, () => quikComponents = Components.CountWeakly(g));
            Measure.Line("  reference: QuikGraph DFS components", $"{T(dfs)}   {quikComponents:N0} components");
            var qpr = Measure.Best(1, () => new PageRankAlgorithm<int, Edge<int>>(g).Compute());
            Measure.Line("  reference: QuikGraph PageRankAlgorithm", T(qpr) + "   (unweighted, no dangling redistribution, 60 iterations)");
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
        Measure.Timing Nx(string key) => new(r.GetProperty(key + "_s").GetDouble(), r.GetProperty(key + "_cpu").GetDouble());
        var nxPrep = Nx("prep"); var nxPageRank = Nx("pagerank"); var nxComps = Nx("components");
        int nxCount = r.GetProperty("components").GetInt32();
        Console.WriteLine($"networkx {r.GetProperty("version").GetString()} ({r.GetProperty("impl").GetString()}), {r.GetProperty("nodes").GetInt32():N0} nodes, {r.GetProperty("edges").GetInt32():N0} edges");
        Measure.Line("  (a) prepare: edge list -> nx.DiGraph", T(nxPrep));
        Measure.Line("  (b) nx.pagerank", T(nxPageRank));
        Measure.Line("  (b) number_weakly_connected_components", $"{T(nxComps)}   {nxCount:N0} components");

        double maxDiff = sample.Select((v, i) => Math.Abs(ranks[v] - r.GetProperty("sample")[i].GetDouble())).Max();
        bool agree = nxCount == components && (quikComponents < 0 || quikComponents == components) && maxDiff < 1e-6;
        Measure.Line("answers agree", agree ? $"yes (components equal, max PageRank difference {maxDiff:E1} on 10 sampled nodes)" : $"NO (components {components} vs {nxCount}, PageRank diff {maxDiff:E1})");
        Console.WriteLine("speed-up over networkx (wall / processor time)");
        Measure.Line("  (a) preparation", Ratio(nxPrep, prep));
        Measure.Line("  (b) PageRank", Ratio(nxPageRank, pageRank));
        Measure.Line("  (b) components", Ratio(nxComps, comps));
        Measure.Line("  end to end: prepare + PageRank", Ratio(Sum(nxPrep, nxPageRank), Sum(prep, pageRank)));
        Measure.Line("  end to end: prepare + components", Ratio(Sum(nxPrep, nxComps), Sum(prep, comps)));
        Measure.Line("  end to end: prepare + both", Ratio(Sum(nxPrep, nxPageRank, nxComps), Sum(prep, pageRank, comps)));
        return agree ? 0 : 1;
    }

    private static Measure.Timing Sum(params Measure.Timing[] ts) => new(ts.Sum(t => t.Wall), ts.Sum(t => t.Cpu));

    private static string T(Measure.Timing t) => string.Create(CultureInfo.InvariantCulture, $"{t.Wall,8:F3} s   (cpu {t.Cpu:F3} s)");

    private static string Ratio(Measure.Timing nx, Measure.Timing ours) =>
        string.Create(CultureInfo.InvariantCulture, $"{nx.Wall / ours.Wall,7:F1}x   ({nx.Cpu / ours.Cpu:F1}x by cpu)");

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
}
