using GraphBuilder.Rdf.Sparql.Results;
using static GraphBuilder.Rdf.Tests.Sparql.Results.Fixtures;

namespace GraphBuilder.Rdf.Tests.Sparql.Results;

/// <summary>Result sets written as RDF (rs: vocabulary), built as graphs by hand.</summary>
public class RdfResultsReaderTests
{
    private const string Rs = SparqlRdfResultsReader.Rs;
    private static readonly UriNode P = new("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    private static Graph ResultSetGraph(bool withIndex)
    {
        var g = new Graph();
        var rs = new BlankNode("rs");
        g.Assert(rs, P, new UriNode(Rs + "ResultSet"));
        g.Assert(rs, new UriNode(Rs + "resultVariable"), new LiteralNode("x"));
        g.Assert(rs, new UriNode(Rs + "resultVariable"), new LiteralNode("y"));
        // Two solutions, written so that their blank node order is the reverse of their index order.
        AddSolution(g, rs, "s9", withIndex ? 1 : null, ("x", Iri("one")), ("y", new LiteralNode("1", Vocab.XsdInteger)));
        AddSolution(g, rs, "s1", withIndex ? 2 : null, ("x", Iri("two")));
        return g;
    }

    private static void AddSolution(Graph g, INode rs, string id, int? index, params (string Var, INode Value)[] bindings)
    {
        var s = new BlankNode(id);
        g.Assert(rs, new UriNode(Rs + "solution"), s);
        if (index is int i) g.Assert(s, new UriNode(Rs + "index"), new LiteralNode(i.ToString(), Vocab.XsdInteger));
        int k = 0;
        foreach (var (v, value) in bindings)
        {
            var b = new BlankNode(id + "b" + k++);
            g.Assert(s, new UriNode(Rs + "binding"), b);
            g.Assert(b, new UriNode(Rs + "variable"), new LiteralNode(v));
            g.Assert(b, new UriNode(Rs + "value"), value);
        }
    }

    [Fact]
    public void Reads_variables_and_solutions()
    {
        var g = ResultSetGraph(withIndex: false);
        Assert.True(SparqlRdfResultsReader.IsResultSet(g));
        Assert.False(SparqlRdfResultsReader.IsOrdered(g));
        var r = SparqlRdfResultsReader.Read(g);
        Assert.Equal(["x", "y"], r.Variables);
        var expected = SparqlResultSet.FromBindings(["x", "y"],
            [Row(("x", Iri("two"))), Row(("x", Iri("one")), ("y", new LiteralNode("1", Vocab.XsdInteger)))]);
        Assert.True(ResultSetComparer.Compare(expected, r).Equal);
    }

    [Fact]
    public void Index_orders_the_solutions()
    {
        var g = ResultSetGraph(withIndex: true);
        Assert.True(SparqlRdfResultsReader.IsOrdered(g));
        var rows = SparqlRdfResultsReader.Read(g).Results.ToList();
        Assert.Equal(Iri("one"), rows[0]["x"]);
        Assert.Equal(Iri("two"), rows[1]["x"]);
    }

    [Fact]
    public void Reads_boolean()
    {
        var g = new Graph();
        g.Assert(new BlankNode("r"), P, new UriNode(Rs + "ResultSet"));
        g.Assert(new BlankNode("r"), new UriNode(Rs + "boolean"), new LiteralNode("true", Vocab.XsdBoolean));
        var r = SparqlRdfResultsReader.Read(g);
        Assert.Equal(SparqlResultsType.Boolean, r.ResultsType);
        Assert.True(r.Result);
    }

    [Fact]
    public void A_plain_graph_is_not_a_result_set()
    {
        var g = new Graph();
        g.Assert(Iri("a"), Iri("p"), Iri("b"));
        Assert.False(SparqlRdfResultsReader.IsResultSet(g));
        Assert.Throws<RdfException>(() => SparqlRdfResultsReader.Read(g));
    }
}
