using GraphBuilder.Rdf.Sparql.Results;
using static GraphBuilder.Rdf.Tests.Sparql.Results.Fixtures;

namespace GraphBuilder.Rdf.Tests.Sparql.Results;

/// <summary>Parsers on hand-written documents, including forms our writers never produce.</summary>
public class ParserTests
{
    [Fact]
    public void Xml_reads_all_term_kinds_and_the_unbound_element()
    {
        const string srx = """
            <?xml version="1.0"?>
            <sparql xmlns="http://www.w3.org/2005/sparql-results#">
              <head><variable name="a"/><variable name="b"/><link href="meta.rdf"/></head>
              <results>
                <result>
                  <binding name="a"><uri>http://example.org/x</uri></binding>
                  <binding name="b"><literal xml:lang="en-GB">colour</literal></binding>
                </result>
                <result>
                  <binding name="a"><bnode>r1</bnode></binding>
                  <binding name="b"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">7</literal></binding>
                </result>
                <result>
                  <binding name="a"><literal> padded </literal></binding>
                  <binding name="b"><unbound/></binding>
                </result>
                <result/>
              </results>
            </sparql>
            """;
        var r = Parse(new SparqlXmlResultsParser(), srx);
        var rows = r.Results.ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(new LiteralNode("colour", null, "en-GB"), rows[0]["b"]);
        Assert.Equal(new BlankNode("r1"), rows[1]["a"]);
        Assert.Equal(new LiteralNode("7", Vocab.XsdInteger), rows[1]["b"]);
        Assert.Equal(new LiteralNode(" padded "), rows[2]["a"]);
        Assert.False(rows[2].HasValue("b"));
        Assert.Empty(rows[3].Bindings);
    }

    [Fact]
    public void Xml_error_has_a_line()
    {
        var e = Assert.Throws<RdfParseException>(() => Parse(new SparqlXmlResultsParser(), "<sparql>\n<head>\n</sparql>"));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Json_reads_typed_literal_and_languages()
    {
        const string srj = """
            { "head": { "vars": ["x", "y"] },
              "results": { "bindings": [
                { "x": { "type": "typed-literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer" },
                  "y": { "type": "literal", "value": "Haus", "xml:lang": "de" } },
                { "x": { "type": "bnode", "value": "q" } }
              ] } }
            """;
        var rows = Parse(new SparqlJsonResultsParser(), srj).Results.ToList();
        Assert.Equal(new LiteralNode("1", Vocab.XsdInteger), rows[0]["x"]);
        Assert.Equal(new LiteralNode("Haus", null, "de"), rows[0]["y"]);
        Assert.Equal(new BlankNode("q"), rows[1]["x"]);
        Assert.Null(rows[1]["y"]);
    }

    [Fact]
    public void Json_rejects_a_binding_without_type()
    {
        var e = Assert.Throws<RdfParseException>(() => Parse(new SparqlJsonResultsParser(), """{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"value":"v"}}]}}"""));
        Assert.Contains("type", e.Message);
    }

    [Fact]
    public void Tsv_reads_bare_numbers_booleans_and_quoted_forms()
    {
        const string tsv = "?a\t?b\n1\t-2.5\n1e3\ttrue\n'single'@de\t\"\"\"long \"quoted\" \"\"\"\n\"x\\ty\"^^<http://example.org/dt>\t\n";
        var rows = Parse(new SparqlTsvResultsParser(), tsv).Results.ToList();
        Assert.Equal(new LiteralNode("1", Vocab.XsdInteger), rows[0]["a"]);
        Assert.Equal(new LiteralNode("-2.5", Vocab.XsdDecimal), rows[0]["b"]);
        Assert.Equal(new LiteralNode("1e3", Vocab.XsdDouble), rows[1]["a"]);
        Assert.Equal(new LiteralNode("true", Vocab.XsdBoolean), rows[1]["b"]);
        Assert.Equal(new LiteralNode("single", null, "de"), rows[2]["a"]);
        Assert.Equal(new LiteralNode("long \"quoted\" "), rows[2]["b"]);
        Assert.Equal(new LiteralNode("x\ty", Ex + "dt"), rows[3]["a"]);
        Assert.False(rows[3].HasValue("b"));
    }

    [Fact]
    public void Tsv_reports_line_of_a_bad_term()
    {
        var e = Assert.Throws<RdfParseException>(() => Parse(new SparqlTsvResultsParser(), "?a\n<http://x>\nnot-a-term\n"));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Tsv_with_no_variables_has_empty_solutions()
    {
        var r = Parse(new SparqlTsvResultsParser(), "\n\n");
        Assert.Empty(r.Variables);
        Assert.Single(r.Results);
    }

    [Theory]
    [InlineData("<http://a/\\u00E9>", "http://a/é")]
    [InlineData("_:b.1", "b.1")]
    public void Term_parser_reads_iris_and_blank_nodes(string text, string expected)
    {
        var n = SparqlTermParser.Parse(text);
        Assert.Equal(expected, n is IUriNode u ? u.Uri : ((IBlankNode)n).InternalID);
    }

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("<http://a")]
    [InlineData("\"x\"^^xsd:int")]
    [InlineData("12abc")]
    public void Term_parser_rejects_bad_terms(string text)
    {
        Assert.Throws<FormatException>(() => SparqlTermParser.Parse(text));
    }

    [Fact]
    public void Files_are_parsed_by_extension()
    {
        var path = Path.Combine(Path.GetTempPath(), "gb-results-" + Guid.NewGuid().ToString("N") + ".srj");
        try
        {
            File.WriteAllText(path, """{"head":{},"boolean":false}""");
            var r = SparqlResultsParsers.ParseFile(path);
            Assert.Equal(SparqlResultsType.Boolean, r.ResultsType);
            Assert.False(r.Result);
        }
        finally { File.Delete(path); }
        Assert.Throws<NotSupportedException>(() => SparqlResultsParsers.ParseFile("x.bin"));
    }
}
