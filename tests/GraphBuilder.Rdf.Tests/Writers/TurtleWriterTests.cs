using GraphBuilder.Rdf.Formats;
using static GraphBuilder.Rdf.Tests.Writers.WriterTestData;

namespace GraphBuilder.Rdf.Tests.Writers;

public class TurtleWriterTests
{
    [Fact]
    public void Groups_predicates_and_objects_with_a_first_and_only_used_prefixes()
    {
        var g = Graph(
            Tr(I("b"), I("name"), L("B")),
            Tr(I("a"), I("knows"), I("c")),
            Tr(I("a"), RdfTerm("type"), I("Person")),
            Tr(I("a"), I("knows"), I("b")),
            Tr(I("a"), I("name"), Lang("Anna", "de")));
        g.NamespaceMap.AddNamespace("unused", "http://unused.example/");
        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n" +
            "\n" +
            "ex:a a ex:Person ;\n" +
            "    ex:knows ex:b, ex:c ;\n" +
            "    ex:name \"Anna\"@de .\n" +
            "\n" +
            "ex:b ex:name \"B\" .\n",
            Write(new TurtleWriter(), g));
    }

    [Fact]
    public void Short_literal_forms_only_when_the_grammar_gives_the_same_literal_back()
    {
        var g = Graph(
            Tr(I("s"), I("a"), T("42", Vocab.XsdInteger)),
            Tr(I("s"), I("b"), T("042.50", Vocab.XsdDecimal)),
            Tr(I("s"), I("c"), T("1.0E0", Vocab.XsdDouble)),
            Tr(I("s"), I("d"), T("true", Vocab.XsdBoolean)),
            Tr(I("s"), I("e"), T("1.", Vocab.XsdDecimal)),
            Tr(I("s"), I("f"), T("INF", Vocab.XsdDouble)),
            Tr(I("s"), I("g"), T("TRUE", Vocab.XsdBoolean)),
            Tr(I("s"), I("h"), T("4 2", Vocab.XsdInteger)),
            Tr(I("s"), I("i"), T("2024-01-01", Vocab.XsdDate)),
            Tr(I("s"), I("j"), T("x", "http://other.example/dt")));
        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n" +
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n" +
            "\n" +
            "ex:s ex:a 42 ;\n" +
            "    ex:b 042.50 ;\n" +
            "    ex:c 1.0E0 ;\n" +
            "    ex:d true ;\n" +
            "    ex:e \"1.\"^^xsd:decimal ;\n" +
            "    ex:f \"INF\"^^xsd:double ;\n" +
            "    ex:g \"TRUE\"^^xsd:boolean ;\n" +
            "    ex:h \"4 2\"^^xsd:integer ;\n" +
            "    ex:i \"2024-01-01\"^^xsd:date ;\n" +
            "    ex:j \"x\"^^<http://other.example/dt> .\n",
            Write(new TurtleWriter(), g));
    }

    [Fact]
    public void Prefixed_names_only_for_valid_local_parts()
    {
        var g = Graph(
            Tr(I("ok_name-1.x"), I("p"), I("has/slash")),
            Tr(I("ok_name-1.x"), I("p"), I("trailing.")),
            Tr(I("ok_name-1.x"), I("p"), I("50%25")),
            Tr(I("ok_name-1.x"), I("p"), I("")),
            Tr(I("ok_name-1.x"), I("p"), I("Zürich")));
        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n" +
            "\n" +
            "ex:ok_name-1.x ex:p ex:, ex:50%25, ex:Zürich, <http://example.org/has/slash>, <http://example.org/trailing.> .\n",
            Write(new TurtleWriter(), g));
    }

    [Fact]
    public void Nests_single_use_blank_nodes_and_writes_collections()
    {
        var l1 = B("l1"); var l2 = B("l2");
        var g = Graph(
            Tr(I("s"), I("addr"), B("a")),
            Tr(B("a"), I("city"), L("Berlin")),
            Tr(B("a"), I("zip"), L("10115")),
            Tr(I("s"), I("tag"), B("t")),
            Tr(B("t"), I("label"), L("x")),
            Tr(I("s"), I("list"), l1),
            Tr(l1, RdfTerm("first"), T("1", Vocab.XsdInteger)),
            Tr(l1, RdfTerm("rest"), l2),
            Tr(l2, RdfTerm("first"), I("two")),
            Tr(l2, RdfTerm("rest"), RdfTerm("nil")),
            Tr(I("s"), I("empty"), RdfTerm("nil")),
            Tr(I("s"), I("leaf"), B("leaf")));
        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n" +
            "\n" +
            "ex:s ex:addr [\n" +
            "        ex:city \"Berlin\" ;\n" +
            "        ex:zip \"10115\"\n" +
            "    ] ;\n" +
            "    ex:empty () ;\n" +
            "    ex:leaf [] ;\n" +
            "    ex:list ( 1 ex:two ) ;\n" +
            "    ex:tag [ ex:label \"x\" ] .\n",
            Write(new TurtleWriter(), g));
    }

    [Fact]
    public void Shared_and_cyclic_blank_nodes_get_labels_in_output_order()
    {
        var g = Graph(
            Tr(I("a"), I("p"), B("shared")),
            Tr(I("b"), I("p"), B("shared")),
            Tr(B("shared"), I("v"), L("s")),
            Tr(B("c1"), I("next"), B("c2")),
            Tr(B("c2"), I("next"), B("c1")),
            Tr(B("lonely"), I("v"), L("alone")));
        var ttl = Write(new TurtleWriter(), g);
        var blocks = ttl.Split("\n\n");
        // IRI subjects first; blank subjects follow in canonical (structure-based) order.
        Assert.Equal("@prefix ex: <http://example.org/> .", blocks[0]);
        Assert.Equal("ex:a ex:p _:b0 .", blocks[1]);
        Assert.Equal("ex:b ex:p _:b0 .", blocks[2]);
        Assert.Equal(
            new[] { "[ ex:v \"alone\" ] .", "_:b0 ex:v \"s\" .", "_:b1 ex:next [ ex:next _:b1 ] ." },
            blocks.Skip(3).Select(b => b.TrimEnd('\n')).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Same_graph_gives_same_bytes_whatever_labels_and_insertion_order()
    {
        Triple[] Build(string x, string y, string z) =>
        [
            Tr(I("s"), I("p"), B(x)), Tr(B(x), I("q"), B(y)), Tr(B(y), I("q"), B(x)),
            Tr(I("s"), I("p"), B(z)), Tr(B(z), I("q"), B(z)),
            Tr(B(y), I("r"), L("1")), Tr(B(x), I("r"), L("1")),
        ];
        var t1 = Build("x", "y", "z");
        var t2 = Build("k9", "a0", "m").Reverse().ToArray();
        Assert.Equal(Write(new TurtleWriter(), Graph(t1)), Write(new TurtleWriter(), Graph(t2)));
    }

    [Fact]
    public void TriG_writes_default_graph_first_then_named_graphs_in_order()
    {
        var store = new TripleStore();
        store.NamespaceMap.AddNamespace("ex", Ex);
        store.Assert(new Quad(I("s"), I("p"), B("n"), I("g2")));
        store.Assert(new Quad(B("n"), I("p"), L("nested"), I("g2")));
        store.Assert(new Quad(I("s"), I("p"), L("d"), null));
        store.Assert(new Quad(I("s"), I("p"), L("1"), I("g1")));
        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n" +
            "\n" +
            "ex:s ex:p \"d\" .\n" +
            "\n" +
            "GRAPH ex:g1 {\n" +
            "    ex:s ex:p \"1\" .\n" +
            "}\n" +
            "\n" +
            "GRAPH ex:g2 {\n" +
            "    ex:s ex:p [ ex:p \"nested\" ] .\n" +
            "}\n",
            Write(new TriGWriter(), store));
        Assert.Equal("@prefix ex: <http://example.org/> .\n\nex:s ex:p \"d\" .\n", Write(new TurtleWriter(), store));
    }

    [Fact]
    public void TriG_labels_blank_nodes_shared_between_graphs()
    {
        var store = new TripleStore();
        store.NamespaceMap.AddNamespace("ex", Ex);
        store.Assert(new Quad(I("s"), I("p"), B("n"), I("g1")));
        store.Assert(new Quad(B("n"), I("p"), L("x"), I("g2")));
        var trig = Write(new TriGWriter(), store);
        Assert.Contains("ex:s ex:p _:b0 .", trig);
        Assert.Contains("_:b0 ex:p \"x\" .", trig);
    }
}
