using GraphBuilder.Graph.Model;
using GraphBuilder.Rdf;

namespace GraphBuilder.Graph.Projection;

/// <summary>
/// What the projections read from a knowledge graph written to the KG contract: entities (type, name, Wikidata id,
/// documents), events, memberships and sentence groups. Read once; every list is sorted so projections are deterministic.
/// </summary>
public sealed class KgSnapshot
{
    private const string RdfType = Vocab.RdfType;
    private const string RdfsLabel = Vocab.Rdfs + "label";
    private const string OwlSameAs = Vocab.Owl + "sameAs";
    private const string SemHasPlace = "http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace";
    private readonly Dictionary<string, EntityNode> _nodes = new(StringComparer.Ordinal);
    private readonly IGraph _graph;

    private KgSnapshot(IGraph graph) => _graph = graph;

    /// <summary>Entities by id (typed entities, plus untyped nodes that take part in an event or membership).</summary>
    public IReadOnlyDictionary<string, EntityNode> Entities => _nodes;
    /// <summary>Events, sorted by id.</summary>
    public IReadOnlyList<KgEvent> Events { get; private set; } = [];
    /// <summary>Memberships, sorted.</summary>
    public IReadOnlyList<KgMembership> Memberships { get; private set; } = [];
    /// <summary>Documents that mention each entity (gb:mentionedIn), sorted.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MentionedIn { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Entities per NIF sentence (from mention nodes), when the graph has mentions; sentence id → sorted entity ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> NifSentences { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Reads <paramref name="graph"/>.</summary>
    public static KgSnapshot Read(IGraph graph)
    {
        var s = new KgSnapshot(graph);
        s.ReadEntities();
        s.ReadEvents();
        s.ReadMemberships();
        s.ReadMentions();
        return s;
    }

    /// <summary>The node for an id, creating an untyped one (kind Other) when the graph does not type it.</summary>
    public EntityNode Node(string id)
    {
        if (!_nodes.TryGetValue(id, out var n))
        {
            n = new EntityNode(id, FallbackLabel(id), EntityKind.Other, null);
            _nodes[id] = n;
        }
        return n;
    }

    private void ReadEntities()
    {
        var kinds = new Dictionary<INode, EntityKind>();
        foreach (var t in _graph.GetTriplesWithPredicate(new UriNode(RdfType)))
        {
            if (t.Object is not IUriNode type || t.Subject is ILiteralNode) continue;
            var k = EntityKinds.FromType(type.Uri);
            if (k is null) continue;
            if (!kinds.TryGetValue(t.Subject, out var old) || EntityKinds.Precedence(k.Value) > EntityKinds.Precedence(old))
                kinds[t.Subject] = k.Value;
        }
        foreach (var (subject, kind) in kinds)
        {
            var id = Id(subject);
            _nodes[id] = new EntityNode(id, LabelOf(subject) ?? FallbackLabel(id), kind, WikidataOf(subject));
        }
        var mentioned = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var t in _graph.GetTriplesWithPredicate(new UriNode(KgVocabulary.MentionedIn)))
        {
            var id = Id(t.Subject);
            if (!mentioned.TryGetValue(id, out var docs)) mentioned[id] = docs = new SortedSet<string>(StringComparer.Ordinal);
            docs.Add(Id(t.Object));
        }
        MentionedIn = mentioned.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.ToList(), StringComparer.Ordinal);
    }

    private void ReadEvents()
    {
        var events = new List<KgEvent>();
        foreach (var t in _graph.GetTriples(null, new UriNode(RdfType), new UriNode(KgVocabulary.Event)))
        {
            var e = t.Subject;
            var root = Values(e, KgVocabulary.Cameo).Select(v => Cameo.Root(Text(v))).Where(r => r != null).Min(StringComparer.Ordinal);
            if (root is null) continue;
            events.Add(new KgEvent(Id(e), root,
                Ids(e, KgVocabulary.Actor), Ids(e, KgVocabulary.Target), Ids(e, SemHasPlace),
                Values(e, KgVocabulary.Evidence).Select(Text).Distinct().Order(StringComparer.Ordinal).ToList(),
                Ids(e, KgVocabulary.WasDerivedFrom)));
            foreach (var id in events[^1].Actors.Concat(events[^1].Targets)) Node(id);
        }
        events.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        Events = events;
    }

    private void ReadMemberships()
    {
        var list = new List<KgMembership>();
        foreach (var t in _graph.GetTriples(null, new UriNode(RdfType), new UriNode(KgVocabulary.Membership)))
        {
            var roles = Ids(t.Subject, KgVocabulary.OrgRole).Select(LastSegment).ToList();
            if (roles.Count == 0) roles.Add("member");
            foreach (var member in Ids(t.Subject, KgVocabulary.Member))
            foreach (var org in Ids(t.Subject, KgVocabulary.OrgOrganization))
            foreach (var role in roles)
            {
                Node(member);
                Node(org);
                list.Add(new KgMembership(member, org, role));
            }
        }
        Memberships = list.Distinct()
            .OrderBy(m => m.Member, StringComparer.Ordinal).ThenBy(m => m.Organization, StringComparer.Ordinal).ThenBy(m => m.Role, StringComparer.Ordinal)
            .ToList();
    }

    private void ReadMentions()
    {
        var sentences = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var pred in new[] { KgVocabulary.TaIdentRef, KgVocabulary.GbEntity })
        foreach (var t in _graph.GetTriplesWithPredicate(new UriNode(pred)))
        {
            var entity = Id(t.Object);
            if (!_nodes.ContainsKey(entity)) continue;
            foreach (var s in _graph.GetTriples(t.Subject, new UriNode(KgVocabulary.NifSentence), null))
            {
                var sid = Id(s.Object);
                if (!sentences.TryGetValue(sid, out var set)) sentences[sid] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(entity);
            }
        }
        NifSentences = sentences.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.ToList(), StringComparer.Ordinal);
    }

    private IEnumerable<INode> Values(INode subject, string predicate) =>
        _graph.GetTriples(subject, new UriNode(predicate), null).Select(t => t.Object);

    private List<string> Ids(INode subject, string predicate) =>
        Values(subject, predicate).Where(o => o is not ILiteralNode).Select(Id).Distinct().Order(StringComparer.Ordinal).ToList();

    private string? LabelOf(INode subject)
    {
        // Prefer the canonical schema:name; among several, German first (the corpus language), then untagged, then any.
        foreach (var p in new[] { KgVocabulary.Name, RdfsLabel })
        {
            var best = Values(subject, p).OfType<ILiteralNode>()
                .OrderBy(l => l.Language.Equals("de", StringComparison.OrdinalIgnoreCase) ? 0 : l.Language.Length == 0 ? 1 : l.Language.Equals("en", StringComparison.OrdinalIgnoreCase) ? 2 : 3)
                .ThenBy(l => l.Value, StringComparer.Ordinal).FirstOrDefault();
            if (best != null && best.Value.Trim().Length > 0) return best.Value.Trim();
        }
        return null;
    }

    private string? WikidataOf(INode subject) =>
        Values(subject, OwlSameAs).OfType<IUriNode>().Select(u => u.Uri)
            .Where(u => u.StartsWith(KgVocabulary.Wikidata, StringComparison.Ordinal))
            .Select(u => u[KgVocabulary.Wikidata.Length..]).Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The id of a node: the IRI, "_:label" for a blank node, the lexical form for a literal.</summary>
    public static string Id(INode n) => n switch
    {
        IUriNode u => u.Uri,
        IBlankNode b => "_:" + b.InternalID,
        ILiteralNode l => l.Value,
        _ => n.ToString() ?? "",
    };

    private static string Text(INode n) => n is ILiteralNode l ? l.Value : Id(n);

    /// <summary>The last path segment or fragment of an IRI ("…/role/foreign-minister" → "foreign-minister").</summary>
    public static string LastSegment(string iri)
    {
        var trimmed = iri.TrimEnd('/', '#');
        int i = trimmed.LastIndexOfAny(['/', '#', ':']);
        return i >= 0 && i < trimmed.Length - 1 ? trimmed[(i + 1)..] : trimmed;
    }

    private static string FallbackLabel(string id) => Uri.UnescapeDataString(LastSegment(id)).Replace('-', ' ').Replace('_', ' ');
}
