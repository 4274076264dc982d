namespace GraphBuilder.Graph.Model;

/// <summary>The IRIs of the knowledge-graph contract (kg-contract.md) that the projections read and the Turtle export writes.</summary>
public static class KgVocabulary
{
    /// <summary>schema.org namespace.</summary>
    public const string Schema = "https://schema.org/";
    /// <summary>The project's namespace.</summary>
    public const string Gb = "https://w3id.org/graphbuilder/ns#";
    /// <summary>W3C ORG namespace.</summary>
    public const string Org = "http://www.w3.org/ns/org#";
    /// <summary>PROV-O namespace.</summary>
    public const string Prov = "http://www.w3.org/ns/prov#";
    /// <summary>Role individuals.</summary>
    public const string Role = "https://w3id.org/graphbuilder/role/";
    /// <summary>Wikidata entities.</summary>
    public const string Wikidata = "http://www.wikidata.org/entity/";
    /// <summary>SKOS namespace.</summary>
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    /// <summary>NIF 2.0 core namespace (mention nodes written by <c>build --mentions</c>).</summary>
    public const string Nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    /// <summary>Web Annotation / ITS 2.0 RDF namespace, used by NIF to point a mention at its entity.</summary>
    public const string Itsrdf = "http://www.w3.org/2005/11/its/rdf#";

    /// <summary>schema:Person.</summary>
    public const string Person = Schema + "Person";
    /// <summary>schema:Organization.</summary>
    public const string Organization = Schema + "Organization";
    /// <summary>schema:Country.</summary>
    public const string Country = Schema + "Country";
    /// <summary>schema:Place.</summary>
    public const string Place = Schema + "Place";
    /// <summary>schema:name.</summary>
    public const string Name = Schema + "name";

    /// <summary>gb:Event.</summary>
    public const string Event = Gb + "Event";
    /// <summary>gb:cameo.</summary>
    public const string Cameo = Gb + "cameo";
    /// <summary>gb:actor.</summary>
    public const string Actor = Gb + "actor";
    /// <summary>gb:target.</summary>
    public const string Target = Gb + "target";
    /// <summary>gb:evidence.</summary>
    public const string Evidence = Gb + "evidence";
    /// <summary>gb:mentionedIn.</summary>
    public const string MentionedIn = Gb + "mentionedIn";
    /// <summary>gb:pageRank (a computed measure written by the Turtle export of a view).</summary>
    public const string PageRank = Gb + "pageRank";
    /// <summary>gb:community (a computed measure written by the Turtle export of a view).</summary>
    public const string Community = Gb + "community";
    /// <summary>gb:degree (a computed measure written by the Turtle export of a view).</summary>
    public const string Degree = Gb + "degree";

    /// <summary>org:Membership.</summary>
    public const string Membership = Org + "Membership";
    /// <summary>org:member.</summary>
    public const string Member = Org + "member";
    /// <summary>org:organization.</summary>
    public const string OrgOrganization = Org + "organization";
    /// <summary>org:role.</summary>
    public const string OrgRole = Org + "role";

    /// <summary>prov:wasDerivedFrom.</summary>
    public const string WasDerivedFrom = Prov + "wasDerivedFrom";
    /// <summary>skos:prefLabel.</summary>
    public const string PrefLabel = Skos + "prefLabel";

    /// <summary>nif:referenceContext (mention → its document context).</summary>
    public const string NifReferenceContext = Nif + "referenceContext";
    /// <summary>nif:sentence (mention → its sentence node).</summary>
    public const string NifSentence = Nif + "sentence";
    /// <summary>itsrdf:taIdentRef (mention → the entity it names).</summary>
    public const string TaIdentRef = Itsrdf + "taIdentRef";
    /// <summary>gb:entity (mention → the entity it names; the project's own alternative to itsrdf:taIdentRef).</summary>
    public const string GbEntity = Gb + "entity";
}
