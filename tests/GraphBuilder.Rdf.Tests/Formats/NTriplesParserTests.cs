using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Tests.Formats;

public class NTriplesParserTests
{
    [Fact]
    public void ReadsAllTermKindsAndComments()
    {
        var q = CollectingHandler.Parse(
            "# comment\n<http://e/s> <http://e/p> \"a\\tb\\u00E4\"@de .\r\n_:b1 <http://e/p> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> . # trailing\n\n_:b1 <http://e/p> <http://e/o> .",
            RdfFormat.NTriples).Quads;
        Assert.Equal(3, q.Count);
        var lit = (LiteralNode)q[0].Object;
        Assert.Equal("a\tbä", lit.Value);
        Assert.Equal("de", lit.Language);
        Assert.Equal(Vocab.XsdInteger, ((LiteralNode)q[1].Object).DataType);
        Assert.Equal(q[1].Subject, q[2].Subject);
    }

    [Fact]
    public void NQuadsCarryGraphLabels()
    {
        var q = CollectingHandler.Parse("<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n<http://e/s> <http://e/p> <http://e/o> .\n", RdfFormat.NQuads).Quads;
        Assert.Equal(new UriNode("http://e/g"), q[0].Graph);
        Assert.Null(q[1].Graph);
    }

    [Theory]
    [InlineData("<rel> <http://e/p> <http://e/o> .", 1)]
    [InlineData("<http://e/s> <http://e/p> <http://e/o> <http://e/g> .", 40)]
    [InlineData("<http://e/s> <http://e/p> \"x\" . <http://e/s> <http://e/p> \"y\" .", 33)]
    [InlineData("<http://e/s> <http://e/p> 'x' .", 27)]
    public void RejectsWithColumn(string line, int col)
    {
        var e = Assert.Throws<RdfParseException>(() => CollectingHandler.Parse("\n" + line, RdfFormat.NTriples));
        Assert.Equal(2, e.Line);
        Assert.Equal(col, e.Column);
    }

    [Fact]
    public void LongLinesLargerThanTheBufferAreRead()
    {
        var big = new string('x', 200_000);
        var q = CollectingHandler.Parse($"<http://e/s> <http://e/p> \"{big}\" .\n<http://e/s> <http://e/p> \"{big}y\" .", RdfFormat.NTriples).Quads;
        Assert.Equal(2, q.Count);
        Assert.Equal(200_001, ((LiteralNode)q[1].Object).Value.Length);
    }
}
