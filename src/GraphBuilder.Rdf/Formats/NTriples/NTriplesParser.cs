namespace GraphBuilder.Rdf.Formats.NTriples;

/// <summary>Reads N-Triples (RDF 1.1). Relative IRIs are syntax errors; the base IRI is ignored.</summary>
public sealed class NTriplesParser : IRdfReader
{
    /// <inheritdoc />
    public void Load(IRdfHandler handler, TextReader input, string? baseUri = null, string? sourceName = null) =>
        LineFormatLoader.Load(handler, input, quads: false, sourceName);
}

/// <summary>Reads N-Quads (RDF 1.1): N-Triples with an optional graph label (IRI or blank node) per line.</summary>
public sealed class NQuadsParser : IRdfReader
{
    /// <inheritdoc />
    public void Load(IRdfHandler handler, TextReader input, string? baseUri = null, string? sourceName = null) =>
        LineFormatLoader.Load(handler, input, quads: true, sourceName);
}

/// <summary>Brackets a scan with the handler's start and end calls.</summary>
internal static class LineFormatLoader
{
    public static void Load(IRdfHandler handler, TextReader input, bool quads, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(input);
        handler.StartRdf();
        bool ok = false;
        try
        {
            new NTriplesScanner(handler, quads, sourceName).Run(input);
            ok = true;
        }
        finally
        {
            handler.EndRdf(ok);
        }
    }
}
