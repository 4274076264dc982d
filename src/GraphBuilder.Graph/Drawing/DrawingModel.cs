using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Drawing;

/// <summary>A node as drawn: position, radius, colour and the details shown on hover.</summary>
public sealed record DrawnNode(int Index, EntityNode Node, double X, double Y, double Radius, string Color, double PageRank, int Degree, int Community);

/// <summary>An edge as drawn: a straight or bent path between node borders, with colour, width and details.</summary>
public sealed record DrawnEdge(RelationEdge Edge, DrawnNode From, DrawnNode To, string Color, double Width, double Bend, string Path, double LabelX, double LabelY);

/// <summary>
/// Everything the SVG and HTML renderers draw, computed once: layout, sizes, colours and edge geometry (parallel
/// edges between the same pair are bent apart so each stays visible).
/// </summary>
public sealed class DrawingModel
{
    private DrawingModel(RelationView view, Layout layout, IReadOnlyList<DrawnNode> nodes, IReadOnlyList<DrawnEdge> edges)
    {
        View = view;
        Layout = layout;
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>The view drawn.</summary>
    public RelationView View { get; }
    /// <summary>The layout.</summary>
    public Layout Layout { get; }
    /// <summary>Nodes in id order.</summary>
    public IReadOnlyList<DrawnNode> Nodes { get; }
    /// <summary>Edges, lightest first so heavy edges are drawn on top.</summary>
    public IReadOnlyList<DrawnEdge> Edges { get; }

    /// <summary>Lays out and measures <paramref name="view"/>.</summary>
    public static DrawingModel Create(RelationView view)
    {
        var m = view.Measures ?? Algorithms.ViewAnalyzer.Analyze(view);
        var layout = ForceLayout.Compute(view);
        var nodes = view.Nodes.Select((n, i) =>
        {
            var p = layout.Positions[n];
            return new DrawnNode(i, n, p.X, p.Y, Math.Round(layout.NodeRadius(n, m), 2), Palette.NodeColor(n.Kind), m.PageRank[n], m.Degree[n], m.Community[n]);
        }).ToList();
        var byNode = nodes.ToDictionary(d => d.Node);
        double maxW = view.Edges.Select(e => e.Weight).DefaultIfEmpty(1).Max();
        var edges = new List<DrawnEdge>();
        foreach (var group in view.Edges.GroupBy(e => string.CompareOrdinal(e.Source.Id, e.Target.Id) <= 0 ? (e.Source.Id, e.Target.Id) : (e.Target.Id, e.Source.Id)))
        {
            var list = group.ToList();
            for (int i = 0; i < list.Count; i++)
            {
                var e = list[i];
                // Spread parallel edges symmetrically: 0, +1, -1, +2, ... steps of bend; a lone edge stays straight.
                double bend = list.Count == 1 ? 0 : (i - (list.Count - 1) / 2.0) * 30;
                // The bend is measured in the pair's canonical direction, so A→B and B→A bend to opposite sides.
                if (string.CompareOrdinal(e.Source.Id, e.Target.Id) > 0) bend = -bend;
                edges.Add(Geometry(e, byNode[e.Source], byNode[e.Target], bend, maxW));
            }
        }
        edges.Sort((a, b) => a.Edge.Weight != b.Edge.Weight ? a.Edge.Weight.CompareTo(b.Edge.Weight) : EdgeOrder.Instance.Compare(a.Edge, b.Edge));
        return new DrawingModel(view, layout, nodes, edges);
    }

    private static DrawnEdge Geometry(RelationEdge e, DrawnNode a, DrawnNode b, double bend, double maxW)
    {
        double width = Math.Round(1.2 + 3.8 * Math.Sqrt(e.Weight / maxW), 2);
        var (sx, sy, cx, cy, tx, ty) = Controls(a, b, bend);
        string f(double v) => ExportText.Measure(Math.Round(v, 2));
        string path = bend == 0 ? $"M{f(sx)},{f(sy)} L{f(tx)},{f(ty)}" : $"M{f(sx)},{f(sy)} Q{f(cx)},{f(cy)} {f(tx)},{f(ty)}";
        // The label sits on the curve's midpoint (the quadratic's t = 0.5).
        var mid = PointOn(a, b, bend, 0.5);
        return new DrawnEdge(e, a, b, Palette.EdgeColor(e), width, bend, path, mid.X, mid.Y);
    }

    /// <summary>The point at <paramref name="t"/> (0 = start, 1 = end) of the edge's drawn path, rounded to 0.01 px.</summary>
    public static Point PointOn(DrawnEdge e, double t) => PointOn(e.From, e.To, e.Bend, t);

    private static Point PointOn(DrawnNode a, DrawnNode b, double bend, double t)
    {
        var (sx, sy, cx, cy, tx, ty) = Controls(a, b, bend);
        double u = 1 - t;
        return new Point(Math.Round(u * u * sx + 2 * u * t * cx + t * t * tx, 2), Math.Round(u * u * sy + 2 * u * t * cy + t * t * ty, 2));
    }

    /// <summary>Start, control and end point of the path: a quadratic bent by <paramref name="bend"/> px, from border to border.</summary>
    private static (double Sx, double Sy, double Cx, double Cy, double Tx, double Ty) Controls(DrawnNode a, DrawnNode b, double bend)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        double len = Math.Sqrt(dx * dx + dy * dy);
        if (len < 1e-6) len = 1e-6;
        // Unit normal, for the bend's control point.
        double nx = -dy / len, ny = dx / len;
        double cx = (a.X + b.X) / 2 + nx * bend, cy = (a.Y + b.Y) / 2 + ny * bend;
        // Start and end on the node borders (plus room for the arrowhead at a directed end).
        var (sx, sy) = Toward(a.X, a.Y, cx, cy, a.Radius + 1);
        var (tx, ty) = Toward(b.X, b.Y, cx, cy, b.Radius + 2);
        return (sx, sy, cx, cy, tx, ty);
    }

    private static (double, double) Toward(double x, double y, double tx, double ty, double dist)
    {
        double dx = tx - x, dy = ty - y;
        double len = Math.Sqrt(dx * dx + dy * dy);
        return len < 1e-6 ? (x, y) : (x + dx / len * dist, y + dy / len * dist);
    }
}
