namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>Writes a SELECT or ASK result in one results format (dotNetRDF's <c>ISparqlResultsWriter</c>).</summary>
/// <remarks>Solutions are written as <see cref="SparqlResultSet.Results"/> yields them, never collected first.</remarks>
public interface ISparqlResultsWriter
{
    /// <summary>The media type of the output, e.g. <c>application/sparql-results+json</c>.</summary>
    string ContentType { get; }

    /// <summary>Writes <paramref name="results"/> to <paramref name="output"/>.</summary>
    /// <exception cref="NotSupportedException">For a graph (CONSTRUCT/DESCRIBE) result, or an ASK result in a format without booleans.</exception>
    void Save(SparqlResultSet results, TextWriter output);
}
