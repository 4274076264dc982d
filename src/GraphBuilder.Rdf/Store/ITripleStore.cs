namespace GraphBuilder.Rdf;

/// <summary>An RDF dataset: a default graph and named graphs (dotNetRDF's <c>ITripleStore</c>).</summary>
public interface ITripleStore
{
    /// <summary>The default graph.</summary>
    IGraph DefaultGraph { get; }
    /// <summary>The names of the named graphs, sorted.</summary>
    IEnumerable<INode> GraphNames { get; }
    /// <summary>True when a named graph of that name exists (even empty).</summary>
    bool HasGraph(INode name);
    /// <summary>The graph with that name (null: the default graph), created empty when missing.</summary>
    IGraph GetGraph(INode? name);
    /// <summary>Adds a quad to its graph.</summary>
    bool Assert(Quad q);
    /// <summary>All quads: the default graph's first (graph null), then each named graph in name order.</summary>
    IEnumerable<Quad> Quads { get; }
    /// <summary>Prefixes that writers use.</summary>
    INamespaceMapper NamespaceMap { get; }
}
