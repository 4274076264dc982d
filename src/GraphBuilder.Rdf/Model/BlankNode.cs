namespace GraphBuilder.Rdf;

/// <summary>A blank node term.</summary>
public sealed class BlankNode : Node, IBlankNode
{
    /// <summary>Creates a blank node with the given identifier.</summary>
    public BlankNode(string id) => InternalID = id ?? throw new ArgumentNullException(nameof(id));

    /// <inheritdoc />
    public string InternalID { get; }

    /// <inheritdoc />
    public override NodeType NodeType => NodeType.Blank;

    /// <inheritdoc />
    public override bool Equals(INode? other) => other is IBlankNode b && string.Equals(InternalID, b.InternalID, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(2, InternalID);

    /// <inheritdoc />
    public override string ToString() => "_:" + InternalID;
}
