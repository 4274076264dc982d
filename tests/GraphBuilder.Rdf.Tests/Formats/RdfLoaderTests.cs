using GraphBuilder.Rdf.Formats;
using GraphBuilder.Rdf.Formats.NTriples;
using GraphBuilder.Rdf.Formats.Turtle;

namespace GraphBuilder.Rdf.Tests.Formats;

public class RdfLoaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "gb-loader-" + Guid.NewGuid().ToString("N")[..10]);

    public RdfLoaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, text);
        return p;
    }

    [Theory]
    [InlineData(RdfFormat.NTriples, typeof(NTriplesParser))]
    [InlineData(RdfFormat.NQuads, typeof(NQuadsParser))]
    [InlineData(RdfFormat.Turtle, typeof(TurtleParser))]
    [InlineData(RdfFormat.TriG, typeof(TriGParser))]
    public void CreatesTheReaderOfEachFormat(RdfFormat f, Type expected) => Assert.IsType(expected, RdfReaders.Create(f));

    [Fact]
    public void JsonLdIsWriteOnly() =>
        Assert.Equal("JSON-LD is write-only", Assert.Throws<NotSupportedException>(() => RdfReaders.Create(RdfFormat.JsonLd)).Message);

    [Fact]
    public void ChoosesTheSyntaxByExtensionAndUsesTheFileUriAsBase()
    {
        var ttl = Write("a.ttl", "<x> <http://e/p> \"1\" .");
        var g = RdfLoader.LoadGraph(ttl);
        var expected = new Uri(Path.Combine(_dir, "x")).AbsoluteUri;
        Assert.Equal(new UriNode(expected), g.Triples.Single().Subject);
        var nq = Write("b.nq", "<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n");
        Assert.True(RdfLoader.LoadStore(nq).HasGraph(new UriNode("http://e/g")));
    }

    [Fact]
    public void UnknownExtensionIsAnArgumentError() =>
        Assert.Throws<ArgumentException>(() => RdfLoader.LoadGraph(Write("c.txt", "")));

    [Fact]
    public void TwoFilesInOneStoreKeepTheirBlankNodesApart()
    {
        var a = Write("a.nt", "_:b <http://e/p> \"a\" .\n");
        var b = Write("b.nt", "_:b <http://e/p> \"b\" .\n");
        var store = new TripleStore();
        RdfLoader.LoadInto(store, a);
        RdfLoader.LoadInto(store, b);
        Assert.Equal(2, store.DefaultGraph.Triples.Select(t => t.Subject).Distinct().Count());
    }

    [Fact]
    public void ParseErrorsNameTheFile()
    {
        var bad = Write("bad.trig", "<http://e/g> { <http://e/s> <http://e/p> }");
        var e = Assert.Throws<RdfParseException>(() => RdfLoader.LoadStore(bad));
        Assert.Equal(bad, e.Source);
        Assert.StartsWith(bad + ":1:42: ", e.ToDiagnostic());
    }
}
