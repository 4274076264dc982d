namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Integer ids for the terms of the graphs being written, each term materialised once. Graphs of one store share
/// its <see cref="TermDictionary"/>, whose ids are used directly; any other graph gets ids from a dictionary.
/// </summary>
internal abstract class WriterTermTable
{
    /// <summary>A table fitting <paramref name="graphs"/>.</summary>
    public static WriterTermTable For(IEnumerable<IGraph> graphs)
    {
        var list = graphs.ToList();
        if (list.Count > 0 && list.All(g => g is Graph gr && ReferenceEquals(gr.Terms, ((Graph)list[0]).Terms)))
            return new StoreIds(((Graph)list[0]).Terms);
        return new LocalIds();
    }

    /// <summary>The triples of <paramref name="graph"/> as ids.</summary>
    public abstract (int S, int P, int O)[] Keys(IGraph graph);

    /// <summary>Every id handed out so far is below this.</summary>
    public abstract int Capacity { get; }

    /// <summary>The term of an id.</summary>
    public abstract INode Node(int id);

    /// <summary>The id of a term, or -1 when none of the graphs uses it.</summary>
    public abstract int TryGetId(INode node);

    /// <summary>True when the id stands for a blank node.</summary>
    public bool IsBlank(int id) => Node(id).NodeType == NodeType.Blank;

    private sealed class StoreIds(TermDictionary terms) : WriterTermTable
    {
        private INode?[] _nodes = [];

        public override (int S, int P, int O)[] Keys(IGraph graph)
        {
            var keys = ((Graph)graph).Index.Match(-1, -1, -1).ToArray();
            int count = terms.Count;
            if (_nodes.Length < count) Array.Resize(ref _nodes, count);
            return keys;
        }

        public override int Capacity => _nodes.Length;

        public override INode Node(int id) => _nodes[id] ??= terms[id];

        public override int TryGetId(INode node)
        {
            int id = terms.Lookup(node);
            return id < _nodes.Length ? id : -1;
        }
    }

    private sealed class LocalIds : WriterTermTable
    {
        private readonly Dictionary<INode, int> _ids = new();
        private readonly List<INode> _nodes = new();

        public override (int S, int P, int O)[] Keys(IGraph graph)
        {
            var keys = new List<(int, int, int)>(graph.Count);
            foreach (var t in graph.Triples) keys.Add((Id(t.Subject), Id(t.Predicate), Id(t.Object)));
            return keys.ToArray();
        }

        private int Id(INode n)
        {
            if (!_ids.TryGetValue(n, out int id))
            {
                id = _nodes.Count;
                _ids.Add(n, id);
                _nodes.Add(n);
            }
            return id;
        }

        public override int Capacity => _nodes.Count;

        public override INode Node(int id) => _nodes[id];

        public override int TryGetId(INode node) => _ids.TryGetValue(node, out int id) ? id : -1;
    }
}
