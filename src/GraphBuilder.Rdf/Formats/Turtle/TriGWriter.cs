namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Writes pretty, deterministic TriG: the default graph's triples first (as plain Turtle), then one
/// <c>GRAPH name { ... }</c> block per named graph in name order, each laid out like <see cref="TurtleWriter"/>.
/// Blank node labels are shared across the document, as TriG scopes them.
/// </summary>
public sealed class TriGWriter : IStoreWriter, IRdfWriter
{
    /// <inheritdoc />
    public void Save(ITripleStore store, TextWriter output)
    {
        var maps = new List<INamespaceMapper> { store.NamespaceMap, store.DefaultGraph.NamespaceMap };
        foreach (var name in store.GraphNames) maps.Add(store.GetGraph(name).NamespaceMap);
        TurtleDocumentWriter.Write(WriterDataset.FromStore(store), maps, output, trig: true);
    }

    /// <summary>Writes one graph: inside <c>GRAPH name { }</c> when it has a name, else as the default graph.</summary>
    public void Save(IGraph graph, TextWriter output) =>
        TurtleDocumentWriter.Write(WriterDataset.FromGraph(graph), [graph.NamespaceMap], output, trig: true);
}
