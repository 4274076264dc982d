using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Tests.Formats;

public class TurtleParserTests
{
    private const string Ex = "http://example.org/";

    private static List<Quad> Parse(string ttl, string? baseUri = null) => CollectingHandler.Parse(ttl, RdfFormat.Turtle, baseUri).Quads;

    [Fact]
    public void ReadsPrefixesAndPredicateObjectLists()
    {
        var q = Parse("@prefix ex: <http://example.org/> .\nex:s ex:p ex:o1, ex:o2 ; a ex:C .");
        Assert.Equal(3, q.Count);
        Assert.Equal(new UriNode(Ex + "s"), q[0].Subject);
        Assert.Equal(new UriNode(Ex + "o2"), q[1].Object);
        Assert.Equal(new UriNode(Vocab.RdfType), q[2].Predicate);
        Assert.All(q, x => Assert.Null(x.Graph));
    }

    [Theory]
    [InlineData("01", Vocab.XsdInteger)]
    [InlineData("+1", Vocab.XsdInteger)]
    [InlineData("-0.50", Vocab.XsdDecimal)]
    [InlineData(".5", Vocab.XsdDecimal)]
    [InlineData("1E0", Vocab.XsdDouble)]
    [InlineData("1.e5", Vocab.XsdDouble)]
    [InlineData("true", Vocab.XsdBoolean)]
    public void NumbersAndBooleansKeepTheirLexicalForm(string lexical, string datatype)
    {
        var q = Parse($"<http://e/s> <http://e/p> {lexical} .");
        var lit = Assert.IsType<LiteralNode>(Assert.Single(q).Object);
        Assert.Equal(lexical, lit.Value);
        Assert.Equal(datatype, lit.DataType);
    }

    [Fact]
    public void IntegerFollowedByDotEndsTheStatement()
    {
        var q = Parse("<http://e/s> <http://e/p> 1.");
        Assert.Equal("1", ((LiteralNode)Assert.Single(q).Object).Value);
    }

    [Fact]
    public void StringsEscapesLanguageTagsAndLongStrings()
    {
        var q = Parse("@prefix : <http://e/> . :s :p \"Gr\\u00FC\\u00DFe\\n\"@de-AT, '''zwei\n\"Zeilen\"''', \"x\"^^:T .");
        var a = (LiteralNode)q[0].Object;
        Assert.Equal("Grüße\n", a.Value);
        Assert.Equal("de-AT", a.Language);
        Assert.Equal("zwei\n\"Zeilen\"", ((LiteralNode)q[1].Object).Value);
        Assert.Equal("http://e/T", ((LiteralNode)q[2].Object).DataType);
    }

    [Fact]
    public void ResolvesRelativeIrisAgainstBaseDirectivesAndArgument()
    {
        var q = Parse("<a> <b> <#c> . @base <http://other/dir/> . <../x> <y> <> .", "http://e/doc.ttl");
        Assert.Equal(new UriNode("http://e/a"), q[0].Subject);
        Assert.Equal(new UriNode("http://e/doc.ttl#c"), q[0].Object);
        Assert.Equal(new UriNode("http://other/x"), q[1].Subject);
        Assert.Equal(new UriNode("http://other/dir/"), q[1].Object);
    }

    [Fact]
    public void CollectionsAndBlankNodePropertyLists()
    {
        var q = Parse("@prefix : <http://e/> . :s :list (1 [ :q 2 ] ()) ; :b [] .");
        Assert.Contains(q, t => t.Predicate.Equals(new UriNode(Vocab.RdfFirst)) && t.Object.Equals(new UriNode(Vocab.RdfNil)));
        Assert.Equal(3, q.Count(t => t.Predicate.Equals(new UriNode(Vocab.RdfRest))));
        Assert.IsType<BlankNode>(q.Single(t => t.Predicate.Equals(new UriNode("http://e/b"))).Object);
    }

    [Fact]
    public void LocalNamesWithEscapesDotsAndPercent()
    {
        var q = Parse("PREFIX : <http://e/>\n:a.b :p\\~q :c%20d.");
        Assert.Equal(new UriNode("http://e/a.b"), q[0].Subject);
        Assert.Equal(new UriNode("http://e/p~q"), q[0].Predicate);
        Assert.Equal(new UriNode("http://e/c%20d"), q[0].Object);
    }

    [Fact]
    public void SameLabelIsOneNodeButTwoLoadsGiveDistinctNodes()
    {
        const string ttl = "_:x <http://e/p> _:x .";
        var a = Parse(ttl);
        var b = Parse(ttl);
        Assert.Equal(a[0].Subject, a[0].Object);
        Assert.NotEqual(a[0].Subject, b[0].Subject);
    }

    [Theory]
    [InlineData("<http://e/s> <http://e/p> .", 1, 27)]
    [InlineData("@prefix : <http://e/> .\n:s :p undeclared:o .", 2, 7)]
    [InlineData("<http://e/s> <http://e/p> <http://e/o>", 1, 39)]
    [InlineData("<http://e/s> <http://e/p> \"open .", 1, 27)]
    [InlineData("<http://e/ s> <http://e/p> <http://e/o> .", 1, 11)]
    [InlineData("<rel> <http://e/p> <http://e/o> .", 1, 1)]
    public void ErrorsCarryLineAndColumn(string ttl, int line, int col)
    {
        var e = Assert.Throws<RdfParseException>(() => Parse(ttl));
        Assert.Equal(line, e.Line);
        Assert.Equal(col, e.Column);
        Assert.Equal("test", e.Source);
    }

    [Fact]
    public void TrigGraphBlocks()
    {
        var h = CollectingHandler.Parse("@prefix : <http://e/> . :g { :s :p :o } GRAPH :h { :a :b :c . :d :e :f } { :x :y :z } :t :u :v .", RdfFormat.TriG);
        Assert.Equal(new INode?[] { new UriNode("http://e/g"), new UriNode("http://e/h"), new UriNode("http://e/h"), null, null },
            h.Quads.Select(q => q.Graph).ToArray());
    }

    [Fact]
    public void HandlerCanStopParsing()
    {
        var h = new CollectingHandler { StopAfter = 1 };
        RdfLoader.LoadString(h, "<http://e/a> <http://e/b> <http://e/c> . <http://e/a> <http://e/b> <http://e/d> .", RdfFormat.Turtle);
        Assert.Single(h.Quads);
        Assert.True(h.EndedOk);
    }
}

public class TurtleParserLimitTests
{
    [Fact]
    public void VeryDeepNestingIsASyntaxErrorNotACrash()
    {
        var ttl = "<http://e/s> <http://e/p> " + new string('(', 100_000) + new string(')', 100_000) + " .";
        var e = Assert.Throws<RdfParseException>(() => CollectingHandler.Parse(ttl, RdfFormat.Turtle));
        Assert.Contains("nesting", e.Message);
    }

    [Fact]
    public void LoadsFromAStreamWithoutClosingIt()
    {
        using var ms = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("@prefix : <http://e/> . :s :p \"ö\" ."));
        var g = RdfLoader.LoadGraph(ms, RdfFormat.Turtle);
        Assert.Equal(1, g.Count);
        Assert.True(ms.CanRead);
    }
}
