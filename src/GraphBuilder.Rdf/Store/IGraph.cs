namespace GraphBuilder.Rdf;

/// <summary>A set of triples with namespace mappings (dotNetRDF's <c>IGraph</c>). Every triple pattern is answered from an index.</summary>
public interface IGraph : IEnumerable<Triple>
{
    /// <summary>The graph's name in a store, or null for a default graph.</summary>
    INode? Name { get; }
    /// <summary>Base IRI that writers may use, if any.</summary>
    string? BaseUri { get; set; }
    /// <summary>Prefixes that writers use.</summary>
    INamespaceMapper NamespaceMap { get; }
    /// <summary>Number of triples.</summary>
    int Count { get; }
    /// <summary>True when the graph has no triple.</summary>
    bool IsEmpty { get; }
    /// <summary>Adds a triple; false when it was there already.</summary>
    bool Assert(Triple t);
    /// <summary>Adds triples.</summary>
    void Assert(IEnumerable<Triple> triples);
    /// <summary>Removes a triple; false when it was not there.</summary>
    bool Retract(Triple t);
    /// <summary>True when the graph holds the triple.</summary>
    bool ContainsTriple(Triple t);
    /// <summary>All triples (in index order, not lexical order).</summary>
    IEnumerable<Triple> Triples { get; }
    /// <summary>Triples matching a pattern; null means any term.</summary>
    IEnumerable<Triple> GetTriples(INode? subject, INode? predicate, INode? obj);
    /// <summary>Shorthand for <c>GetTriples(s, null, null)</c>.</summary>
    IEnumerable<Triple> GetTriplesWithSubject(INode subject);
    /// <summary>Shorthand for <c>GetTriples(null, p, null)</c>.</summary>
    IEnumerable<Triple> GetTriplesWithPredicate(INode predicate);
    /// <summary>Shorthand for <c>GetTriples(null, null, o)</c>.</summary>
    IEnumerable<Triple> GetTriplesWithObject(INode obj);
}
