using GraphBuilder.Rdf;
using static GraphBuilder.Extraction.Tests.Ontology.OntologyResources;

namespace GraphBuilder.Extraction.Tests.Ontology;

/// <summary>graphbuilder.ttl: the role individuals of the KG contract, the CAMEO scheme and the alignments.</summary>
public class OntologyVocabularyTests
{
    private static readonly string[] ContractRoles =
    [
        "head-of-state", "head-of-government", "deputy-head-of-government", "foreign-minister", "defence-minister",
        "interior-minister", "finance-minister", "economy-minister", "minister", "secretary-general", "chair",
        "spokesperson", "ambassador", "envoy", "party-leader", "military-officer", "member", "other",
    ];

    private static Rdf.Graph G => Load("graphbuilder.ttl");

    private static bool HasLabel(INode s, string predicate, string language) =>
        Literals(G, s, predicate).Any(l => l.Language == language && l.Value.Length > 0);

    public static TheoryData<string> Roles() => new(ContractRoles);

    [Theory]
    [MemberData(nameof(Roles))]
    public void RoleIndividualExistsWithGermanAndEnglishLabels(string slug)
    {
        var role = Iri(Role + slug);
        Assert.Contains(Iri(Org + "Role"), Objects(G, role, Vocab.RdfType));
        Assert.True(HasLabel(role, Skos + "prefLabel", "de"), $"role:{slug} lacks skos:prefLabel@de");
        Assert.True(HasLabel(role, Skos + "prefLabel", "en"), $"role:{slug} lacks skos:prefLabel@en");
    }

    [Fact]
    public void NoRoleBeyondTheContract()
    {
        var declared = G.GetTriples(null, Iri(Vocab.RdfType), Iri(Org + "Role")).Select(t => Slug((IUriNode)t.Subject)).Order().ToList();
        Assert.Equal(ContractRoles.Order(), declared);
    }

    [Fact]
    public void CameoRootsExistWithNotationAndLabels()
    {
        for (var i = 1; i <= 20; i++)
        {
            var code = i.ToString("00");
            var c = Iri(Cameo + code);
            Assert.Contains(Iri(Skos + "Concept"), Objects(G, c, Vocab.RdfType));
            Assert.Equal([code], Literals(G, c, Skos + "notation").Select(l => l.Value));
            Assert.True(HasLabel(c, Skos + "prefLabel", "de") && HasLabel(c, Skos + "prefLabel", "en"), $"cameo:{code} labels");
            Assert.Empty(Objects(G, c, Skos + "broader"));
        }
    }

    [Fact]
    public void EveryFinerCameoCodeIsNarrowerThanItsRoot()
    {
        var concepts = G.GetTriples(null, Iri(Vocab.RdfType), Iri(Skos + "Concept"))
            .Select(t => t.Subject).OfType<IUriNode>().Where(u => u.Uri.StartsWith(Cameo, StringComparison.Ordinal)).ToList();
        var finer = concepts.Where(c => Slug(c).Length == 3).ToList();
        Assert.True(finer.Count >= 140, $"only {finer.Count} three-digit CAMEO codes");
        foreach (var c in finer)
        {
            var code = Slug(c);
            Assert.Equal([Cameo + code[..2]], Objects(G, c, Skos + "broader").OfType<IUriNode>().Select(b => b.Uri));
            Assert.Equal([code], Literals(G, c, Skos + "notation").Select(l => l.Value));
        }
        Assert.Contains(finer, c => Slug(c) == "138");
        Assert.Contains(finer, c => Slug(c) == "163");
    }

    [Fact]
    public void EventAndDocumentAreAlignedToStandardVocabularies()
    {
        var sem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        Assert.Contains(Iri(sem + "Event"), Objects(G, Iri(Gb + "Event"), Vocab.Rdfs + "subClassOf"));
        Assert.Contains(Iri(Schema + "Event"), Objects(G, Iri(Gb + "Event"), Vocab.Rdfs + "subClassOf"));
        Assert.Contains(Iri("http://www.w3.org/ns/prov#Entity"), Objects(G, Iri(Gb + "Document"), Vocab.Rdfs + "subClassOf"));
        foreach (var p in new[] { "actor", "target" })
            Assert.Contains(Iri(sem + "hasActor"), Objects(G, Iri(Gb + p), Vocab.Rdfs + "subPropertyOf"));
    }

    [Fact]
    public void EveryDeclaredClassAndPropertyHasGermanAndEnglishLabels()
    {
        var declared = G.GetTriplesWithPredicate(Iri(Vocab.RdfType))
            .Where(t => t.Object is IUriNode o && (o.Uri == Vocab.Owl + "Class" || o.Uri == Vocab.Owl + "ObjectProperty" || o.Uri == Vocab.Owl + "DatatypeProperty"))
            .Select(t => t.Subject).ToList();
        Assert.True(declared.Count >= 20);
        foreach (var d in declared)
            Assert.True(HasLabel(d, Vocab.Rdfs + "label", "de") && HasLabel(d, Vocab.Rdfs + "label", "en"), $"{d} lacks de/en labels");
    }
}
