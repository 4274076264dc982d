namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// What a writer is about to write, taken once: the graphs in output order (default graph first, then named
/// graphs by name), each with its triples sorted, and the canonical order of the blank nodes across all of them.
/// </summary>
/// <remarks>
/// Sorting compares each distinct term once: terms get integer ids (the store's own ids for <see cref="Graph"/>s
/// sharing a dictionary), the ids are ranked in <see cref="WriterTermOrder"/>, and triples are sorted as rank triples.
/// </remarks>
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
        var table = WriterTermTable.For(sources.Select(s => s.Graph));
        var keyed = sources.Select(s => (s.Name, Keys: table.Keys(s.Graph))).ToList();

        // Canonical blank node order over everything, graph names included.
        var blankQuads = new List<Quad>();
        foreach (var (name, keys) in keyed)
        {
            if (name is IBlankNode && keys.Length == 0) blankQuads.Add(new Quad(name, name, name, name));
            foreach (var k in keys)
                if (table.IsBlank(k.S) || table.IsBlank(k.O) || table.IsBlank(k.P) || name is IBlankNode)
                    blankQuads.Add(new Quad(table.Node(k.S), table.Node(k.P), table.Node(k.O), name));
        }
        var order = new WriterTermOrder(BlankNodeCanonicaliser.Rank(blankQuads));

        // Rank every used term once: IRIs (ordinal), literals, then blank nodes by canonical rank.
        var rank = new int[table.Capacity];
        Array.Fill(rank, -1);
        var iris = new List<int>(); var literals = new List<int>(); var blanks = new List<int>();
        foreach (var (_, keys) in keyed)
        {
            foreach (var k in keys)
            {
                Use(k.S); Use(k.P); Use(k.O);
            }
        }
        void Use(int id)
        {
            if (rank[id] >= 0) return;
            rank[id] = 0;
            switch (table.Node(id).NodeType)
            {
                case NodeType.Uri: iris.Add(id); break;
                case NodeType.Literal: literals.Add(id); break;
                default: blanks.Add(id); break;
            }
        }
        var iriIds = iris.ToArray();
        Array.Sort(Array.ConvertAll(iriIds, id => ((IUriNode)table.Node(id)).Uri), iriIds, StringComparer.Ordinal);
        var literalIds = literals.ToArray();
        Array.Sort(Array.ConvertAll(literalIds, table.Node), literalIds, order);
        var blankIds = blanks.ToArray();
        Array.Sort(Array.ConvertAll(blankIds, id => order.Rank(table.Node(id))), blankIds);
        int next = 0;
        foreach (var id in iriIds) rank[id] = next++;
        foreach (var id in literalIds) rank[id] = next++;
        foreach (var id in blankIds) rank[id] = next++;
        int typeId = table.TryGetId(new UriNode(Vocab.RdfType));

        var graphs = new List<WriterGraph>(keyed.Count);
        foreach (var (name, keys) in keyed)
        {
            var ranked = new RankedKey[keys.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                var k = keys[i];
                ranked[i] = new RankedKey(rank[k.S], k.P == typeId ? -1 : rank[k.P], rank[k.O], i);
            }
            Array.Sort(ranked);
            var triples = new Triple[keys.Length];
            for (int i = 0; i < ranked.Length; i++)
            {
                var k = keys[ranked[i].Index];
                triples[i] = new Triple(table.Node(k.S), table.Node(k.P), table.Node(k.O));
            }
            graphs.Add(new WriterGraph(name, triples));
        }
        // Named graphs by name; the default graph (null name) stays first.
        graphs.Sort((a, b) => a.Name is null ? (b.Name is null ? 0 : -1) : b.Name is null ? 1 : order.Compare(a.Name, b.Name));
        return new WriterDataset(graphs, order);
    }

    private readonly record struct RankedKey(int S, int P, int O, int Index) : IComparable<RankedKey>
    {
        public int CompareTo(RankedKey other)
        {
            int c = S.CompareTo(other.S);
            if (c != 0) return c;
            c = P.CompareTo(other.P);
            return c != 0 ? c : O.CompareTo(other.O);
        }
    }
}

/// <summary>One graph of a <see cref="WriterDataset"/>: its name (null: default graph) and its sorted triples.</summary>
internal sealed record WriterGraph(INode? Name, Triple[] Triples);
