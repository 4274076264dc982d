namespace GraphBuilder.Rdf;

/// <summary>An error in RDF data or its use.</summary>
public class RdfException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RdfException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>A syntax error while reading RDF, with the place it was found.</summary>
public sealed class RdfParseException : RdfException
{
    /// <summary>Creates the exception.</summary>
    public RdfParseException(string message, long line, long column, string? source = null)
        : base(message)
    {
        Line = line;
        Column = column;
        Source = source;
    }

    /// <summary>1-based line of the error.</summary>
    public long Line { get; }
    /// <summary>1-based column of the error.</summary>
    public long Column { get; }
    /// <summary>The file or stream name, when known.</summary>
    public new string? Source { get; }

    /// <summary>The one-line form <c>file:line:col: message</c> (<c>line:col: message</c> for text that came from no file).</summary>
    public string ToDiagnostic() => Source is null ? $"{Line}:{Column}: {Message}" : $"{Source}:{Line}:{Column}: {Message}";
}
