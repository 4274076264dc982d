namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Writes N-Quads: the default graph's triples first (without a graph term), then each named graph in name order;
/// sorted and with canonical blank node labels b0, b1, ... like <see cref="NTriplesWriter"/>.
/// Saving a single graph writes its <see cref="IGraph.Name"/> as the graph term (none for an unnamed graph).
/// </summary>
public sealed class NQuadsWriter : IRdfWriter, IStoreWriter
{
    /// <inheritdoc />
    public void Save(IGraph graph, TextWriter output) => Write(WriterDataset.FromGraph(graph), output);

    /// <inheritdoc />
    public void Save(ITripleStore store, TextWriter output) => Write(WriterDataset.FromStore(store), output);

    private static void Write(WriterDataset data, TextWriter output)
    {
        var labels = new BlankLabeller();
        foreach (var g in data.Graphs)
            foreach (var t in g.Triples)
                WriteStatement(output, t.Subject, t.Predicate, t.Object, g.Name, labels.Label);
        output.Flush();
    }

    /// <summary>Writes one statement line: <c>s p o [g] .</c> followed by a newline.</summary>
    internal static void WriteStatement(TextWriter w, INode s, INode p, INode o, INode? g, Func<IBlankNode, string>? blankLabel)
    {
        NTriplesTermWriter.WriteTerm(w, s, blankLabel);
        w.Write(' ');
        NTriplesTermWriter.WriteTerm(w, p, blankLabel);
        w.Write(' ');
        NTriplesTermWriter.WriteTerm(w, o, blankLabel);
        if (g != null)
        {
            w.Write(' ');
            NTriplesTermWriter.WriteTerm(w, g, blankLabel);
        }
        w.Write(" .\n");
    }
}
