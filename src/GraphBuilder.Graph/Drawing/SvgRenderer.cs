using System.Xml;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Drawing;

/// <summary>
/// Draws a view as a standalone SVG: nodes coloured by entity kind and sized by PageRank, labelled with a white halo;
/// edges coloured by CAMEO quad class (interactions), role or co-occurrence, width by weight, arrows for direction;
/// hover titles with details; a legend. Deterministic: the same view gives the same bytes.
/// </summary>
public sealed class SvgRenderer
{
    /// <summary>The SVG namespace.</summary>
    public const string Ns = "http://www.w3.org/2000/svg";

    /// <summary>Show relation labels on edges (automatic: only when there are at most 80 edges).</summary>
    public bool? EdgeLabels { get; init; }

    /// <summary>Renders <paramref name="view"/>.</summary>
    public void Write(RelationView view, Stream output) => Write(DrawingModel.Create(view), output);

    /// <summary>Renders an already computed drawing.</summary>
    public void Write(DrawingModel d, Stream output)
    {
        var settings = ExportText.XmlSettings();
        using var w = XmlWriter.Create(output, settings);
        w.WriteStartDocument();
        WriteSvg(w, d, EdgeLabels ?? d.Edges.Count <= 80);
        w.WriteEndDocument();
    }

    /// <summary>Writes the &lt;svg&gt; element (also embedded by the HTML explorer's static fallback).</summary>
    public static void WriteSvg(XmlWriter w, DrawingModel d, bool edgeLabels)
    {
        var legend = LegendItems(d, d.Layout.Width);
        double legendHeight = legend.Max(i => i.Y) + 28;
        double width = d.Layout.Width, height = d.Layout.Height + legendHeight;
        string f(double v) => ExportText.Measure(v);
        w.WriteStartElement("svg", Ns);
        w.WriteAttributeString("width", f(width));
        w.WriteAttributeString("height", f(height));
        w.WriteAttributeString("viewBox", $"0 0 {f(width)} {f(height)}");
        w.WriteAttributeString("font-family", "DejaVu Sans, Helvetica, Arial, sans-serif");
        w.WriteStartElement("title", Ns);
        w.WriteString($"GraphBuilder view '{d.View.Name}': {d.View.NodeCount} entities, {d.View.EdgeCount} relations");
        w.WriteEndElement();
        // One arrowhead marker per edge colour (markers cannot take the stroke colour of the path in SVG 1.1).
        w.WriteStartElement("defs", Ns);
        foreach (var color in d.Edges.Where(e => e.Edge.IsDirected).Select(e => e.Color).Distinct().Order(StringComparer.Ordinal))
        {
            w.WriteStartElement("marker", Ns);
            w.WriteAttributeString("id", MarkerId(color));
            w.WriteAttributeString("viewBox", "0 0 10 10");
            w.WriteAttributeString("refX", "9");
            w.WriteAttributeString("refY", "5");
            w.WriteAttributeString("markerWidth", "3.2");
            w.WriteAttributeString("markerHeight", "3.2");
            w.WriteAttributeString("orient", "auto");
            w.WriteStartElement("path", Ns);
            w.WriteAttributeString("d", "M0,0 L10,5 L0,10 z");
            w.WriteAttributeString("fill", color);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("rect", Ns);
        w.WriteAttributeString("width", f(width));
        w.WriteAttributeString("height", f(height));
        w.WriteAttributeString("fill", "#ffffff");
        w.WriteEndElement();

        w.WriteStartElement("g", Ns);
        w.WriteAttributeString("class", "edges");
        w.WriteAttributeString("fill", "none");
        w.WriteAttributeString("stroke-linecap", "round");
        foreach (var e in d.Edges)
        {
            w.WriteStartElement("path", Ns);
            w.WriteAttributeString("d", e.Path);
            w.WriteAttributeString("stroke", e.Color);
            w.WriteAttributeString("stroke-width", f(e.Width));
            w.WriteAttributeString("stroke-opacity", "0.8");
            if (e.Edge.IsDirected) w.WriteAttributeString("marker-end", $"url(#{MarkerId(e.Color)})");
            w.WriteStartElement("title", Ns);
            w.WriteString(ExportText.XmlSafe(EdgeTitle(e.Edge)));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();

        if (edgeLabels)
        {
            w.WriteStartElement("g", Ns);
            w.WriteAttributeString("class", "edge-labels");
            w.WriteAttributeString("font-size", "9");
            w.WriteAttributeString("text-anchor", "middle");
            w.WriteAttributeString("fill", "#555555");
            w.WriteAttributeString("stroke", "#ffffff");
            w.WriteAttributeString("stroke-width", "3");
            w.WriteAttributeString("paint-order", "stroke");
            foreach (var (e, text, at) in PlaceEdgeLabels(d))
            {
                w.WriteStartElement("text", Ns);
                w.WriteAttributeString("x", f(at.X));
                w.WriteAttributeString("y", f(at.Y + 3));
                w.WriteString(ExportText.XmlSafe(text));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        w.WriteStartElement("g", Ns);
        w.WriteAttributeString("class", "nodes");
        w.WriteAttributeString("stroke", "#ffffff");
        w.WriteAttributeString("stroke-width", "1.5");
        foreach (var n in d.Nodes)
        {
            w.WriteStartElement("circle", Ns);
            w.WriteAttributeString("cx", f(n.X));
            w.WriteAttributeString("cy", f(n.Y));
            w.WriteAttributeString("r", f(n.Radius));
            w.WriteAttributeString("fill", n.Color);
            w.WriteStartElement("title", Ns);
            w.WriteString(ExportText.XmlSafe(NodeTitle(n)));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();

        w.WriteStartElement("g", Ns);
        w.WriteAttributeString("class", "labels");
        w.WriteAttributeString("font-size", "12");
        w.WriteAttributeString("text-anchor", "middle");
        w.WriteAttributeString("fill", "#222222");
        w.WriteAttributeString("stroke", "#ffffff");
        w.WriteAttributeString("stroke-width", "3.5");
        w.WriteAttributeString("stroke-linejoin", "round");
        w.WriteAttributeString("paint-order", "stroke");
        foreach (var n in d.Nodes)
        {
            w.WriteStartElement("text", Ns);
            w.WriteAttributeString("x", f(n.X));
            w.WriteAttributeString("y", f(n.Y + n.Radius + 13));
            w.WriteString(ExportText.XmlSafe(n.Node.Label));
            w.WriteEndElement();
        }
        w.WriteEndElement();

        WriteLegend(w, legend, height - legendHeight + 4);
        w.WriteEndElement();
    }

    private readonly record struct Box(double X0, double Y0, double X1, double Y1)
    {
        public bool Hits(Box o) => X0 < o.X1 && o.X0 < X1 && Y0 < o.Y1 && o.Y0 < Y1;
    }

    private static readonly (double T, int Side)[] Candidates =
        [(0.5, 0), (0.4, 0), (0.6, 0), (0.5, 1), (0.5, -1), (0.3, 0), (0.7, 0), (0.4, 1), (0.6, -1), (0.4, -1), (0.6, 1)];

    /// <summary>
    /// Places edge labels where they cover no node, node label or other edge label: heaviest edges first, each at
    /// the middle of its path or, failing that, a little toward either end or beside the line; a long label with no free place falls back to the CAMEO code,
    /// else it is left out (the edge's hover title still gives it). Co-occurrence edges carry no label.
    /// </summary>
    public static List<(DrawnEdge Edge, string Text, Point At)> PlaceEdgeLabels(DrawingModel d)
    {
        var taken = new List<Box>();
        foreach (var n in d.Nodes)
        {
            taken.Add(new Box(n.X - n.Radius, n.Y - n.Radius, n.X + n.Radius, n.Y + n.Radius));
            double hw = ForceLayout.LabelWidth(n.Node.Label) / 2;
            taken.Add(new Box(n.X - hw, n.Y + n.Radius + 2, n.X + hw, n.Y + n.Radius + 17));
        }
        var placed = new List<(DrawnEdge, string, Point)>();
        for (int k = d.Edges.Count - 1; k >= 0; k--)
        {
            var e = d.Edges[k];
            if (e.Edge.Kind == RelationKind.Cooccurrence) continue;
            string full = e.Edge.Weight > 1 ? $"{e.Edge.Label} ×{ExportText.Num(e.Edge.Weight)}" : e.Edge.Label;
            // A long relation name that finds no room falls back to its CAMEO code ("03").
            string[] texts = e.Edge.CameoRoot is { } code && code != full ? [full, e.Edge.Weight > 1 ? $"{code} ×{ExportText.Num(e.Edge.Weight)}" : code] : [full];
            double dx = e.To.X - e.From.X, dy = e.To.Y - e.From.Y, len = Math.Max(1e-6, Math.Sqrt(dx * dx + dy * dy));
            double nx = -dy / len * 9, ny = dx / len * 9; // beside the line, when on it there is no room
            foreach (var text in texts)
            {
                double hw = 2.8 * System.Globalization.StringInfo.ParseCombiningCharacters(text).Length + 2;
                Point? at = null;
                foreach (var (t, side) in Candidates)
                {
                    var c = DrawingModel.PointOn(e, t);
                    var p = new Point(Math.Round(c.X + side * nx, 2), Math.Round(c.Y + side * ny, 2));
                    var box = new Box(p.X - hw, p.Y - 6, p.X + hw, p.Y + 6);
                    if (taken.Any(box.Hits)) continue;
                    taken.Add(box);
                    at = p;
                    break;
                }
                if (at is { } found)
                {
                    placed.Add((e, text, found));
                    break;
                }
            }
        }
        return placed;
    }

    private sealed record LegendItem(string Label, string Color, bool IsNode, double X, double Y);

    /// <summary>Places legend entries left to right, wrapping to a new row at the canvas width.</summary>
    private static List<LegendItem> LegendItems(DrawingModel d, double width)
    {
        var entries = new List<(string Label, string Color, bool IsNode)>();
        var kinds = d.View.Nodes.Select(n => n.Kind).ToHashSet();
        foreach (var k in Enum.GetValues<EntityKind>().Where(kinds.Contains)) entries.Add((EntityKinds.Name(k), Palette.NodeColor(k), true));
        foreach (var (label, color) in d.Edges.Select(e => (Label: EdgeClass(e.Edge), e.Color)).Distinct().OrderBy(c => c.Label, StringComparer.Ordinal))
            entries.Add((label, color, false));
        entries.Add(("size: PageRank, width: weight", "", false));
        var items = new List<LegendItem>();
        double x = 12, y = 0;
        foreach (var (label, color, isNode) in entries)
        {
            double w = (color.Length == 0 ? 0 : isNode ? 16 : 24) + label.Length * 6.6 + 18;
            if (x > 12 && x + w > width - 12) { x = 12; y += 18; }
            items.Add(new LegendItem(label, color, isNode, x, y));
            x += w;
        }
        return items;
    }

    private static void WriteLegend(XmlWriter w, IReadOnlyList<LegendItem> items, double top)
    {
        string f(double v) => ExportText.Measure(v);
        w.WriteStartElement("g", Ns);
        w.WriteAttributeString("class", "legend");
        w.WriteAttributeString("font-size", "11");
        w.WriteAttributeString("fill", "#333333");
        foreach (var it in items)
        {
            double x = it.X, y = top + it.Y;
            if (it.Color.Length == 0) { Text(w, x, y + 12, it.Label); continue; }
            if (it.IsNode)
            {
                w.WriteStartElement("circle", Ns);
                w.WriteAttributeString("cx", f(x + 5));
                w.WriteAttributeString("cy", f(y + 8));
                w.WriteAttributeString("r", "5");
                w.WriteAttributeString("fill", it.Color);
                w.WriteEndElement();
                Text(w, x + 14, y + 12, it.Label);
            }
            else
            {
                w.WriteStartElement("line", Ns);
                w.WriteAttributeString("x1", f(x));
                w.WriteAttributeString("y1", f(y + 8));
                w.WriteAttributeString("x2", f(x + 18));
                w.WriteAttributeString("y2", f(y + 8));
                w.WriteAttributeString("stroke", it.Color);
                w.WriteAttributeString("stroke-width", "3");
                w.WriteEndElement();
                Text(w, x + 22, y + 12, it.Label);
            }
        }
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, double x, double y, string s)
    {
        w.WriteStartElement("text", Ns);
        w.WriteAttributeString("x", ExportText.Measure(x));
        w.WriteAttributeString("y", ExportText.Measure(y));
        w.WriteString(s);
        w.WriteEndElement();
    }

    /// <summary>The legend name of an edge's class: the quad class of an interaction, else "role" or "co-occurrence".</summary>
    public static string EdgeClass(RelationEdge e) => e.Kind switch
    {
        RelationKind.Interaction => Cameo.QuadName(e.Quad ?? QuadClass.VerbalCooperation),
        RelationKind.Role => "role",
        _ => "co-occurrence",
    };

    /// <summary>Hover text of a node.</summary>
    public static string NodeTitle(DrawnNode n) =>
        $"{n.Node.Label} ({EntityKinds.Name(n.Node.Kind)}{(n.Node.Wikidata is null ? "" : ", " + n.Node.Wikidata)})\nPageRank {ExportText.Measure(n.PageRank)}, degree {n.Degree}, community {n.Community}\n{n.Node.Id}";

    /// <summary>Hover text of an edge.</summary>
    public static string EdgeTitle(RelationEdge e)
    {
        var head = $"{e.Source.Label} {(e.IsDirected ? "→" : "—")} {e.Target.Label}: {e.Label}{(e.CameoRoot is null ? "" : $" (CAMEO {e.CameoRoot})")}, weight {ExportText.Num(e.Weight)}";
        return e.Evidence.Count == 0 ? head : head + "\n" + string.Join("\n", e.Evidence.Take(5));
    }

    private static string MarkerId(string color) => "arrow-" + color.TrimStart('#');
}
