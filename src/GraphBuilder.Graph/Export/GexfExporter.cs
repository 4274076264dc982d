using System.Xml;
using GraphBuilder.Graph.Drawing;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// Writes a view as GEXF 1.3, Gephi's own format: typed attributes, edge weights and labels, and viz colours
/// (by entity kind / CAMEO quad class), sizes (by PageRank) and positions (the force layout), so Gephi opens
/// it ready to look at.
/// </summary>
public sealed class GexfExporter
{
    /// <summary>The GEXF 1.3 namespace.</summary>
    public const string Ns = "http://gexf.net/1.3";
    /// <summary>The GEXF 1.3 viz namespace.</summary>
    public const string VizNs = "http://gexf.net/1.3/viz";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly (string Id, string Title, string Type)[] NodeAttributes =
    [
        ("type", "type", "string"), ("wikidata", "wikidata", "string"), ("pagerank", "pageRank", "double"),
        ("degree", "degree", "integer"), ("community", "community", "integer"), ("component", "component", "integer"),
    ];

    private static readonly (string Id, string Title, string Type)[] EdgeAttributes =
    [
        ("relation", "relation", "string"), ("cameo", "cameo", "string"), ("quad", "quadClass", "string"),
        ("role", "role", "string"), ("evidence", "evidence", "string"),
    ];

    /// <summary>Writes <paramref name="view"/> (measures are computed when missing).</summary>
    public void Write(RelationView view, Stream output)
    {
        var m = view.Measures ?? Algorithms.ViewAnalyzer.Analyze(view);
        var layout = ForceLayout.Compute(view);
        using var w = XmlWriter.Create(output, ExportText.XmlSettings());
        w.WriteStartDocument();
        w.WriteStartElement("gexf", Ns);
        w.WriteAttributeString("xmlns", "viz", null, VizNs);
        w.WriteAttributeString("xmlns", "xsi", null, XsiNs);
        w.WriteAttributeString("schemaLocation", XsiNs, Ns + " http://gexf.net/1.3/gexf.xsd");
        w.WriteAttributeString("version", "1.3");
        w.WriteStartElement("meta", Ns);
        w.WriteElementString("creator", Ns, "GraphBuilder");
        w.WriteElementString("description", Ns, $"GraphBuilder relationship view '{view.Name}'");
        w.WriteEndElement();
        w.WriteStartElement("graph", Ns);
        w.WriteAttributeString("mode", "static");
        w.WriteAttributeString("defaultedgetype", view.EdgeDefault == "undirected" ? "undirected" : "directed");
        Attributes(w, "node", NodeAttributes);
        Attributes(w, "edge", EdgeAttributes);
        w.WriteStartElement("nodes", Ns);
        foreach (var n in view.Nodes)
        {
            w.WriteStartElement("node", Ns);
            w.WriteAttributeString("id", ExportText.XmlSafe(n.Id));
            w.WriteAttributeString("label", ExportText.XmlSafe(n.Label));
            w.WriteStartElement("attvalues", Ns);
            Value(w, "type", EntityKinds.Name(n.Kind));
            if (n.Wikidata != null) Value(w, "wikidata", n.Wikidata);
            Value(w, "pagerank", ExportText.Num(m.PageRank[n]));
            Value(w, "degree", ExportText.Num(m.Degree[n]));
            Value(w, "community", ExportText.Num(m.Community[n]));
            Value(w, "component", ExportText.Num(m.Component[n]));
            w.WriteEndElement();
            Color(w, Palette.NodeColor(n.Kind));
            w.WriteStartElement("viz", "size", VizNs);
            w.WriteAttributeString("value", ExportText.Measure(layout.NodeRadius(n, m)));
            w.WriteEndElement();
            var p = layout.Positions[n];
            w.WriteStartElement("viz", "position", VizNs);
            w.WriteAttributeString("x", ExportText.Measure(p.X - layout.Width / 2));
            w.WriteAttributeString("y", ExportText.Measure(layout.Height / 2 - p.Y));
            w.WriteAttributeString("z", "0");
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("edges", Ns);
        int id = 0;
        foreach (var e in view.Edges)
        {
            w.WriteStartElement("edge", Ns);
            w.WriteAttributeString("id", ExportText.Num(id++));
            w.WriteAttributeString("source", ExportText.XmlSafe(e.Source.Id));
            w.WriteAttributeString("target", ExportText.XmlSafe(e.Target.Id));
            w.WriteAttributeString("label", ExportText.XmlSafe(e.Label));
            w.WriteAttributeString("weight", ExportText.Num(e.Weight));
            w.WriteStartElement("attvalues", Ns);
            Value(w, "relation", GraphMLExporter.RelationName(e.Kind));
            if (e.CameoRoot != null) Value(w, "cameo", e.CameoRoot);
            if (e.Quad != null) Value(w, "quad", Cameo.QuadName(e.Quad.Value));
            if (e.Role != null) Value(w, "role", e.Role);
            if (e.Evidence.Count > 0) Value(w, "evidence", ExportText.Evidence(e));
            w.WriteEndElement();
            Color(w, Palette.EdgeColor(e));
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Attributes(XmlWriter w, string cls, (string Id, string Title, string Type)[] attrs)
    {
        w.WriteStartElement("attributes", Ns);
        w.WriteAttributeString("class", cls);
        foreach (var a in attrs)
        {
            w.WriteStartElement("attribute", Ns);
            w.WriteAttributeString("id", a.Id);
            w.WriteAttributeString("title", a.Title);
            w.WriteAttributeString("type", a.Type);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Value(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("attvalue", Ns);
        w.WriteAttributeString("for", key);
        w.WriteAttributeString("value", ExportText.XmlSafe(value));
        w.WriteEndElement();
    }

    private static void Color(XmlWriter w, string hex)
    {
        var (r, g, b) = Palette.Rgb(hex);
        w.WriteStartElement("viz", "color", VizNs);
        w.WriteAttributeString("r", ExportText.Num(r));
        w.WriteAttributeString("g", ExportText.Num(g));
        w.WriteAttributeString("b", ExportText.Num(b));
        w.WriteEndElement();
    }
}
