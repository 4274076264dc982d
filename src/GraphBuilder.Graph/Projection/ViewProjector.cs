using GraphBuilder.Graph.Model;
using GraphBuilder.Rdf;

namespace GraphBuilder.Graph.Projection;

/// <summary>Projects a knowledge graph into the named relationship views.</summary>
public sealed class ViewProjector
{
    private readonly KgSnapshot _kg;

    /// <summary>Creates a projector over an already read snapshot.</summary>
    public ViewProjector(KgSnapshot kg) => _kg = kg;

    /// <summary>Creates a projector over <paramref name="graph"/>.</summary>
    public ViewProjector(IGraph graph) : this(KgSnapshot.Read(graph)) { }

    /// <summary>The snapshot the views are made from.</summary>
    public KgSnapshot Snapshot => _kg;

    /// <summary>How co-occurrence is counted (default <see cref="CooccurrenceScope.Auto"/>).</summary>
    public CooccurrenceScope Scope { get; init; } = CooccurrenceScope.Auto;

    /// <summary>Builds the view of kind <paramref name="kind"/>.</summary>
    public RelationView Project(ViewKind kind) => kind switch
    {
        ViewKind.Interactions => RelationView.Create("interactions", [], InteractionEdges()),
        ViewKind.Cooccurrence => RelationView.Create("cooccurrence", [], CooccurrenceEdges()),
        ViewKind.Roles => RelationView.Create("roles", [], RoleEdges()),
        _ => RelationView.Create("all", [], InteractionEdges().Concat(CooccurrenceEdges()).Concat(RoleEdges())),
    };

    /// <summary>One edge per (actor, target, CAMEO root); weight = number of events; evidence = their sentences.</summary>
    public IEnumerable<RelationEdge> InteractionEdges()
    {
        var groups = new SortedDictionary<(string, string, string), (int Count, SortedSet<string> Evidence)>();
        foreach (var ev in _kg.Events)
        foreach (var actor in ev.Actors)
        foreach (var target in ev.Targets)
        {
            if (actor == target) continue;
            var key = (actor, target, ev.CameoRoot);
            if (!groups.TryGetValue(key, out var g)) g = (0, new SortedSet<string>(StringComparer.Ordinal));
            foreach (var s in ev.Evidence) g.Evidence.Add(s);
            groups[key] = (g.Count + 1, g.Evidence);
        }
        return groups.Select(kv => new RelationEdge(_kg.Node(kv.Key.Item1), _kg.Node(kv.Key.Item2), RelationKind.Interaction,
            kv.Value.Count, cameoRoot: kv.Key.Item3, evidence: kv.Value.Evidence.ToList()));
    }

    /// <summary>One undirected edge per pair of entities sharing a context; weight = number of shared contexts.</summary>
    public IEnumerable<RelationEdge> CooccurrenceEdges()
    {
        var contexts = Contexts();
        var pairs = new SortedDictionary<(string, string), (int Count, SortedSet<string> Where)>();
        foreach (var (context, members) in contexts)
        {
            var ids = members.Distinct().Order(StringComparer.Ordinal).ToList();
            for (int i = 0; i < ids.Count; i++)
            for (int j = i + 1; j < ids.Count; j++)
            {
                var key = (ids[i], ids[j]);
                if (!pairs.TryGetValue(key, out var p)) p = (0, new SortedSet<string>(StringComparer.Ordinal));
                p.Where.Add(context);
                pairs[key] = (p.Count + 1, p.Where);
            }
        }
        return pairs.Select(kv => new RelationEdge(_kg.Node(kv.Key.Item1), _kg.Node(kv.Key.Item2), RelationKind.Cooccurrence,
            kv.Value.Count, evidence: kv.Value.Where.ToList()));
    }

    /// <summary>One edge per (member, organisation, role); weight = 1 (memberships are facts, not counts).</summary>
    public IEnumerable<RelationEdge> RoleEdges() =>
        _kg.Memberships.Where(m => m.Member != m.Organization)
            .Select(m => new RelationEdge(_kg.Node(m.Member), _kg.Node(m.Organization), RelationKind.Role, 1, role: m.Role));

    /// <summary>The contexts (sentence text/id or document id → entity ids) co-occurrence is counted over.</summary>
    public IReadOnlyList<(string Context, IReadOnlyList<string> Members)> Contexts()
    {
        var scope = Scope;
        if (scope == CooccurrenceScope.Auto)
            scope = _kg.NifSentences.Count > 0 || _kg.Events.Count > 0 ? CooccurrenceScope.Sentence : CooccurrenceScope.Document;
        if (scope == CooccurrenceScope.Document)
        {
            var byDoc = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var (entity, docs) in _kg.MentionedIn)
            {
                if (!_kg.Entities.ContainsKey(entity)) continue;
                foreach (var d in docs)
                {
                    if (!byDoc.TryGetValue(d, out var set)) byDoc[d] = set = new SortedSet<string>(StringComparer.Ordinal);
                    set.Add(entity);
                }
            }
            return byDoc.Select(kv => (kv.Key, (IReadOnlyList<string>)kv.Value.ToList())).ToList();
        }
        if (_kg.NifSentences.Count > 0)
            return _kg.NifSentences.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).ToList();
        // Without NIF mentions, an event's evidence sentence is the sentence its participants share.
        var bySentence = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var ev in _kg.Events)
        {
            var keys = ev.Evidence.Count > 0 ? ev.Evidence.Select(s => string.Join(" ", ev.Documents) + "\t" + s) : [ev.Id];
            foreach (var key in keys)
            {
                if (!bySentence.TryGetValue(key, out var set)) bySentence[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var id in ev.Actors.Concat(ev.Targets).Concat(ev.Places.Where(_kg.Entities.ContainsKey))) set.Add(id);
            }
        }
        return bySentence.Select(kv => (Display(kv.Key), (IReadOnlyList<string>)kv.Value.ToList())).ToList();
    }

    private static string Display(string key)
    {
        int tab = key.IndexOf('\t');
        return tab >= 0 ? key[(tab + 1)..] : key;
    }
}
