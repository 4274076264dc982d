using GraphBuilder.Tests.Common;

namespace GraphBuilder.Rdf.Tests.Conformance;

/// <summary>
/// The W3C RDF 1.1 syntax suites in ../shared/conformance, read from their manifests (mf:include and mf:entries
/// followed) with the project's Turtle parser.
/// </summary>
public static class ConformanceSuites
{
    /// <summary>Suite name and entry manifest, in report order.</summary>
    public static readonly (string Suite, string Manifest)[] Entries =
    [
        ("ntriples", "ntriples/manifest.ttl"),
        ("nquads", "nquads/manifest.ttl"),
        ("turtle", "turtle/manifest.ttl"),
        ("trig", "trig/manifest.ttl"),
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, ConformanceTest>> _all = new(Load);

    /// <summary>Every test by id (suite/name), in manifest order.</summary>
    public static IReadOnlyDictionary<string, ConformanceTest> All => _all.Value;

    private static IReadOnlyDictionary<string, ConformanceTest> Load()
    {
        var result = new Dictionary<string, ConformanceTest>();
        if (!SharedData.Available) return result;
        foreach (var (suite, manifest) in Entries)
            foreach (var t in ReadManifest(suite, SharedData.Path("conformance", manifest)))
            {
                var id = t.Id;
                for (int n = 2; result.ContainsKey(id); n++) id = t.Id + "#" + n;
                result[id] = t with { Name = id[(suite.Length + 1)..] };
            }
        return result;
    }

    private static IEnumerable<ConformanceTest> ReadManifest(string suite, string path)
    {
        var m = new ManifestGraph(path);
        var dir = Path.GetDirectoryName(m.Path)!;
        foreach (var node in m.Subjects.ToList())
        {
            var assumedBase = (m.Object(node, ManifestGraph.Mf + "assumedTestBase") as IUriNode)?.Uri;
            foreach (var inc in m.Objects(node, ManifestGraph.Mf + "include").SelectMany(l => m.List(l)))
                foreach (var t in ReadManifest(suite, ManifestGraph.LocalPath(inc)))
                    yield return t;
            foreach (var entry in m.Objects(node, ManifestGraph.Mf + "entries").SelectMany(l => m.List(l)))
            {
                var type = (m.Object(entry, Vocab.RdfType) as IUriNode)?.Uri ?? "";
                var name = (m.Object(entry, ManifestGraph.Mf + "name") as ILiteralNode)?.Value ?? entry.ToString()!;
                var action = ManifestGraph.LocalPath(m.Object(entry, ManifestGraph.Mf + "action") ?? throw new InvalidDataException($"{name}: no mf:action"));
                var resultNode = m.Object(entry, ManifestGraph.Mf + "result");
                string? baseIri = assumedBase is null ? null : assumedBase + Path.GetRelativePath(dir, action).Replace('\\', '/');
                yield return new ConformanceTest(suite, name, type[(type.LastIndexOfAny(['#', '/']) + 1)..], action,
                    resultNode is null ? null : ManifestGraph.LocalPath(resultNode), baseIri);
            }
        }
    }
}
