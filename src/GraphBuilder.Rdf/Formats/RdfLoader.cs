namespace GraphBuilder.Rdf.Formats;

/// <summary>Convenience loading of RDF files: the syntax comes from the file extension unless given.</summary>
public static class RdfLoader
{
    /// <summary>The <c>file:</c> URI of a path (the default base IRI of a file).</summary>
    public static string FileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>The syntax of <paramref name="path"/> by its extension.</summary>
    /// <exception cref="ArgumentException">When the extension is not a known RDF syntax.</exception>
    public static RdfFormat FormatOf(string path) =>
        RdfFormatNames.FromPath(path) ?? throw new ArgumentException($"cannot tell the RDF syntax of '{path}' from its extension (.nt, .nq, .ttl, .trig)");

    /// <summary>Parses <paramref name="path"/> into <paramref name="handler"/>.</summary>
    /// <param name="handler">Receives the statements.</param>
    /// <param name="path">The file.</param>
    /// <param name="format">The syntax; null: by extension.</param>
    /// <param name="baseUri">Base IRI; null: the file's <c>file:</c> URI.</param>
    public static void Load(IRdfHandler handler, string path, RdfFormat? format = null, string? baseUri = null)
    {
        var reader = RdfReaders.Create(format ?? FormatOf(path));
        // Strict: a bad byte is an error with its place, never a silent U+FFFD in a name or literal.
        using var text = StrictUtf8Reader.Open(path);
        reader.Load(handler, text, baseUri ?? FileUri(path), path);
    }

    /// <summary>Parses a UTF-8 stream (e.g. an embedded resource) into <paramref name="handler"/>; the stream is not closed.</summary>
    public static void Load(IRdfHandler handler, Stream stream, RdfFormat format, string? baseUri = null, string? sourceName = null)
    {
        using var text = new StrictUtf8Reader(stream, sourceName, leaveOpen: true);
        RdfReaders.Create(format).Load(handler, text, baseUri, sourceName);
    }

    /// <summary>A graph read from a UTF-8 stream (e.g. an embedded resource); the stream is not closed.</summary>
    public static Graph LoadGraph(Stream stream, RdfFormat format, string? baseUri = null, string? sourceName = null)
    {
        var g = new Graph();
        Load(new GraphHandler(g), stream, format, baseUri, sourceName);
        return g;
    }

    /// <summary>Parses text in the given syntax into <paramref name="handler"/>.</summary>
    public static void LoadString(IRdfHandler handler, string text, RdfFormat format, string? baseUri = null, string? sourceName = null)
    {
        using var reader = new StringReader(text);
        RdfReaders.Create(format).Load(handler, reader, baseUri, sourceName);
    }

    /// <summary>A graph with the triples of <paramref name="path"/> (named graphs of quad syntaxes are merged in).</summary>
    public static Graph LoadGraph(string path, string? baseUri = null, RdfFormat? format = null)
    {
        var g = new Graph();
        Load(new GraphHandler(g), path, format, baseUri);
        return g;
    }

    /// <summary>A store with the statements of <paramref name="path"/>.</summary>
    public static TripleStore LoadStore(string path, string? baseUri = null, RdfFormat? format = null)
    {
        var store = new TripleStore();
        Load(new StoreHandler(store), path, format, baseUri);
        return store;
    }

    /// <summary>Adds the statements of <paramref name="path"/> to an existing store (its blank nodes stay distinct from the store's).</summary>
    public static void LoadInto(ITripleStore store, string path, string? baseUri = null, RdfFormat? format = null, INode? targetGraph = null) =>
        Load(new StoreHandler(store, targetGraph), path, format, baseUri);

    /// <summary>A graph parsed from a string.</summary>
    public static Graph ParseGraph(string text, RdfFormat format, string? baseUri = null)
    {
        var g = new Graph();
        LoadString(new GraphHandler(g), text, format, baseUri);
        return g;
    }

    /// <summary>A store parsed from a string.</summary>
    public static TripleStore ParseStore(string text, RdfFormat format, string? baseUri = null)
    {
        var store = new TripleStore();
        LoadString(new StoreHandler(store), text, format, baseUri);
        return store;
    }
}
