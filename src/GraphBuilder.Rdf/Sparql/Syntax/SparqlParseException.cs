namespace GraphBuilder.Rdf.Sparql.Syntax;

/// <summary>A SPARQL syntax error, or a query the spec rejects before evaluation, with the place it was found.</summary>
public sealed class SparqlParseException : RdfException
{
    /// <summary>Creates the exception.</summary>
    public SparqlParseException(string message, int line, int column)
        : base($"line {line}, column {column}: {message}")
    {
        Line = line;
        Column = column;
        Reason = message;
    }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }
    /// <summary>1-based column of the error.</summary>
    public int Column { get; }
    /// <summary>The message without the position.</summary>
    public string Reason { get; }
}
