namespace GraphBuilder.Rdf;

/// <summary>Prefix to namespace IRI mappings (dotNetRDF's <c>INamespaceMapper</c>).</summary>
public interface INamespaceMapper
{
    /// <summary>Adds or replaces a prefix.</summary>
    void AddNamespace(string prefix, string namespaceUri);
    /// <summary>True when the prefix is defined.</summary>
    bool HasNamespace(string prefix);
    /// <summary>The namespace IRI of a prefix.</summary>
    string GetNamespaceUri(string prefix);
    /// <summary>The defined prefixes, sorted.</summary>
    IEnumerable<string> Prefixes { get; }
    /// <summary>Tries to split <paramref name="iri"/> into a defined prefix and a local name (longest namespace wins). The local name is not checked against any syntax.</summary>
    bool TryReduce(string iri, out string prefix, out string localName);
}

/// <summary>The default <see cref="INamespaceMapper"/>.</summary>
public sealed class NamespaceMapper : INamespaceMapper
{
    private readonly SortedDictionary<string, string> _map = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void AddNamespace(string prefix, string namespaceUri) => _map[prefix] = namespaceUri;
    /// <inheritdoc />
    public bool HasNamespace(string prefix) => _map.ContainsKey(prefix);
    /// <inheritdoc />
    public string GetNamespaceUri(string prefix) => _map.TryGetValue(prefix, out var v) ? v : throw new RdfException($"undefined prefix '{prefix}:'");
    /// <inheritdoc />
    public IEnumerable<string> Prefixes => _map.Keys;

    /// <inheritdoc />
    public bool TryReduce(string iri, out string prefix, out string localName)
    {
        prefix = localName = string.Empty;
        int best = -1;
        foreach (var (p, ns) in _map)
        {
            if (ns.Length > best && iri.StartsWith(ns, StringComparison.Ordinal))
            {
                best = ns.Length; prefix = p; localName = iri[ns.Length..];
            }
        }
        return best >= 0;
    }

    /// <summary>Copies all mappings of <paramref name="other"/> into this one.</summary>
    public void Import(INamespaceMapper other)
    {
        foreach (var p in other.Prefixes) AddNamespace(p, other.GetNamespaceUri(p));
    }
}
