namespace GraphBuilder.Rdf.Formats.Parsing;

/// <summary>
/// Reuses the <see cref="UriNode"/> of IRIs seen before, looked up by the characters in the input buffer, so that a
/// repeated predicate or type costs neither a string nor a node allocation. Bounded: it is cleared when full.
/// </summary>
internal sealed class IriCache
{
    private const int MaxEntries = 1 << 17;
    private readonly Dictionary<string, UriNode> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UriNode>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public IriCache() => _bySpan = _map.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cached node for <paramref name="iri"/>, or null.</summary>
    public UriNode? Find(ReadOnlySpan<char> iri) => _bySpan.TryGetValue(iri, out var n) ? n : null;

    /// <summary>Caches and returns a node for an IRI already checked by the caller.</summary>
    public UriNode Add(string iri)
    {
        if (_map.Count >= MaxEntries) _map.Clear();
        var node = new UriNode(iri);
        _map[iri] = node;
        return node;
    }

    /// <summary>The node of an IRI string (cached).</summary>
    public UriNode Get(string iri) => _map.TryGetValue(iri, out var n) ? n : Add(iri);
}
