namespace GraphBuilder.Rdf.Tests.Sparql.Conformance;

/// <summary>W3C SPARQL tests GraphBuilder is known to fail, each with the reason (key: folder/manifest#name as in <see cref="W3cSparqlTest.ShortId"/>).</summary>
public static class SparqlSkipList
{
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
