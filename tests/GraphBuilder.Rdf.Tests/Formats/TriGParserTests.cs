using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Tests.Formats;

public class TriGParserTests
{
    private static List<Quad> Parse(string trig) => CollectingHandler.Parse(trig, RdfFormat.TriG, "http://e/base").Quads;

    [Fact]
    public void BlankNodeGraphNamesAndSharedLabelsAcrossGraphs()
    {
        var q = Parse("_:g { _:x <http://e/p> 1 } [] { _:x <http://e/p> 2 } GRAPH [] { <http://e/s> <http://e/p> 3 }");
        Assert.Equal(3, q.Select(x => x.Graph).Distinct().Count());
        Assert.Equal(q[0].Subject, q[1].Subject);
    }

    [Fact]
    public void LastTripleInABlockNeedsNoDot()
    {
        var q = Parse("{ <a> <b> <c> . <d> <e> <f> } <g> { <a> <b> <c> . }");
        Assert.Equal(3, q.Count);
        Assert.Equal(new UriNode("http://e/g"), q[2].Graph);
    }

    [Fact]
    public void TopLevelPropertyListWithoutPredicates()
    {
        var q = Parse("[ <http://e/p> <http://e/o> ] .");
        Assert.IsType<BlankNode>(Assert.Single(q).Subject);
    }

    [Theory]
    [InlineData("<g> { @prefix : <http://e/> . }")]
    [InlineData("<g> { <a> <b> <c> } .")]
    [InlineData("{ { <a> <b> <c> } }")]
    [InlineData("GRAPH [ <p> <o> ] { <a> <b> <c> }")]
    [InlineData("\"lit\" { <a> <b> <c> }")]
    [InlineData("<a> <b> <c>")]
    public void RejectsInvalidTrig(string trig) => Assert.Throws<RdfParseException>(() => Parse(trig));

    [Fact]
    public void TurtleRejectsGraphBlocks() =>
        Assert.Throws<RdfParseException>(() => CollectingHandler.Parse("<http://e/g> { <http://e/a> <http://e/b> <http://e/c> }", RdfFormat.Turtle));
}
