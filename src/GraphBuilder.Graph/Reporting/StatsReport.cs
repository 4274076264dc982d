using System.Globalization;
using GraphBuilder.Graph.Algorithms;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Projection;

namespace GraphBuilder.Graph.Reporting;

/// <summary>
/// The readable summary behind <c>graphbuilder stats</c>: entity counts by type, the views' sizes, top entities by
/// PageRank, communities, and the strongest interactions.
/// </summary>
public sealed class StatsReport
{
    /// <summary>How many rows the top lists show.</summary>
    public int Top { get; init; } = 10;

    /// <summary>Writes the report for <paramref name="kg"/>; <paramref name="kind"/> picks the view that ranks and communities come from.</summary>
    public void Write(KgSnapshot kg, TextWriter w, ViewKind kind = ViewKind.All, CooccurrenceScope scope = CooccurrenceScope.Auto)
    {
        var projector = new ViewProjector(kg) { Scope = scope };
        w.WriteLine("Entities by type");
        var typed = kg.Entities.Values.ToList();
        Table(w, ["type", "count", "with Wikidata"],
            Enum.GetValues<EntityKind>().Select(k => (k, list: typed.Where(e => e.Kind == k).ToList())).Where(t => t.list.Count > 0)
                .Select(t => new[] { EntityKinds.Name(t.k), N(t.list.Count), N(t.list.Count(e => e.Wikidata != null)) })
                .Append(["total", N(typed.Count), N(typed.Count(e => e.Wikidata != null))]));
        w.WriteLine($"Events: {kg.Events.Count}   memberships: {kg.Memberships.Count}");
        w.WriteLine();

        w.WriteLine("Views");
        var views = Enum.GetValues<ViewKind>().ToDictionary(k => k, projector.Project);
        foreach (var v in views.Values) ViewAnalyzer.Analyze(v);
        Table(w, ["view", "nodes", "edges", "components", "communities"],
            views.Values.Select(v => new[] { v.Name, N(v.NodeCount), N(v.EdgeCount), N(v.Measures!.ComponentCount), N(v.Measures.CommunityCount) }));
        w.WriteLine();

        var view = views[kind];
        var m = view.Measures!;
        w.WriteLine($"Top entities by PageRank ({view.Name} view)");
        Table(w, ["#", "entity", "type", "PageRank", "degree", "community"],
            view.Nodes.OrderByDescending(n => m.PageRank[n]).ThenBy(n => n.Id, StringComparer.Ordinal).Take(Top)
                .Select((n, i) => new[] { N(i + 1), n.Label, EntityKinds.Name(n.Kind), ExportText.Measure(m.PageRank[n]), N(m.Degree[n]), N(m.Community[n]) }));
        w.WriteLine();

        w.WriteLine($"Communities ({view.Name} view, Louvain)");
        Table(w, ["community", "size", "members (by PageRank)"],
            view.Nodes.GroupBy(n => m.Community[n]).OrderBy(g => g.Key).Take(Top)
                .Select(g => new[]
                {
                    N(g.Key), N(g.Count()),
                    Members(g.OrderByDescending(n => m.PageRank[n]).ThenBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Label).ToList()),
                }));
        w.WriteLine();

        w.WriteLine("Strongest interactions");
        var inter = views[ViewKind.Interactions].Edges
            .OrderByDescending(e => e.Weight).ThenBy(e => e, EdgeOrder.Instance).Take(Top).ToList();
        if (inter.Count == 0) w.WriteLine("  (no events with both an actor and a target)");
        else
            Table(w, ["actor", "target", "CAMEO", "relation", "events"],
                inter.Select(e => new[] { e.Source.Label, e.Target.Label, e.CameoRoot ?? "", e.Label, ExportText.Num(e.Weight) }));
    }

    /// <summary>Whole member names that fit the table's cell width, then how many more there are ("+3 more").</summary>
    private static string Members(List<string> labels)
    {
        const int max = 60;
        var shown = new List<string>();
        int width = 0;
        foreach (var label in labels)
        {
            int rest = labels.Count - shown.Count - 1;
            int add = (shown.Count > 0 ? 2 : 0) + Width(label) + (rest > 0 ? $", +{rest} more".Length : 0);
            if (shown.Count > 0 && width + add > max) break;
            shown.Add(label);
            width += (shown.Count > 1 ? 2 : 0) + Width(label);
        }
        int more = labels.Count - shown.Count;
        return string.Join(", ", shown) + (more > 0 ? $", +{more} more" : "");
    }

    private static string N(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes an aligned plain-text table (columns padded by text elements, so umlauts and emoji line up).</summary>
    public static void Table(TextWriter w, string[] header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header };
        all.AddRange(rows.Select(r => r.Select(c => Clip(c.Replace('\n', ' '), 60)).ToArray()));
        var widths = new int[header.Length];
        foreach (var r in all)
            for (int i = 0; i < r.Length; i++) widths[i] = Math.Max(widths[i], Width(r[i]));
        for (int ri = 0; ri < all.Count; ri++)
        {
            var r = all[ri];
            w.Write("  ");
            for (int i = 0; i < r.Length; i++)
            {
                w.Write(r[i]);
                if (i < r.Length - 1) w.Write(new string(' ', widths[i] - Width(r[i]) + 2));
            }
            w.WriteLine();
            if (ri == 0)
            {
                w.Write("  ");
                w.WriteLine(string.Join("  ", widths.Select(x => new string('-', x))));
            }
        }
    }

    private static int Width(string s) => new StringInfo(s).LengthInTextElements;

    private static string Clip(string s, int max)
    {
        var si = new StringInfo(s);
        return si.LengthInTextElements <= max ? s : si.SubstringByTextElements(0, max - 1) + "…";
    }
}
