using System.Text;
using System.Xml.Linq;
using GraphBuilder.Graph.Drawing;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Projection;
using GraphBuilder.Graph.Tests.Fixtures;
using GraphBuilder.Graph.Tests.Support;

namespace GraphBuilder.Graph.Tests.Drawing;

public class DrawingTests
{
    private static RelationView View(ViewKind k) => new ViewProjector(SampleKg.Snapshot()).Project(k);

    internal static byte[] Svg(ViewKind k)
    {
        using var ms = new MemoryStream();
        new SvgRenderer().Write(View(k), ms);
        return ms.ToArray();
    }

    internal static string Html(ViewKind k)
    {
        var sw = new StringWriter();
        new HtmlExplorer().Write(View(k), sw);
        return sw.ToString();
    }

    [Fact]
    public void Svg_is_deterministic_and_well_formed()
    {
        var a = Svg(ViewKind.All);
        Assert.Equal(a, Svg(ViewKind.All));
        var doc = XDocument.Load(new MemoryStream(a));
        XNamespace s = SvgRenderer.Ns;
        Assert.Equal(12, doc.Descendants(s + "g").Single(g => (string?)g.Attribute("class") == "nodes").Elements(s + "circle").Count());
        Assert.Equal(17, doc.Descendants(s + "g").Single(g => (string?)g.Attribute("class") == "edges").Elements(s + "path").Count());
        var labels = doc.Descendants(s + "g").Single(g => (string?)g.Attribute("class") == "labels").Elements(s + "text").Select(t => t.Value).ToList();
        Assert.Contains("Ölfirma <Test> & \"Co\" 🚀", labels);
    }

    [Fact]
    public void Svg_colours_edges_by_quad_class_and_nodes_by_type()
    {
        var doc = XDocument.Load(new MemoryStream(Svg(ViewKind.Interactions)));
        XNamespace s = SvgRenderer.Ns;
        var strokes = doc.Descendants(s + "path").Select(p => (string?)p.Attribute("stroke")).Where(c => c != null).ToHashSet();
        Assert.Contains(Palette.EdgeColor(new RelationEdge(Dummy, Dummy, RelationKind.Interaction, 1, cameoRoot: "15")), strokes);
        Assert.Contains(Palette.EdgeColor(new RelationEdge(Dummy, Dummy, RelationKind.Interaction, 1, cameoRoot: "04")), strokes);
        var fills = doc.Descendants(s + "circle").Select(c => (string?)c.Attribute("fill")).ToHashSet();
        Assert.Contains(Palette.NodeColor(EntityKind.Person), fills);
        Assert.Contains(Palette.NodeColor(EntityKind.Country), fills);
    }

    private static readonly EntityNode Dummy = new("urn:x", "x", EntityKind.Other);

    [Fact]
    public void Layout_spreads_nodes_apart()
    {
        var view = View(ViewKind.All);
        var layout = ForceLayout.Compute(view);
        var pts = layout.Positions.Values.ToList();
        double min = double.MaxValue;
        for (int i = 0; i < pts.Count; i++)
        for (int j = i + 1; j < pts.Count; j++)
            min = Math.Min(min, Math.Sqrt(Math.Pow(pts[i].X - pts[j].X, 2) + Math.Pow(pts[i].Y - pts[j].Y, 2)));
        Assert.True(min > 30, $"two nodes only {min:F1} px apart");
        Assert.All(pts, p => Assert.InRange(p.X, 0, layout.Width));
        Assert.All(pts, p => Assert.InRange(p.Y, 0, layout.Height));
    }

    [Theory]
    [InlineData(ViewKind.All)]
    [InlineData(ViewKind.Interactions)]
    [InlineData(ViewKind.Cooccurrence)]
    public void Node_labels_do_not_overlap_other_nodes_or_labels(ViewKind kind)
    {
        var d = DrawingModel.Create(View(kind));
        // A node's box: its circle and, under it, its label line (as wide as the label).
        var boxes = d.Nodes.Select(n =>
        {
            double hw = Math.Max(n.Radius, ForceLayout.LabelWidth(n.Node.Label) / 2);
            return (n.Node.Label, X0: n.X - hw, Y0: n.Y - n.Radius, X1: n.X + hw, Y1: n.Y + n.Radius + 17);
        }).ToList();
        for (int i = 0; i < boxes.Count; i++)
        for (int j = i + 1; j < boxes.Count; j++)
        {
            var (a, b) = (boxes[i], boxes[j]);
            bool overlap = a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1;
            Assert.False(overlap, $"'{a.Label}' and '{b.Label}' overlap");
        }
    }

    [Fact]
    public void Edge_labels_cover_no_node_label_and_no_other_edge_label()
    {
        var d = DrawingModel.Create(View(ViewKind.All));
        var placed = SvgRenderer.PlaceEdgeLabels(d);
        Assert.NotEmpty(placed);
        var edgeBoxes = placed.Select(p => (X0: p.At.X - 2.8 * p.Text.Length, Y0: p.At.Y - 5, X1: p.At.X + 2.8 * p.Text.Length, Y1: p.At.Y + 5)).ToList();
        var nodeBoxes = d.Nodes.Select(n =>
        {
            double hw = ForceLayout.LabelWidth(n.Node.Label) / 2;
            return (X0: n.X - hw, Y0: n.Y + n.Radius + 2, X1: n.X + hw, Y1: n.Y + n.Radius + 17);
        }).ToList();
        static bool Hit((double X0, double Y0, double X1, double Y1) a, (double X0, double Y0, double X1, double Y1) b) =>
            a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1;
        for (int i = 0; i < edgeBoxes.Count; i++)
        {
            Assert.DoesNotContain(nodeBoxes, nb => Hit(edgeBoxes[i], nb));
            for (int j = i + 1; j < edgeBoxes.Count; j++) Assert.False(Hit(edgeBoxes[i], edgeBoxes[j]), $"edge labels {placed[i].Text} and {placed[j].Text} overlap");
        }
        // Every directed (interaction or role) edge keeps a label in this small view, the name or its CAMEO code.
        Assert.Equal(d.Edges.Count(e => e.Edge.Kind != RelationKind.Cooccurrence), placed.Count);
    }

    [Fact]
    public void Layout_does_not_depend_on_node_insertion_order()
    {
        var view = View(ViewKind.Interactions);
        var reversed = RelationView.Create(view.Name, view.Nodes.Reverse(), view.Edges.Reverse());
        Assert.Equal(ForceLayout.Compute(view).Positions.OrderBy(p => p.Key.Id).Select(p => p.Value),
            ForceLayout.Compute(reversed).Positions.OrderBy(p => p.Key.Id).Select(p => p.Value));
    }

    [Fact]
    public void Html_is_self_contained_and_its_data_cannot_close_the_script()
    {
        var html = Html(ViewKind.Interactions);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "").Replace("http://example.org/", "")
            .Replace("http://www.wikidata.org/", ""));
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<Test>", html); // the name is in the JSON, escaped
        Assert.Equal(2, html.Split("</script>").Length - 1);
        Assert.Equal(Html(ViewKind.Interactions), html);
    }

    [SkippableFact]
    public void Html_renders_in_headless_chromium_without_script_errors()
    {
        Skip.If(External.Chromium.Value is null, External.NoChromium);
        var dir = External.TempDir();
        try
        {
            var file = Path.Combine(dir, "view.html");
            File.WriteAllText(file, Html(ViewKind.All), new UTF8Encoding(false));
            var (code, dom, stderr) = External.RunChromium(file, Path.Combine(dir, "profile"), "--dump-dom");
            Assert.True(code == 0, stderr);
            Assert.Contains("data-rendered-nodes=\"12\"", dom);
            Assert.Contains("data-rendered-edges=\"17\"", dom);
            Assert.Contains("data-errors=\"0\"", dom);
            var png = Path.Combine(dir, "shot.png");
            (code, _, stderr) = External.RunChromium(file, Path.Combine(dir, "profile"), "--screenshot=" + png, "--window-size=1200,800");
            Assert.True(code == 0, stderr);
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 5000, $"screenshot only {bytes.Length} bytes");
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            var keep = Environment.GetEnvironmentVariable("GRAPHBUILDER_KEEP_SCREENSHOTS");
            if (!string.IsNullOrEmpty(keep)) File.Copy(png, Path.Combine(keep, "explorer-all.png"), true);
        }
        finally { Directory.Delete(dir, true); }
    }
}
