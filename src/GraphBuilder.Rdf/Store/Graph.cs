using System.Collections;

namespace GraphBuilder.Rdf;

/// <summary>The in-memory indexed graph. Terms are interned in a <see cref="TermDictionary"/> that may be shared with other graphs of one store.</summary>
public sealed class Graph : IGraph
{
    internal readonly TripleIndex Index = new();

    /// <summary>Creates an empty graph with its own term dictionary.</summary>
    public Graph() : this(new TermDictionary(), null) { }

    /// <summary>Creates an empty graph interning into <paramref name="terms"/>.</summary>
    public Graph(TermDictionary terms, INode? name)
    {
        Terms = terms;
        Name = name;
    }

    /// <summary>The dictionary this graph interns its terms into.</summary>
    public TermDictionary Terms { get; }

    /// <inheritdoc />
    public INode? Name { get; }

    /// <inheritdoc />
    public string? BaseUri { get; set; }

    /// <inheritdoc />
    public INamespaceMapper NamespaceMap { get; } = new NamespaceMapper();

    /// <inheritdoc />
    public int Count => Index.Count;

    /// <inheritdoc />
    public bool IsEmpty => Index.Count == 0;

    /// <inheritdoc />
    public bool Assert(Triple t) => Index.Add(Terms.Intern(t.Subject), Terms.Intern(t.Predicate), Terms.Intern(t.Object));

    /// <inheritdoc />
    public void Assert(IEnumerable<Triple> triples)
    {
        foreach (var t in triples) Assert(t);
    }

    /// <summary>Adds a triple given as three terms.</summary>
    public bool Assert(INode s, INode p, INode o) => Assert(new Triple(s, p, o));

    /// <inheritdoc />
    public bool Retract(Triple t)
    {
        int s = Terms.Lookup(t.Subject), p = Terms.Lookup(t.Predicate), o = Terms.Lookup(t.Object);
        return s >= 0 && p >= 0 && o >= 0 && Index.Remove(s, p, o);
    }

    /// <inheritdoc />
    public bool ContainsTriple(Triple t)
    {
        int s = Terms.Lookup(t.Subject), p = Terms.Lookup(t.Predicate), o = Terms.Lookup(t.Object);
        return s >= 0 && p >= 0 && o >= 0 && Index.Contains(s, p, o);
    }

    /// <inheritdoc />
    public IEnumerable<Triple> Triples => GetTriples(null, null, null);

    /// <inheritdoc />
    public IEnumerable<Triple> GetTriples(INode? subject, INode? predicate, INode? obj)
    {
        int s = subject is null ? -1 : Terms.Lookup(subject);
        int p = predicate is null ? -1 : Terms.Lookup(predicate);
        int o = obj is null ? -1 : Terms.Lookup(obj);
        if ((subject != null && s < 0) || (predicate != null && p < 0) || (obj != null && o < 0)) yield break;
        foreach (var (a, b, c) in Index.Match(s, p, o))
            yield return new Triple(Terms[a], Terms[b], Terms[c]);
    }

    /// <inheritdoc />
    public IEnumerable<Triple> GetTriplesWithSubject(INode subject) => GetTriples(subject, null, null);
    /// <inheritdoc />
    public IEnumerable<Triple> GetTriplesWithPredicate(INode predicate) => GetTriples(null, predicate, null);
    /// <inheritdoc />
    public IEnumerable<Triple> GetTriplesWithObject(INode obj) => GetTriples(null, null, obj);

    /// <inheritdoc />
    public IEnumerator<Triple> GetEnumerator() => Triples.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
