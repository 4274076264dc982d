namespace GraphBuilder.Rdf.Sparql.Syntax;

/// <summary>Parses SPARQL 1.1 queries (dotNetRDF's <c>SparqlQueryParser</c>).</summary>
public sealed class SparqlQueryParser
{
    /// <summary>Parses <paramref name="text"/>; relative IRIs resolve against <paramref name="baseUri"/> (or a BASE in the query).</summary>
    /// <exception cref="SparqlParseException">On a syntax error or a query the spec rejects statically, with line and column.</exception>
    public static SparqlQuery Parse(string text, string? baseUri = null) => new SparqlParser(text, baseUri).ParseQuery();

    /// <summary>Instance form of <see cref="Parse(string, string?)"/>.</summary>
    public SparqlQuery ParseFromString(string text, string? baseUri = null) => Parse(text, baseUri);
}
