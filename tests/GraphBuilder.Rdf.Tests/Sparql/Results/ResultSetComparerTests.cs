using GraphBuilder.Rdf.Sparql.Results;
using static GraphBuilder.Rdf.Tests.Sparql.Results.Fixtures;

namespace GraphBuilder.Rdf.Tests.Sparql.Results;

public class ResultSetComparerTests
{
    private static SparqlResultSet Rs(params SparqlResult[] rows) => SparqlResultSet.FromBindings(["x", "y"], rows);
    private static BlankNode B(string id) => new(id);

    [Fact]
    public void Order_does_not_matter_unless_asked()
    {
        var a = Rs(Row(("x", Iri("1"))), Row(("x", Iri("2"))));
        var b = Rs(Row(("x", Iri("2"))), Row(("x", Iri("1"))));
        Assert.True(ResultSetComparer.Compare(a, b).Equal);
        var ordered = ResultSetComparer.Compare(a, b, ordered: true);
        Assert.False(ordered.Equal);
        Assert.Contains("solution 1", ordered.Difference);
    }

    [Fact]
    public void Duplicates_count()
    {
        var a = Rs(Row(("x", Iri("1"))), Row(("x", Iri("1"))), Row(("x", Iri("2"))));
        var b = Rs(Row(("x", Iri("1"))), Row(("x", Iri("2"))), Row(("x", Iri("2"))));
        var c = ResultSetComparer.Compare(a, b);
        Assert.False(c.Equal);
    }

    [Fact]
    public void Blank_nodes_match_up_to_consistent_renaming()
    {
        var a = Rs(Row(("x", B("a")), ("y", B("b"))), Row(("x", B("b")), ("y", Iri("k"))));
        var b = Rs(Row(("x", B("q")), ("y", Iri("k"))), Row(("x", B("p")), ("y", B("q"))));
        Assert.True(ResultSetComparer.Compare(a, b).Equal);
    }

    [Fact]
    public void Blank_node_renaming_must_be_one_to_one()
    {
        // Expected uses two different blank nodes; actual uses the same one twice.
        var a = Rs(Row(("x", B("a"))), Row(("x", B("b"))));
        var b = Rs(Row(("x", B("z"))), Row(("x", B("z"))));
        Assert.False(ResultSetComparer.Compare(a, b).Equal);
        Assert.False(ResultSetComparer.Compare(b, a).Equal);
    }

    [Fact]
    public void Blank_node_is_not_an_iri()
    {
        Assert.False(ResultSetComparer.Compare(Rs(Row(("x", B("a")))), Rs(Row(("x", Iri("a"))))).Equal);
    }

    [Fact]
    public void Unbound_differs_from_bound()
    {
        var c = ResultSetComparer.Compare(Rs(Row(("x", Iri("1")))), Rs(Row(("x", Iri("1")), ("y", Iri("2")))));
        Assert.False(c.Equal);
        Assert.Contains("?y=", c.Difference);
    }

    [Fact]
    public void Terms_compare_as_terms_with_case_insensitive_language()
    {
        Assert.False(ResultSetComparer.Compare(Rs(Row(("x", new LiteralNode("01", Vocab.XsdInteger)))), Rs(Row(("x", new LiteralNode("1", Vocab.XsdInteger))))).Equal);
        Assert.True(ResultSetComparer.Compare(Rs(Row(("x", new LiteralNode("a", null, "en-GB")))), Rs(Row(("x", new LiteralNode("a", null, "en-gb"))))).Equal);
    }

    [Fact]
    public void Variables_must_agree_and_kinds_must_agree()
    {
        var c = ResultSetComparer.Compare(SparqlResultSet.FromBindings(["x"], []), SparqlResultSet.FromBindings(["y"], []));
        Assert.False(c.Equal);
        Assert.False(ResultSetComparer.Compare(SparqlResultSet.FromBoolean(true), SparqlResultSet.FromBoolean(false)).Equal);
        Assert.False(ResultSetComparer.Compare(SparqlResultSet.FromBoolean(true), SparqlResultSet.FromBindings(["x"], [])).Equal);
    }

    [Fact]
    public void Ordered_comparison_still_renames_blank_nodes_consistently()
    {
        var a = Rs(Row(("x", B("a"))), Row(("x", B("a"))));
        Assert.True(ResultSetComparer.Compare(a, Rs(Row(("x", B("k"))), Row(("x", B("k")))), ordered: true).Equal);
        Assert.False(ResultSetComparer.Compare(a, Rs(Row(("x", B("k"))), Row(("x", B("m")))), ordered: true).Equal);
    }

    [Fact]
    public void Graphs_are_compared_up_to_blank_node_renaming()
    {
        var p = Iri("p");
        var g1 = new Graph();
        g1.Assert(B("a"), p, B("b"));
        g1.Assert(B("b"), p, B("a"));
        g1.Assert(B("a"), p, Iri("o"));
        var g2 = new Graph();
        g2.Assert(B("y"), p, B("x"));
        g2.Assert(B("x"), p, B("y"));
        g2.Assert(B("y"), p, Iri("o"));
        Assert.True(ResultSetComparer.CompareGraphs(g1, g2).Equal);
        var g3 = new Graph();
        g3.Assert(B("y"), p, B("x"));
        g3.Assert(B("x"), p, B("y"));
        g3.Assert(B("z"), p, Iri("o"));
        Assert.False(ResultSetComparer.CompareGraphs(g1, g3).Equal);
        Assert.True(ResultSetComparer.Compare(SparqlResultSet.FromGraph(g1), SparqlResultSet.FromGraph(g2)).Equal);
    }
}
