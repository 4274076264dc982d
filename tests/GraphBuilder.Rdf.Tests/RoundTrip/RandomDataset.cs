using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Tests.RoundTrip;

/// <summary>A generated dataset: statements (graph null = default graph) and the prefixes declared for it.</summary>
public sealed record RandomDataset(IReadOnlyList<Quad> Quads, IReadOnlyList<(string Prefix, string Namespace)> Prefixes)
{
    /// <summary>The default graph only, with the prefixes.</summary>
    public Graph ToGraph()
    {
        var g = new Graph();
        foreach (var (p, ns) in Prefixes) g.NamespaceMap.AddNamespace(p, ns);
        foreach (var q in Quads) if (q.Graph is null) g.Assert(q.AsTriple());
        return g;
    }

    /// <summary>All statements, with the prefixes.</summary>
    public TripleStore ToStore()
    {
        var s = new TripleStore();
        foreach (var (p, ns) in Prefixes) s.NamespaceMap.AddNamespace(p, ns);
        foreach (var q in Quads) s.Assert(q);
        return s;
    }

    /// <summary>N-Quads with the original labels, so a failing case can be read in the test output.</summary>
    public override string ToString()
    {
        var sw = new StringWriter();
        var w = new NQuadsStreamWriter(sw);
        foreach (var q in Quads) w.HandleQuad(q);
        return $"prefixes: {string.Join(", ", Prefixes.Select(p => p.Prefix + "=" + p.Namespace))}\n{sw}";
    }
}
