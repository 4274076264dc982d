using GraphBuilder.Graph.Algorithms;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Projection;
using GraphBuilder.Graph.Tests.Fixtures;
using QuikGraph;

namespace GraphBuilder.Graph.Tests.Algorithms;

public class AlgorithmTests
{
    private static readonly KgSnapshot Kg = SampleKg.Snapshot();

    private static RelationView View(ViewKind k) => new ViewProjector(Kg).Project(k);

    private static BidirectionalGraph<int, Edge<int>> Directed(params (int, int)[] edges)
    {
        var g = new BidirectionalGraph<int, Edge<int>>();
        foreach (var (a, b) in edges) g.AddVerticesAndEdge(new Edge<int>(a, b));
        return g;
    }

    [Fact]
    public void PageRank_of_a_cycle_is_uniform()
    {
        var pr = PageRank.Compute(Directed((0, 1), (1, 2), (2, 0)));
        Assert.All(pr.Values, r => Assert.Equal(1.0 / 3, r, 9));
    }

    [Fact]
    public void PageRank_of_a_star_matches_the_closed_form()
    {
        // Leaves 1..4 point at hub 0, which is dangling and so spreads its rank over all five nodes:
        // leaf l = (1-d)/5 + d*h/5 and h + 4l = 1, so h = (1 - 4(1-d)/5) / (1 + 4d/5).
        var pr = PageRank.Compute(Directed((1, 0), (2, 0), (3, 0), (4, 0)), tolerance: 1e-14, maxIterations: 1000);
        const double d = 0.85;
        double h = (1 - 4 * (1 - d) / 5) / (1 + 4 * d / 5);
        double l = (1 - d) / 5 + d * h / 5;
        Assert.Equal(0.88 / 1.68, h, 12);
        Assert.Equal(h, pr[0], 9);
        Assert.Equal(l, pr[1], 9);
        Assert.Equal(1.0, pr.Values.Sum(), 9);
    }

    [Fact]
    public void PageRank_ranks_the_interaction_view()
    {
        var view = View(ViewKind.Interactions);
        var m = ViewAnalyzer.Analyze(view);
        var order = view.Nodes.OrderByDescending(n => m.PageRank[n]).Select(n => KgSnapshot.LastSegment(n.Id)).ToArray();
        // Ukraine receives everything Russia passes on; Russia collects all the accusers; the aid pair comes next.
        Assert.Equal(["ukraine", "russia", "oelfirma"], order[..3]);
        Assert.Equal(1.0, m.PageRank.Values.Sum(), 9);
    }

    [Fact]
    public void Components_of_the_views()
    {
        var inter = View(ViewKind.Interactions);
        var m = ViewAnalyzer.Analyze(inter);
        Assert.Equal(2, m.ComponentCount);
        Assert.Equal(0, m.Component[Kg.Entities[SampleKg.E + "russia"]]); // the larger one is 0
        Assert.Equal(1, m.Component[Kg.Entities[SampleKg.E + "oelfirma"]]);
        Assert.Equal(3, ViewAnalyzer.Analyze(View(ViewKind.Roles)).ComponentCount);
        Assert.Equal(2, ViewAnalyzer.Analyze(View(ViewKind.All)).ComponentCount);
    }

    [Fact]
    public void Shortest_path_crosses_relation_kinds_in_the_all_view()
    {
        var all = View(ViewKind.All);
        var from = EntityResolver.Resolve(all, "Annalena Baerbock");
        var to = EntityResolver.Resolve(all, "Q212");
        var path = Neighbourhood.ShortestPath(all, from, to);
        Assert.NotNull(path);
        Assert.Equal(["Annalena Baerbock", "Deutschland", "Olaf Scholz", "Russland", "Ukraine"],
            Neighbourhood.PathNodes(from, path!).Select(n => n.Label).ToArray());
        Assert.Null(Neighbourhood.ShortestPath(all, from, EntityResolver.Resolve(all, "erika-muster")));
    }

    [Fact]
    public void Ego_network_to_depth_k()
    {
        var inter = View(ViewKind.Interactions);
        var russia = EntityResolver.Resolve(inter, "russland");
        var ego1 = Neighbourhood.Ego(inter, russia, 1);
        Assert.Equal(5, ego1.NodeCount);
        Assert.Equal(5, ego1.EdgeCount);
        Assert.Single(Neighbourhood.Ego(inter, russia, 0).Nodes);
        var all = View(ViewKind.All);
        var ego2 = Neighbourhood.Ego(all, EntityResolver.Resolve(all, "usa"), 2);
        // USA – Blinken – Russia.
        Assert.Equal(["Antony Blinken", "Russland", "USA"], ego2.Nodes.Select(n => n.Label).Order().ToArray());
    }

    [Fact]
    public void Resolver_reports_unknown_and_ambiguous_names()
    {
        var all = View(ViewKind.All);
        Assert.Throws<ArgumentException>(() => EntityResolver.Resolve(all, "Atlantis"));
        var ex = Assert.Throws<ArgumentException>(() => EntityResolver.Resolve(all, "an")); // Antony, Annalena, Ukraine, ...
        Assert.Contains("ambiguous", ex.Message);
    }

    [Fact]
    public void Louvain_separates_two_cliques_joined_by_a_bridge()
    {
        var edges = new List<(int, int, double)>();
        for (int a = 0; a < 4; a++) for (int b = a + 1; b < 4; b++) { edges.Add((a, b, 1)); edges.Add((a + 4, b + 4, 1)); }
        edges.Add((3, 4, 1));
        var c = Louvain.Detect(8, edges);
        Assert.Equal(c[0], c[1]); Assert.Equal(c[0], c[2]); Assert.Equal(c[0], c[3]);
        Assert.Equal(c[4], c[5]); Assert.Equal(c[4], c[6]); Assert.Equal(c[4], c[7]);
        Assert.NotEqual(c[0], c[4]);
    }

    [Fact]
    public void Communities_never_span_components()
    {
        var all = View(ViewKind.All);
        var m = ViewAnalyzer.Analyze(all);
        foreach (var a in all.Nodes)
        foreach (var b in all.Nodes)
            if (m.Community[a] == m.Community[b]) Assert.Equal(m.Component[a], m.Component[b]);
        Assert.True(m.CommunityCount >= 2);
    }

    [Fact]
    public void Degree_counts_in_and_out_edges()
    {
        var inter = View(ViewKind.Interactions);
        var m = ViewAnalyzer.Analyze(inter);
        var russia = EntityResolver.Resolve(inter, "russia");
        Assert.Equal(5, m.Degree[russia]);          // 4 in + 1 out
        Assert.Equal(7, m.WeightedDegree[russia]);  // 2+1+1+1 in, 2 out
    }

    [Fact]
    public void Filters_by_type_cameo_weight_and_top()
    {
        var inter = View(ViewKind.Interactions);
        var conflict = new ViewFilter { CameoRoots = new HashSet<string> { "11", "13" } }.Apply(inter);
        Assert.Equal(3, conflict.EdgeCount);
        Assert.Equal(3, conflict.NodeCount);
        var heavy = new ViewFilter { MinWeight = 2 }.Apply(inter);
        Assert.Equal(2, heavy.EdgeCount);
        var countries = new ViewFilter { Kinds = new HashSet<EntityKind> { EntityKind.Country } }.Apply(inter);
        Assert.Equal(["russia>ukraine"], countries.Edges.Select(e => KgSnapshot.LastSegment(e.Source.Id) + ">" + KgSnapshot.LastSegment(e.Target.Id)).ToArray());
        var top = new ViewFilter { Top = 2 }.Apply(inter);
        Assert.Equal(["Russland", "Ukraine"], top.Nodes.Select(n => n.Label).Order().ToArray());
    }

    [Fact]
    public void Request_builds_path_views()
    {
        var view = new ViewRequest { Kind = ViewKind.All, Path = ("Baerbock", "Ukraine") }.Build(Kg);
        Assert.Equal(5, view.NodeCount);
        Assert.Equal(4, view.EdgeCount);
        Assert.NotNull(view.Measures);
        var ex = Assert.Throws<ArgumentException>(() => new ViewRequest { Kind = ViewKind.Roles, Path = ("usa", "nato") }.Build(Kg));
        Assert.Contains("no path", ex.Message);
    }

    [Fact]
    public void Weakly_connected_components_wraps_quikgraph()
    {
        var g = Directed((0, 1), (2, 1), (3, 4));
        g.AddVertex(5);
        var c = Components.Weakly(g);
        Assert.Equal(3, c.Values.Distinct().Count());
        Assert.Equal(0, c[0]);
        Assert.Equal(c[0], c[2]);
        Assert.Equal(1, c[3]);
        Assert.Equal(2, c[5]);
        Assert.Equal(3, Components.CountWeakly(g));
        Assert.Equal(3, Components.CountWeakly(CompactGraph.From(g)));
    }

    [Fact]
    public void Compact_union_find_agrees_with_quikgraph_on_a_random_graph()
    {
        var g = new BidirectionalGraph<int, Edge<int>>();
        var rnd = new Random(7);
        for (int v = 0; v < 400; v++) g.AddVertex(v);
        for (int k = 0; k < 300; k++) g.AddEdge(new Edge<int>(rnd.Next(400), rnd.Next(400)));
        Assert.Equal(Components.CountWeakly(g), Components.CountWeakly(CompactGraph.From(g)));
        Assert.Equal(Components.CountWeakly(g), Components.CountWeaklyUnionFind(g));
        var isolated = new BidirectionalGraph<int, Edge<int>>();
        isolated.AddVertexRange(Enumerable.Range(0, 400));
        Assert.Equal(400, Components.CountWeaklyUnionFind(isolated));
    }
}
