using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;
using GraphBuilder.Rdf.Sparql.Protocol;

namespace GraphBuilder.Cli.Serve;

/// <summary>Writes CONSTRUCT/DESCRIBE answers with the library's RDF writers.</summary>
internal static class GraphResponseWriter
{
    /// <summary>A <see cref="SparqlGraphWriter"/> for turtle, ntriples and jsonld.</summary>
    public static void Write(NegotiatedFormat format, IGraph graph, TextWriter output)
    {
        var rdf = format.Name switch
        {
            "turtle" => RdfFormat.Turtle,
            "jsonld" => RdfFormat.JsonLd,
            _ => RdfFormat.NTriples,
        };
        RdfWriters.CreateWriter(rdf).Save(graph, output);
    }
}
