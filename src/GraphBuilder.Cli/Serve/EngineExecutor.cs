using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Sparql.Evaluation;
using GraphBuilder.Rdf.Sparql.Protocol;
using GraphBuilder.Rdf.Sparql.Results;
using GraphBuilder.Rdf.Sparql.Syntax;

namespace GraphBuilder.Cli.Serve;

/// <summary>Runs protocol operations with GraphBuilder's SPARQL engine over the served store.</summary>
internal static class EngineExecutor
{
    /// <summary>
    /// An executor over <paramref name="store"/>. A dataset given by FROM/FROM NAMED or by the protocol's
    /// <c>default-graph-uri</c>/<c>named-graph-uri</c> parameters (which win, as the protocol says) is assembled from
    /// the store's named graphs; a graph the store does not have is empty.
    /// </summary>
    public static SparqlQueryExecutor For(TripleStore store)
    {
        var processor = new SparqlQueryProcessor(store);
        return (op, ct) =>
        {
            var query = SparqlQueryParser.Parse(op.Query);
            bool protocolDataset = op.DefaultGraphUris.Count > 0 || op.NamedGraphUris.Count > 0;
            var defaults = protocolDataset ? op.DefaultGraphUris : query.DefaultGraphs;
            var named = protocolDataset ? op.NamedGraphUris : query.NamedGraphs;
            var result = defaults.Count == 0 && named.Count == 0
                ? processor.Evaluate(query, ct)
                : new SparqlQueryProcessor(Dataset(store, defaults, named, ct)).Evaluate(query, ct);
            if (result.Graph is { } g) AddPrefixes(g.NamespaceMap, store.NamespaceMap);
            return result;
        };
    }

    /// <summary>Gives a CONSTRUCT/DESCRIBE graph the served files' prefixes, so Turtle answers read like the data.</summary>
    private static void AddPrefixes(INamespaceMapper target, INamespaceMapper source)
    {
        foreach (var p in source.Prefixes)
            if (!target.HasNamespace(p)) target.AddNamespace(p, source.GetNamespaceUri(p));
    }

    /// <summary>A store whose default graph merges the <paramref name="defaults"/> graphs and whose named graphs are <paramref name="named"/>.</summary>
    private static TripleStore Dataset(TripleStore source, IReadOnlyList<string> defaults, IReadOnlyList<string> named, CancellationToken ct)
    {
        var ds = new TripleStore();
        foreach (var iri in defaults)
        {
            var g = source.TryGetGraph(new UriNode(iri));
            if (g is null) continue;
            foreach (var t in g.Triples) { ds.Default.Assert(t); }
            ct.ThrowIfCancellationRequested();
        }
        foreach (var iri in named)
        {
            var name = new UriNode(iri);
            var target = ds.GetTypedGraph(name);
            var g = source.TryGetGraph(name);
            if (g is null) continue;
            foreach (var t in g.Triples) target.Assert(t);
            ct.ThrowIfCancellationRequested();
        }
        return ds;
    }
}
