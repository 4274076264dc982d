using GraphBuilder.Rdf.Comparison;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Tests.Comparison;

public class GraphComparerTests
{
    private static List<Quad> Q(string trig) => Tests.Formats.CollectingHandler.Parse(trig, RdfFormat.TriG).Quads;

    [Fact]
    public void RenamedBlankNodesAreIsomorphic() =>
        Assert.True(GraphComparer.AreIsomorphic(
            Q("_:a <http://e/p> _:b . _:b <http://e/p> \"x\" ."),
            Q("_:y <http://e/p> \"x\" . _:z <http://e/p> _:y .")));

    [Fact]
    public void StructureMatters() =>
        Assert.False(GraphComparer.AreIsomorphic(
            Q("_:a <http://e/p> _:b . _:b <http://e/p> _:a ."),
            Q("_:a <http://e/p> _:a . _:b <http://e/p> _:b .")));

    [Fact]
    public void SymmetricCyclesNeedBacktracking()
    {
        // Two 3-cycles vs one 6-cycle: every node has in- and out-degree 1, so refinement alone cannot tell them apart.
        const string two = "_:a <http://e/p> _:b . _:b <http://e/p> _:c . _:c <http://e/p> _:a . _:d <http://e/p> _:e . _:e <http://e/p> _:f . _:f <http://e/p> _:d .";
        const string six = "_:a <http://e/p> _:b . _:b <http://e/p> _:c . _:c <http://e/p> _:d . _:d <http://e/p> _:e . _:e <http://e/p> _:f . _:f <http://e/p> _:a .";
        const string twoRenamed = "_:x1 <http://e/p> _:x2 . _:x5 <http://e/p> _:x6 . _:x2 <http://e/p> _:x3 . _:x3 <http://e/p> _:x1 . _:x4 <http://e/p> _:x5 . _:x6 <http://e/p> _:x4 .";
        Assert.False(GraphComparer.AreIsomorphic(Q(two), Q(six)));
        Assert.True(GraphComparer.AreIsomorphic(Q(two), Q(twoRenamed)));
    }

    [Fact]
    public void GraphNamesAndLanguageTagCase()
    {
        Assert.True(GraphComparer.AreIsomorphic(Q("_:g { <http://e/s> <http://e/p> \"x\"@en-GB }"), Q("_:h { <http://e/s> <http://e/p> \"x\"@en-gb }")));
        Assert.False(GraphComparer.AreIsomorphic(Q("<http://e/g> { <http://e/s> <http://e/p> \"x\" }"), Q("<http://e/s> <http://e/p> \"x\" .")));
    }

    [Fact]
    public void DifferentLiteralsAreNotIsomorphic() =>
        Assert.False(GraphComparer.AreIsomorphic(Q("_:a <http://e/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> ."), Q("_:a <http://e/p> \"01\"^^<http://www.w3.org/2001/XMLSchema#integer> .")));

    [Fact]
    public void GraphOverload()
    {
        var a = RdfLoader.ParseGraph("[] <http://e/p> [ <http://e/q> 1 ] .", RdfFormat.Turtle);
        var b = RdfLoader.ParseGraph("_:x <http://e/p> _:y . _:y <http://e/q> 1 .", RdfFormat.Turtle);
        Assert.True(GraphComparer.AreIsomorphic(a, b));
    }
}
