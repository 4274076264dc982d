using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Tests.Conformance;

/// <summary>A manifest file read with the project's own Turtle parser, indexed by subject.</summary>
internal sealed class ManifestGraph
{
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    public const string Rdft = "http://www.w3.org/ns/rdftest#";

    private readonly Dictionary<INode, List<(INode P, INode O)>> _bySubject = new();

    public ManifestGraph(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var h = new Formats.CollectingHandler();
        RdfLoader.Load(h, Path, RdfFormat.Turtle, RdfLoader.FileUri(Path));
        foreach (var q in h.Quads)
        {
            if (!_bySubject.TryGetValue(q.Subject, out var list)) _bySubject[q.Subject] = list = new();
            list.Add((q.Predicate, q.Object));
        }
    }

    public string Path { get; }

    public IEnumerable<INode> Subjects => _bySubject.Keys;

    public IEnumerable<INode> Objects(INode subject, string predicate) =>
        _bySubject.TryGetValue(subject, out var list)
            ? list.Where(x => x.P is IUriNode u && u.Uri == predicate).Select(x => x.O)
            : [];

    public INode? Object(INode subject, string predicate) => Objects(subject, predicate).FirstOrDefault();

    /// <summary>The members of an RDF collection, in order.</summary>
    public List<INode> List(INode? head)
    {
        var items = new List<INode>();
        while (head is not null && !(head is IUriNode u && u.Uri == Vocab.RdfNil))
        {
            items.Add(Object(head, Vocab.RdfFirst) ?? throw new InvalidDataException($"broken list in {Path}"));
            head = Object(head, Vocab.RdfRest);
        }
        return items;
    }

    /// <summary>The local file a <c>file:</c> IRI of this manifest points to.</summary>
    public static string LocalPath(INode iri) => new Uri(((IUriNode)iri).Uri).LocalPath;
}
