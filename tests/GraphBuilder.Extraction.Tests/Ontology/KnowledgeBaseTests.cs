using System.Text.RegularExpressions;
using GraphBuilder.Rdf;
using Xunit.Abstractions;
using static GraphBuilder.Extraction.Tests.Ontology.OntologyResources;

namespace GraphBuilder.Extraction.Tests.Ontology;

/// <summary>Shape of the knowledge-base files (kb-*.ttl), as ontology/README.md fixes it.</summary>
public partial class KnowledgeBaseTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> AllowedTypes =
    [
        Schema + "Person", Schema + "Organization", Schema + "PoliticalParty", Schema + "NewsMediaOrganization",
        Schema + "GovernmentOrganization", Schema + "Country", Schema + "City", Schema + "Continent",
        Schema + "AdministrativeArea", Schema + "Place",
    ];

    /// <summary>Surface forms deliberately shared by two entities (none so far); "form|slug|slug".</summary>
    private static readonly HashSet<string> IntendedAmbiguities = [];

    public static TheoryData<string> Files() => new(KnowledgeBaseFiles);

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryEntityHasOneAllowedTypeANameLabelsAndSurfaceForms(string fileName)
    {
        var g = Load(fileName);
        var entities = Entities(g);
        Assert.NotEmpty(entities);
        var problems = new List<string>();
        foreach (var e in entities)
        {
            var types = Objects(g, e, Vocab.RdfType).ToList();
            if (types.Count != 1 || types[0] is not IUriNode t || !AllowedTypes.Contains(t.Uri))
                problems.Add($"{Slug(e)}: rdf:type {string.Join(", ", types)}");
            var names = Literals(g, e, Schema + "name").ToList();
            if (names.Count == 0 || names.GroupBy(n => n.Language).Any(l => l.Count() > 1))
                problems.Add($"{Slug(e)}: needs one schema:name per language, has {names.Count}");
            var labels = Literals(g, e, Vocab.Rdfs + "label").ToList();
            if (labels.Count == 0 || labels.Any(l => l.Language.Length == 0))
                problems.Add($"{Slug(e)}: needs language-tagged rdfs:label");
            var forms = Literals(g, e, Gb + "surfaceForm").ToList();
            if (forms.Count == 0 || forms.Any(f => f.Value.Trim().Length == 0 || f.Value != f.Value.Trim()))
                problems.Add($"{Slug(e)}: needs non-blank, trimmed surface forms");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void NoSurfaceFormNamesTwoEntities()
    {
        // Matching folds case, so forms that differ only in case collide too.
        var owners = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in KnowledgeBaseFiles)
        {
            var g = Load(file);
            foreach (var t in g.GetTriplesWithPredicate(Iri(Gb + "surfaceForm")))
            {
                var form = ((ILiteralNode)t.Object).Value;
                if (!owners.TryGetValue(form, out var set)) owners[form] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(Slug((IUriNode)t.Subject));
            }
        }
        var ambiguous = owners.Where(kv => kv.Value.Count > 1)
            .Select(kv => kv.Key + "|" + string.Join("|", kv.Value))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var a in ambiguous) output.WriteLine("ambiguous surface form: " + a);
        Assert.DoesNotContain(ambiguous, a => !IntendedAmbiguities.Contains(a));
    }

    [Fact]
    public void AdjectiveStemsArePlainLowerCaseAndUnique()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in KnowledgeBaseFiles)
        {
            var g = Load(file);
            foreach (var t in g.GetTriplesWithPredicate(Iri(Gb + "adjectiveStem")))
            {
                var stem = ((ILiteralNode)t.Object).Value;
                var slug = Slug((IUriNode)t.Subject);
                if (!AdjectiveStem().IsMatch(stem)) problems.Add($"{slug}: odd stem '{stem}'");
                if (seen.TryGetValue(stem, out var other) && other != slug) problems.Add($"'{stem}': {other} and {slug}");
                seen[stem] = slug;
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal("russia", seen["russisch"]);
        Assert.Equal("united-states", seen["US-amerikanisch"]);
    }

    [Fact]
    public void WikidataIdsAreWellFormedAndUnique()
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in KnowledgeBaseFiles)
        {
            var g = Load(file);
            foreach (var t in g.GetTriplesWithPredicate(Iri(Vocab.Owl + "sameAs")))
            {
                var slug = Slug((IUriNode)t.Subject);
                if (t.Object is not IUriNode wd || !WikidataIri().IsMatch(wd.Uri)) { problems.Add($"{slug}: {t.Object}"); continue; }
                if (!byId.TryAdd(wd.Uri, slug)) problems.Add($"{wd.Uri}: {byId[wd.Uri]} and {slug}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // A few ids every news graph relies on.
        Assert.Equal("germany", byId[Wikidata + "Q183"]);
        Assert.Equal("russia", byId[Wikidata + "Q159"]);
        Assert.Equal("nato", byId[Wikidata + "Q7184"]);
        Assert.Equal("jens-stoltenberg", byId[Wikidata + "Q57286"]);
    }

    [Fact]
    public void EveryReferencedKnowledgeBaseIriIsDefined()
    {
        var defined = KnowledgeBaseFiles.SelectMany(f => Entities(Load(f))).Select(e => e.Uri).ToHashSet(StringComparer.Ordinal);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in KnowledgeBaseFiles)
            foreach (var t in Load(file).Triples)
                if (t.Object is IUriNode o && o.Uri.StartsWith(Kb, StringComparison.Ordinal) && !defined.Contains(o.Uri))
                    missing.Add($"{file}: {o.Uri}");
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void EveryCountryHasACapitalOrIsACityState()
    {
        var g = Load("kb-countries.ttl");
        var countries = Entities(g);
        Assert.InRange(countries.Count, 195, 200);
        var withoutCapital = countries.Where(c => !Objects(g, c, Gb + "capital").Any()).Select(Slug).Order().ToList();
        Assert.Equal(["djibouti", "luxembourg", "monaco", "palestine", "san-marino", "singapore", "vatican-city"], withoutCapital);
        var places = Load("kb-places.ttl");
        foreach (var c in countries)
            foreach (var cap in Objects(g, c, Gb + "capital"))
                Assert.Contains(places.GetTriples(cap, Iri(Vocab.RdfType), Iri(Schema + "City")), _ => true);
    }

    [Fact]
    public void HeldRolesUseDefinedRolesAndDates()
    {
        var people = Load("kb-people.ttl");
        var ontology = Load("graphbuilder.ttl");
        var roles = ontology.GetTriples(null, Iri(Vocab.RdfType), Iri(Org + "Role")).Select(t => t.Subject).ToHashSet();
        var problems = new List<string>();
        foreach (var t in people.GetTriplesWithPredicate(Iri(Gb + "heldRole")))
        {
            var slug = Slug((IUriNode)t.Subject);
            var role = Objects(people, t.Object, Org + "role").ToList();
            if (role.Count != 1 || !roles.Contains(role[0])) problems.Add($"{slug}: role {string.Join(",", role)}");
            if (Objects(people, t.Object, Org + "organization").Count() != 1) problems.Add($"{slug}: needs one org:organization");
            var start = Literals(people, t.Object, Gb + "start").Select(l => l.Value).FirstOrDefault();
            var end = Literals(people, t.Object, Gb + "end").Select(l => l.Value).FirstOrDefault();
            foreach (var d in Literals(people, t.Object, Gb + "start").Concat(Literals(people, t.Object, Gb + "end")))
                if (d.DataType != Vocab.XsdDate || !DateOnly.TryParseExact(d.Value, "yyyy-MM-dd", out _)) problems.Add($"{slug}: bad date {d}");
            if (start != null && end != null && string.CompareOrdinal(start, end) > 0) problems.Add($"{slug}: ends before it starts");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex(@"^\p{Ll}[\p{Ll}-]*$|^US-amerikanisch$")]
    private static partial Regex AdjectiveStem();

    [GeneratedRegex(@"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$")]
    private static partial Regex WikidataIri();
}
