namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// An <see cref="IRdfHandler"/> that writes each statement as N-Triples the moment it arrives (constant memory,
/// input order, blank node labels kept when they are valid). Statements of named graphs are written as plain triples.
/// </summary>
public class NTriplesStreamWriter : IRdfHandler
{
    private readonly TextWriter _output;
    private readonly bool _withGraphs;

    /// <summary>Creates the writer over <paramref name="output"/> (flushed, not closed, at <see cref="EndRdf"/>).</summary>
    public NTriplesStreamWriter(TextWriter output) : this(output, false) { }

    private protected NTriplesStreamWriter(TextWriter output, bool withGraphs)
    {
        _output = output;
        _withGraphs = withGraphs;
    }

    /// <summary>Number of statements written so far.</summary>
    public long Count { get; private set; }

    /// <inheritdoc />
    public void StartRdf() { }

    /// <inheritdoc />
    public void EndRdf(bool ok) => _output.Flush();

    /// <inheritdoc />
    public bool HandleNamespace(string prefix, string namespaceUri) => true;

    /// <inheritdoc />
    public bool HandleBaseUri(string baseUri) => true;

    /// <inheritdoc />
    public bool HandleQuad(Quad quad)
    {
        NQuadsWriter.WriteStatement(_output, quad.Subject, quad.Predicate, quad.Object, _withGraphs ? quad.Graph : null, null);
        Count++;
        return true;
    }
}
