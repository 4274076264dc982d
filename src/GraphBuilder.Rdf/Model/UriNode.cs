namespace GraphBuilder.Rdf;

/// <summary>An IRI term. The constructor does not validate; use <see cref="NodeFactory.Iri"/> for checked creation.</summary>
public sealed class UriNode : Node, IUriNode
{
    /// <summary>Creates an IRI term.</summary>
    public UriNode(string uri) => Uri = uri ?? throw new ArgumentNullException(nameof(uri));

    /// <inheritdoc />
    public string Uri { get; }

    /// <inheritdoc />
    public override NodeType NodeType => NodeType.Uri;

    /// <inheritdoc />
    public override bool Equals(INode? other) => other is IUriNode u && string.Equals(Uri, u.Uri, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(1, Uri);

    /// <inheritdoc />
    public override string ToString() => "<" + Uri + ">";
}
