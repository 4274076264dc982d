using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Projection;

namespace GraphBuilder.Graph.Algorithms;

/// <summary>What the user asked for: a view, filters, and optionally an ego network or a path.</summary>
public sealed record ViewRequest
{
    /// <summary>The view.</summary>
    public ViewKind Kind { get; init; } = ViewKind.Interactions;
    /// <summary>How co-occurrence is counted.</summary>
    public CooccurrenceScope Scope { get; init; } = CooccurrenceScope.Auto;
    /// <summary>Filters (types, CAMEO roots, min weight, top N).</summary>
    public ViewFilter Filter { get; init; } = new();
    /// <summary>Center of an ego network (IRI, slug, Wikidata id or name), or null.</summary>
    public string? Ego { get; init; }
    /// <summary>Depth of the ego network.</summary>
    public int Depth { get; init; } = 1;
    /// <summary>Endpoints of a shortest path, or null.</summary>
    public (string From, string To)? Path { get; init; }

    /// <summary>Builds the view the request describes and computes its measures.</summary>
    /// <exception cref="ArgumentException">An entity is unknown or ambiguous, or the path's ends are not connected.</exception>
    public RelationView Build(KgSnapshot kg)
    {
        var view = new ViewProjector(kg) { Scope = Scope }.Project(Kind);
        // Type, CAMEO and weight filters first, so ego networks and paths run inside the filtered view; top-N last.
        view = (Filter with { Top = 0 }).Apply(view);
        if (Ego != null)
            view = Neighbourhood.Ego(view, EntityResolver.Resolve(view, Ego), Depth);
        if (Path is { } p)
        {
            var from = EntityResolver.Resolve(view, p.From);
            var to = EntityResolver.Resolve(view, p.To);
            var path = Neighbourhood.ShortestPath(view, from, to)
                ?? throw new ArgumentException($"no path between {from.Label} and {to.Label} in view {view.Name}");
            view = Neighbourhood.PathView(view, from, path);
        }
        if (Filter.Top > 0) view = new ViewFilter { Top = Filter.Top, DropIsolated = false }.Apply(view);
        ViewAnalyzer.Analyze(view);
        return view;
    }
}
