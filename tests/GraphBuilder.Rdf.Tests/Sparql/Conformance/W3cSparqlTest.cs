using System.Text.Json;
using GraphBuilder.Tests.Common;

namespace GraphBuilder.Rdf.Tests.Sparql.Conformance;

/// <summary>One SPARQL test entry of the W3C suites, read from <c>conformance/manifest-index.json</c>.</summary>
public sealed record W3cSparqlTest(
    string Suite, string Id, string Type, string Name, string? Query, IReadOnlyList<string> Data,
    IReadOnlyList<string> GraphData, string? Result, bool LaxCardinality)
{
    /// <summary>The group the summary counts the test in.</summary>
    public string Group => Suite switch
    {
        "sparql10-eval" or "sparql10-extended" => "sparql10 eval",
        "sparql10-syntax" => "sparql10 syntax",
        "sparql11" when Type.Contains("Syntax") => "sparql11 syntax",
        "sparql11" => "sparql11 eval",
        _ => Suite,
    };

    /// <summary>Short name for test output: folder and test name.</summary>
    public string ShortId => Id.Contains('#') ? Id[(Id.LastIndexOf('/', Id.IndexOf('#')) + 1)..].Replace("manifest#", "") : Id;

    /// <summary>All SPARQL query tests of the suites (empty when ../shared is absent).</summary>
    public static IReadOnlyList<W3cSparqlTest> All { get; } = Load();

    private static List<W3cSparqlTest> Load()
    {
        var list = new List<W3cSparqlTest>();
        if (!SharedData.Available) return list;
        var path = SharedData.Path("conformance", "manifest-index.json");
        if (!File.Exists(path)) return list;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var t in doc.RootElement.GetProperty("tests").EnumerateArray())
        {
            var suite = t.GetProperty("suite").GetString()!;
            if (suite is not ("sparql10-eval" or "sparql10-extended" or "sparql10-syntax" or "sparql11")) continue;
            string Str(string name) => t.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            List<string> Arr(string name) => t.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : new();
            var type = t.GetProperty("type").ValueKind == JsonValueKind.Array ? string.Join(" ", t.GetProperty("type").EnumerateArray().Select(x => x.GetString())) : Str("type");
            var query = Str("query");
            if (query.Length == 0) query = Str("action");
            list.Add(new W3cSparqlTest(suite, Str("id"), type, Str("name"), query.Length == 0 ? null : query, Arr("data"), Arr("graphData"),
                Str("result") is { Length: > 0 } r ? r : null, Str("resultCardinality").Contains("Lax")));
        }
        return list;
    }
}
