using System.Globalization;
using System.Net;
using System.Text;

namespace GraphBuilder.Rdf.Sparql.Protocol;

/// <summary>The small HTML page served at <c>/</c>: what the endpoint serves, how to query it, and a query form.</summary>
public static class SparqlEndpointPage
{
    /// <summary>The page.</summary>
    /// <param name="endpointPath">The path of the query service, e.g. <c>/sparql</c>.</param>
    /// <param name="tripleCount">Triples in the dataset.</param>
    /// <param name="sources">The loaded files.</param>
    /// <param name="options">The endpoint's limits.</param>
    public static string Html(string endpointPath, long tripleCount, IEnumerable<string> sources, SparqlEndpointOptions options)
    {
        string E(string s) => WebUtility.HtmlEncode(s);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>GraphBuilder SPARQL endpoint</title>\n");
        sb.Append("<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em}textarea{width:100%;font-family:monospace}code{background:#eee;padding:0 .2em}</style></head><body>\n");
        sb.Append("<h1>GraphBuilder SPARQL endpoint</h1>\n");
        sb.Append("<p>A read-only <a href=\"https://www.w3.org/TR/sparql11-protocol/\">SPARQL 1.1 Protocol</a> query service at <code>")
          .Append(E(endpointPath)).Append("</code> over ")
          .Append(tripleCount.ToString("N0", CultureInfo.InvariantCulture)).Append(" triples from:</p>\n<ul>\n");
        foreach (var s in sources) sb.Append("<li><code>").Append(E(s)).Append("</code></li>\n");
        sb.Append("</ul>\n<h2>Use</h2>\n<ul>\n");
        sb.Append("<li><code>GET ").Append(E(endpointPath)).Append("?query=…</code>, or <code>POST</code> with a form field <code>query</code> or an <code>application/sparql-query</code> body.</li>\n");
        sb.Append("<li>Results by <code>Accept</code>: <code>application/sparql-results+json</code> (default), <code>application/sparql-results+xml</code>, <code>text/csv</code>, <code>text/tab-separated-values</code>; ")
          .Append("CONSTRUCT/DESCRIBE as <code>text/turtle</code> (default), <code>application/n-triples</code> or <code>application/ld+json</code>. A <code>format</code> parameter (json, xml, csv, tsv, turtle, ntriples) overrides it.</li>\n");
        sb.Append("<li>Limits: ").Append(options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture))
          .Append(" s per query (then 503), at most ").Append(options.MaxResults.ToString("N0", CultureInfo.InvariantCulture))
          .Append(" rows (longer results are cut and carry the header <code>").Append(SparqlEndpointOptions.TruncationHeader).Append("</code>).</li>\n");
        sb.Append("<li>Updates are refused (403). CORS is open, so tools such as YASGUI can query it from the browser.</li>\n</ul>\n");
        sb.Append("<h2>Query</h2>\n<form method=\"get\" action=\"").Append(E(endpointPath)).Append("\">\n");
        sb.Append("<textarea name=\"query\" rows=\"8\">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10</textarea>\n");
        sb.Append("<p><select name=\"format\"><option>json</option><option>xml</option><option>csv</option><option>tsv</option></select> <button type=\"submit\">Run</button></p>\n</form>\n");
        sb.Append("</body></html>\n");
        return sb.ToString();
    }
}
