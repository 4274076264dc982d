namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Writes pretty, deterministic Turtle: only the prefixes used (sorted), subjects sorted (IRIs, then blank nodes in
/// canonical order), <c>;</c>/<c>,</c> grouping, <c>a</c> first, nested <c>[ ... ]</c> blank nodes and
/// <c>( ... )</c> collections, bare numbers/booleans where the grammar gives back the same literal, and blank node
/// labels b0, b1, ... in output order. The same graph always gives the same bytes. For a store, writes the default graph.
/// </summary>
public sealed class TurtleWriter : IRdfWriter, IStoreWriter
{
    /// <inheritdoc />
    public void Save(IGraph graph, TextWriter output) =>
        TurtleDocumentWriter.Write(WriterDataset.FromGraph(graph), [graph.NamespaceMap], output, trig: false);

    /// <inheritdoc />
    public void Save(ITripleStore store, TextWriter output) =>
        TurtleDocumentWriter.Write(WriterDataset.FromDefaultGraph(store), [store.NamespaceMap, store.DefaultGraph.NamespaceMap], output, trig: false);
}
