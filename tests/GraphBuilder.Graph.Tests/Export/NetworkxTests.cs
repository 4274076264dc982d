using GraphBuilder.Graph.Algorithms;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Projection;
using GraphBuilder.Graph.Tests.Fixtures;
using GraphBuilder.Graph.Tests.Support;

namespace GraphBuilder.Graph.Tests.Export;

/// <summary>networkx reads our GraphML and GEXF: a real consumer proves the files, not our own parser.</summary>
public class NetworkxTests
{
    private const string Script = """
        import sys, json, networkx as nx
        kind, path = sys.argv[1], sys.argv[2]
        # networkx >= 3 reads GEXF 1.3 natively; Debian 12's networkx 2.8 only lacks the version's namespaces, which
        # are registered here exactly as networkx 3 declares them (the parsing code is the same).
        versions = nx.readwrite.gexf.GEXF.versions
        if "1.3" not in versions:
            versions["1.3"] = {"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
                               "NS_XSI": "http://w3.org/2001/XMLSchema-instance",
                               "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
        g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path, version="1.3")
        label = lambda n, d: d.get("label", n)
        out = {
            "directed": g.is_directed(),
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "labels": sorted(str(d.get("label", "")) for _, d in g.nodes(data=True)),
            "weights": sorted(float(d.get("weight", 0)) for _, _, d in g.edges(data=True)),
            "types": sorted(set(str(d.get("type", "")) for _, d in g.nodes(data=True))),
            "pagerank": {n: float(d.get("pageRank", -1)) for n, d in g.nodes(data=True)},
            "cameo": sorted(str(d.get("cameo", "")) for _, _, d in g.edges(data=True)),
        }
        if kind == "graphml":
            out["nx_pagerank"] = nx.pagerank(g, weight="weight") if g.number_of_nodes() else {}
        print(json.dumps(out, ensure_ascii=True))
        """;

    private static System.Text.Json.JsonElement Read(string kind, ViewKind view)
    {
        var dir = External.TempDir();
        try
        {
            var v = new ViewProjector(SampleKg.Snapshot()).Project(view);
            var file = Path.Combine(dir, "view." + kind);
            using (var fs = File.Create(file))
            {
                if (kind == "graphml") new GraphMLExporter().Write(v, fs);
                else new GexfExporter().Write(v, fs);
            }
            var script = Path.Combine(dir, "read.py");
            File.WriteAllText(script, Script);
            var (code, stdout, stderr) = External.Run(External.PythonWithNetworkx.Value!, [script, kind, file], TimeSpan.FromSeconds(120));
            Assert.True(code == 0, stderr);
            return System.Text.Json.JsonDocument.Parse(stdout).RootElement;
        }
        finally { Directory.Delete(dir, true); }
    }

    [SkippableTheory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public void Networkx_reads_the_interaction_view(string kind)
    {
        Skip.If(External.PythonWithNetworkx.Value is null, External.NoNetworkx);
        var r = Read(kind, ViewKind.Interactions);
        Assert.True(r.GetProperty("directed").GetBoolean());
        Assert.Equal(7, r.GetProperty("nodes").GetInt32());
        Assert.Equal(6, r.GetProperty("edges").GetInt32());
        Assert.Contains("Ölfirma <Test> & \"Co\" 🚀", r.GetProperty("labels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([1.0, 1, 1, 1, 2, 2], r.GetProperty("weights").EnumerateArray().Select(e => e.GetDouble()).ToArray());
        Assert.Equal(["04", "07", "11", "13", "13", "15"], r.GetProperty("cameo").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(["country", "organization", "person"], r.GetProperty("types").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [SkippableTheory]
    [InlineData("graphml", ViewKind.Cooccurrence, false, 8, 7)]
    [InlineData("gexf", ViewKind.Cooccurrence, false, 8, 7)]
    [InlineData("graphml", ViewKind.All, true, 12, 17)]
    [InlineData("gexf", ViewKind.Roles, true, 7, 4)]
    public void Networkx_reads_every_view(string kind, ViewKind view, bool directed, int nodes, int edges)
    {
        Skip.If(External.PythonWithNetworkx.Value is null, External.NoNetworkx);
        var r = Read(kind, view);
        Assert.Equal(directed, r.GetProperty("directed").GetBoolean());
        Assert.Equal(nodes, r.GetProperty("nodes").GetInt32());
        Assert.Equal(edges, r.GetProperty("edges").GetInt32());
    }

    [SkippableFact]
    public void Our_pagerank_equals_networkx_pagerank()
    {
        Skip.If(External.PythonWithNetworkx.Value is null, External.NoNetworkx);
        var (code, _, _) = External.Run(External.PythonWithNetworkx.Value!, ["-c", "import scipy"], TimeSpan.FromSeconds(60));
        Skip.If(code != 0, "networkx's pagerank needs scipy (Debian: apt-get install python3-scipy)");
        var r = Read("graphml", ViewKind.Interactions);
        var ours = r.GetProperty("pagerank");
        var theirs = r.GetProperty("nx_pagerank");
        int n = 0;
        foreach (var p in theirs.EnumerateObject())
        {
            Assert.Equal(p.Value.GetDouble(), ours.GetProperty(p.Name).GetDouble(), 5);
            n++;
        }
        Assert.Equal(7, n);
    }
}
