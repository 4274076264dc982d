using GraphBuilder.Rdf.Formats.NTriples;
using GraphBuilder.Rdf.Formats.Turtle;

namespace GraphBuilder.Rdf.Formats;

/// <summary>The reader of each <see cref="RdfFormat"/>.</summary>
public static class RdfReaders
{
    /// <summary>A new reader for <paramref name="format"/>.</summary>
    /// <exception cref="NotSupportedException">For JSON-LD, which GraphBuilder only writes.</exception>
    public static IRdfReader Create(RdfFormat format) => format switch
    {
        RdfFormat.NTriples => new NTriplesParser(),
        RdfFormat.NQuads => new NQuadsParser(),
        RdfFormat.Turtle => new TurtleParser(),
        RdfFormat.TriG => new TriGParser(),
        RdfFormat.JsonLd => throw new NotSupportedException("JSON-LD is write-only"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown RDF format"),
    };
}
