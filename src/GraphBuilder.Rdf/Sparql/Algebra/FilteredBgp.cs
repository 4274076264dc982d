namespace GraphBuilder.Rdf.Sparql.Algebra;

/// <summary>A BGP with filter conditions that the evaluator checks as soon as their variables are bound (made by the optimizer).</summary>
public sealed record FilteredBgp(Bgp Bgp, IReadOnlyList<Expression> Conditions) : AlgebraOperator;
