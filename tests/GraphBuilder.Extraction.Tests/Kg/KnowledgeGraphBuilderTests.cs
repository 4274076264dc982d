using GraphBuilder.Extraction.Kg;
using GraphBuilder.Extraction.Tests.Fixtures;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Extraction.Tests.Kg;

public class KnowledgeGraphBuilderTests
{
    private const string Base = "https://example.org/kg/";
    private const string Gb = "https://w3id.org/graphbuilder/ns#";

    private static TripleStore Build(bool named = false, bool mentions = false)
    {
        var a = TestKb.Analyse("US-Außenminister Antony Miller drohte Russland mit Sanktionen.", "a1");
        var b = TestKb.Analyse("Olaf Scholz (SPD) kritisierte Russland. Miller kam nach Berlin.", "b2");
        return new KnowledgeGraphBuilder(new KgOptions { BaseIri = Base, NamedGraphs = named, Mentions = mentions }).Build([a, b], out _);
    }

    private static bool Has(IGraph g, string s, string p, INode o) => g.ContainsTriple(new Triple(new UriNode(s), new UriNode(p), o));

    [Fact]
    public void Entities_are_merged_across_documents_with_names_and_links()
    {
        var g = Build().DefaultGraph;
        var russia = Base + "entity/russia";
        Assert.True(Has(g, russia, Vocab.RdfType, new UriNode("https://schema.org/Country")));
        Assert.True(Has(g, russia, "https://schema.org/name", new LiteralNode("Russland", null, "de")));
        Assert.True(Has(g, russia, Vocab.Owl + "sameAs", new UriNode("http://www.wikidata.org/entity/Q159")));
        Assert.True(Has(g, russia, Gb + "mentionedIn", new UriNode(Base + "doc/a1")));
        Assert.True(Has(g, russia, Gb + "mentionedIn", new UriNode(Base + "doc/b2")));
        Assert.Single(g.GetTriples(new UriNode(Base + "entity/russia"), new UriNode(Vocab.RdfType), null));
    }

    [Fact]
    public void Memberships_and_events_carry_provenance()
    {
        var g = Build().DefaultGraph;
        var memberships = g.GetTriples(null, new UriNode(Vocab.RdfType), new UriNode("http://www.w3.org/ns/org#Membership")).Select(t => t.Subject).ToList();
        Assert.Equal(2, memberships.Count);
        foreach (var m in memberships)
        {
            Assert.NotEmpty(g.GetTriples(m, new UriNode("http://www.w3.org/ns/prov#wasDerivedFrom"), null));
            Assert.NotEmpty(g.GetTriples(m, new UriNode(Gb + "evidence"), null));
        }
        var ev = new UriNode(Base + "event/a1-1");
        Assert.True(Has(g, ev.Uri, Gb + "cameo", new LiteralNode("13")));
        Assert.True(Has(g, ev.Uri, Gb + "target", new UriNode(Base + "entity/russia")));
        Assert.True(Has(g, ev.Uri, "http://www.w3.org/ns/prov#wasDerivedFrom", new UriNode(Base + "doc/a1")));
    }

    [Fact]
    public void Named_graphs_hold_each_documents_facts()
    {
        var store = Build(named: true);
        var a1 = store.GetGraph(new UriNode(Base + "doc/a1"));
        Assert.True(Has(a1, Base + "event/a1-1", Vocab.RdfType, new UriNode(Gb + "Event")));
        Assert.False(Has(store.GetGraph(new UriNode(Base + "doc/b2")), Base + "event/a1-1", Vocab.RdfType, new UriNode(Gb + "Event")));
        Assert.True(Has(store.DefaultGraph, Base + "entity/russia", Vocab.RdfType, new UriNode("https://schema.org/Country")));
    }

    [Fact]
    public void Mentions_are_nif_phrases_with_offsets()
    {
        var g = Build(mentions: true).DefaultGraph;
        var nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        var phrase = g.GetTriples(null, new UriNode(nif + "anchorOf"), new LiteralNode("Russland")).First().Subject;
        const string text = "US-Außenminister Antony Miller drohte Russland mit Sanktionen.";
        int at = text.IndexOf("Russland", StringComparison.Ordinal);
        Assert.EndsWith($"#char={at},{at + 8}", ((IUriNode)phrase).Uri);
    }

    [Fact]
    public void Same_documents_give_the_same_turtle()
    {
        string Write()
        {
            var w = new StringWriter();
            RdfWriters.CreateStoreWriter(RdfFormat.Turtle).Save(Build(), w);
            return w.ToString();
        }
        Assert.Equal(Write(), Write());
    }

    [Fact]
    public void Folded_statements_are_written_as_the_speakers_quotations()
    {
        var doc = TestKb.Analyse("Olaf Scholz drohte Russland mit Konsequenzen.\n\n„Wir stehen an der Seite Kiews“, sagte Scholz.", "q1");
        var g = new KnowledgeGraphBuilder(new KgOptions { BaseIri = Base }).Build([doc], out _).DefaultGraph;
        var q = Base + "quotation/q1-1";
        Assert.True(Has(g, q, Vocab.RdfType, new UriNode("https://schema.org/Quotation")));
        Assert.True(Has(g, q, "https://schema.org/creator", new UriNode(Base + "entity/olaf-scholz")));
        Assert.True(Has(g, q, "https://schema.org/text", new LiteralNode("Wir stehen an der Seite Kiews", null, "de")));
        Assert.True(Has(g, q, "http://www.w3.org/ns/prov#wasDerivedFrom", new UriNode(Base + "doc/q1")));
        Assert.Empty(g.GetTriples(new UriNode(q), new UriNode(Gb + "cameo"), null));
    }
}
