namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Where each blank node of a dataset occurs, to decide which can be written without a label: a node referenced
/// exactly once as an object, in a single graph, and never naming a graph can be nested as <c>[ ... ]</c> or a
/// collection; one never referenced can stand alone as <c>[ ... ] .</c>.
/// </summary>
internal sealed class BlankNodeUsage
{
    private readonly Dictionary<INode, Entry> _entries = new();

    private sealed class Entry
    {
        public int ObjectRefs;
        public INode? FirstGraph;
        public bool SeenInGraph;
        public bool ManyGraphs;
        public bool NamesGraph;
    }

    public BlankNodeUsage(WriterDataset data)
    {
        foreach (var g in data.Graphs)
        {
            if (g.Name is IBlankNode) Get(g.Name).NamesGraph = true;
            foreach (var t in g.Triples)
            {
                if (t.Subject is IBlankNode) Seen(t.Subject, g.Name);
                if (t.Object is IBlankNode)
                {
                    var e = Seen(t.Object, g.Name);
                    e.ObjectRefs++;
                }
            }
        }
    }

    /// <summary>True when the node may be nested at its single object position.</summary>
    public bool CanNest(INode blank) =>
        _entries.TryGetValue(blank, out var e) && e.ObjectRefs == 1 && !e.ManyGraphs && !e.NamesGraph;

    /// <summary>True when the node may be written as an unlabelled top-level <c>[ ... ] .</c>.</summary>
    public bool CanStandAlone(INode blank) =>
        _entries.TryGetValue(blank, out var e) && e.ObjectRefs == 0 && !e.ManyGraphs && !e.NamesGraph;

    private Entry Get(INode n)
    {
        if (!_entries.TryGetValue(n, out var e)) _entries[n] = e = new Entry();
        return e;
    }

    private Entry Seen(INode n, INode? graph)
    {
        var e = Get(n);
        if (!e.SeenInGraph) { e.SeenInGraph = true; e.FirstGraph = graph; }
        else if (!Equals(e.FirstGraph, graph)) e.ManyGraphs = true;
        return e;
    }
}
