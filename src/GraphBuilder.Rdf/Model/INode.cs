namespace GraphBuilder.Rdf;

/// <summary>The kind of an RDF term.</summary>
/// <remarks>The numeric order is the order terms sort in (blank nodes, IRIs, literals), which the writers rely on for deterministic output.</remarks>
public enum NodeType
{
    /// <summary>A blank node.</summary>
    Blank = 0,
    /// <summary>An IRI.</summary>
    Uri = 1,
    /// <summary>A literal.</summary>
    Literal = 2,
}

/// <summary>An RDF term (dotNetRDF's <c>INode</c>): an IRI, a blank node or a literal. Terms are immutable values.</summary>
public interface INode : IEquatable<INode>, IComparable<INode>
{
    /// <summary>Which kind of term this is.</summary>
    NodeType NodeType { get; }
}

/// <summary>An IRI term.</summary>
public interface IUriNode : INode
{
    /// <summary>The absolute IRI, as a string (not a <see cref="System.Uri"/>: .NET's Uri rewrites IRIs, RDF must not).</summary>
    string Uri { get; }
}

/// <summary>A blank node term.</summary>
public interface IBlankNode : INode
{
    /// <summary>The node's identifier, unique within the document or store it came from.</summary>
    string InternalID { get; }
}

/// <summary>A literal term.</summary>
public interface ILiteralNode : INode
{
    /// <summary>The lexical form, exactly as written.</summary>
    string Value { get; }
    /// <summary>The language tag, or the empty string.</summary>
    string Language { get; }
    /// <summary>The datatype IRI (rdf:langString for language-tagged literals, xsd:string for simple literals).</summary>
    string DataType { get; }
}
