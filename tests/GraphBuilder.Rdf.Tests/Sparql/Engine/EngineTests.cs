using GraphBuilder.Rdf.Formats;
using GraphBuilder.Rdf.Sparql.Evaluation;
using GraphBuilder.Rdf.Sparql.Results;
using GraphBuilder.Rdf.Sparql.Syntax;

namespace GraphBuilder.Rdf.Tests.Sparql.Engine;

/// <summary>Hand-written checks of the parser and evaluator (the W3C suites cover the breadth).</summary>
public class EngineTests
{
    private static TripleStore Store(string turtle)
    {
        var s = new TripleStore();
        RdfLoader.LoadString(new StoreHandler(s), turtle, RdfFormat.Turtle, "http://ex/");
        return s;
    }

    private const string Data = "@prefix : <http://ex/> .\n:a :p 1 ; :q :b .\n:b :p 2 ; :q :c .\n:c :p 3 .\n";

    private static List<string> Column(SparqlResultSet r, string v) => r.Results.Select(x => x[v]?.ToString() ?? "").ToList();

    [Fact]
    public void Syntax_errors_carry_line_and_column()
    {
        var e = Assert.Throws<SparqlParseException>(() => SparqlQueryParser.Parse("SELECT ?x\nWHERE { ?x ?y }"));
        Assert.Equal(2, e.Line);
        Assert.True(e.Column > 1);
    }

    [Theory]
    [InlineData("SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?p")]
    [InlineData("SELECT * WHERE { ?x ?p ?o BIND(1 AS ?x) }")]
    [InlineData("SELECT * WHERE { VALUES (?a ?b) { (1) } }")]
    [InlineData("SELECT (1 AS ?x) (2 AS ?x) WHERE { }")]
    [InlineData("SELECT * WHERE { _:b ?p ?o OPTIONAL { _:b ?q ?r } }")]
    [InlineData("SELECT * WHERE { ?s ?p ?o FILTER(COUNT(?o) > 1) }")]
    public void Statically_invalid_queries_are_rejected(string query) =>
        Assert.Throws<SparqlParseException>(() => SparqlQueryParser.Parse(query));

    [Fact]
    public void Optional_filter_and_order_work_together()
    {
        var r = new SparqlQueryProcessor(Store(Data)).Evaluate(
            "PREFIX : <http://ex/> SELECT ?s ?n WHERE { ?s :p ?v OPTIONAL { ?s :q ?n } FILTER(?v >= 2) } ORDER BY DESC(?v)");
        Assert.Equal(["<http://ex/c>", "<http://ex/b>"], Column(r, "s"));
        Assert.Equal(["", "<http://ex/c>"], Column(r, "n"));
    }

    [Fact]
    public void Aggregates_group_and_promote_types()
    {
        var r = new SparqlQueryProcessor(Store(Data)).Evaluate(
            "PREFIX : <http://ex/> SELECT (COUNT(*) AS ?n) (SUM(?v) AS ?sum) (AVG(?v) AS ?avg) (GROUP_CONCAT(?v; SEPARATOR=\",\") AS ?all) WHERE { ?s :p ?v }");
        var row = r.Results.Single();
        Assert.Equal("3", ((ILiteralNode)row["n"]!).Value);
        Assert.Equal("6", ((ILiteralNode)row["sum"]!).Value);
        Assert.Equal(Vocab.XsdDecimal, ((ILiteralNode)row["avg"]!).DataType);
        Assert.Equal(3, ((ILiteralNode)row["all"]!).Value.Split(',').Length);
    }

    [Fact]
    public void Property_paths_follow_closures_and_inverses()
    {
        var proc = new SparqlQueryProcessor(Store(Data));
        Assert.Equal(2, proc.Evaluate("PREFIX : <http://ex/> SELECT ?x WHERE { :a :q+ ?x }").Results.Count());
        Assert.Equal(3, proc.Evaluate("PREFIX : <http://ex/> SELECT ?x WHERE { :a :q* ?x }").Results.Count());
        Assert.Equal(["<http://ex/a>"], Column(proc.Evaluate("PREFIX : <http://ex/> SELECT ?x WHERE { :b ^:q ?x }"), "x"));
    }

    [Fact]
    public void Cancellation_stops_a_running_query()
    {
        var store = new TripleStore();
        for (int i = 0; i < 2000; i++) store.Assert(new Quad(new UriNode("http://ex/s" + i), new UriNode("http://ex/p"), new LiteralNode(i.ToString()), null));
        using var cts = new CancellationTokenSource();
        var r = new SparqlQueryProcessor(store).Evaluate(
            SparqlQueryParser.Parse("SELECT * WHERE { ?a ?p ?x . ?b ?p ?y . ?c ?p ?z }"), cts.Token);
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => r.Results.Count());
    }

    [Fact]
    public void Service_is_refused_with_a_clear_message()
    {
        var q = SparqlQueryParser.Parse("SELECT * WHERE { SERVICE <http://remote/sparql> { ?s ?p ?o } }");
        var e = Assert.Throws<NotSupportedException>(() => new SparqlQueryProcessor(new TripleStore()).Evaluate(q).Results.Count());
        Assert.Contains("SERVICE", e.Message);
    }
}
