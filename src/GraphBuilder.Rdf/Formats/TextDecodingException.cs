namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Input that is not valid UTF-8 text, with the place of the first bad byte as <c>source:line:col</c>. An
/// <see cref="IOException"/> because the file cannot be read as text at all (<see cref="InvalidDataException"/> is sealed).
/// </summary>
public sealed class TextDecodingException : IOException
{
    /// <summary>Creates the exception; the message is <c>source:line:col: reason</c>.</summary>
    public TextDecodingException(string reason, long line, long column, string? source)
        : base($"{source ?? "<input>"}:{line}:{column}: {reason}")
    {
        Reason = reason;
        Line = line;
        Column = column;
        SourceName = source;
    }

    /// <summary>What is wrong, without the place.</summary>
    public string Reason { get; }
    /// <summary>1-based line of the bad byte.</summary>
    public long Line { get; }
    /// <summary>1-based column (in characters) of the bad byte.</summary>
    public long Column { get; }
    /// <summary>The file or stream name, when known.</summary>
    public string? SourceName { get; }
}
