using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Drawing;

/// <summary>
/// Writes a self-contained, offline HTML explorer of a view: pan and zoom, search, hover details (evidence sentences
/// included) and a legend. Everything is inlined (no network); the data goes in as JSON whose <c>&lt;</c>, <c>&gt;</c>
/// and <c>&amp;</c> are escaped, so no entity name can close the script element. After rendering the page records
/// <c>data-rendered-nodes</c>, <c>data-rendered-edges</c> and <c>data-errors</c> on &lt;body&gt; for automated checks.
/// </summary>
public sealed class HtmlExplorer
{
    private static readonly Lazy<string> Template = new(() =>
    {
        using var s = typeof(HtmlExplorer).Assembly.GetManifestResourceStream("GraphBuilder.Graph.Drawing.Explorer.explorer.html")
            ?? throw new InvalidOperationException("explorer template missing from the assembly");
        using var r = new StreamReader(s, Encoding.UTF8);
        return r.ReadToEnd().Replace("\r\n", "\n");
    });

    private static readonly JsonSerializerOptions Json = new()
    {
        // The default encoder escapes <, >, &, ' and non-ASCII as \uXXXX: safe inside <script>, and byte-stable.
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    /// <summary>Writes the page for <paramref name="view"/>.</summary>
    public void Write(RelationView view, TextWriter output) => Write(DrawingModel.Create(view), output);

    /// <summary>Writes the page for an already computed drawing.</summary>
    public void Write(DrawingModel d, TextWriter output)
    {
        string title = $"GraphBuilder · {d.View.Name}";
        var index = d.Nodes.ToDictionary(n => n.Node, n => n.Index);
        var payload = new
        {
            title,
            width = d.Layout.Width,
            height = d.Layout.Height,
            markers = d.Edges.Where(e => e.Edge.IsDirected).Select(e => e.Color).Distinct().Order(StringComparer.Ordinal).ToArray(),
            nodes = d.Nodes.Select(n => new
            {
                id = n.Node.Id, label = n.Node.Label, type = EntityKinds.Name(n.Node.Kind), wikidata = n.Node.Wikidata,
                x = n.X, y = n.Y, r = n.Radius, color = n.Color,
                pageRank = Math.Round(n.PageRank, 6), degree = n.Degree, community = n.Community,
            }).ToArray(),
            edges = d.Edges.Select(e => new
            {
                source = index[e.Edge.Source], target = index[e.Edge.Target], directed = e.Edge.IsDirected,
                label = e.Edge.Label, cameo = e.Edge.CameoRoot, weight = e.Edge.Weight,
                evidence = e.Edge.Evidence.Take(10).ToArray(), color = e.Color, width = e.Width, path = e.Path,
            }).ToArray(),
            legend = d.Nodes.Select(n => n.Node.Kind).Distinct().Order()
                .Select(k => new { kind = "node", label = EntityKinds.Name(k), color = Palette.NodeColor(k) })
                .Concat(d.Edges.Select(e => (Label: SvgRenderer.EdgeClass(e.Edge), e.Color)).Distinct().OrderBy(c => c.Label, StringComparer.Ordinal)
                    .Select(c => new { kind = "edge", label = c.Label, color = c.Color }))
                .ToArray(),
        };
        var json = JsonSerializer.Serialize(payload, Json);
        // Splice by position, not by Replace, so that text inside the data can never be taken for a placeholder.
        var t = Template.Value;
        int ti = t.IndexOf("{{TITLE}}", StringComparison.Ordinal), di = t.IndexOf("{{DATA}}", StringComparison.Ordinal);
        output.Write(t.AsSpan(0, ti));
        output.Write(WebUtility.HtmlEncode(title));
        output.Write(t.AsSpan(ti + 9, di - ti - 9));
        output.Write(json);
        output.Write(t.AsSpan(di + 8));
    }
}
