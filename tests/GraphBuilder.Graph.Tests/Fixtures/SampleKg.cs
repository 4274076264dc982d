using GraphBuilder.Graph.Projection;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Graph.Tests.Fixtures;

/// <summary>
/// A small hand-made knowledge graph written to the KG contract, with answers known by construction:
/// <list type="bullet">
/// <item>interactions: Blinken → Russia disapprove ×2 and threaten ×1, Scholz → Russia threaten, Stoltenberg → Russia
/// consult, Russia → Ukraine force posture ×2; a second component Erika Muster → "Ölfirma &lt;Test&gt; &amp; "Co" 🚀"
/// (provide aid);</item>
/// <item>roles: Blinken foreign-minister of the USA, Scholz head-of-government of Germany, Stoltenberg
/// secretary-general of NATO, Baerbock foreign-minister of Germany;</item>
/// <item>two documents: doc1 mentions the conflict side, doc2 the aid pair and Baerbock.</item>
/// </list>
/// </summary>
public static class SampleKg
{
    /// <summary>The Turtle text.</summary>
    public const string Turtle = """
        @prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
        @prefix owl:    <http://www.w3.org/2002/07/owl#> .
        @prefix schema: <https://schema.org/> .
        @prefix org:    <http://www.w3.org/ns/org#> .
        @prefix prov:   <http://www.w3.org/ns/prov#> .
        @prefix dcterms:<http://purl.org/dc/terms/> .
        @prefix sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/> .
        @prefix wd:     <http://www.wikidata.org/entity/> .
        @prefix gb:     <https://w3id.org/graphbuilder/ns#> .
        @prefix role:   <https://w3id.org/graphbuilder/role/> .
        @prefix e:      <http://example.org/kg/entity/> .
        @prefix d:      <http://example.org/kg/doc/> .
        @prefix ev:     <http://example.org/kg/event/> .

        d:doc1 a gb:Document, prov:Entity ; dcterms:identifier "doc1" ; dcterms:language "de" .
        d:doc2 a gb:Document, prov:Entity ; dcterms:identifier "doc2" ; dcterms:language "de" .

        e:antony-blinken a schema:Person ; schema:name "Antony Blinken" ; rdfs:label "Antony Blinken"@de ; gb:mentionedIn d:doc1 .
        e:olaf-scholz a schema:Person ; schema:name "Olaf Scholz" ; rdfs:label "Olaf Scholz"@de ;
            owl:sameAs wd:Q61053 ; gb:mentionedIn d:doc1 .
        e:jens-stoltenberg a schema:Person ; schema:name "Jens Stoltenberg" ; gb:mentionedIn d:doc1 .
        e:annalena-baerbock a schema:Person ; schema:name "Annalena Baerbock" ; gb:mentionedIn d:doc2 .
        e:erika-muster a schema:Person ; schema:name "Erika Muster" ; gb:mentionedIn d:doc2 .
        e:russia a schema:Country, schema:Place ; schema:name "Russland"@de ; rdfs:label "Russia"@en ;
            owl:sameAs wd:Q159 ; gb:mentionedIn d:doc1 .
        e:ukraine a schema:Country ; schema:name "Ukraine"@de ; owl:sameAs wd:Q212 ; gb:mentionedIn d:doc1 .
        e:usa a schema:Country ; schema:name "USA"@de ; owl:sameAs wd:Q30 ; gb:mentionedIn d:doc1 .
        e:germany a schema:Country ; schema:name "Deutschland"@de ; owl:sameAs wd:Q183 ; gb:mentionedIn d:doc1, d:doc2 .
        e:nato a schema:Organization ; schema:name "Nato" ; owl:sameAs wd:Q7184 ; gb:mentionedIn d:doc1 .
        e:oelfirma a schema:Organization ; schema:name "Ölfirma <Test> & \"Co\" 🚀" ; gb:mentionedIn d:doc2 .
        e:kyiv a schema:City ; schema:name "Kiew"@de ; gb:mentionedIn d:doc1 .

        ev:1 a gb:Event ; gb:cameo "112" ; gb:actor e:antony-blinken ; gb:target e:russia ;
            gb:evidence "Blinken kritisierte Russland scharf."@de ; prov:wasDerivedFrom d:doc1 .
        ev:2 a gb:Event ; gb:cameo "11" ; gb:actor e:antony-blinken ; gb:target e:russia ;
            gb:evidence "Blinken warf Russland Desinformation vor."@de ; prov:wasDerivedFrom d:doc1 .
        ev:3 a gb:Event ; gb:cameo "13" ; gb:actor e:antony-blinken ; gb:target e:russia ;
            gb:evidence "Blinken drohte Russland mit Konsequenzen."@de ; prov:wasDerivedFrom d:doc1 .
        ev:4 a gb:Event ; gb:cameo "138" ; gb:actor e:olaf-scholz ; gb:target e:russia ;
            gb:evidence "Scholz drohte Russland mit Sanktionen."@de ; prov:wasDerivedFrom d:doc1 .
        ev:5 a gb:Event ; gb:cameo "04" ; gb:actor e:jens-stoltenberg ; gb:target e:russia ;
            gb:evidence "Stoltenberg traf Vertreter Russlands in Brüssel."@de ; prov:wasDerivedFrom d:doc1 .
        ev:6 a gb:Event ; gb:cameo "15" ; gb:actor e:russia ; gb:target e:ukraine ; sem:hasPlace e:kyiv ;
            gb:evidence "Russland zog Truppen an der Grenze zur Ukraine zusammen."@de ; prov:wasDerivedFrom d:doc1 .
        ev:7 a gb:Event ; gb:cameo "154" ; gb:actor e:russia ; gb:target e:ukraine ;
            gb:evidence "Russland verlegte weitere Panzer Richtung Ukraine."@de ; prov:wasDerivedFrom d:doc1 .
        ev:8 a gb:Event ; gb:cameo "07" ; gb:actor e:erika-muster ; gb:target e:oelfirma ;
            gb:evidence "Erika Muster sagte der Ölfirma Hilfe zu."@de ; prov:wasDerivedFrom d:doc2 .
        ev:9 a gb:Event ; gb:cameo "01" ; gb:actor e:annalena-baerbock ;
            gb:evidence "Baerbock äußerte sich in Kiew."@de ; prov:wasDerivedFrom d:doc2 .

        [] a org:Membership ; org:member e:antony-blinken ; org:organization e:usa ; org:role role:foreign-minister ;
            prov:wasDerivedFrom d:doc1 .
        [] a org:Membership ; org:member e:olaf-scholz ; org:organization e:germany ; org:role role:head-of-government .
        [] a org:Membership ; org:member e:jens-stoltenberg ; org:organization e:nato ; org:role role:secretary-general .
        [] a org:Membership ; org:member e:annalena-baerbock ; org:organization e:germany ; org:role role:foreign-minister .
        """;

    /// <summary>The entity namespace of the fixture.</summary>
    public const string E = "http://example.org/kg/entity/";

    /// <summary>The fixture as a graph.</summary>
    public static IGraph Graph() => RdfLoader.ParseGraph(Turtle, RdfFormat.Turtle);

    /// <summary>The fixture as a snapshot.</summary>
    public static KgSnapshot Snapshot() => KgSnapshot.Read(Graph());
}
