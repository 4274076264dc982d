namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>One solution of a SELECT query (dotNetRDF's <c>ISparqlResult</c>): variable name (without '?') to term; unbound variables are absent.</summary>
public sealed class SparqlResult
{
    private readonly Dictionary<string, INode> _values;

    /// <summary>Creates a solution from its bindings.</summary>
    public SparqlResult(IEnumerable<KeyValuePair<string, INode>> bindings)
    {
        _values = new Dictionary<string, INode>(StringComparer.Ordinal);
        foreach (var kv in bindings) _values[kv.Key] = kv.Value;
    }

    /// <summary>The value bound to <paramref name="variable"/>, or null when unbound.</summary>
    public INode? this[string variable] => _values.TryGetValue(variable, out var n) ? n : null;

    /// <summary>True when <paramref name="variable"/> is bound.</summary>
    public bool HasValue(string variable) => _values.ContainsKey(variable);

    /// <summary>The bound variables and their values.</summary>
    public IReadOnlyDictionary<string, INode> Bindings => _values;
}
