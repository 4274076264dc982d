namespace GraphBuilder.Rdf;

/// <summary>Interns terms to dense integer ids (0, 1, 2, ...), so that indexes hold ints and joins compare ints. Thread-safe.</summary>
public sealed class TermDictionary
{
    private readonly Dictionary<INode, int> _ids = new();
    private readonly List<INode> _terms = new();
    private readonly object _gate = new();

    /// <summary>Number of distinct terms interned.</summary>
    public int Count { get { lock (_gate) return _terms.Count; } }

    /// <summary>The id of <paramref name="node"/>, interning it when new.</summary>
    public int Intern(INode node)
    {
        lock (_gate)
        {
            if (_ids.TryGetValue(node, out int id)) return id;
            id = _terms.Count;
            _terms.Add(node);
            _ids.Add(node, id);
            return id;
        }
    }

    /// <summary>The id of <paramref name="node"/>, or -1 when it was never interned (so no triple can contain it).</summary>
    public int Lookup(INode node)
    {
        lock (_gate) return _ids.TryGetValue(node, out int id) ? id : -1;
    }

    /// <summary>The term with the given id.</summary>
    public INode this[int id] { get { lock (_gate) return _terms[id]; } }
}
