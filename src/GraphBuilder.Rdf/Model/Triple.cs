namespace GraphBuilder.Rdf;

/// <summary>An RDF triple. Value equality; ordered by subject, predicate, object.</summary>
public sealed record Triple(INode Subject, INode Predicate, INode Object) : IComparable<Triple>
{
    /// <inheritdoc />
    public int CompareTo(Triple? other)
    {
        if (other is null) return 1;
        int c = Subject.CompareTo(other.Subject);
        if (c != 0) return c;
        c = Predicate.CompareTo(other.Predicate);
        return c != 0 ? c : Object.CompareTo(other.Object);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Subject} {Predicate} {Object} .";
}

/// <summary>A triple in a graph: <see cref="Graph"/> is null for the default graph.</summary>
public sealed record Quad(INode Subject, INode Predicate, INode Object, INode? Graph)
{
    /// <summary>Creates a quad from a triple and a graph name.</summary>
    public Quad(Triple t, INode? graph) : this(t.Subject, t.Predicate, t.Object, graph) { }

    /// <summary>The triple part of the quad.</summary>
    public Triple AsTriple() => new(Subject, Predicate, Object);
}
