namespace GraphBuilder.Rdf.Sparql.Algebra;

/// <summary>A SPARQL expression (FILTER, BIND, SELECT expressions, ORDER BY, GROUP BY, HAVING).</summary>
public abstract record Expression
{
    /// <summary>The variables the expression mentions (not those inside EXISTS patterns).</summary>
    public virtual IEnumerable<string> Variables => [];
}

/// <summary>A variable reference.</summary>
public sealed record VariableExpression(string Name) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<string> Variables => [Name];
    /// <inheritdoc />
    public override string ToString() => "?" + Name;
}

/// <summary>A constant term.</summary>
public sealed record ConstantExpression(INode Value) : Expression
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString()!;
}

/// <summary>
/// An operator or built-in call. <see cref="Operator"/> is the upper-case built-in name (<c>STRLEN</c>, <c>REGEX</c>, ...),
/// an operator symbol (<c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, <c>=</c>, <c>!=</c>, <c>&lt;</c>, <c>+</c>, <c>UMINUS</c>, <c>UPLUS</c>, ...),
/// <c>IN</c>/<c>NOT IN</c> (first argument is the tested value), or an IRI (casts and extension functions).
/// </summary>
public sealed record CallExpression(string Operator, IReadOnlyList<Expression> Arguments) : Expression
{
    /// <summary>True when <see cref="Operator"/> is a function IRI rather than a keyword or symbol.</summary>
    public bool IsIriFunction => Operator.Contains(':');
    /// <inheritdoc />
    public override IEnumerable<string> Variables => Arguments.SelectMany(a => a.Variables);
    /// <inheritdoc />
    public override string ToString() => $"{Operator}({string.Join(", ", Arguments)})";
}

/// <summary><c>EXISTS { ... }</c> or <c>NOT EXISTS { ... }</c>.</summary>
public sealed record ExistsExpression(AlgebraOperator Pattern, bool Negated) : Expression
{
    /// <inheritdoc />
    public override string ToString() => (Negated ? "NOT EXISTS " : "EXISTS ") + "{...}";
}

/// <summary>An aggregate call; only valid in SELECT, HAVING and ORDER BY of a grouped query. <see cref="Argument"/> is null for COUNT(*).</summary>
public sealed record AggregateExpression(string Name, bool Distinct, Expression? Argument, string Separator) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<string> Variables => Argument?.Variables ?? [];
    /// <inheritdoc />
    public override string ToString() => $"{Name}({(Distinct ? "DISTINCT " : "")}{(Argument?.ToString() ?? "*")})";
}
