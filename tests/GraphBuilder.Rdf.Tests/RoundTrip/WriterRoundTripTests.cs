using FsCheck;
using FsCheck.Xunit;
using GraphBuilder.Rdf.Comparison;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Tests.RoundTrip;

/// <summary>Random datasets written in each syntax and read back with the project's readers are isomorphic to the original.</summary>
public class WriterRoundTripTests
{
    private static string Write(IStoreWriter w, ITripleStore s)
    {
        var sw = new StringWriter();
        w.Save(s, sw);
        return sw.ToString();
    }

    private static string Write(IRdfWriter w, IGraph g)
    {
        var sw = new StringWriter();
        w.Save(g, sw);
        return sw.ToString();
    }

    private static void AssertGraphRoundTrip(RandomDataset data, RdfFormat format)
    {
        var graph = data.ToGraph();
        var text = Write(RdfWriters.CreateWriter(format), graph);
        Graph back;
        try { back = RdfLoader.ParseGraph(text, format); }
        catch (RdfParseException e) { throw new Xunit.Sdk.XunitException($"{format} output does not parse: {e.ToDiagnostic()}\n{text}"); }
        var why = GraphComparer.Explain(graph.Triples.Select(t => new Quad(t, null)), back.Triples.Select(t => new Quad(t, null)));
        if (why != null) throw new Xunit.Sdk.XunitException($"{format} round trip: {why}\n{text}");
    }

    private static void AssertStoreRoundTrip(RandomDataset data, RdfFormat format)
    {
        var store = data.ToStore();
        var text = Write(RdfWriters.CreateStoreWriter(format), store);
        TripleStore back;
        try { back = RdfLoader.ParseStore(text, format); }
        catch (RdfParseException e) { throw new Xunit.Sdk.XunitException($"{format} output does not parse: {e.ToDiagnostic()}\n{text}"); }
        var why = GraphComparer.Explain(store.Quads, back.Quads);
        if (why != null) throw new Xunit.Sdk.XunitException($"{format} round trip: {why}\n{text}");
    }

    [Property(Arbitrary = [typeof(RdfArbitraries)], MaxTest = 300)]
    public void NTriples_round_trips(RandomDataset data) => AssertGraphRoundTrip(data, RdfFormat.NTriples);

    [Property(Arbitrary = [typeof(RdfArbitraries)], MaxTest = 300)]
    public void Turtle_round_trips(RandomDataset data) => AssertGraphRoundTrip(data, RdfFormat.Turtle);

    [Property(Arbitrary = [typeof(RdfArbitraries)], MaxTest = 300)]
    public void NQuads_round_trips(RandomDataset data) => AssertStoreRoundTrip(data, RdfFormat.NQuads);

    [Property(Arbitrary = [typeof(RdfArbitraries)], MaxTest = 300)]
    public void TriG_round_trips(RandomDataset data) => AssertStoreRoundTrip(data, RdfFormat.TriG);

    [Property(Arbitrary = [typeof(RdfArbitraries)], MaxTest = 200)]
    public void Turtle_output_does_not_depend_on_labels_or_insertion_order(RandomDataset data)
    {
        // Relabel every blank node and insert in reverse order: the bytes must not change.
        var renamed = data.Quads.Reverse().Select(q => new Quad(Rename(q.Subject), q.Predicate, Rename(q.Object), q.Graph is null ? null : Rename(q.Graph))).ToList();
        var other = data with { Quads = renamed };
        Assert.Equal(Write(new TriGWriter(), data.ToStore()), Write(new TriGWriter(), other.ToStore()));
        Assert.Equal(Write(new NQuadsWriter(), data.ToStore()), Write(new NQuadsWriter(), other.ToStore()));
    }

    private static INode Rename(INode n) => n is IBlankNode b ? new BlankNode("zz" + new string(b.InternalID.Reverse().ToArray())) : n;
}
