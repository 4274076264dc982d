using System.Xml;
using GraphBuilder.Graph.Drawing;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// Writes a view as GraphML 1.1 that validates against the GraphML XSD: typed &lt;key&gt; declarations, explicit
/// edgedefault, unique edge ids, node ids n0…nN (GraphML ids are NMTOKENs, IRIs are not) with the IRI in the <c>iri</c> key. Key ids are prefixed (<c>v_label</c>, <c>e_weight</c>) so that Gephi, which maps
/// yEd's <c>d0…dN</c> keys by position, reads them by their attr.name. With <see cref="Yed"/>, yEd's ShapeNode
/// graphics (position, fill, label) are added; those extension elements are yEd's own schema, not GraphML's.
/// </summary>
public sealed class GraphMLExporter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Ns = "http://graphml.graphdrawing.org/xmlns";
    /// <summary>yWorks' GraphML extension namespace.</summary>
    public const string YNs = "http://www.yworks.com/xml/graphml";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Add yEd node graphics (positions from the force layout, type colours, labels).</summary>
    public bool Yed { get; init; }

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("v_label", "node", "label", "string"),
        ("v_iri", "node", "iri", "string"),
        ("v_type", "node", "type", "string"),
        ("v_wikidata", "node", "wikidata", "string"),
        ("v_pagerank", "node", "pageRank", "double"),
        ("v_degree", "node", "degree", "int"),
        ("v_community", "node", "community", "int"),
        ("v_component", "node", "component", "int"),
        ("e_label", "edge", "label", "string"),
        ("e_relation", "edge", "relation", "string"),
        ("e_weight", "edge", "weight", "double"),
        ("e_cameo", "edge", "cameo", "string"),
        ("e_quad", "edge", "quadClass", "string"),
        ("e_role", "edge", "role", "string"),
        ("e_evidence", "edge", "evidence", "string"),
    ];

    /// <summary>Writes <paramref name="view"/> (measures are computed when missing).</summary>
    public void Write(RelationView view, Stream output)
    {
        var m = view.Measures ?? Algorithms.ViewAnalyzer.Analyze(view);
        using var w = XmlWriter.Create(output, ExportText.XmlSettings());
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Ns);
        w.WriteAttributeString("xmlns", "xsi", null, XsiNs);
        if (Yed) w.WriteAttributeString("xmlns", "y", null, YNs);
        w.WriteAttributeString("schemaLocation", XsiNs, Ns + " http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd");
        foreach (var k in Keys)
        {
            w.WriteStartElement("key", Ns);
            w.WriteAttributeString("id", k.Id);
            w.WriteAttributeString("for", k.For);
            w.WriteAttributeString("attr.name", k.Name);
            w.WriteAttributeString("attr.type", k.Type);
            w.WriteEndElement();
        }
        if (Yed)
        {
            w.WriteStartElement("key", Ns);
            w.WriteAttributeString("id", "v_graphics");
            w.WriteAttributeString("for", "node");
            w.WriteAttributeString("yfiles.type", "nodegraphics");
            w.WriteEndElement();
        }
        w.WriteStartElement("graph", Ns);
        w.WriteAttributeString("id", view.Name);
        // A mixed view is written as directed: networkx (and others) reject directed="false" edges in directed graphs.
        w.WriteAttributeString("edgedefault", view.EdgeDefault == "undirected" ? "undirected" : "directed");
        var layout = Yed ? ForceLayout.Compute(view) : null;
        // GraphML ids are NMTOKENs, which an IRI is not ('/' and ':' are not allowed): nodes get n0, n1, ... in id
        // order and the IRI goes into the iri key.
        var ids = new Dictionary<EntityNode, string>();
        foreach (var n in view.Nodes)
        {
            var nid = "n" + ExportText.Num(ids.Count);
            ids[n] = nid;
            w.WriteStartElement("node", Ns);
            w.WriteAttributeString("id", nid);
            Data(w, "v_label", n.Label);
            Data(w, "v_iri", n.Id);
            Data(w, "v_type", EntityKinds.Name(n.Kind));
            if (n.Wikidata != null) Data(w, "v_wikidata", n.Wikidata);
            Data(w, "v_pagerank", ExportText.Num(m.PageRank[n]));
            Data(w, "v_degree", ExportText.Num(m.Degree[n]));
            Data(w, "v_community", ExportText.Num(m.Community[n]));
            Data(w, "v_component", ExportText.Num(m.Component[n]));
            if (layout != null) YedNode(w, n, layout, m);
            w.WriteEndElement();
        }
        int id = 0;
        foreach (var e in view.Edges)
        {
            w.WriteStartElement("edge", Ns);
            w.WriteAttributeString("id", "e" + ExportText.Num(id++));
            w.WriteAttributeString("source", ids[e.Source]);
            w.WriteAttributeString("target", ids[e.Target]);
            Data(w, "e_label", e.Label);
            Data(w, "e_relation", RelationName(e.Kind));
            Data(w, "e_weight", ExportText.Num(e.Weight));
            if (e.CameoRoot != null) Data(w, "e_cameo", e.CameoRoot);
            if (e.Quad != null) Data(w, "e_quad", Cameo.QuadName(e.Quad.Value));
            if (e.Role != null) Data(w, "e_role", e.Role);
            if (e.Evidence.Count > 0) Data(w, "e_evidence", ExportText.Evidence(e));
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>The relation name written to exports: interaction, cooccurrence, role.</summary>
    public static string RelationName(RelationKind k) => k switch
    {
        RelationKind.Interaction => "interaction",
        RelationKind.Cooccurrence => "cooccurrence",
        _ => "role",
    };

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", Ns);
        w.WriteAttributeString("key", key);
        w.WriteString(ExportText.XmlSafe(value));
        w.WriteEndElement();
    }

    private static void YedNode(XmlWriter w, EntityNode n, Layout layout, ViewMeasures m)
    {
        var p = layout.Positions[n];
        double size = layout.NodeRadius(n, m) * 2;
        w.WriteStartElement("data", Ns);
        w.WriteAttributeString("key", "v_graphics");
        w.WriteStartElement("y", "ShapeNode", YNs);
        w.WriteStartElement("y", "Geometry", YNs);
        w.WriteAttributeString("height", ExportText.Measure(size));
        w.WriteAttributeString("width", ExportText.Measure(size));
        w.WriteAttributeString("x", ExportText.Measure(p.X - size / 2));
        w.WriteAttributeString("y", ExportText.Measure(p.Y - size / 2));
        w.WriteEndElement();
        w.WriteStartElement("y", "Fill", YNs);
        w.WriteAttributeString("color", Palette.NodeColor(n.Kind));
        w.WriteAttributeString("transparent", "false");
        w.WriteEndElement();
        w.WriteStartElement("y", "NodeLabel", YNs);
        w.WriteAttributeString("modelName", "sides");
        w.WriteAttributeString("modelPosition", "s");
        w.WriteString(ExportText.XmlSafe(n.Label));
        w.WriteEndElement();
        w.WriteStartElement("y", "Shape", YNs);
        w.WriteAttributeString("type", "ellipse");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }
}
