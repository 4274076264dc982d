namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>The results formats by command-line name (json, xml, csv, tsv, table), with their media types.</summary>
public static class SparqlResultsWriters
{
    /// <summary>SPARQL 1.1 Query Results JSON.</summary>
    public const string JsonContentType = "application/sparql-results+json";
    /// <summary>SPARQL Query Results XML.</summary>
    public const string XmlContentType = "application/sparql-results+xml";
    /// <summary>SPARQL 1.1 Query Results CSV.</summary>
    public const string CsvContentType = "text/csv";
    /// <summary>SPARQL 1.1 Query Results TSV.</summary>
    public const string TsvContentType = "text/tab-separated-values";

    /// <summary>The names <see cref="Create(string, INamespaceMapper?)"/> accepts.</summary>
    public static readonly IReadOnlyList<string> Names = ["json", "xml", "csv", "tsv", "table"];

    /// <summary>A writer for a format name (case-insensitive); <paramref name="namespaces"/> shortens IRIs in the table.</summary>
    /// <exception cref="ArgumentException">For an unknown name.</exception>
    public static ISparqlResultsWriter Create(string format, INamespaceMapper? namespaces = null) => format.ToLowerInvariant() switch
    {
        "json" or "srj" => new SparqlJsonResultsWriter(),
        "xml" or "srx" => new SparqlXmlResultsWriter(),
        "csv" => new SparqlCsvResultsWriter(),
        "tsv" => new SparqlTsvResultsWriter(),
        "table" or "text" => new SparqlTableResultsWriter(namespaces),
        _ => throw new ArgumentException($"unknown results format '{format}' (expected one of: {string.Join(", ", Names)})"),
    };

    /// <summary>The media type of a format name.</summary>
    public static string ContentType(string format) => Create(format).ContentType;

    /// <summary>The usual file extension of a format name (with the dot).</summary>
    public static string Extension(string format) => format.ToLowerInvariant() switch
    {
        "json" or "srj" => ".srj",
        "xml" or "srx" => ".srx",
        "csv" => ".csv",
        "tsv" => ".tsv",
        _ => ".txt",
    };
}
