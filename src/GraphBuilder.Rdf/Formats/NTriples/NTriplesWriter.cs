namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Writes N-Triples: one triple per line, sorted (IRIs, literals, then blank nodes in canonical order), blank
/// nodes relabelled b0, b1, ... so that the same graph always gives the same bytes. For a store, writes the default graph.
/// </summary>
public sealed class NTriplesWriter : IRdfWriter, IStoreWriter
{
    /// <inheritdoc />
    public void Save(IGraph graph, TextWriter output) => Write(WriterDataset.FromGraph(graph), output);

    /// <inheritdoc />
    public void Save(ITripleStore store, TextWriter output) => Write(WriterDataset.FromDefaultGraph(store), output);

    private static void Write(WriterDataset data, TextWriter output)
    {
        var labels = new BlankLabeller();
        foreach (var g in data.Graphs)
            foreach (var t in g.Triples)
                NQuadsWriter.WriteStatement(output, t.Subject, t.Predicate, t.Object, null, labels.Label);
        output.Flush();
    }
}
