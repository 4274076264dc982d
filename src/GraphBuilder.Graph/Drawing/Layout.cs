using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Drawing;

/// <summary>A point of the drawing, in pixels.</summary>
public readonly record struct Point(double X, double Y);

/// <summary>Node positions on a canvas of <see cref="Width"/> × <see cref="Height"/> pixels.</summary>
public sealed class Layout
{
    /// <summary>Creates a layout.</summary>
    public Layout(IReadOnlyDictionary<EntityNode, Point> positions, double width, double height)
    {
        Positions = positions;
        Width = width;
        Height = height;
    }

    /// <summary>Position of every node.</summary>
    public IReadOnlyDictionary<EntityNode, Point> Positions { get; }
    /// <summary>Canvas width.</summary>
    public double Width { get; }
    /// <summary>Canvas height.</summary>
    public double Height { get; }

    /// <summary>Node radius from PageRank: area grows with rank, relative to the view's highest rank.</summary>
    public double NodeRadius(EntityNode n, ViewMeasures m)
    {
        double max = m.PageRank.Count == 0 ? 1 : m.PageRank.Values.Max();
        double rel = max > 0 ? m.PageRank[n] / max : 0;
        return 5 + 15 * Math.Sqrt(rel);
    }
}
