namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Converts RDF from one syntax to another. N-Triples and N-Quads output is written while the input is parsed
/// (constant memory); the pretty syntaxes (Turtle, TriG, JSON-LD) need the whole dataset, so it is loaded first.
/// </summary>
public static class RdfConverter
{
    /// <summary>Reads <paramref name="input"/> in <paramref name="from"/> and writes it to <paramref name="output"/> in <paramref name="to"/>.</summary>
    /// <param name="input">The input text.</param>
    /// <param name="from">Input syntax (not JSON-LD: it is write-only).</param>
    /// <param name="output">Where the converted text goes.</param>
    /// <param name="to">Output syntax. Triple-only syntaxes (N-Triples, Turtle) get the statements of named graphs merged into the one graph.</param>
    /// <param name="baseUri">Base IRI for relative references of Turtle/TriG input.</param>
    /// <param name="sourceName">Input name for error messages.</param>
    /// <exception cref="RdfParseException">On a syntax error in the input.</exception>
    public static void Convert(TextReader input, RdfFormat from, TextWriter output, RdfFormat to, string? baseUri = null, string? sourceName = null)
    {
        var reader = RdfReaders.Create(from);
        var streaming = RdfWriters.CreateStreamWriter(to, output);
        if (streaming != null)
        {
            reader.Load(streaming, input, baseUri, sourceName);
            return;
        }
        var store = new TripleStore();
        if (RdfFormatNames.IsQuadFormat(to))
        {
            reader.Load(new StoreHandler(store), input, baseUri, sourceName);
        }
        else
        {
            reader.Load(new GraphHandler(store.Default), input, baseUri, sourceName);
            foreach (var prefix in store.Default.NamespaceMap.Prefixes)
                store.NamespaceMap.AddNamespace(prefix, store.Default.NamespaceMap.GetNamespaceUri(prefix));
        }
        RdfWriters.CreateStoreWriter(to).Save(store, output);
        output.Flush();
    }
}
