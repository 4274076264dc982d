namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// The prefixes a writer may use: those of the given namespace maps (earlier maps win), plus rdf, rdfs, xsd and owl
/// when neither their prefix nor their namespace is taken. Remembers which prefixes were actually used so that only
/// those are declared.
/// </summary>
internal sealed class WriterPrefixTable
{
    private static readonly (string Prefix, string Namespace)[] WellKnown =
    [
        ("rdf", Vocab.Rdf), ("rdfs", Vocab.Rdfs), ("xsd", Vocab.Xsd), ("owl", Vocab.Owl),
    ];

    // Longest namespace first, then prefix ordinal, so the first match is the preferred one.
    private readonly List<(string Prefix, string Namespace)> _entries;
    private readonly SortedDictionary<string, string> _used = new(StringComparer.Ordinal);

    /// <summary>Builds the table; <paramref name="accept"/> filters (prefix, namespace) pairs the syntax can declare.</summary>
    public WriterPrefixTable(IEnumerable<INamespaceMapper> maps, Func<string, string, bool> accept)
    {
        var byPrefix = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var map in maps)
            foreach (var p in map.Prefixes)
                if (!byPrefix.ContainsKey(p)) byPrefix[p] = map.GetNamespaceUri(p);
        foreach (var (p, ns) in WellKnown)
            if (!byPrefix.ContainsKey(p) && !byPrefix.ContainsValue(ns)) byPrefix[p] = ns;
        _entries = byPrefix.Where(kv => kv.Value.Length > 0 && accept(kv.Key, kv.Value))
            .Select(kv => (kv.Key, kv.Value))
            .OrderByDescending(e => e.Item2.Length).ThenBy(e => e.Item1, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The prefixes used so far with their namespaces, sorted by prefix.</summary>
    public IEnumerable<KeyValuePair<string, string>> Used => _used;

    /// <summary>Splits <paramref name="iri"/> into the preferred prefix whose local part <paramref name="localOk"/> accepts, and marks it used.</summary>
    public bool TryCompact(string iri, LocalNameCheck localOk, out string prefix, out ReadOnlySpan<char> local)
    {
        foreach (var (p, ns) in _entries)
        {
            if (iri.Length < ns.Length || !iri.StartsWith(ns, StringComparison.Ordinal)) continue;
            var l = iri.AsSpan(ns.Length);
            if (!localOk(l)) continue;
            prefix = p; local = l;
            if (!_used.ContainsKey(p)) _used[p] = ns;
            return true;
        }
        prefix = string.Empty;
        local = default;
        return false;
    }

    /// <summary>Declares <paramref name="prefix"/> as used even if no IRI needed it (JSON-LD always declares xsd).</summary>
    public void MarkUsed(string prefix)
    {
        foreach (var (p, ns) in _entries)
            if (p == prefix) { _used[p] = ns; return; }
    }
}

/// <summary>Decides whether a local name can follow a prefix in the target syntax.</summary>
internal delegate bool LocalNameCheck(ReadOnlySpan<char> local);
