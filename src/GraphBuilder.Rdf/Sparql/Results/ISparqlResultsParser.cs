namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>Reads a SELECT or ASK result written in one results format (dotNetRDF's <c>ISparqlResultsReader</c>).</summary>
public interface ISparqlResultsParser
{
    /// <summary>Reads the whole result from <paramref name="input"/>.</summary>
    /// <param name="input">The text.</param>
    /// <param name="sourceName">File name for error messages.</param>
    /// <exception cref="RdfParseException">When the text is not in the format, with the place.</exception>
    SparqlResultSet Parse(TextReader input, string? sourceName = null);
}

/// <summary>Picks a results parser by file extension and reads files.</summary>
public static class SparqlResultsParsers
{
    /// <summary>The parser for a file's extension (.srx, .srj, .tsv, .csv), or null. CSV is lossy: see <see cref="SparqlCsvResultsParser"/>.</summary>
    public static ISparqlResultsParser? ForPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".srx" or ".xml" => new SparqlXmlResultsParser(),
        ".srj" or ".json" => new SparqlJsonResultsParser(),
        ".tsv" => new SparqlTsvResultsParser(),
        ".csv" => new SparqlCsvResultsParser(),
        _ => null,
    };

    /// <summary>
    /// Reads a results file with the parser its extension names; a Turtle or N-Triples file (.ttl, .nt) is read as an
    /// rs:ResultSet graph (<see cref="SparqlRdfResultsReader"/>) with the file's URI as base.
    /// </summary>
    /// <exception cref="NotSupportedException">For an extension that is not a results format.</exception>
    public static SparqlResultSet ParseFile(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".ttl" or ".nt") return SparqlRdfResultsReader.Read(Formats.RdfLoader.LoadGraph(path));
        var parser = ForPath(path) ?? throw new NotSupportedException($"not a SPARQL results file (.srx, .srj, .tsv, .csv, .ttl): {path}");
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return parser.Parse(reader, path);
    }
}
