using System.Text;
using GraphBuilder.Graph.Drawing;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>Writes a view as Graphviz DOT: quoted, escaped ids and labels; colours by entity kind and CAMEO quad class.</summary>
public sealed class DotExporter
{
    /// <summary>Writes <paramref name="view"/> (measures are computed when missing).</summary>
    public void Write(RelationView view, TextWriter w)
    {
        var m = view.Measures ?? Algorithms.ViewAnalyzer.Analyze(view);
        bool directed = view.EdgeDefault != "undirected";
        w.Write(directed ? "digraph " : "graph ");
        w.Write(Quote(view.Name));
        w.Write(" {\n");
        w.Write("  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n");
        w.Write("  node [shape=ellipse, style=filled, fontname=\"Helvetica\", fontsize=10, fontcolor=\"#ffffff\"];\n");
        w.Write("  edge [fontname=\"Helvetica\", fontsize=8];\n");
        foreach (var n in view.Nodes)
        {
            w.Write("  ");
            w.Write(Quote(n.Id));
            w.Write($" [label={Quote(n.Label)}, fillcolor={Quote(Palette.NodeColor(n.Kind))}, type={Quote(EntityKinds.Name(n.Kind))}");
            if (n.Wikidata != null) w.Write($", wikidata={Quote(n.Wikidata)}");
            w.Write($", pagerank={Quote(ExportText.Measure(m.PageRank[n]))}, community={m.Community[n]}];\n");
        }
        string arrow = directed ? " -> " : " -- ";
        foreach (var e in view.Edges)
        {
            w.Write("  ");
            w.Write(Quote(e.Source.Id));
            w.Write(arrow);
            w.Write(Quote(e.Target.Id));
            w.Write($" [label={Quote(e.Label)}, color={Quote(Palette.EdgeColor(e))}, weight={ExportText.Num(e.Weight)}, penwidth={ExportText.Measure(1 + Math.Log(e.Weight, 2))}");
            if (e.CameoRoot != null) w.Write($", cameo={Quote(e.CameoRoot)}");
            if (directed && !e.IsDirected) w.Write(", dir=none");
            w.Write("];\n");
        }
        w.Write("}\n");
    }

    /// <summary>A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n; other characters (emoji, &lt;) as they are.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }
}
