namespace GraphBuilder.Rdf.Sparql.Algebra;

/// <summary>A property path expression (SPARQL 1.1 section 9).</summary>
public abstract record PropertyPath;

/// <summary>A single predicate IRI.</summary>
public sealed record LinkPath(INode Iri) : PropertyPath;

/// <summary><c>^path</c>.</summary>
public sealed record InversePath(PropertyPath Inner) : PropertyPath;

/// <summary><c>a / b</c>.</summary>
public sealed record SequencePath(PropertyPath Left, PropertyPath Right) : PropertyPath;

/// <summary><c>a | b</c>.</summary>
public sealed record AlternativePath(PropertyPath Left, PropertyPath Right) : PropertyPath;

/// <summary><c>path*</c>.</summary>
public sealed record ZeroOrMorePath(PropertyPath Inner) : PropertyPath;

/// <summary><c>path+</c>.</summary>
public sealed record OneOrMorePath(PropertyPath Inner) : PropertyPath;

/// <summary><c>path?</c>.</summary>
public sealed record ZeroOrOnePath(PropertyPath Inner) : PropertyPath;

/// <summary><c>!(a|^b)</c>: any predicate not listed forward, or any inverse predicate not listed inverse.</summary>
public sealed record NegatedPropertySet(IReadOnlyList<INode> Forward, IReadOnlyList<INode> Inverse) : PropertyPath;
