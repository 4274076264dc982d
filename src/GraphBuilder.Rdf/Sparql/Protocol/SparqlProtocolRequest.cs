namespace GraphBuilder.Rdf.Sparql.Protocol;

/// <summary>The parts of an HTTP request the SPARQL protocol looks at, independent of any web framework.</summary>
/// <param name="Method">GET, POST, ...</param>
/// <param name="QueryString">The raw query string, with or without the leading '?'.</param>
/// <param name="ContentType">The Content-Type header, or null.</param>
/// <param name="Body">The request body as text (empty for GET).</param>
/// <param name="Accept">The Accept header, or null.</param>
public sealed record SparqlProtocolRequest(string Method, string QueryString, string? ContentType, string Body, string? Accept);

/// <summary>A query operation as the protocol defines it: the query text and the dataset it names.</summary>
/// <param name="Query">The SPARQL query text.</param>
/// <param name="DefaultGraphUris">The <c>default-graph-uri</c> parameters, in order.</param>
/// <param name="NamedGraphUris">The <c>named-graph-uri</c> parameters, in order.</param>
/// <param name="Format">A <c>format</c> (or <c>output</c>) parameter that overrides the Accept header, or null.</param>
public sealed record SparqlQueryOperation(string Query, IReadOnlyList<string> DefaultGraphUris, IReadOnlyList<string> NamedGraphUris, string? Format);
