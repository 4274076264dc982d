using System.Reflection;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Extraction.KnowledgeBase;

/// <summary>
/// The Turtle files of ontology/, embedded in this assembly as <c>GraphBuilder.Ontology.&lt;file&gt;.ttl</c>, read
/// with the project's own Turtle parser.
/// </summary>
public static class EmbeddedOntology
{
    /// <summary>Resource name prefix.</summary>
    public const string Prefix = "GraphBuilder.Ontology.";
    private static readonly Lazy<KnowledgeBase> Cached = new(() => KbLoader.Load(LoadAll()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The knowledge base built from all embedded files (read once per process).</summary>
    public static KnowledgeBase KnowledgeBase => Cached.Value;

    /// <summary>The names of the embedded files ("kb-countries.ttl" …), sorted.</summary>
    public static IReadOnlyList<string> Files =>
        typeof(EmbeddedOntology).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".ttl", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]).OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>One graph holding every embedded file.</summary>
    public static Graph LoadAll() => Load(Files);

    /// <summary>One graph holding the named embedded files ("roles-de.ttl" …).</summary>
    public static Graph Load(IEnumerable<string> files)
    {
        var g = new Graph();
        var asm = typeof(EmbeddedOntology).Assembly;
        foreach (var file in files)
        {
            using var stream = asm.GetManifestResourceStream(Prefix + file)
                ?? throw new InvalidOperationException($"embedded ontology file missing: {file}");
            RdfLoader.Load(new GraphHandler(g), stream, RdfFormat.Turtle, KbVocabulary.Kb, "ontology/" + file);
        }
        return g;
    }

    /// <summary>A knowledge base from Turtle files on disk (tests, and users who bring their own).</summary>
    public static KnowledgeBase FromFiles(IEnumerable<string> paths)
    {
        var g = new Graph();
        foreach (var p in paths) RdfLoader.Load(new GraphHandler(g), p, RdfFormat.Turtle);
        return KbLoader.Load(g);
    }

    /// <summary>A knowledge base from Turtle text.</summary>
    public static KnowledgeBase FromTurtle(params string[] texts)
    {
        var g = new Graph();
        foreach (var t in texts) RdfLoader.LoadString(new GraphHandler(g), t, RdfFormat.Turtle, KbVocabulary.Kb);
        return KbLoader.Load(g);
    }
}
