using GraphBuilder.Rdf;

namespace GraphBuilder.Rdf.Tests.Model;

public class IriResolverTests
{
    // RFC 3986 section 5.4 examples.
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    public void ResolvesRfc3986Examples(string reference, string expected)
    {
        Assert.Equal(expected, IriResolver.Resolve("http://a/b/c/d;p?q", reference));
    }

    [Fact]
    public void RelativeWithoutBaseIsAnError()
    {
        Assert.Throws<RdfException>(() => IriResolver.Resolve(null, "foo"));
    }

    [Fact]
    public void StoreAnswersEveryPatternFromIndexes()
    {
        var g = new Graph();
        var a = new UriNode("http://x/a"); var b = new UriNode("http://x/b"); var p = new UriNode("http://x/p");
        var lit = NodeFactory.Lang("hallo", "de");
        g.Assert(a, p, b); g.Assert(a, p, lit); g.Assert(b, p, a);
        Assert.False(g.Assert(new Triple(a, p, b)));
        Assert.Equal(3, g.Count);
        Assert.Equal(2, g.GetTriplesWithSubject(a).Count());
        Assert.Single(g.GetTriples(null, null, lit));
        Assert.Single(g.GetTriples(a, null, b));
        Assert.True(g.Retract(new Triple(a, p, b)));
        Assert.Equal(2, g.Count);
        Assert.Empty(g.GetTriples(a, null, b));
    }
}
