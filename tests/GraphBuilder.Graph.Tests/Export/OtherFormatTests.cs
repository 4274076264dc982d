using System.Text;
using System.Xml.Linq;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Projection;
using GraphBuilder.Graph.Tests.Fixtures;
using GraphBuilder.Rdf;

namespace GraphBuilder.Graph.Tests.Export;

public class OtherFormatTests
{
    private static RelationView View(ViewKind k) => new ViewProjector(SampleKg.Snapshot()).Project(k);

    private static string Text(Action<TextWriter> write)
    {
        var sw = new StringWriter { NewLine = "\n" };
        write(sw);
        return sw.ToString();
    }

    [Fact]
    public void Gexf_has_attributes_weights_and_viz()
    {
        using var ms = new MemoryStream();
        new GexfExporter().Write(View(ViewKind.Interactions), ms);
        var doc = XDocument.Load(new MemoryStream(ms.ToArray()));
        XNamespace g = GexfExporter.Ns, viz = GexfExporter.VizNs;
        Assert.Equal("1.3", (string?)doc.Root!.Attribute("version"));
        var nodes = doc.Descendants(g + "node").ToList();
        Assert.Equal(7, nodes.Count);
        Assert.All(nodes, n => Assert.NotNull(n.Element(viz + "color")));
        Assert.All(nodes, n => Assert.NotNull(n.Element(viz + "size")));
        Assert.Contains(nodes, n => (string?)n.Attribute("label") == "Ölfirma <Test> & \"Co\" 🚀");
        var edges = doc.Descendants(g + "edge").ToList();
        Assert.Equal(6, edges.Count);
        Assert.Contains(edges, e => (string?)e.Attribute("weight") == "2" && (string?)e.Attribute("label") == "disapprove");
        Assert.Equal("directed", (string?)doc.Descendants(g + "graph").Single().Attribute("defaultedgetype"));
    }

    [Fact]
    public void Dot_quotes_and_escapes_everything()
    {
        var dot = Text(w => new DotExporter().Write(View(ViewKind.Interactions), w));
        Assert.StartsWith("digraph \"interactions\" {", dot);
        Assert.Contains("label=\"Ölfirma <Test> & \\\"Co\\\" 🚀\"", dot);
        Assert.Contains("\"http://example.org/kg/entity/russia\" -> \"http://example.org/kg/entity/ukraine\"", dot);
        Assert.Equal(6, dot.Split('\n').Count(l => l.Contains(" -> ")));
        var undirected = Text(w => new DotExporter().Write(View(ViewKind.Cooccurrence), w));
        Assert.StartsWith("graph ", undirected);
        Assert.Contains(" -- ", undirected);
    }

    [Fact]
    public void Csv_tables_quote_cells_per_rfc4180()
    {
        var view = View(ViewKind.Interactions);
        var nodes = Text(w => new CsvExporter().WriteNodes(view, w));
        var edges = Text(w => new CsvExporter().WriteEdges(view, w));
        var nodeLines = nodes.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id,Label,type,wikidata,pageRank,degree,weightedDegree,community,component", nodeLines[0]);
        Assert.Equal(8, nodeLines.Length);
        Assert.Contains("\"Ölfirma <Test> & \"\"Co\"\" 🚀\"", nodes);
        Assert.Equal(7, edges.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("'=SUM(A1)", CsvExporter.Cell("=SUM(A1)"));
        Assert.Equal("out.edges.csv", CsvExporter.EdgePath("out.csv"));
    }

    [Fact]
    public void Rdf_of_a_view_carries_measures_and_edges()
    {
        var view = View(ViewKind.Interactions);
        var g = ViewRdf.ToGraph(view);
        var russia = new UriNode(SampleKg.E + "russia");
        var pr = g.GetTriples(russia, new UriNode(KgVocabulary.PageRank), null).Single().Object as ILiteralNode;
        Assert.Equal(Vocab.XsdDouble, pr!.DataType);
        Assert.Equal(view.Measures!.PageRank[view.Nodes.First(n => n.Id == russia.Uri)], double.Parse(pr.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(g.GetTriples(russia, new UriNode(KgVocabulary.Community), null));
        Assert.Single(g.GetTriples(russia, new UriNode(KgVocabulary.Gb + "interactsWith"), new UriNode(SampleKg.E + "ukraine")));
        Assert.Equal(6, g.GetTriples(null, new UriNode(Vocab.RdfType), new UriNode(KgVocabulary.Gb + "ViewEdge")).Count());
    }

    [Fact]
    public void Xml_safe_keeps_emoji_and_drops_control_characters()
    {
        Assert.Equal("a🚀b", ExportText.XmlSafe("a🚀b"));
        Assert.Equal("a\uFFFDb", ExportText.XmlSafe("a\u0001b"));
        Assert.Equal("a\uFFFD", ExportText.XmlSafe("a\uD800"));
    }

    [Fact]
    public void Format_follows_the_extension()
    {
        Assert.Equal(ExportFormat.GraphML, ExportFormats.FromPath("x.graphml"));
        Assert.Equal(ExportFormat.Gexf, ExportFormats.FromPath("x.GEXF"));
        Assert.Equal(ExportFormat.Turtle, ExportFormats.FromPath("x.ttl"));
        Assert.Throws<ArgumentException>(() => ExportFormats.FromPath("x.png"));
        _ = Encoding.UTF8;
    }
}
