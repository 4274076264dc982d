using GraphBuilder.Rdf.Formats;
using static GraphBuilder.Rdf.Tests.Writers.WriterTestData;

namespace GraphBuilder.Rdf.Tests.Writers;

public class NTriplesWriterTests
{
    [Fact]
    public void Writes_sorted_lines_with_escapes_and_literal_forms()
    {
        var g = Graph(
            Tr(I("b"), I("p"), L("line\nbreak \"quoted\" back\\slash\ttab\r")),
            Tr(I("a"), I("p"), Lang("Grüße", "de")),
            Tr(I("a"), I("p"), T("042", Vocab.XsdInteger)),
            Tr(I("a"), I("q"), new UriNode("http://example.org/with space>{x}")));
        var nt = Write(new NTriplesWriter(), g);
        Assert.Equal(
            "<http://example.org/a> <http://example.org/p> \"042\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n" +
            "<http://example.org/a> <http://example.org/p> \"Grüße\"@de .\n" +
            "<http://example.org/a> <http://example.org/q> <http://example.org/with\\u0020space\\u003E\\u007Bx\\u007D> .\n" +
            "<http://example.org/b> <http://example.org/p> \"line\\nbreak \\\"quoted\\\" back\\\\slash\\u0009tab\\r\" .\n",
            nt);
    }

    [Fact]
    public void Blank_nodes_get_canonical_labels_whatever_their_ids_and_insertion_order()
    {
        var g1 = Graph(
            Tr(I("a"), I("p"), B("x")), Tr(B("x"), I("q"), L("1")),
            Tr(I("a"), I("p"), B("y")), Tr(B("y"), I("q"), L("2")));
        var g2 = Graph(
            Tr(B("zz"), I("q"), L("2")), Tr(I("a"), I("p"), B("n1")),
            Tr(B("n1"), I("q"), L("1")), Tr(I("a"), I("p"), B("zz")));
        var nt1 = Write(new NTriplesWriter(), g1);
        Assert.Equal(nt1, Write(new NTriplesWriter(), g2));
        Assert.DoesNotContain("_:x", nt1);
        Assert.Contains("_:b0", nt1);
        Assert.Contains("_:b1", nt1);
    }

    [Fact]
    public void NQuads_writes_default_graph_without_graph_term_then_named_graphs_in_order()
    {
        var store = new TripleStore();
        store.Assert(new Quad(I("s"), I("p"), L("in g2"), I("g2")));
        store.Assert(new Quad(I("s"), I("p"), L("default"), null));
        store.Assert(new Quad(I("s"), I("p"), L("in g1"), I("g1")));
        Assert.Equal(
            "<http://example.org/s> <http://example.org/p> \"default\" .\n" +
            "<http://example.org/s> <http://example.org/p> \"in g1\" <http://example.org/g1> .\n" +
            "<http://example.org/s> <http://example.org/p> \"in g2\" <http://example.org/g2> .\n",
            Write(new NQuadsWriter(), store));
        Assert.Equal("<http://example.org/s> <http://example.org/p> \"default\" .\n", Write(new NTriplesWriter(), store));
    }

    [Fact]
    public void Stream_writers_write_each_statement_as_it_arrives()
    {
        var sw = new StringWriter();
        IRdfHandler h = new NQuadsStreamWriter(sw);
        h.StartRdf();
        h.HandleQuad(new Quad(B("x y"), I("p"), L("v"), I("g")));
        Assert.Equal("_:hex007800200079 <http://example.org/p> \"v\" <http://example.org/g> .\n", sw.ToString());
        h.HandleQuad(new Quad(B("n1"), I("p"), L("w"), null));
        h.EndRdf(true);
        Assert.EndsWith("_:n1 <http://example.org/p> \"w\" .\n", sw.ToString());

        var nt = new StringWriter();
        var th = new NTriplesStreamWriter(nt);
        th.HandleQuad(new Quad(I("s"), I("p"), I("o"), I("g")));
        Assert.Equal("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n", nt.ToString());
        Assert.Equal(1, th.Count);
    }

    [Fact]
    public void Factory_maps_every_format()
    {
        foreach (RdfFormat f in Enum.GetValues<RdfFormat>())
        {
            Assert.NotNull(RdfWriters.CreateStoreWriter(f));
            Assert.NotNull(RdfWriters.CreateWriter(f));
        }
        Assert.IsType<NTriplesStreamWriter>(RdfWriters.CreateStreamWriter(RdfFormat.NTriples, TextWriter.Null));
        Assert.IsType<NQuadsStreamWriter>(RdfWriters.CreateStreamWriter(RdfFormat.NQuads, TextWriter.Null));
        Assert.Null(RdfWriters.CreateStreamWriter(RdfFormat.Turtle, TextWriter.Null));
    }
}
