using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Algorithms;

/// <summary>Finds the node a user means by IRI, IRI slug, Wikidata id or name (case-insensitive).</summary>
public static class EntityResolver
{
    /// <summary>The single node matching <paramref name="query"/>; throws <see cref="ArgumentException"/> when none or several match.</summary>
    public static EntityNode Resolve(RelationView view, string query)
    {
        var q = query.Trim();
        var nodes = view.Nodes.ToList();
        var exact = nodes.Where(n => n.Id == q).ToList();
        if (exact.Count == 1) return exact[0];
        foreach (var match in new Func<EntityNode, bool>[]
        {
            n => string.Equals(n.Wikidata, q, StringComparison.OrdinalIgnoreCase) || string.Equals("wd:" + n.Wikidata, q, StringComparison.OrdinalIgnoreCase),
            n => string.Equals(Projection.KgSnapshot.LastSegment(n.Id), q, StringComparison.OrdinalIgnoreCase),
            n => string.Equals(n.Label, q, StringComparison.OrdinalIgnoreCase),
            n => n.Label.Contains(q, StringComparison.OrdinalIgnoreCase),
        })
        {
            var found = nodes.Where(match).ToList();
            if (found.Count == 1) return found[0];
            if (found.Count > 1)
                throw new ArgumentException($"'{query}' is ambiguous in view {view.Name}: {string.Join(", ", found.Take(5).Select(n => $"{n.Label} <{n.Id}>"))}");
        }
        throw new ArgumentException($"no entity '{query}' in view {view.Name} ({view.NodeCount} nodes)");
    }
}
