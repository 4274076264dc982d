namespace GraphBuilder.Rdf.Formats.Turtle;

/// <summary>Reads Turtle (RDF 1.1). Relative IRIs resolve against <c>@base</c>/<c>BASE</c>, else the <c>baseUri</c> argument.</summary>
public sealed class TurtleParser : IRdfReader
{
    /// <inheritdoc />
    public void Load(IRdfHandler handler, TextReader input, string? baseUri = null, string? sourceName = null) =>
        TurtleFamilyLoader.Load(handler, input, baseUri, sourceName, trig: false);
}

/// <summary>Reads TriG (RDF 1.1): Turtle plus named-graph blocks, <c>GRAPH</c> and default-graph blocks.</summary>
public sealed class TriGParser : IRdfReader
{
    /// <inheritdoc />
    public void Load(IRdfHandler handler, TextReader input, string? baseUri = null, string? sourceName = null) =>
        TurtleFamilyLoader.Load(handler, input, baseUri, sourceName, trig: true);
}

/// <summary>Brackets a parse with the handler's start and end calls.</summary>
internal static class TurtleFamilyLoader
{
    public static void Load(IRdfHandler handler, TextReader input, string? baseUri, string? sourceName, bool trig)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(input);
        handler.StartRdf();
        bool ok = false;
        try
        {
            new TurtleParserCore(handler, input, baseUri, sourceName, trig).Run();
            ok = true;
        }
        finally
        {
            handler.EndRdf(ok);
        }
    }
}
