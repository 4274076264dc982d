using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Drawing;

/// <summary>
/// A deterministic force-directed layout (Fruchterman–Reingold with gravity and a cooling schedule). Start positions
/// come from a hash of each node's id, so the same view always gives the same picture, whatever order nodes came in.
/// </summary>
/// <remarks>GraphShape's layouts seed their start positions from a shared random source; this one must be reproducible byte for byte.</remarks>
public static class ForceLayout
{
    /// <summary>Lays out <paramref name="view"/>; the canvas grows with the number of nodes.</summary>
    public static Layout Compute(RelationView view, int iterations = 400)
    {
        var nodes = view.Nodes.ToArray();
        int n = nodes.Length;
        double side = Math.Max(480, 130 * Math.Sqrt(Math.Max(1, n)));
        double width = side * 1.5, height = side;
        var pos = new Dictionary<EntityNode, Point>();
        if (n == 0) return new Layout(pos, width, height);
        var index = nodes.Select((node, i) => (node, i)).ToDictionary(t => t.node, t => t.i);
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            ulong h = Fnv(nodes[i].Id);
            x[i] = (Unit(ref h) - 0.5) * width;
            y[i] = (Unit(ref h) - 0.5) * height;
        }
        // Merge parallel edges into one spring per unordered pair, weighted by the log of the total weight.
        var springs = view.Edges.Where(e => !e.Source.Equals(e.Target))
            .GroupBy(e => (Math.Min(index[e.Source], index[e.Target]), Math.Max(index[e.Source], index[e.Target])))
            .OrderBy(g => g.Key)
            .Select(g => (A: g.Key.Item1, B: g.Key.Item2, W: 1 + Math.Log(1 + g.Sum(e => e.Weight))))
            .ToArray();
        double k = Math.Sqrt(width * height / n) * 0.55;
        double temperature = width / 8;
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
                // Gravity keeps separate components on the canvas.
                dx[i] -= x[i] * 0.05 * k / side * 10;
                dy[i] -= y[i] * 0.05 * k / side * 10;
                double len = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 0)
                {
                    double step = Math.Min(len, temperature);
                    x[i] += dx[i] / len * step;
                    y[i] += dy[i] / len * step;
                }
            }
            temperature = Math.Max(1, temperature * 0.985);
        }
        // Fit into the canvas with a margin for labels.
        double minX = x.Min(), maxX = x.Max(), minY = y.Min(), maxY = y.Max();
        double margin = 70;
        double sx = maxX - minX < 1e-9 ? 0 : (width - 2 * margin) / (maxX - minX);
        double sy = maxY - minY < 1e-9 ? 0 : (height - 2 * margin) / (maxY - minY);
        double s = Math.Min(sx == 0 ? sy : sx, sy == 0 ? sx : sy);
        double ox = (width - (maxX - minX) * s) / 2, oy = (height - (maxY - minY) * s) / 2;
        for (int i = 0; i < n; i++)
            pos[nodes[i]] = new Point(Math.Round(ox + (x[i] - minX) * s, 2), Math.Round(oy + (y[i] - minY) * s, 2));
        return new Layout(pos, width, height);
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
