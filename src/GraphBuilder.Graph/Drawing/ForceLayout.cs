using GraphBuilder.Graph.Algorithms;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Drawing;

/// <summary>
/// A deterministic force-directed layout: each connected component is laid out on its own (Fruchterman–Reingold
/// with a cooling schedule, springs weighted by the log of the edge weight, then a pass that pushes apart nodes whose
/// boxes, circle and label, would overlap), and the components are packed in rows, largest first. Distances are in pixels and never
/// rescaled, so an edge is about <see cref="EdgeLength"/> long in every picture and labels stay legible.
/// Start positions come from a hash of each node's id: the same view always gives the same picture, whatever order
/// its nodes came in.
/// </summary>
/// <remarks>GraphShape's layouts draw their start positions from a shared random source; this one must be reproducible byte for byte.</remarks>
public static class ForceLayout
{
    /// <summary>The ideal edge length in pixels.</summary>
    public const double EdgeLength = 120;
    private const double MaxRadius = 20;   // the largest node radius (Layout.NodeRadius)
    private const double BoxHeight = 2 * MaxRadius + 18; // circle plus the label line under it
    private const double GapX = 10, GapY = 6;            // free space kept between node boxes
    private const double Margin = 80;      // canvas border, room for labels of border nodes
    private const double ComponentGap = 60;

    /// <summary>Lays out <paramref name="view"/>.</summary>
    public static Layout Compute(RelationView view, int iterations = 500)
    {
        var nodes = view.Nodes.ToArray();
        var pos = new Dictionary<EntityNode, Point>();
        if (nodes.Length == 0) return new Layout(pos, 2 * Margin, 2 * Margin);
        var component = Components.Weakly(view.Graph, Comparer<EntityNode>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id)));
        var groups = nodes.GroupBy(n => component[n]).OrderBy(g => g.Key).Select(g => g.ToArray()).ToList();
        var boxes = new List<(EntityNode[] Nodes, double[] X, double[] Y, double W, double H)>();
        foreach (var members in groups)
        {
            var (x, y) = LayoutComponent(view, members, iterations);
            double minX = x.Min(), minY = y.Min();
            for (int i = 0; i < x.Length; i++) { x[i] -= minX; y[i] -= minY; }
            boxes.Add((members, x, y, x.Max() + 1, y.Max() + 1));
        }
        // Shelf packing: rows no wider than the largest component or a square's side of the total area, whichever is wider.
        double area = boxes.Sum(b => (b.W + 2 * Margin) * (b.H + 2 * Margin));
        double rowWidth = Math.Max(boxes.Max(b => b.W), Math.Sqrt(area) * 1.3);
        double cx = 0, cy = 0, rowH = 0, width = 0;
        foreach (var b in boxes)
        {
            if (cx > 0 && cx + b.W > rowWidth) { cx = 0; cy += rowH + ComponentGap + Margin; rowH = 0; }
            for (int i = 0; i < b.Nodes.Length; i++)
                pos[b.Nodes[i]] = new Point(Math.Round(Margin + cx + b.X[i], 2), Math.Round(Margin + cy + b.Y[i], 2));
            cx += b.W + ComponentGap + Margin;
            rowH = Math.Max(rowH, b.H);
            width = Math.Max(width, cx - ComponentGap - Margin);
        }
        double height = cy + rowH;
        return new Layout(pos, Math.Round(Math.Max(width + 2 * Margin, 480), 2), Math.Round(Math.Max(height + 2 * Margin, 320), 2));
    }

    private static (double[] X, double[] Y) LayoutComponent(RelationView view, EntityNode[] nodes, int iterations)
    {
        int n = nodes.Length;
        var x = new double[n];
        var y = new double[n];
        if (n == 1) return (x, y);
        var index = new Dictionary<EntityNode, int>(n);
        for (int i = 0; i < n; i++) index[nodes[i]] = i;
        double k = EdgeLength;
        double spread = k * Math.Sqrt(n);
        for (int i = 0; i < n; i++)
        {
            ulong h = Fnv(nodes[i].Id);
            x[i] = (Unit(ref h) - 0.5) * spread;
            y[i] = (Unit(ref h) - 0.5) * spread;
        }
        // One spring per unordered pair, weighted by the log of the total weight of its edges.
        var springs = view.Edges.Where(e => index.ContainsKey(e.Source) && !e.Source.Equals(e.Target))
            .GroupBy(e => (Math.Min(index[e.Source], index[e.Target]), Math.Max(index[e.Source], index[e.Target])))
            .OrderBy(g => g.Key)
            .Select(g => (A: g.Key.Item1, B: g.Key.Item2, W: 1 + 0.5 * Math.Log(g.Sum(e => e.Weight))))
            .ToArray();
        double temperature = spread / 4;
        var dx = new double[n];
        var dy = new double[n];
        for (int it = 0; it < iterations; it++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                double ddx = x[i] - x[j], ddy = y[i] - y[j];
                double d2 = ddx * ddx + ddy * ddy;
                if (d2 < 1e-4) { ddx = 0.01 * (i - j); ddy = 0.01; d2 = ddx * ddx + ddy * ddy; }
                double f = k * k / d2;
                dx[i] += ddx * f; dy[i] += ddy * f;
                dx[j] -= ddx * f; dy[j] -= ddy * f;
            }
            foreach (var (a, b, w) in springs)
            {
                double ddx = x[a] - x[b], ddy = y[a] - y[b];
                double d = Math.Sqrt(ddx * ddx + ddy * ddy) + 1e-9;
                double f = d * w / k;
                dx[a] -= ddx * f; dy[a] -= ddy * f;
                dx[b] += ddx * f; dy[b] += ddy * f;
            }
            for (int i = 0; i < n; i++)
            {
                // Weak gravity toward the component's origin keeps leaves from drifting off.
                dx[i] -= x[i] * 0.02;
                dy[i] -= y[i] * 0.02;
                double len = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 0)
                {
                    double step = Math.Min(len, temperature);
                    x[i] += dx[i] / len * step;
                    y[i] += dy[i] / len * step;
                }
            }
            temperature = Math.Max(0.5, temperature * 0.99);
        }
        var halfWidth = nodes.Select(v => Math.Max(MaxRadius, LabelWidth(v.Label) / 2)).ToArray();
        RemoveOverlaps(x, y, halfWidth);
        return (x, y);
    }

    /// <summary>Approximate width in pixels of a node label at the drawings' 12 px sans-serif font.</summary>
    public static double LabelWidth(string label) => 7.0 * System.Globalization.StringInfo.ParseCombiningCharacters(label).Length;

    /// <summary>
    /// Pushes apart nodes whose boxes overlap: a box is the largest node circle with the node's label line under it,
    /// as wide as the label. Each overlapping pair moves apart along the axis where they overlap least, so labels
    /// never run into one another or into a neighbouring node.
    /// </summary>
    private static void RemoveOverlaps(double[] x, double[] y, double[] halfWidth)
    {
        int n = x.Length;
        for (int pass = 0; pass < 400; pass++)
        {
            bool moved = false;
            for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                double ddx = x[i] - x[j], ddy = y[i] - y[j];
                double ox = halfWidth[i] + halfWidth[j] + GapX - Math.Abs(ddx);
                double oy = BoxHeight + GapY - Math.Abs(ddy);
                if (ox <= 0 || oy <= 0) continue;
                if (ox <= oy)
                {
                    double push = ox / 2 + 0.25, sign = ddx > 0 || (ddx == 0 && i < j) ? 1 : -1;
                    x[i] += sign * push; x[j] -= sign * push;
                }
                else
                {
                    double push = oy / 2 + 0.25, sign = ddy > 0 || (ddy == 0 && i < j) ? 1 : -1;
                    y[i] += sign * push; y[j] -= sign * push;
                }
                moved = true;
            }
            if (!moved) break;
        }
    }

    private static ulong Fnv(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s) { h ^= c; h *= 1099511628211UL; }
        return h;
    }

    /// <summary>SplitMix64 step mapped to [0, 1).</summary>
    private static double Unit(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
