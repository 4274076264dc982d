using GraphBuilder.Rdf.Sparql.Results;
using static GraphBuilder.Rdf.Tests.Sparql.Results.Fixtures;

namespace GraphBuilder.Rdf.Tests.Sparql.Results;

/// <summary>The exact text of each writer on small inputs.</summary>
public class WriterTests
{
    private static SparqlResultSet Small() => SparqlResultSet.FromBindings(["x", "y"],
    [
        Row(("x", Iri("a")), ("y", new LiteralNode("a,b \"c\""))),
        Row(("x", new BlankNode("n1"))),
        Row(("x", Iri("b")), ("y", new LiteralNode("1.5", Vocab.XsdDecimal))),
    ]);

    [Fact]
    public void Json_follows_the_w3c_shape()
    {
        var text = Write(new SparqlJsonResultsWriter(), Small());
        using var doc = System.Text.Json.JsonDocument.Parse(text);
        var root = doc.RootElement;
        Assert.Equal(["x", "y"], root.GetProperty("head").GetProperty("vars").EnumerateArray().Select(v => v.GetString()));
        var b = root.GetProperty("results").GetProperty("bindings").EnumerateArray().ToList();
        Assert.Equal(3, b.Count);
        Assert.Equal("uri", b[0].GetProperty("x").GetProperty("type").GetString());
        Assert.False(b[0].GetProperty("y").TryGetProperty("datatype", out _)); // xsd:string is written as a plain literal
        Assert.Equal("bnode", b[1].GetProperty("x").GetProperty("type").GetString());
        Assert.False(b[1].TryGetProperty("y", out _));
        Assert.Equal(Vocab.XsdDecimal, b[2].GetProperty("y").GetProperty("datatype").GetString());
    }

    [Fact]
    public void Json_ask_is_head_and_boolean()
    {
        Assert.Equal("{\"head\":{},\"boolean\":true}\n", Write(new SparqlJsonResultsWriter(), SparqlResultSet.FromBoolean(true)));
    }

    [Fact]
    public void Xml_has_the_results_namespace_and_language_attribute()
    {
        var r = SparqlResultSet.FromBindings(["x"], [Row(("x", new LiteralNode("Kanzler", null, "de")))]);
        var text = Write(new SparqlXmlResultsWriter(), r);
        var doc = System.Xml.Linq.XDocument.Parse(text);
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2005/sparql-results#";
        var lit = doc.Root!.Element(ns + "results")!.Element(ns + "result")!.Element(ns + "binding")!.Element(ns + "literal")!;
        Assert.Equal("de", lit.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")!.Value);
        Assert.Equal("Kanzler", lit.Value);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", text);
    }

    [Fact]
    public void Csv_writes_plain_values_quoted_when_needed_with_crlf()
    {
        var text = Write(new SparqlCsvResultsWriter(), Small());
        Assert.Equal("x,y\r\nhttp://example.org/a,\"a,b \"\"c\"\"\"\r\n_:n1,\r\nhttp://example.org/b,1.5\r\n", text);
    }

    [Fact]
    public void Tsv_writes_turtle_terms_and_empty_cells()
    {
        var text = Write(new SparqlTsvResultsWriter(), Small());
        Assert.Equal("?x\t?y\n<http://example.org/a>\t\"a,b \\\"c\\\"\"\n_:n1\t\n<http://example.org/b>\t1.5\n", text);
    }

    [Fact]
    public void Tsv_keeps_datatype_when_the_lexical_form_is_not_a_turtle_number()
    {
        var r = SparqlResultSet.FromBindings(["x"], [Row(("x", new LiteralNode("+1.", Vocab.XsdDecimal)))]);
        Assert.Equal("?x\n\"+1.\"^^<http://www.w3.org/2001/XMLSchema#decimal>\n", Write(new SparqlTsvResultsWriter(), r));
    }

    [Fact]
    public void Table_shortens_iris_aligns_and_counts()
    {
        var ns = new NamespaceMapper();
        ns.AddNamespace("ex", Ex);
        var text = Write(new SparqlTableResultsWriter(ns), Small());
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("3 rows", lines[^1]);
        Assert.Contains("| ex:a ", text);
        Assert.Contains(" 1.5 ", text);
        // Every table line has the same width.
        Assert.Single(lines[..^1].Select(l => l.Length).Distinct());
    }

    [Fact]
    public void Table_caps_column_width()
    {
        var r = SparqlResultSet.FromBindings(["x"], [Row(("x", new LiteralNode(new string('a', 200))))]);
        var text = Write(new SparqlTableResultsWriter(null, 20), r);
        Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[..^1], l => Assert.Equal(20 + 4, l.Length));
        Assert.Contains("…", text);
    }

    [Fact]
    public void Writers_stream_solutions_as_they_come()
    {
        // A result whose enumeration fails after two solutions: the first two must already be in the output.
        static IEnumerable<SparqlResult> Failing()
        {
            yield return Row(("x", Iri("first")));
            yield return Row(("x", Iri("second")));
            throw new InvalidOperationException("engine failed");
        }
        foreach (var f in new[] { "json", "xml", "csv", "tsv" })
        {
            var sw = new StringWriter();
            Assert.Throws<InvalidOperationException>(() => SparqlResultsWriters.Create(f).Save(SparqlResultSet.FromBindings(["x"], Failing()), sw));
            Assert.Contains("second", sw.ToString());
        }
    }

    [Fact]
    public void Factory_knows_the_names_and_content_types()
    {
        Assert.Equal("application/sparql-results+json", SparqlResultsWriters.ContentType("json"));
        Assert.Equal("application/sparql-results+xml", SparqlResultsWriters.ContentType("XML"));
        Assert.Equal("text/csv", SparqlResultsWriters.ContentType("csv"));
        Assert.Equal("text/tab-separated-values", SparqlResultsWriters.ContentType("tsv"));
        Assert.IsType<SparqlTableResultsWriter>(SparqlResultsWriters.Create("table"));
        Assert.Throws<ArgumentException>(() => SparqlResultsWriters.Create("yaml"));
    }

    [Fact]
    public void Graph_results_are_refused()
    {
        var g = SparqlResultSet.FromGraph(new Graph());
        Assert.Throws<NotSupportedException>(() => Write(new SparqlJsonResultsWriter(), g));
    }
}
