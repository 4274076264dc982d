using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Tests.Formats;

/// <summary>Records everything a reader reports, in order.</summary>
internal sealed class CollectingHandler : IRdfHandler
{
    public List<Quad> Quads { get; } = new();
    public Dictionary<string, string> Namespaces { get; } = new();
    public List<string> Bases { get; } = new();
    public bool? EndedOk { get; private set; }
    public int StopAfter { get; init; } = int.MaxValue;

    public void StartRdf() { }
    public void EndRdf(bool ok) => EndedOk = ok;
    public bool HandleNamespace(string prefix, string namespaceUri) { Namespaces[prefix] = namespaceUri; return true; }
    public bool HandleBaseUri(string baseUri) { Bases.Add(baseUri); return true; }
    public bool HandleQuad(Quad quad) { Quads.Add(quad); return Quads.Count < StopAfter; }

    public static CollectingHandler Parse(string text, RdfFormat format, string? baseUri = null)
    {
        var h = new CollectingHandler();
        RdfLoader.LoadString(h, text, format, baseUri, "test");
        return h;
    }
}
