namespace GraphBuilder.Rdf.Formats;

/// <summary>The writer for each <see cref="RdfFormat"/>.</summary>
public static class RdfWriters
{
    /// <summary>A writer of datasets; triple-only syntaxes (N-Triples, Turtle) write the default graph.</summary>
    public static IStoreWriter CreateStoreWriter(RdfFormat f) => f switch
    {
        RdfFormat.NTriples => new NTriplesWriter(),
        RdfFormat.NQuads => new NQuadsWriter(),
        RdfFormat.Turtle => new TurtleWriter(),
        RdfFormat.TriG => new TriGWriter(),
        RdfFormat.JsonLd => new JsonLdWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, "unknown RDF format"),
    };

    /// <summary>A writer of single graphs; quad syntaxes write the graph under its name (none for an unnamed graph).</summary>
    public static IRdfWriter CreateWriter(RdfFormat f) => f switch
    {
        RdfFormat.NTriples => new NTriplesWriter(),
        RdfFormat.NQuads => new NQuadsWriter(),
        RdfFormat.Turtle => new TurtleWriter(),
        RdfFormat.TriG => new TriGWriter(),
        RdfFormat.JsonLd => new JsonLdWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, "unknown RDF format"),
    };

    /// <summary>
    /// A handler that writes statements as they arrive, for N-Triples and N-Quads (constant memory); null for
    /// the pretty syntaxes, which need the whole graph.
    /// </summary>
    public static IRdfHandler? CreateStreamWriter(RdfFormat f, TextWriter output) => f switch
    {
        RdfFormat.NTriples => new NTriplesStreamWriter(output),
        RdfFormat.NQuads => new NQuadsStreamWriter(output),
        _ => null,
    };
}
