using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Projection;
using GraphBuilder.Graph.Tests.Fixtures;

namespace GraphBuilder.Graph.Tests.Projection;

public class ViewProjectorTests
{
    private static readonly ViewProjector Projector = new(SampleKg.Snapshot());

    private static string Key(RelationEdge e) =>
        $"{KgSnapshot.LastSegment(e.Source.Id)}>{KgSnapshot.LastSegment(e.Target.Id)}:{e.CameoRoot ?? e.Role ?? "co"}={e.Weight}";

    [Fact]
    public void Snapshot_reads_types_names_and_wikidata()
    {
        var kg = SampleKg.Snapshot();
        var russia = kg.Entities[SampleKg.E + "russia"];
        Assert.Equal(EntityKind.Country, russia.Kind); // Country wins over Place
        Assert.Equal("Russland", russia.Label);       // schema:name in German
        Assert.Equal("Q159", russia.Wikidata);
        Assert.Equal(EntityKind.Place, kg.Entities[SampleKg.E + "kyiv"].Kind);
        Assert.Equal("Ölfirma <Test> & \"Co\" 🚀", kg.Entities[SampleKg.E + "oelfirma"].Label);
        Assert.Equal(9, kg.Events.Count);
        Assert.Equal(4, kg.Memberships.Count);
    }

    [Fact]
    public void Interactions_merge_events_per_actor_target_and_cameo_root()
    {
        var view = Projector.Project(ViewKind.Interactions);
        Assert.Equal(
            [
                "antony-blinken>russia:11=2", "antony-blinken>russia:13=1", "erika-muster>oelfirma:07=1",
                "jens-stoltenberg>russia:04=1", "olaf-scholz>russia:13=1", "russia>ukraine:15=2",
            ],
            view.Edges.Select(Key).ToArray());
        Assert.Equal(7, view.NodeCount);
        Assert.Equal("directed", view.EdgeDefault);
        var disapprove = view.Edges.First(e => e.CameoRoot == "11");
        Assert.Equal("disapprove", disapprove.Label);
        Assert.Equal(QuadClass.VerbalConflict, disapprove.Quad);
        Assert.Equal(["Blinken kritisierte Russland scharf.", "Blinken warf Russland Desinformation vor."], disapprove.Evidence);
    }

    [Fact]
    public void Cooccurrence_counts_shared_event_sentences_when_there_are_no_mentions()
    {
        var view = Projector.Project(ViewKind.Cooccurrence);
        Assert.Equal(
            [
                "antony-blinken>russia:co=3", "erika-muster>oelfirma:co=1", "jens-stoltenberg>russia:co=1",
                "kyiv>russia:co=1", "kyiv>ukraine:co=1", "olaf-scholz>russia:co=1", "russia>ukraine:co=2",
            ],
            view.Edges.Select(Key).ToArray());
        Assert.Equal("undirected", view.EdgeDefault);
        Assert.All(view.Edges, e => Assert.True(string.CompareOrdinal(e.Source.Id, e.Target.Id) < 0));
    }

    [Fact]
    public void Cooccurrence_by_document_pairs_everything_a_document_mentions()
    {
        var view = new ViewProjector(SampleKg.Snapshot()) { Scope = CooccurrenceScope.Document }.Project(ViewKind.Cooccurrence);
        // doc1 mentions 9 entities (36 pairs), doc2 4 (6 pairs); no pair is in both.
        Assert.Equal(42, view.EdgeCount);
        Assert.All(view.Edges, e => Assert.Equal(1, e.Weight));
        Assert.Contains(view.Edges, e => e.Source.Id.EndsWith("annalena-baerbock") && e.Target.Id.EndsWith("germany"));
    }

    [Fact]
    public void Cooccurrence_uses_nif_sentences_when_mentions_are_present()
    {
        var ttl = SampleKg.Turtle + """

            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
            <http://example.org/m1> itsrdf:taIdentRef e:annalena-baerbock ; nif:sentence <http://example.org/s1> .
            <http://example.org/m2> itsrdf:taIdentRef e:usa ; nif:sentence <http://example.org/s1> .
            <http://example.org/m3> itsrdf:taIdentRef e:nato ; nif:sentence <http://example.org/s2> .
            """;
        var kg = KgSnapshot.Read(GraphBuilder.Rdf.Formats.RdfLoader.ParseGraph(ttl, GraphBuilder.Rdf.Formats.RdfFormat.Turtle));
        var view = new ViewProjector(kg).Project(ViewKind.Cooccurrence);
        Assert.Equal(["annalena-baerbock>usa:co=1"], view.Edges.Select(Key).ToArray());
    }

    [Fact]
    public void Roles_link_people_to_organisations_and_countries_with_the_role()
    {
        var view = Projector.Project(ViewKind.Roles);
        Assert.Equal(
            [
                "annalena-baerbock>germany:foreign-minister=1", "antony-blinken>usa:foreign-minister=1",
                "jens-stoltenberg>nato:secretary-general=1", "olaf-scholz>germany:head-of-government=1",
            ],
            view.Edges.Select(Key).ToArray());
        Assert.Equal("secretary-general", view.Edges.First(e => e.Role == "secretary-general").Label);
    }

    [Fact]
    public void All_combines_the_three_views()
    {
        var all = Projector.Project(ViewKind.All);
        Assert.Equal(6 + 7 + 4, all.EdgeCount);
        Assert.Equal("mixed", all.EdgeDefault);
        Assert.Equal(12, all.NodeCount);
    }

    [Fact]
    public void Projection_does_not_depend_on_triple_order()
    {
        var g1 = SampleKg.Graph();
        var g2 = new GraphBuilder.Rdf.Graph();
        foreach (var t in g1.Triples.Reverse()) g2.Assert(t);
        string Dump(ViewProjector p) => string.Join("\n", p.Project(ViewKind.All).Edges.Select(Key));
        Assert.Equal(Dump(new ViewProjector(g1)), Dump(new ViewProjector(g2)));
    }

    [Fact]
    public void Cameo_roots_and_quad_classes()
    {
        Assert.Equal("13", Cameo.Root("138"));
        Assert.Equal("04", Cameo.Root("4"));
        Assert.Null(Cameo.Root("99"));
        Assert.Null(Cameo.Root("ab"));
        Assert.Equal(QuadClass.VerbalCooperation, Cameo.Quad("05"));
        Assert.Equal(QuadClass.MaterialCooperation, Cameo.Quad("09"));
        Assert.Equal(QuadClass.VerbalConflict, Cameo.Quad("14"));
        Assert.Equal(QuadClass.MaterialConflict, Cameo.Quad("20"));
        Assert.Equal("threaten", Cameo.Label("13"));
    }
}
