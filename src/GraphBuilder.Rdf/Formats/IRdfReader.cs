namespace GraphBuilder.Rdf.Formats;

/// <summary>A streaming parser of one RDF syntax (dotNetRDF's <c>IRdfReader</c>/<c>IStoreReader</c> in one).</summary>
public interface IRdfReader
{
    /// <summary>Parses <paramref name="input"/>, sending every statement to <paramref name="handler"/>.</summary>
    /// <param name="handler">Receives the statements.</param>
    /// <param name="input">The text; read incrementally, never as one string.</param>
    /// <param name="baseUri">Base IRI for relative references (formats that have them).</param>
    /// <param name="sourceName">File name for error messages.</param>
    /// <exception cref="RdfParseException">On a syntax error, with line and column.</exception>
    void Load(IRdfHandler handler, TextReader input, string? baseUri = null, string? sourceName = null);
}

/// <summary>Writes a graph in one RDF syntax (dotNetRDF's <c>IRdfWriter</c>).</summary>
public interface IRdfWriter
{
    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/>.</summary>
    void Save(IGraph graph, TextWriter output);
}

/// <summary>Writes a dataset in one RDF syntax (dotNetRDF's <c>IStoreWriter</c>). Triple-only syntaxes write the default graph.</summary>
public interface IStoreWriter
{
    /// <summary>Writes <paramref name="store"/> to <paramref name="output"/>.</summary>
    void Save(ITripleStore store, TextWriter output);
}
