using System.Collections.Concurrent;
using System.Reflection;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Extraction.Tests.Ontology;

/// <summary>
/// The ontology/*.ttl files as the packed tool sees them: embedded resources of GraphBuilder.Extraction named
/// <c>GraphBuilder.Ontology.&lt;file&gt;</c>, parsed with the project's own Turtle reader (cached per file).
/// </summary>
internal static class OntologyResources
{
    public const string Prefix = "GraphBuilder.Ontology.";
    public const string Gb = "https://w3id.org/graphbuilder/ns#";
    public const string Kb = "https://w3id.org/graphbuilder/kb/";
    public const string Role = "https://w3id.org/graphbuilder/role/";
    public const string Cameo = "https://w3id.org/graphbuilder/cameo/";
    public const string Schema = "https://schema.org/";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Org = "http://www.w3.org/ns/org#";
    public const string Wikidata = "http://www.wikidata.org/entity/";

    public static readonly Assembly Assembly = Assembly.Load("GraphBuilder.Extraction");

    private static readonly ConcurrentDictionary<string, Graph> Cache = new();

    /// <summary>File names (e.g. <c>kb-countries.ttl</c>) of all embedded ontology resources, sorted.</summary>
    public static IReadOnlyList<string> FileNames { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".ttl", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The knowledge-base files (kb-*.ttl).</summary>
    public static IReadOnlyList<string> KnowledgeBaseFiles { get; } =
        FileNames.Where(n => n.StartsWith("kb-", StringComparison.Ordinal)).ToList();

    /// <summary>The parsed graph of one embedded file.</summary>
    public static Graph Load(string fileName) => Cache.GetOrAdd(fileName, static name =>
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"resource {Prefix + name} is not embedded");
        return RdfLoader.LoadGraph(stream, RdfFormat.Turtle, baseUri: null, sourceName: name);
    });

    public static UriNode Iri(string iri) => new(iri);

    /// <summary>Objects of (s, p, ?o) in a graph.</summary>
    public static IEnumerable<INode> Objects(IGraph g, INode s, string predicate) =>
        g.GetTriples(s, Iri(predicate), null).Select(t => t.Object);

    /// <summary>Literal values of (s, p, ?o).</summary>
    public static IEnumerable<ILiteralNode> Literals(IGraph g, INode s, string predicate) =>
        Objects(g, s, predicate).OfType<ILiteralNode>();

    /// <summary>The KB entities of a graph: the kb: IRIs that have a schema:name or an rdf:type.</summary>
    public static IReadOnlyList<IUriNode> Entities(IGraph g) => g.Triples
        .Where(t => t.Subject is IUriNode u && u.Uri.StartsWith(Kb, StringComparison.Ordinal)
                    && t.Predicate is IUriNode p && (p.Uri == Vocab.RdfType || p.Uri == Schema + "name"))
        .Select(t => (IUriNode)t.Subject)
        .DistinctBy(u => u.Uri)
        .OrderBy(u => u.Uri, StringComparer.Ordinal)
        .ToList();

    public static string Slug(IUriNode u) => u.Uri[(u.Uri.LastIndexOf('/') + 1)..];
}
