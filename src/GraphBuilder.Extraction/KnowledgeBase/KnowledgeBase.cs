using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.KnowledgeBase;

/// <summary>
/// The knowledge base with its lookup indexes: surface forms (token trie), adjective stems, hyphen prefixes,
/// demonyms, given names, capitals, and the role and trigger lexicons. Immutable once built; shared by all
/// documents of a run (safe to read from many threads).
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly string[] AdjectiveEndings = ["", "e", "en", "em", "er", "es"];
    private readonly Dictionary<string, KbEntity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbEntity> _adjectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbEntity> _prefixes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, KbEntity> _demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbEntity> _capitalOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _genitiveForms = new(StringComparer.Ordinal);

    /// <summary>Builds the indexes.</summary>
    public KnowledgeBase(IEnumerable<KbEntity> entities, IEnumerable<string> givenNames, RoleLexicon roles, TriggerLexicon triggers)
    {
        Roles = roles;
        Triggers = triggers;
        GivenNames = new HashSet<string>(givenNames, StringComparer.Ordinal);
        // Countries first, then organisations, people, places: an ambiguous form ("Luxemburg") names the state.
        var ordered = entities.OrderBy(e => Priority(e.Category)).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        foreach (var e in ordered) _entities.TryAdd(e.Id, e);
        foreach (var e in ordered)
        {
            var forms = new SortedSet<string>(e.SurfaceForms, StringComparer.Ordinal) { e.Name };
            foreach (var (label, _) in e.Labels) forms.Add(label);
            foreach (var f in forms)
            {
                Names.Add(Split(f), e);
                if (f.EndsWith('s') && forms.Contains(f[..^1])) _genitiveForms.Add(f);
            }
            foreach (var s in e.AdjectiveStems) _adjectives.TryAdd(s.ToLowerInvariant(), e);
            foreach (var p in e.PrefixForms) _prefixes.TryAdd(p, e);
            foreach (var d in e.Demonyms) _demonyms.TryAdd(d, e);
        }
        foreach (var e in ordered)
            if (e.Category == EntityCategory.Country && e.CapitalId != null) _capitalOf.TryAdd(e.CapitalId, e);
    }

    /// <summary>True when the knowledge base names someone who held <paramref name="role"/> in <paramref name="organizationId"/> on <paramref name="date"/>.</summary>
    public bool KnowsHolder(string role, string organizationId, DateOnly date) =>
        _entities.Values.Any(e => e.Category == EntityCategory.Person
                                  && e.HeldRoles.Any(r => r.Role == role && r.OrganizationId == organizationId && r.Covers(date)));

    /// <summary>An empty knowledge base (for tests of stages that need none).</summary>
    public static KnowledgeBase Empty { get; } = new([], [], new RoleLexicon([]), new TriggerLexicon([]));

    /// <summary>Entities by id.</summary>
    public IReadOnlyDictionary<string, KbEntity> Entities => _entities;
    /// <summary>Surface forms as a token trie.</summary>
    public SurfaceTrie<KbEntity> Names { get; } = new();
    /// <summary>Given names (for recognising full names nobody listed).</summary>
    public IReadOnlySet<string> GivenNames { get; }
    /// <summary>The role-noun lexicon.</summary>
    public RoleLexicon Roles { get; }
    /// <summary>The event-trigger lexicon.</summary>
    public TriggerLexicon Triggers { get; }

    /// <summary>The entity with this id, or null.</summary>
    public KbEntity? Get(string? id) => id != null && _entities.TryGetValue(id, out var e) ? e : null;

    /// <summary>The entity a single word names exactly (a compound's part, a genitive's base), or null.</summary>
    public KbEntity? LookupName(string word) => Names.Lookup(word);

    /// <summary>True when <paramref name="form"/> is a listed genitive ("Russlands" beside "Russland").</summary>
    public bool IsGenitiveForm(string form) => _genitiveForms.Contains(form);

    /// <summary>The entity an adjective names ("russischen" → Russia), or null.</summary>
    public KbEntity? LookupAdjective(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var ending in AdjectiveEndings)
        {
            if (lower.Length <= ending.Length + 3 || !lower.EndsWith(ending, StringComparison.Ordinal)) continue;
            if (_adjectives.TryGetValue(lower[..^ending.Length], out var e)) return e;
        }
        return null;
    }

    /// <summary>The entity a form before a hyphen names ("US", "Nato"), or null.</summary>
    public KbEntity? LookupPrefix(string part) =>
        _prefixes.TryGetValue(part, out var e) && SurfaceTrie<KbEntity>.CaseAgrees(part, FindPrefixForm(e, part)) ? e : null;

    private static string FindPrefixForm(KbEntity e, string part) =>
        e.PrefixForms.FirstOrDefault(p => string.Equals(p, part, StringComparison.Ordinal))
        ?? e.PrefixForms.First(p => string.Equals(p, part, StringComparison.OrdinalIgnoreCase));

    /// <summary>The country a demonym names ("Franzosen" → France), or null.</summary>
    public KbEntity? LookupDemonym(string word) => _demonyms.TryGetValue(word, out var e) ? e : null;

    /// <summary>The country whose capital the entity is, or null ("Moskau" → Russia).</summary>
    public KbEntity? CountryOfCapital(string id) => _capitalOf.TryGetValue(id, out var c) ? c : null;

    /// <summary>Splits a surface form into the tokens the tokenizer would produce.</summary>
    public static string[] Split(string form) => Tokenizer.Default.Tokenize(form).Select(t => t.Text).ToArray();

    private static int Priority(EntityCategory c) => c switch
    {
        EntityCategory.Country => 0,
        EntityCategory.Organization => 1,
        EntityCategory.Person => 2,
        _ => 3,
    };
}
