namespace GraphBuilder.Rdf;

/// <summary>Base class of the concrete terms: equality, hashing and the total order that writers sort by.</summary>
public abstract class Node : INode
{
    /// <inheritdoc />
    public abstract NodeType NodeType { get; }

    /// <inheritdoc />
    public abstract bool Equals(INode? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is INode n && Equals(n);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Total order: blank nodes, then IRIs, then literals; within a kind, ordinal by text.</summary>
    public int CompareTo(INode? other)
    {
        if (other is null) return 1;
        int c = NodeType.CompareTo(other.NodeType);
        if (c != 0) return c;
        return this switch
        {
            IUriNode u => string.CompareOrdinal(u.Uri, ((IUriNode)other).Uri),
            IBlankNode b => string.CompareOrdinal(b.InternalID, ((IBlankNode)other).InternalID),
            ILiteralNode l => CompareLiterals(l, (ILiteralNode)other),
            _ => 0,
        };
    }

    private static int CompareLiterals(ILiteralNode a, ILiteralNode b)
    {
        int c = string.CompareOrdinal(a.Value, b.Value);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.DataType, b.DataType);
        return c != 0 ? c : string.CompareOrdinal(a.Language, b.Language);
    }

    /// <summary>Equality operator by value.</summary>
    public static bool operator ==(Node? a, Node? b) => a is null ? b is null : a.Equals(b);
    /// <summary>Inequality operator by value.</summary>
    public static bool operator !=(Node? a, Node? b) => !(a == b);
}
