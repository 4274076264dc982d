namespace GraphBuilder.Rdf.Formats;

/// <summary>Receives parsed RDF as a stream (dotNetRDF's <c>IRdfHandler</c>): readers never build a whole graph themselves.</summary>
public interface IRdfHandler
{
    /// <summary>Called once before any other call.</summary>
    void StartRdf();
    /// <summary>Called once at the end; <paramref name="ok"/> is false when parsing failed.</summary>
    void EndRdf(bool ok);
    /// <summary>A prefix declaration; return false to stop parsing.</summary>
    bool HandleNamespace(string prefix, string namespaceUri);
    /// <summary>A base IRI declaration; return false to stop parsing.</summary>
    bool HandleBaseUri(string baseUri);
    /// <summary>A statement; <see cref="Quad.Graph"/> null means the default graph. Return false to stop parsing.</summary>
    bool HandleQuad(Quad quad);
}

/// <summary>Loads everything into a <see cref="ITripleStore"/> (or, for triple formats, into its default graph).</summary>
public sealed class StoreHandler : IRdfHandler
{
    private readonly ITripleStore _store;
    private readonly INode? _targetGraph;

    /// <summary>Creates the handler; quads of the default graph go into <paramref name="targetGraph"/> (null: the store's default graph).</summary>
    public StoreHandler(ITripleStore store, INode? targetGraph = null)
    {
        _store = store;
        _targetGraph = targetGraph;
    }

    /// <inheritdoc />
    public void StartRdf() { }
    /// <inheritdoc />
    public void EndRdf(bool ok) { }
    /// <inheritdoc />
    public bool HandleNamespace(string prefix, string namespaceUri) { _store.NamespaceMap.AddNamespace(prefix, namespaceUri); return true; }
    /// <inheritdoc />
    public bool HandleBaseUri(string baseUri) => true;
    /// <inheritdoc />
    public bool HandleQuad(Quad quad)
    {
        _store.Assert(quad.Graph is null && _targetGraph != null ? quad with { Graph = _targetGraph } : quad);
        return true;
    }
}

/// <summary>Loads triples into one <see cref="IGraph"/>; quads in named graphs are merged into it.</summary>
public sealed class GraphHandler : IRdfHandler
{
    private readonly IGraph _graph;

    /// <summary>Creates the handler.</summary>
    public GraphHandler(IGraph graph) => _graph = graph;

    /// <inheritdoc />
    public void StartRdf() { }
    /// <inheritdoc />
    public void EndRdf(bool ok) { }
    /// <inheritdoc />
    public bool HandleNamespace(string prefix, string namespaceUri) { _graph.NamespaceMap.AddNamespace(prefix, namespaceUri); return true; }
    /// <inheritdoc />
    public bool HandleBaseUri(string baseUri) { _graph.BaseUri ??= baseUri; return true; }
    /// <inheritdoc />
    public bool HandleQuad(Quad quad) { _graph.Assert(quad.AsTriple()); return true; }
}
