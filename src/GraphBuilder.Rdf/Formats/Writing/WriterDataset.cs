namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// What a writer is about to write, taken once: the graphs in output order (default graph first, then named
/// graphs by name), each with its triples sorted, and the canonical order of the blank nodes across all of them.
/// </summary>
internal sealed class WriterDataset
{
    private WriterDataset(List<WriterGraph> graphs, WriterTermOrder order)
    {
        Graphs = graphs;
        Order = order;
    }

    /// <summary>The graphs, default first (when present), named graphs sorted by name.</summary>
    public IReadOnlyList<WriterGraph> Graphs { get; }

    /// <summary>The term order, including canonical blank node ranks.</summary>
    public WriterTermOrder Order { get; }

    /// <summary>A single graph (written under its own name, which may be null).</summary>
    public static WriterDataset FromGraph(IGraph graph) => Build([(graph.Name, graph)]);

    /// <summary>The default graph of a store only (triple syntaxes).</summary>
    public static WriterDataset FromDefaultGraph(ITripleStore store) => Build([(null, store.DefaultGraph)]);

    /// <summary>The default graph and every named graph of a store.</summary>
    public static WriterDataset FromStore(ITripleStore store)
    {
        var list = new List<(INode?, IGraph)> { (null, store.DefaultGraph) };
        foreach (var name in store.GraphNames) list.Add((name, store.GetGraph(name)));
        return Build(list);
    }

    private static WriterDataset Build(List<(INode? Name, IGraph Graph)> sources)
    {
        var graphs = new List<WriterGraph>(sources.Count);
        foreach (var (name, g) in sources) graphs.Add(new WriterGraph(name, g.Triples.ToArray()));
        var ranks = BlankNodeCanonicaliser.Rank(graphs.SelectMany(g => g.Triples.Select(t => new Quad(t, g.Name))));
        var order = new WriterTermOrder(ranks);
        foreach (var g in graphs) Array.Sort(g.Triples, order);
        // Named graphs by name; the default graph (null name) stays first.
        graphs.Sort((a, b) => a.Name is null ? (b.Name is null ? 0 : -1) : b.Name is null ? 1 : order.Compare(a.Name, b.Name));
        return new WriterDataset(graphs, order);
    }
}

/// <summary>One graph of a <see cref="WriterDataset"/>: its name (null: default graph) and its sorted triples.</summary>
internal sealed record WriterGraph(INode? Name, Triple[] Triples);
