namespace GraphBuilder.Rdf.Sparql.Algebra;

/// <summary>A SPARQL algebra operator (SPARQL 1.1 section 18.2).</summary>
public abstract record AlgebraOperator;

/// <summary>A basic graph pattern; the empty BGP is the join identity (one empty solution).</summary>
public sealed record Bgp(IReadOnlyList<TriplePattern> Patterns) : AlgebraOperator
{
    /// <summary>The empty BGP.</summary>
    public static readonly Bgp Empty = new(Array.Empty<TriplePattern>());
    /// <inheritdoc />
    public override string ToString() => "BGP(" + string.Join(" ", Patterns) + ")";
}

/// <summary>A property path pattern.</summary>
public sealed record PathPattern(PatternTerm Subject, PropertyPath Path, PatternTerm Obj) : AlgebraOperator;

/// <summary>Join(left, right).</summary>
public sealed record Join(AlgebraOperator Left, AlgebraOperator Right) : AlgebraOperator;

/// <summary>LeftJoin(left, right, filter) — OPTIONAL.</summary>
public sealed record LeftJoin(AlgebraOperator Left, AlgebraOperator Right, Expression? Condition) : AlgebraOperator;

/// <summary>Filter(condition, inner).</summary>
public sealed record Filter(Expression Condition, AlgebraOperator Inner) : AlgebraOperator;

/// <summary>Union(left, right).</summary>
public sealed record Union(AlgebraOperator Left, AlgebraOperator Right) : AlgebraOperator;

/// <summary>Minus(left, right).</summary>
public sealed record Minus(AlgebraOperator Left, AlgebraOperator Right) : AlgebraOperator;

/// <summary>Graph(name, inner) — GRAPH.</summary>
public sealed record GraphPattern(PatternTerm Name, AlgebraOperator Inner) : AlgebraOperator;

/// <summary>Extend(inner, variable, expression) — BIND and SELECT expressions.</summary>
public sealed record Extend(AlgebraOperator Inner, string Variable, Expression Expression) : AlgebraOperator;

/// <summary>Inline data (VALUES); a null entry in a row is UNDEF.</summary>
public sealed record Values(IReadOnlyList<string> Variables, IReadOnlyList<INode?[]> Rows) : AlgebraOperator;

/// <summary>SERVICE; parsed, refused at evaluation.</summary>
public sealed record Service(PatternTerm Endpoint, AlgebraOperator Inner, bool Silent) : AlgebraOperator;

/// <summary>Group(keys, inner) with the aggregates computed per group. A key with a variable binds it.</summary>
public sealed record Group(AlgebraOperator Inner, IReadOnlyList<(Expression Expression, string? Variable)> Keys, IReadOnlyList<(string Variable, AggregateExpression Aggregate)> Aggregates) : AlgebraOperator;

/// <summary>One ORDER BY condition.</summary>
public sealed record OrderCondition(Expression Expression, bool Descending);

/// <summary>OrderBy(inner, conditions).</summary>
public sealed record OrderBy(AlgebraOperator Inner, IReadOnlyList<OrderCondition> Conditions) : AlgebraOperator;

/// <summary>Project(inner, variables).</summary>
public sealed record Project(AlgebraOperator Inner, IReadOnlyList<string> Variables) : AlgebraOperator;

/// <summary>Distinct(inner).</summary>
public sealed record Distinct(AlgebraOperator Inner) : AlgebraOperator;

/// <summary>Reduced(inner).</summary>
public sealed record Reduced(AlgebraOperator Inner) : AlgebraOperator;

/// <summary>Slice(inner, offset, limit); a negative limit means none.</summary>
public sealed record Slice(AlgebraOperator Inner, long Offset, long Limit) : AlgebraOperator;
