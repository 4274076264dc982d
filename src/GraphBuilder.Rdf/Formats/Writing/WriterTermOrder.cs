namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// The order writers sort terms in: IRIs (ordinal), then literals (lexical form, datatype, language), then blank
/// nodes by their canonical rank, so that output never depends on labels or insertion order.
/// </summary>
internal sealed class WriterTermOrder : IComparer<INode>, IComparer<Triple>
{
    private readonly IReadOnlyDictionary<INode, int> _blankRank;

    public WriterTermOrder(IReadOnlyDictionary<INode, int> blankRank) => _blankRank = blankRank;

    /// <summary>The canonical rank of a blank node.</summary>
    public int Rank(INode blank) => _blankRank[blank];

    public int Compare(INode? a, INode? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        int c = KindOrder(a).CompareTo(KindOrder(b));
        if (c != 0) return c;
        switch (a)
        {
            case IUriNode u: return string.CompareOrdinal(u.Uri, ((IUriNode)b).Uri);
            case ILiteralNode l:
                var m = (ILiteralNode)b;
                c = string.CompareOrdinal(l.Value, m.Value);
                if (c != 0) return c;
                c = string.CompareOrdinal(l.DataType, m.DataType);
                return c != 0 ? c : string.CompareOrdinal(l.Language.ToLowerInvariant(), m.Language.ToLowerInvariant());
            default:
                return _blankRank[a].CompareTo(_blankRank[b]);
        }
    }

    public int Compare(Triple? x, Triple? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = Compare(x.Subject, y.Subject);
        if (c != 0) return c;
        c = ComparePredicates(x.Predicate, y.Predicate);
        return c != 0 ? c : Compare(x.Object, y.Object);
    }

    /// <summary>Predicates: rdf:type first, then the term order.</summary>
    public int ComparePredicates(INode a, INode b)
    {
        bool ta = a is IUriNode ua && ua.Uri == Vocab.RdfType, tb = b is IUriNode ub && ub.Uri == Vocab.RdfType;
        if (ta != tb) return ta ? -1 : 1;
        return Compare(a, b);
    }

    private static int KindOrder(INode n) => n.NodeType switch
    {
        NodeType.Uri => 0,
        NodeType.Literal => 1,
        _ => 2,
    };
}
