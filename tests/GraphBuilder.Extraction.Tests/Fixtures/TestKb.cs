using KnowledgeBaseIndex = GraphBuilder.Extraction.KnowledgeBase.KnowledgeBase;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Pipeline;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Extraction.Tests.Fixtures;

/// <summary>
/// A small hand-written knowledge base in the vocabulary of ontology/README.md (own data, not the shipped KB),
/// combined with the shipped role and trigger lexicons, so stage tests do not move when the KB grows.
/// </summary>
public static class TestKb
{
    public const string Turtle = """
        @prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix owl:    <http://www.w3.org/2002/07/owl#> .
        @prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
        @prefix schema: <https://schema.org/> .
        @prefix org:    <http://www.w3.org/ns/org#> .
        @prefix gb:     <https://w3id.org/graphbuilder/ns#> .
        @prefix role:   <https://w3id.org/graphbuilder/role/> .
        @prefix kb:     <https://w3id.org/graphbuilder/kb/> .
        @prefix lex:    <https://w3id.org/graphbuilder/lex/> .

        kb:russia a schema:Country ; schema:name "Russland"@de ; rdfs:label "Russland"@de, "Russia"@en ;
            gb:surfaceForm "Russland", "Russlands" ; gb:adjectiveStem "russisch" ; gb:prefixForm "Russland" ;
            gb:demonym "Russen" ; gb:capital kb:moscow ; owl:sameAs <http://www.wikidata.org/entity/Q159> .
        kb:ukraine a schema:Country ; schema:name "Ukraine"@de ; rdfs:label "Ukraine"@de ;
            gb:surfaceForm "Ukraine" ; gb:adjectiveStem "ukrainisch" ; gb:prefixForm "Ukraine" ; gb:capital kb:kyiv .
        kb:germany a schema:Country ; schema:name "Deutschland"@de ; rdfs:label "Deutschland"@de, "Germany"@en ;
            gb:surfaceForm "Deutschland", "Deutschlands" ; gb:adjectiveStem "deutsch" ; gb:capital kb:berlin .
        kb:france a schema:Country ; schema:name "Frankreich"@de ; rdfs:label "Frankreich"@de ;
            gb:surfaceForm "Frankreich", "Frankreichs" ; gb:adjectiveStem "französisch" ; gb:demonym "Franzosen" ; gb:capital kb:paris .
        kb:usa a schema:Country ; schema:name "USA"@de ; rdfs:label "USA"@de, "United States"@en ;
            gb:surfaceForm "USA", "Vereinigte Staaten", "Vereinigten Staaten" ; gb:adjectiveStem "amerikanisch" ; gb:prefixForm "US" .
        kb:moscow a schema:City ; schema:name "Moskau"@de ; rdfs:label "Moskau"@de ; gb:surfaceForm "Moskau" ; schema:containedInPlace kb:russia .
        kb:kyiv a schema:City ; schema:name "Kiew"@de ; rdfs:label "Kiew"@de ; gb:surfaceForm "Kiew" ; schema:containedInPlace kb:ukraine .
        kb:berlin a schema:City ; schema:name "Berlin"@de ; rdfs:label "Berlin"@de ; gb:surfaceForm "Berlin" .
        kb:paris a schema:City ; schema:name "Paris"@de ; rdfs:label "Paris"@de ; gb:surfaceForm "Paris" .
        kb:vienna a schema:City ; schema:name "Wien"@de ; rdfs:label "Wien"@de ; gb:surfaceForm "Wien" .
        kb:nato a schema:Organization ; schema:name "Nato"@de ; rdfs:label "Nato"@de, "NATO"@en ;
            gb:surfaceForm "Nato", "NATO" ; gb:prefixForm "Nato", "NATO" ; gb:definiteAnaphor "Bündnis", "Allianz", "Alliierten" .
        kb:eu a schema:GovernmentOrganization ; schema:name "EU"@de ; rdfs:label "EU"@de ;
            gb:surfaceForm "EU", "Europäische Union", "Europäischen Union" ; gb:prefixForm "EU" .
        kb:russian-foreign-ministry a schema:GovernmentOrganization ; schema:name "Russisches Außenministerium"@de ;
            rdfs:label "Russisches Außenministerium"@de ; gb:surfaceForm "russischen Außenministeriums" ; gb:country kb:russia .
        kb:spd a schema:PoliticalParty ; schema:name "SPD"@de ; rdfs:label "SPD"@de ; gb:surfaceForm "SPD" ; gb:prefixForm "SPD" .
        kb:tagesblatt a schema:NewsMediaOrganization ; schema:name "Tagesblatt"@de ; rdfs:label "Tagesblatt"@de ; gb:surfaceForm "Tagesblatt" .
        kb:olaf-scholz a schema:Person ; schema:name "Olaf Scholz" ; rdfs:label "Olaf Scholz"@de ;
            schema:givenName "Olaf" ; schema:familyName "Scholz" ; gb:surfaceForm "Olaf Scholz", "Scholz" ;
            gb:heldRole [ org:role role:head-of-government ; org:organization kb:germany ] ;
            owl:sameAs <http://www.wikidata.org/entity/Q61053> .

        kb:maria-keller a schema:Person ; schema:name "Maria Keller" ; rdfs:label "Maria Keller"@de ;
            schema:givenName "Maria" ; schema:familyName "Keller" ; gb:surfaceForm "Maria Keller" ;
            gb:heldRole [ org:role role:foreign-minister ; org:organization kb:germany ; gb:start "2021-12-08"^^xsd:date ; gb:end "2025-05-06"^^xsd:date ] .

        lex:given-names gb:givenName "Annalena", "Jens", "Dmytro", "Wolodymyr", "Sergej", "Karin", "Maria", "Antony", "Wladimir", "Frank", "Walter", "Pierre" .
        """;

    private static readonly Lazy<KnowledgeBaseIndex> Cached = new(() =>
    {
        var g = EmbeddedOntology.Load(["roles-de.ttl", "events-de.ttl"]);
        RdfLoader.LoadString(new GraphHandler(g), Turtle, RdfFormat.Turtle, KbVocabulary.Kb);
        return KbLoader.Load(g);
    });

    /// <summary>The fixture knowledge base.</summary>
    public static KnowledgeBaseIndex Kb => Cached.Value;

    /// <summary>A pipeline over the fixture knowledge base.</summary>
    public static ExtractionPipeline Pipeline { get; } = new(Kb);

    /// <summary>Runs the whole pipeline over one text (document id "t", dated 19 January 2022, a Wednesday).</summary>
    public static Document Analyse(string text, string id = "t") =>
        Pipeline.Process(new SourceDocument(id, text, id) { Date = new DateOnly(2022, 1, 19) });

    /// <summary>The events of one text as (actor, CAMEO code, target) triples, for compact assertions.</summary>
    public static List<(string Actor, string Cameo, string? Target)> Events(string text) =>
        Analyse(text).Events.Select(e => (e.ActorKey, e.Cameo, e.TargetKey)).ToList();
}
