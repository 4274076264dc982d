using GraphBuilder.Rdf.Sparql.Algebra;

namespace GraphBuilder.Rdf.Sparql.Optimizer;

/// <summary>
/// Rewrites the algebra before evaluation without changing its answers: filter conjuncts move down to the operator
/// that binds all their variables, and filters over a BGP become conditions the BGP checks as early as it can.
/// </summary>
public static class AlgebraOptimizer
{
    /// <summary>The optimised form of <paramref name="op"/>.</summary>
    public static AlgebraOperator Optimize(AlgebraOperator op) => op switch
    {
        Filter f => PushFilter(Conjuncts(f.Condition).ToList(), Optimize(f.Inner)),
        Join j => new Join(Optimize(j.Left), Optimize(j.Right)),
        LeftJoin l => new LeftJoin(Optimize(l.Left), Optimize(l.Right), l.Condition),
        Union u => new Union(Optimize(u.Left), Optimize(u.Right)),
        Minus m => new Minus(Optimize(m.Left), Optimize(m.Right)),
        GraphPattern g => new GraphPattern(g.Name, Optimize(g.Inner)),
        Extend e => new Extend(Optimize(e.Inner), e.Variable, e.Expression),
        Service s => s,
        Group g => new Group(Optimize(g.Inner), g.Keys, g.Aggregates),
        OrderBy o => new OrderBy(Optimize(o.Inner), o.Conditions),
        Project p => new Project(Optimize(p.Inner), p.Variables),
        Distinct d => new Distinct(Optimize(d.Inner)),
        Reduced r => new Reduced(Optimize(r.Inner)),
        Slice s => new Slice(Optimize(s.Inner), s.Offset, s.Limit),
        _ => op,
    };

    private static IEnumerable<Expression> Conjuncts(Expression e)
    {
        if (e is CallExpression { Operator: "&&" } c)
        {
            foreach (var x in Conjuncts(c.Arguments[0])) yield return x;
            foreach (var x in Conjuncts(c.Arguments[1])) yield return x;
        }
        else yield return e;
    }

    private static bool Pushable(Expression e) => e switch
    {
        ExistsExpression => false,
        CallExpression c => c.Operator is not ("BOUND" or "COALESCE" or "IF" or "BNODE" or "RAND" or "NOW" or "UUID" or "STRUUID") && c.Arguments.All(Pushable),
        _ => true,
    };

    private static AlgebraOperator Wrap(List<Expression> conds, AlgebraOperator op, bool intoBgp = false)
    {
        if (conds.Count == 0) return op;
        if (intoBgp && op is Bgp b && b.Patterns.Count > 0) return new FilteredBgp(b, conds);
        if (intoBgp && op is FilteredBgp fb) return new FilteredBgp(fb.Bgp, fb.Conditions.Concat(conds).ToList());
        var c = conds[0];
        for (int i = 1; i < conds.Count; i++) c = new CallExpression("&&", [c, conds[i]]);
        return new Filter(c, op);
    }

    private static AlgebraOperator PushFilter(List<Expression> conds, AlgebraOperator op)
    {
        var stay = new List<Expression>();
        switch (op)
        {
            case Bgp or FilteredBgp:
                {
                    var certain = VariableScope.Certain(op);
                    var into = new List<Expression>();
                    foreach (var c in conds) (Pushable(c) && c.Variables.All(certain.Contains) ? into : stay).Add(c);
                    return Wrap(stay, Wrap(into, op, intoBgp: true));
                }
            case Join j:
                {
                    var lc = VariableScope.Certain(j.Left);
                    var rc = VariableScope.Certain(j.Right);
                    var left = new List<Expression>(); var right = new List<Expression>();
                    foreach (var c in conds)
                    {
                        if (!Pushable(c)) stay.Add(c);
                        else if (c.Variables.All(lc.Contains)) left.Add(c);
                        else if (c.Variables.All(rc.Contains)) right.Add(c);
                        else stay.Add(c);
                    }
                    var l = left.Count > 0 ? PushFilter(left, j.Left) : j.Left;
                    var r = right.Count > 0 ? PushFilter(right, j.Right) : j.Right;
                    return Wrap(stay, new Join(l, r));
                }
            case LeftJoin lj:
                {
                    var lc = VariableScope.Certain(lj.Left);
                    var left = new List<Expression>();
                    foreach (var c in conds) (Pushable(c) && c.Variables.All(lc.Contains) ? left : stay).Add(c);
                    var l = left.Count > 0 ? PushFilter(left, lj.Left) : lj.Left;
                    return Wrap(stay, new LeftJoin(l, lj.Right, lj.Condition));
                }
            case Extend e:
                {
                    var down = new List<Expression>();
                    foreach (var c in conds) (Pushable(c) && !c.Variables.Contains(e.Variable) ? down : stay).Add(c);
                    var inner = down.Count > 0 ? PushFilter(down, e.Inner) : e.Inner;
                    return Wrap(stay, new Extend(inner, e.Variable, e.Expression));
                }
            default:
                return Wrap(conds, op);
        }
    }
}
