namespace GraphBuilder.Rdf;

/// <summary>A literal term as RDF 1.1 defines it: every literal has a datatype; simple literals are xsd:string, tagged ones rdf:langString.</summary>
public sealed class LiteralNode : Node, ILiteralNode
{
    /// <summary>Creates a literal. A non-empty <paramref name="language"/> forces rdf:langString; a null datatype means xsd:string.</summary>
    public LiteralNode(string value, string? datatype = null, string? language = null)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Language = language ?? string.Empty;
        DataType = Language.Length > 0 ? Vocab.RdfLangString : (datatype ?? Vocab.XsdString);
    }

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public string Language { get; }

    /// <inheritdoc />
    public string DataType { get; }

    /// <inheritdoc />
    public override NodeType NodeType => NodeType.Literal;

    /// <inheritdoc />
    public override bool Equals(INode? other) =>
        other is ILiteralNode l
        && string.Equals(Value, l.Value, StringComparison.Ordinal)
        && string.Equals(DataType, l.DataType, StringComparison.Ordinal)
        && string.Equals(Language, l.Language, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(3, Value, DataType, Language.ToLowerInvariant());

    /// <inheritdoc />
    public override string ToString() =>
        Language.Length > 0 ? $"\"{Value}\"@{Language}"
        : DataType == Vocab.XsdString ? $"\"{Value}\""
        : $"\"{Value}\"^^<{DataType}>";
}
