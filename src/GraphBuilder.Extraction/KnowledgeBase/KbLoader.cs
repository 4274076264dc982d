using GraphBuilder.Rdf;
using static GraphBuilder.Extraction.KnowledgeBase.KbVocabulary;

namespace GraphBuilder.Extraction.KnowledgeBase;

/// <summary>
/// Reads the knowledge base, the role lexicon and the trigger lexicon out of an RDF graph written in the
/// vocabulary of ontology/README.md.
/// </summary>
public static class KbLoader
{
    private static readonly UriNode RdfType = new(Vocab.RdfType);

    /// <summary>rdf:type IRIs and the category they put an entity in.</summary>
    public static readonly IReadOnlyDictionary<string, EntityCategory> TypeCategories = new Dictionary<string, EntityCategory>(StringComparer.Ordinal)
    {
        [Schema + "Person"] = EntityCategory.Person,
        [Schema + "Country"] = EntityCategory.Country,
        [Schema + "Organization"] = EntityCategory.Organization,
        [Schema + "GovernmentOrganization"] = EntityCategory.Organization,
        [Schema + "NewsMediaOrganization"] = EntityCategory.Organization,
        [Schema + "PoliticalParty"] = EntityCategory.Organization,
        [Schema + "NGO"] = EntityCategory.Organization,
        [Schema + "Corporation"] = EntityCategory.Organization,
        [Schema + "MilitaryOrganization"] = EntityCategory.Organization,
        [Schema + "EducationalOrganization"] = EntityCategory.Organization,
        [Schema + "Place"] = EntityCategory.Place,
        [Schema + "City"] = EntityCategory.Place,
        [Schema + "Continent"] = EntityCategory.Place,
        [Schema + "AdministrativeArea"] = EntityCategory.Place,
        [Schema + "State"] = EntityCategory.Place,
        [Schema + "Landform"] = EntityCategory.Place,
    };

    /// <summary>Builds the whole knowledge base from <paramref name="graph"/>.</summary>
    public static KnowledgeBase Load(IGraph graph) =>
        new(LoadEntities(graph), LoadGivenNames(graph), new RoleLexicon(LoadRoleNouns(graph)), new TriggerLexicon(LoadTriggers(graph)));

    /// <summary>The entities (subjects typed with a schema.org class of <see cref="TypeCategories"/>).</summary>
    public static List<KbEntity> LoadEntities(IGraph g)
    {
        var result = new List<KbEntity>();
        var subjects = new SortedSet<string>(StringComparer.Ordinal);
        var types = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var t in g.GetTriplesWithPredicate(RdfType))
        {
            if (t.Subject is not IUriNode s || t.Object is not IUriNode o || !TypeCategories.ContainsKey(o.Uri)) continue;
            subjects.Add(s.Uri);
            if (!types.TryGetValue(s.Uri, out var l)) types[s.Uri] = l = [];
            l.Add(o.Uri);
        }
        foreach (var iri in subjects)
        {
            var s = new UriNode(iri);
            var typeList = types[iri].OrderBy(x => x, StringComparer.Ordinal).ToList();
            var category = typeList.Select(x => TypeCategories[x]).Min();
            var names = Literals(g, s, Schema + "name");
            var labels = Literals(g, s, Vocab.Rdfs + "label");
            var name = names.FirstOrDefault(n => n.Language == "de") ?? names.FirstOrDefault() ?? labels.FirstOrDefault(n => n.Language == "de") ?? labels.FirstOrDefault();
            if (name is null) continue;
            var entity = new KbEntity(Slug(iri), category, name.Value)
            {
                NameLanguage = name.Language,
                Types = typeList,
                Labels = labels.Select(l => (l.Value, l.Language)).ToList(),
                SurfaceForms = Strings(g, s, Gb + "surfaceForm"),
                DefiniteAnaphors = Strings(g, s, Gb + "definiteAnaphor"),
                AdjectiveStems = Strings(g, s, Gb + "adjectiveStem"),
                PrefixForms = Strings(g, s, Gb + "prefixForm"),
                Demonyms = Strings(g, s, Gb + "demonym"),
                CapitalId = Iris(g, s, Gb + "capital").Select(Slug).FirstOrDefault(),
                ContainedInId = Iris(g, s, Schema + "containedInPlace").Select(Slug).FirstOrDefault(),
                CountryId = Iris(g, s, Gb + "country").Select(Slug).FirstOrDefault(),
                SameAs = Iris(g, s, Vocab.Owl + "sameAs").Where(x => x.StartsWith(Wd, StringComparison.Ordinal)).ToList(),
                GivenName = Strings(g, s, Schema + "givenName").FirstOrDefault(),
                FamilyName = Strings(g, s, Schema + "familyName").FirstOrDefault(),
                MemberOf = Iris(g, s, Gb + "memberOf").Select(Slug).ToList(),
                HeldRoles = HeldRoles(g, s),
            };
            result.Add(entity);
        }
        return result;
    }

    /// <summary>The given names of the gazetteer (objects of gb:givenName).</summary>
    public static List<string> LoadGivenNames(IGraph g) =>
        g.GetTriplesWithPredicate(new UriNode(Gb + "givenName")).Select(t => t.Object).OfType<ILiteralNode>()
            .Select(l => l.Value).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();

    /// <summary>The role nouns (subjects of type gb:RoleNoun).</summary>
    public static List<RoleNoun> LoadRoleNouns(IGraph g)
    {
        var list = new List<RoleNoun>();
        foreach (var s in SubjectsOfType(g, Gb + "RoleNoun"))
        {
            var role = Iris(g, s, Gb + "role").Select(Slug).FirstOrDefault();
            if (role is null) continue;
            var scope = Strings(g, s, Gb + "defaultOrganization").FirstOrDefault() == "organization" ? RoleScope.Organization : RoleScope.Country;
            list.Add(new RoleNoun(Slug(s.Uri), role, scope)
            {
                Forms = Strings(g, s, Gb + "forms"),
                ImpliedOrganizationId = Iris(g, s, Gb + "impliesOrganization").Select(Slug).FirstOrDefault(),
                Domestic = Strings(g, s, Gb + "domestic").Contains("true"),
                IsColleague = Strings(g, s, Gb + "colleague").Contains("true"),
            });
        }
        return list;
    }

    /// <summary>The event triggers (subjects of type gb:EventTrigger).</summary>
    public static List<EventTrigger> LoadTriggers(IGraph g)
    {
        var list = new List<EventTrigger>();
        foreach (var s in SubjectsOfType(g, Gb + "EventTrigger"))
        {
            var cameo = Strings(g, s, Gb + "cameo").FirstOrDefault();
            if (cameo is null) continue;
            var kind = Strings(g, s, Gb + "triggerKind").FirstOrDefault() switch
            {
                "noun" => TriggerKind.Noun,
                "speech" => TriggerKind.Speech,
                _ => TriggerKind.Verb,
            };
            list.Add(new EventTrigger(Slug(s.Uri), Strings(g, s, Gb + "lemma").FirstOrDefault() ?? Slug(s.Uri), cameo, kind)
            {
                Forms = Strings(g, s, Gb + "forms"),
                Particle = Strings(g, s, Gb + "particle").FirstOrDefault(),
                RequiredWord = Strings(g, s, Gb + "requires").FirstOrDefault(),
                TargetPrepositions = Strings(g, s, Gb + "targetPreposition"),
                CameoWithConsequences = Strings(g, s, Gb + "cameoWithConsequences").FirstOrDefault(),
                OwnActor = Strings(g, s, Gb + "ownActor").FirstOrDefault() is "true",
            });
        }
        return list;
    }

    /// <summary>The last segment of an IRI (after the last '/' or '#').</summary>
    public static string Slug(string iri)
    {
        var s = iri.TrimEnd('/', '#');
        int i = Math.Max(s.LastIndexOf('/'), s.LastIndexOf('#'));
        return i >= 0 ? s[(i + 1)..] : s;
    }

    private static IEnumerable<IUriNode> SubjectsOfType(IGraph g, string type) =>
        g.GetTriples(null, RdfType, new UriNode(type)).Select(t => t.Subject).OfType<IUriNode>()
            .Distinct().OrderBy(s => s.Uri, StringComparer.Ordinal);

    private static List<ILiteralNode> Literals(IGraph g, INode s, string p) =>
        g.GetTriples(s, new UriNode(p), null).Select(t => t.Object).OfType<ILiteralNode>()
            .OrderBy(l => l.Language, StringComparer.Ordinal).ThenBy(l => l.Value, StringComparer.Ordinal).ToList();

    private static DateOnly? Date(IGraph g, INode s, string p) =>
        Strings(g, s, p).Select(v => DateOnly.TryParseExact(v, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .FirstOrDefault(d => d != null);

    private static List<string> Strings(IGraph g, INode s, string p) =>
        g.GetTriples(s, new UriNode(p), null).Select(t => t.Object).OfType<ILiteralNode>().Select(l => l.Value)
            .Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();

    private static List<string> Iris(IGraph g, INode s, string p) =>
        g.GetTriples(s, new UriNode(p), null).Select(t => t.Object).OfType<IUriNode>().Select(u => u.Uri)
            .Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();

    private static List<KbHeldRole> HeldRoles(IGraph g, INode s)
    {
        var list = new List<KbHeldRole>();
        foreach (var t in g.GetTriples(s, new UriNode(Gb + "heldRole"), null))
        {
            var role = Iris(g, t.Object, Org + "role").Select(Slug).FirstOrDefault();
            if (role is null) continue;
            list.Add(new KbHeldRole(role, Iris(g, t.Object, Org + "organization").Select(Slug).FirstOrDefault(),
                Date(g, t.Object, Gb + "start"), Date(g, t.Object, Gb + "end")));
        }
        return list.Distinct().OrderBy(r => r.Role, StringComparer.Ordinal).ThenBy(r => r.OrganizationId, StringComparer.Ordinal).ToList();
    }
}
