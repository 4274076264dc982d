using System.Text;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// Writes a view as two RFC 4180 CSV tables, the layout Gephi's and Cytoscape's spreadsheet importers expect:
/// nodes (Id, Label, type, ...) and edges (Source, Target, Type, Weight, ...).
/// </summary>
public sealed class CsvExporter
{
    /// <summary>The edge table's path for a node table path: "out.csv" → "out.edges.csv".</summary>
    public static string EdgePath(string nodePath)
    {
        var dir = Path.GetDirectoryName(nodePath) ?? "";
        var name = Path.GetFileNameWithoutExtension(nodePath);
        if (name.EndsWith(".nodes", StringComparison.OrdinalIgnoreCase)) name = name[..^6];
        return Path.Combine(dir, name + ".edges.csv");
    }

    /// <summary>Writes the node table.</summary>
    public void WriteNodes(RelationView view, TextWriter w)
    {
        var m = view.Measures ?? Algorithms.ViewAnalyzer.Analyze(view);
        Row(w, "Id", "Label", "type", "wikidata", "pageRank", "degree", "weightedDegree", "community", "component");
        foreach (var n in view.Nodes)
            Row(w, n.Id, n.Label, EntityKinds.Name(n.Kind), n.Wikidata ?? "", ExportText.Num(m.PageRank[n]), ExportText.Num(m.Degree[n]),
                ExportText.Num(m.WeightedDegree[n]), ExportText.Num(m.Community[n]), ExportText.Num(m.Component[n]));
    }

    /// <summary>Writes the edge table.</summary>
    public void WriteEdges(RelationView view, TextWriter w)
    {
        Row(w, "Id", "Source", "Target", "Type", "Weight", "Label", "relation", "cameo", "quadClass", "role", "evidence");
        int id = 0;
        foreach (var e in view.Edges)
            Row(w, ExportText.Num(id++), e.Source.Id, e.Target.Id, e.IsDirected ? "Directed" : "Undirected", ExportText.Num(e.Weight), e.Label,
                GraphMLExporter.RelationName(e.Kind), e.CameoRoot ?? "", e.Quad is { } q ? Cameo.QuadName(q) : "", e.Role ?? "", ExportText.Evidence(e));
    }

    private static void Row(TextWriter w, params string[] cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0) w.Write(',');
            w.Write(Cell(cells[i]));
        }
        w.Write("\r\n");
    }

    /// <summary>An RFC 4180 cell: quoted when it holds a comma, quote or line break; a leading =+-@ is prefixed with ' so spreadsheets do not run it.</summary>
    public static string Cell(string s)
    {
        if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@') s = "'" + s;
        if (s.IndexOfAny([',', '"', '\n', '\r']) < 0) return s;
        return new StringBuilder(s.Length + 2).Append('"').Append(s.Replace("\"", "\"\"")).Append('"').ToString();
    }
}
