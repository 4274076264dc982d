using System.Text;
using System.Xml.Linq;
using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Graph;

/// <summary>End-to-end tests of <c>views</c>, <c>draw</c> and <c>stats</c> on a small hand-made knowledge graph.</summary>
public sealed class GraphCommandTests : IDisposable
{
    private const string Kg = """
        @prefix schema: <https://schema.org/> .
        @prefix owl:    <http://www.w3.org/2002/07/owl#> .
        @prefix org:    <http://www.w3.org/ns/org#> .
        @prefix prov:   <http://www.w3.org/ns/prov#> .
        @prefix wd:     <http://www.wikidata.org/entity/> .
        @prefix gb:     <https://w3id.org/graphbuilder/ns#> .
        @prefix role:   <https://w3id.org/graphbuilder/role/> .
        @prefix e:      <http://example.org/entity/> .
        @prefix d:      <http://example.org/doc/> .

        e:blinken a schema:Person ; schema:name "Antony Blinken" ; gb:mentionedIn d:a .
        e:lawrow a schema:Person ; schema:name "Sergej Lawrow" ; gb:mentionedIn d:a .
        e:russia a schema:Country ; schema:name "Russland"@de ; owl:sameAs wd:Q159 ; gb:mentionedIn d:a .
        e:ukraine a schema:Country ; schema:name "Ukraine"@de ; owl:sameAs wd:Q212 ; gb:mentionedIn d:a .
        e:usa a schema:Country ; schema:name "USA"@de ; owl:sameAs wd:Q30 ; gb:mentionedIn d:a .
        e:firma a schema:Organization ; schema:name "Firma <X> & \"Y\" 🚀" ; gb:mentionedIn d:a .

        <http://example.org/event/1> a gb:Event ; gb:cameo "04" ; gb:actor e:blinken ; gb:target e:lawrow ;
            gb:evidence "Blinken traf Lawrow in Genf."@de ; prov:wasDerivedFrom d:a .
        <http://example.org/event/2> a gb:Event ; gb:cameo "13" ; gb:actor e:blinken ; gb:target e:russia ;
            gb:evidence "Blinken drohte Russland."@de ; prov:wasDerivedFrom d:a .
        <http://example.org/event/3> a gb:Event ; gb:cameo "15" ; gb:actor e:russia ; gb:target e:ukraine ;
            gb:evidence "Russland zog Truppen zusammen."@de ; prov:wasDerivedFrom d:a .
        <http://example.org/event/4> a gb:Event ; gb:cameo "15" ; gb:actor e:russia ; gb:target e:ukraine ;
            gb:evidence "Russland verlegte Panzer."@de ; prov:wasDerivedFrom d:a .
        <http://example.org/event/5> a gb:Event ; gb:cameo "07" ; gb:actor e:usa ; gb:target e:firma ;
            gb:evidence "Die USA halfen der Firma."@de ; prov:wasDerivedFrom d:a .
        [] a org:Membership ; org:member e:blinken ; org:organization e:usa ; org:role role:foreign-minister .
        [] a org:Membership ; org:member e:lawrow ; org:organization e:russia ; org:role role:foreign-minister .
        """;

    private readonly string _dir;
    private readonly string _kg;

    public GraphCommandTests()
    {
        _dir = Path.Combine(Path.GetTempPath(), "gb-cli-graph-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(_dir);
        _kg = Path.Combine(_dir, "kg.ttl");
        File.WriteAllText(_kg, Kg, new UTF8Encoding(false));
    }

    public void Dispose() => Directory.Delete(_dir, true);

    private string Out(string name) => Path.Combine(_dir, name);

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    [InlineData("dot")]
    [InlineData("ttl")]
    [InlineData("svg")]
    [InlineData("html")]
    public void Views_exports_every_format(string ext)
    {
        var r = CliProcess.Run("views", _kg, "--view", "interactions", "-o", Out("v." + ext));
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("6 nodes, 4 edges", r.StdErr);
        var text = File.ReadAllText(Out("v." + ext));
        Assert.Contains("Ukraine", text);
        Assert.Empty(Directory.GetFiles(_dir, ".*tmp*"));
    }

    [Fact]
    public void Views_csv_writes_node_and_edge_tables()
    {
        var r = CliProcess.Run("views", _kg, "--view", "all", "-o", Out("all.csv"));
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.StartsWith("Id,Label,type", File.ReadAllText(Out("all.csv")));
        Assert.StartsWith("Id,Source,Target,Type,Weight", File.ReadAllText(Out("all.edges.csv")));
    }

    [Fact]
    public void Views_is_deterministic()
    {
        CliProcess.Run("views", _kg, "--view", "all", "-o", Out("a.graphml"));
        CliProcess.Run("views", _kg, "--view", "all", "-o", Out("b.graphml"));
        Assert.Equal(File.ReadAllBytes(Out("a.graphml")), File.ReadAllBytes(Out("b.graphml")));
    }

    [Fact]
    public void Views_path_and_ego()
    {
        var r = CliProcess.Run("views", _kg, "--view", "all", "--path", "Lawrow", "Firma", "-o", Out("p.graphml"));
        Assert.True(r.ExitCode == 0, r.StdErr);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var doc = XDocument.Load(Out("p.graphml"));
        // Lawrow – Blinken – USA – Firma (three hops, via a meeting, a role and aid).
        Assert.Equal(4, doc.Descendants(g + "node").Count());
        Assert.Equal(3, doc.Descendants(g + "edge").Count());
        r = CliProcess.Run("views", _kg, "--view", "interactions", "--ego", "Q159", "--depth", "1", "-o", Out("e.dot"));
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("3 nodes, 2 edges", r.StdErr);
    }

    [Fact]
    public void Views_filters()
    {
        var r = CliProcess.Run("views", _kg, "--view", "interactions", "--cameo", "13,15", "-o", Out("f.dot"));
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("3 nodes, 2 edges", r.StdErr);
        r = CliProcess.Run("views", _kg, "--view", "interactions", "--types", "country", "-o", Out("c.dot"));
        Assert.Contains("2 nodes, 1 edges", r.StdErr);
        r = CliProcess.Run("views", _kg, "--view", "interactions", "--min-weight", "2", "-o", Out("w.dot"));
        Assert.Contains("2 nodes, 1 edges", r.StdErr);
        r = CliProcess.Run("views", _kg, "--view", "all", "--top", "3", "-o", Out("t.dot"));
        Assert.Contains("3 nodes", r.StdErr);
    }

    [Fact]
    public void Errors_are_one_line_and_leave_no_file()
    {
        var r = CliProcess.Run("views", _kg, "--view", "all", "--path", "Lawrow", "Atlantis", "-o", Out("x.graphml"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no entity 'Atlantis'", r.StdErr);
        Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.False(File.Exists(Out("x.graphml")));
        r = CliProcess.Run("views", _kg, "--view", "friends", "-o", Out("x.graphml"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("unknown view 'friends'", r.StdErr);
        r = CliProcess.Run("views", Out("missing.ttl"), "-o", Out("x.graphml"));
        Assert.Equal(1, r.ExitCode);
        r = CliProcess.Run("draw", _kg, "-o", Out("x.graphml"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("draw writes .svg or .html", r.StdErr);
        Assert.Empty(Directory.GetFiles(_dir, "x.*"));
    }

    [Fact]
    public void Draw_writes_svg_and_html()
    {
        var r = CliProcess.Run("draw", _kg, "--view", "all", "-o", Out("all.svg"));
        Assert.True(r.ExitCode == 0, r.StdErr);
        var svg = XDocument.Load(Out("all.svg"));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains(svg.Descendants(), e => e.Value == "Firma <X> & \"Y\" 🚀");
        r = CliProcess.Run("draw", _kg, "--view", "interactions", "-o", Out("i.html"));
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("data-rendered-nodes", File.ReadAllText(Out("i.html")));
    }

    [Fact]
    public void Stats_prints_readable_tables()
    {
        var r = CliProcess.Run("stats", _kg);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("Entities by type", r.StdOut);
        Assert.Contains("Top entities by PageRank", r.StdOut);
        Assert.Contains("Communities", r.StdOut);
        Assert.Contains("Strongest interactions", r.StdOut);
        var strongest = r.StdOut[r.StdOut.IndexOf("Strongest interactions", StringComparison.Ordinal)..];
        var first = strongest.Split('\n')[3];
        Assert.Contains("Russland", first);
        Assert.Contains("exhibit force posture", first);
        Assert.Contains("2", first);
    }
}
