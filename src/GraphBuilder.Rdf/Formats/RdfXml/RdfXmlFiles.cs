namespace GraphBuilder.Rdf.Formats.RdfXml;

/// <summary>Loading of RDF files including RDF/XML (.rdf, .owl), which <see cref="RdfLoader"/> does not know.</summary>
public static class RdfXmlFiles
{
    /// <summary>True for file extensions read as RDF/XML.</summary>
    public static bool IsRdfXml(string path) => Path.GetExtension(path).ToLowerInvariant() is ".rdf" or ".owl" or ".xml";

    /// <summary>Adds a file's statements to <paramref name="store"/> (into <paramref name="targetGraph"/> when given), RDF/XML by extension, else via <see cref="RdfLoader"/>.</summary>
    public static void LoadInto(ITripleStore store, string path, string? baseUri, INode? targetGraph = null)
    {
        if (!IsRdfXml(path))
        {
            RdfLoader.LoadInto(store, path, baseUri, null, targetGraph);
            return;
        }
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        new RdfXmlParser().Load(new StoreHandler(store, targetGraph), reader, baseUri ?? RdfLoader.FileUri(path), path);
    }

    /// <summary>A graph read from a file, RDF/XML by extension, else via <see cref="RdfLoader"/>.</summary>
    public static Graph LoadGraph(string path, string? baseUri = null)
    {
        if (!IsRdfXml(path)) return RdfLoader.LoadGraph(path, baseUri);
        var g = new Graph();
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        new RdfXmlParser().Load(new GraphHandler(g), reader, baseUri ?? RdfLoader.FileUri(path), path);
        return g;
    }
}
