namespace GraphBuilder.Rdf.Comparison;

/// <summary>
/// RDF graph and dataset isomorphism: equal up to a bijective renaming of blank nodes (RDF 1.1 Concepts 3.6).
/// Blank nodes are coloured by iterated hashing of their neighbourhoods (colour refinement); when colours tie, one
/// node is individualised at a time and the search backtracks. Literal language tags compare case-insensitively.
/// </summary>
public static class GraphComparer
{
    /// <summary>True when the two datasets (quads; a null graph is the default graph) are isomorphic. Duplicates are ignored.</summary>
    public static bool AreIsomorphic(IEnumerable<Quad> a, IEnumerable<Quad> b) => Explain(a, b) is null;

    /// <summary>True when the two graphs are isomorphic.</summary>
    public static bool AreIsomorphic(IGraph a, IGraph b) =>
        AreIsomorphic(a.Triples.Select(t => new Quad(t, null)), b.Triples.Select(t => new Quad(t, null)));

    /// <summary>True when the two stores (all graphs, with graph names) are isomorphic.</summary>
    public static bool AreIsomorphic(ITripleStore a, ITripleStore b) => AreIsomorphic(a.Quads, b.Quads);

    /// <summary>Null when isomorphic, else a short reason (for test failure messages).</summary>
    public static string? Explain(IEnumerable<Quad> a, IEnumerable<Quad> b)
    {
        var setA = new HashSet<Quad>(a);
        var setB = new HashSet<Quad>(b);
        if (setA.Count != setB.Count) return $"different sizes: {setA.Count} vs {setB.Count} statements";
        var groundA = setA.Where(IsGround).ToList();
        foreach (var q in groundA)
            if (!setB.Contains(q)) return "statement missing from the second: " + Show(q);
        var restA = setA.Where(q => !IsGround(q)).ToList();
        var restB = setB.Where(q => !IsGround(q)).ToList();
        if (restA.Count != restB.Count) return $"different numbers of statements with blank nodes: {restA.Count} vs {restB.Count}";
        if (restA.Count == 0) return null;
        var matcher = new BlankNodeMatcher(restA, restB, setB);
        return matcher.Solve() ? null : "no bijection of blank nodes maps the one onto the other";
    }

    private static bool IsGround(Quad q) =>
        q.Subject is not IBlankNode && q.Object is not IBlankNode && q.Graph is not IBlankNode && q.Predicate is not IBlankNode;

    private static string Show(Quad q) => $"{q.Subject} {q.Predicate} {q.Object}{(q.Graph is null ? "" : " " + q.Graph)} .";
}
