using GraphBuilder.Rdf;
using static GraphBuilder.Extraction.KnowledgeBase.KbVocabulary;

namespace GraphBuilder.Extraction.Kg;

/// <summary>The IRIs the knowledge graph is written with (cached terms).</summary>
internal static class KgTerms
{
    public static readonly UriNode RdfType = new(Vocab.RdfType);
    public static readonly UriNode Label = new(Vocab.Rdfs + "label");
    public static readonly UriNode SameAs = new(Vocab.Owl + "sameAs");
    public static readonly UriNode Name = new(Schema + "name");
    public static readonly UriNode Url = new(Schema + "url");
    public static readonly UriNode Person = new(Schema + "Person");
    public static readonly UriNode Organization = new(Schema + "Organization");
    public static readonly UriNode Country = new(Schema + "Country");
    public static readonly UriNode Place = new(Schema + "Place");
    public static readonly UriNode DocumentClass = new(Gb + "Document");
    public static readonly UriNode Event = new(Gb + "Event");
    public static readonly UriNode MentionedIn = new(Gb + "mentionedIn");
    public static readonly UriNode Cameo = new(Gb + "cameo");
    public static readonly UriNode Actor = new(Gb + "actor");
    public static readonly UriNode Target = new(Gb + "target");
    public static readonly UriNode Quote = new(Gb + "quote");
    public static readonly UriNode Quotation = new(Schema + "Quotation");
    public static readonly UriNode Creator = new(Schema + "creator");
    public static readonly UriNode QuotationText = new(Schema + "text");
    public static readonly UriNode DateCreated = new(Schema + "dateCreated");
    public static readonly UriNode Evidence = new(Gb + "evidence");
    public static readonly UriNode Trigger = new(Gb + "trigger");
    public static readonly UriNode HasPlace = new(Sem + "hasPlace");
    public static readonly UriNode HasTimeStamp = new(Sem + "hasTimeStamp");
    public static readonly UriNode ProvEntity = new(Prov + "Entity");
    public static readonly UriNode DerivedFrom = new(Prov + "wasDerivedFrom");
    public static readonly UriNode Identifier = new(Dcterms + "identifier");
    public static readonly UriNode Title = new(Dcterms + "title");
    public static readonly UriNode Created = new(Dcterms + "created");
    public static readonly UriNode Language = new(Dcterms + "language");
    public static readonly UriNode Membership = new(Org + "Membership");
    public static readonly UriNode Member = new(Org + "member");
    public static readonly UriNode OrgOrganization = new(Org + "organization");
    public static readonly UriNode OrgRole = new(Org + "role");
    public static readonly UriNode NifPhrase = new(Nif + "Phrase");
    public static readonly UriNode NifContext = new(Nif + "Context");
    public static readonly UriNode NifBegin = new(Nif + "beginIndex");
    public static readonly UriNode NifEnd = new(Nif + "endIndex");
    public static readonly UriNode NifAnchorOf = new(Nif + "anchorOf");
    public static readonly UriNode NifReferenceContext = new(Nif + "referenceContext");
    public static readonly UriNode NifIsString = new(Nif + "isString");
    public static readonly UriNode ItsIdentRef = new("http://www.w3.org/2005/11/its/rdf#taIdentRef");
}
