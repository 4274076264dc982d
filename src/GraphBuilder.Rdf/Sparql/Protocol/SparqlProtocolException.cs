namespace GraphBuilder.Rdf.Sparql.Protocol;

/// <summary>A request the endpoint answers with an error status (400 bad request, 403 update refused, 406, 415, 503 timeout...).</summary>
public sealed class SparqlProtocolException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SparqlProtocolException(int statusCode, string message) : base(message) => StatusCode = statusCode;

    /// <summary>The HTTP status code to answer with.</summary>
    public int StatusCode { get; }
}
