using GraphBuilder.Rdf.Formats;
using GraphBuilder.Tests.Common;

namespace GraphBuilder.Rdf.Tests.Formats;

/// <summary>The hand-written seeds/sample.ttl parses into what it says.</summary>
public class SampleFixtureTests
{
    private const string Base = "https://w3id.org/graphbuilder/sample/";

    [Fact]
    public void SampleParses()
    {
        var g = RdfLoader.LoadGraph(Path.Combine(SharedData.RepoRoot, "seeds", "sample.ttl"));
        var mayor = new UriNode(Base + "entity/jürgen-größer");
        Assert.Contains(g.GetTriplesWithSubject(mayor), t => t.Object.Equals(new LiteralNode("Jürgen Größer")));
        var evt = new UriNode(Base + "event/hochwasser-warnung");
        var quote = (LiteralNode)g.GetTriples(evt, new UriNode("https://w3id.org/graphbuilder/ns#quote"), null).Single().Object;
        Assert.Contains("\nsagte Größer", quote.Value);
        var level = (LiteralNode)g.GetTriples(evt, new UriNode("https://w3id.org/graphbuilder/ns#waterLevelMetres"), null).Single().Object;
        Assert.Equal(("4.2E0", Vocab.XsdDouble), (level.Value, level.DataType));
        Assert.Equal(3, g.GetTriplesWithPredicate(new UriNode(Vocab.RdfFirst)).Count());
        Assert.True(g.NamespaceMap.HasNamespace("dct"));
    }
}
