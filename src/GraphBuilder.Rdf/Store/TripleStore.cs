namespace GraphBuilder.Rdf;

/// <summary>The in-memory dataset. All its graphs share one <see cref="TermDictionary"/>, so queries join on ids across graphs.</summary>
public sealed class TripleStore : ITripleStore
{
    private readonly Dictionary<INode, Graph> _named = new();

    /// <summary>Creates an empty store.</summary>
    public TripleStore()
    {
        Terms = new TermDictionary();
        Default = new Graph(Terms, null);
    }

    /// <summary>The shared term dictionary.</summary>
    public TermDictionary Terms { get; }

    /// <summary>The default graph, typed.</summary>
    public Graph Default { get; }

    /// <inheritdoc />
    public IGraph DefaultGraph => Default;

    /// <inheritdoc />
    public INamespaceMapper NamespaceMap { get; } = new NamespaceMapper();

    /// <inheritdoc />
    public IEnumerable<INode> GraphNames
    {
        get { lock (_named) return _named.Keys.OrderBy(n => n).ToList(); }
    }

    /// <inheritdoc />
    public bool HasGraph(INode name)
    {
        lock (_named) return _named.ContainsKey(name);
    }

    /// <inheritdoc />
    public IGraph GetGraph(INode? name) => GetTypedGraph(name);

    /// <summary>The graph with that name, typed; created when missing.</summary>
    public Graph GetTypedGraph(INode? name)
    {
        if (name is null) return Default;
        lock (_named)
        {
            if (!_named.TryGetValue(name, out var g)) _named[name] = g = new Graph(Terms, name);
            return g;
        }
    }

    /// <summary>The graph with that name or null when there is none (no creation).</summary>
    public Graph? TryGetGraph(INode? name)
    {
        if (name is null) return Default;
        lock (_named) return _named.TryGetValue(name, out var g) ? g : null;
    }

    /// <inheritdoc />
    public bool Assert(Quad q) => GetTypedGraph(q.Graph).Assert(q.AsTriple());

    /// <inheritdoc />
    public IEnumerable<Quad> Quads
    {
        get
        {
            foreach (var t in Default.Triples) yield return new Quad(t, null);
            foreach (var name in GraphNames)
                foreach (var t in GetTypedGraph(name).Triples) yield return new Quad(t, name);
        }
    }
}
