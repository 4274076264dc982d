namespace GraphBuilder.Extraction.KnowledgeBase;

/// <summary>Looks up event triggers by word form (lower case).</summary>
public sealed class TriggerLexicon
{
    private readonly Dictionary<string, List<EventTrigger>> _byForm = new(StringComparer.Ordinal);

    /// <summary>Creates the lexicon.</summary>
    public TriggerLexicon(IEnumerable<EventTrigger> triggers)
    {
        Triggers = triggers.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        foreach (var t in Triggers)
            foreach (var f in t.Forms)
            {
                var key = f.ToLowerInvariant();
                if (!_byForm.TryGetValue(key, out var list)) _byForm[key] = list = [];
                if (!list.Contains(t)) list.Add(t);
            }
        // Separable verbs first: "sagte … zu" must be read as "zusagen" before "sagen" is considered.
        foreach (var list in _byForm.Values)
            list.Sort((a, b) => (b.Particle != null).CompareTo(a.Particle != null) is int c and not 0 ? c
                : (b.RequiredWord != null).CompareTo(a.RequiredWord != null) is int d and not 0 ? d : string.CompareOrdinal(a.Id, b.Id));
    }

    /// <summary>All entries, by id.</summary>
    public IReadOnlyList<EventTrigger> Triggers { get; }

    /// <summary>The entries a word form may belong to (separable and framed verbs first), or an empty list.</summary>
    public IReadOnlyList<EventTrigger> Find(string lowerForm) =>
        _byForm.TryGetValue(lowerForm, out var l) ? l : [];
}
