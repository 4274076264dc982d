using GraphBuilder.Rdf.Sparql.Algebra;

namespace GraphBuilder.Rdf.Sparql.Evaluation;

/// <summary>
/// Pull-based evaluation of the algebra: every operator is an iterator of rows (term ids per variable slot).
/// <c>Evaluate(op, input)</c> means "the solutions of op with the bindings of input substituted, merged with input",
/// which is what EXISTS needs and what an index nested-loop join needs; operators where substitution would change the
/// result (subqueries, groups) are evaluated on their own and then joined with the input.
/// </summary>
internal sealed partial class Evaluator
{
    private readonly QueryContext _ctx;
    private readonly ExpressionEvaluator _expr;
    private readonly BgpEvaluator _bgp;
    private readonly PathEvaluator _paths;

    public Evaluator(QueryContext ctx)
    {
        _ctx = ctx;
        _expr = new ExpressionEvaluator(ctx, this);
        _bgp = new BgpEvaluator(ctx, _expr);
        _paths = new PathEvaluator(ctx);
    }

    public ExpressionEvaluator Expressions => _expr;

    public IEnumerable<int[]> Evaluate(AlgebraOperator op, int[] input, Graph? graph)
    {
        switch (op)
        {
            case Bgp b: return _bgp.Evaluate(b.Patterns, Array.Empty<Expression>(), input, graph);
            case FilteredBgp fb: return _bgp.Evaluate(fb.Bgp.Patterns, fb.Conditions, input, graph);
            case PathPattern p: return _paths.Evaluate(p, input, graph);
            case Join j: return EvalJoin(j, input, graph);
            case LeftJoin l: return EvalLeftJoin(l, input, graph);
            case Filter f: return EvalFilter(f, input, graph);
            case Union u: return Evaluate(u.Left, input, graph).Concat(Evaluate(u.Right, input, graph));
            case Minus m: return EvalMinus(m, input, graph);
            case GraphPattern g: return EvalGraph(g, input, graph);
            case Extend e: return EvalExtend(e, input, graph);
            case Values v: return EvalValues(v, input);
            case Service s: return EvalService(s, input);
            default:
                // Subquery-like operators: evaluate on their own, then join with the input.
                return JoinWithInput(EvaluateIndependent(op, graph), input);
        }
    }

    /// <summary>Operators that never see outer bindings: Group, OrderBy, Project, Distinct, Reduced, Slice.</summary>
    private IEnumerable<int[]> EvaluateIndependent(AlgebraOperator op, Graph? graph)
    {
        var empty = _ctx.NewRow();
        switch (op)
        {
            case Group g: return Grouping.Evaluate(this, _ctx, g, Evaluate(g.Inner, empty, graph), graph);
            case OrderBy ob: return Ordering.Sort(this, _ctx, ob, Evaluate(ob.Inner, empty, graph), graph, -1);
            case Project p: return EvalProject(p, graph);
            case Distinct d: return DistinctRows(EvaluateIndependent2(d.Inner, graph));
            case Reduced r: return DistinctRows(EvaluateIndependent2(r.Inner, graph));
            case Slice s: return EvalSlice(s, graph);
            default: throw new NotSupportedException("unknown algebra operator " + op.GetType().Name);
        }
    }

    private IEnumerable<int[]> EvaluateIndependent2(AlgebraOperator op, Graph? graph) =>
        op is Group or OrderBy or Project or Distinct or Reduced or Slice ? EvaluateIndependent(op, graph) : Evaluate(op, _ctx.NewRow(), graph);

    private IEnumerable<int[]> EvalSlice(Slice s, Graph? graph)
    {
        // ORDER BY under LIMIT: keep only the first offset+limit rows while sorting.
        IEnumerable<int[]> rows;
        long keep = s.Limit >= 0 ? s.Offset + s.Limit : -1;
        if (keep >= 0 && s.Inner is Project { Inner: OrderBy ob } p)
            rows = ProjectRows(Ordering.Sort(this, _ctx, ob, Evaluate(ob.Inner, _ctx.NewRow(), graph), graph, keep), p.Variables);
        else if (keep >= 0 && s.Inner is OrderBy ob2)
            rows = Ordering.Sort(this, _ctx, ob2, Evaluate(ob2.Inner, _ctx.NewRow(), graph), graph, keep);
        else rows = EvaluateIndependent2(s.Inner, graph);
        if (s.Offset > 0) rows = rows.Skip((int)Math.Min(s.Offset, int.MaxValue));
        if (s.Limit >= 0) rows = rows.Take((int)Math.Min(s.Limit, int.MaxValue));
        return rows;
    }

    private IEnumerable<int[]> EvalProject(Project p, Graph? graph) => ProjectRows(EvaluateIndependent2(p.Inner, graph), p.Variables);

    private IEnumerable<int[]> ProjectRows(IEnumerable<int[]> rows, IReadOnlyList<string> vars)
    {
        var slots = vars.Select(v => _ctx.Variables.Slot(v)).ToArray();
        foreach (var r in rows)
        {
            var n = _ctx.NewRow();
            foreach (var s in slots) n[s] = r[s];
            yield return n;
        }
    }

    private static IEnumerable<int[]> DistinctRows(IEnumerable<int[]> rows)
    {
        var seen = new HashSet<int[]>(RowComparer.Instance);
        foreach (var r in rows) if (seen.Add(r)) yield return r;
    }

    private static IEnumerable<int[]> JoinWithInput(IEnumerable<int[]> rows, int[] input)
    {
        bool empty = true;
        foreach (var x in input) if (x != 0) { empty = false; break; }
        foreach (var r in rows)
        {
            if (empty) { yield return r; continue; }
            var m = Merge(input, r);
            if (m != null) yield return m;
        }
    }

    /// <summary>The merge of two compatible rows, or null when they disagree on a variable.</summary>
    public static int[]? Merge(int[] a, int[] b)
    {
        int[]? result = null;
        for (int i = 0; i < a.Length; i++)
        {
            int x = a[i], y = b[i];
            if (y == 0 || x == y) continue;
            if (x != 0) return null;
            result ??= (int[])a.Clone();
            result[i] = y;
        }
        return result ?? a;
    }

    private static bool Compatible(int[] a, int[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            int x = a[i], y = b[i];
            if (x != 0 && y != 0 && x != y) return false;
        }
        return true;
    }

    /// <summary>True when evaluating <paramref name="op"/> with outer bindings substituted gives the same as joining afterwards.</summary>
    private static bool SubstitutionSafe(AlgebraOperator op) => op switch
    {
        Bgp or FilteredBgp or PathPattern or Values => true,
        Join j => SubstitutionSafe(j.Left) && SubstitutionSafe(j.Right),
        Union u => SubstitutionSafe(u.Left) && SubstitutionSafe(u.Right),
        GraphPattern g => SubstitutionSafe(g.Inner),
        Filter f => SubstitutionSafe(f.Inner) && f.Condition.Variables.All(VariableScope.Certain(f.Inner).Contains) && !HasExists(f.Condition),
        _ => false,
    };

    private static bool HasExists(Expression e) => e switch
    {
        ExistsExpression => true,
        CallExpression c => c.Arguments.Any(HasExists),
        _ => false,
    };

    private IEnumerable<int[]> EvalJoin(Join j, int[] input, Graph? graph)
    {
        // A closure path with a constant end is cheaper evaluated once and hashed than searched again for every left row.
        bool closureWithConstant = j.Right is PathPattern { Path: OneOrMorePath or ZeroOrMorePath } pp && (pp.Subject.Node != null || pp.Obj.Node != null);
        if (SubstitutionSafe(j.Right) && !closureWithConstant)
        {
            foreach (var l in Evaluate(j.Left, input, graph))
                foreach (var r in Evaluate(j.Right, l, graph))
                    yield return r;
            yield break;
        }
        foreach (var r in HashJoin(Evaluate(j.Left, input, graph), Evaluate(j.Right, input, graph), j.Left, j.Right))
            yield return r;
    }

    private int[] SharedCertainSlots(AlgebraOperator left, AlgebraOperator right)
    {
        var c = VariableScope.Certain(left);
        c.IntersectWith(VariableScope.Certain(right));
        return c.Select(v => _ctx.Variables.Slot(v)).OrderBy(s => s).ToArray();
    }

    private IEnumerable<int[]> HashJoin(IEnumerable<int[]> leftRows, IEnumerable<int[]> rightRows, AlgebraOperator left, AlgebraOperator right)
    {
        var keys = SharedCertainSlots(left, right);
        var table = new Dictionary<RowKey, List<int[]>>();
        foreach (var r in rightRows)
        {
            _ctx.Cancel.ThrowIfCancellationRequested();
            var k = new RowKey(r, keys);
            if (!table.TryGetValue(k, out var list)) table[k] = list = new List<int[]>();
            list.Add(r);
        }
        foreach (var l in leftRows)
        {
            if (table.TryGetValue(new RowKey(l, keys), out var matches))
                foreach (var r in matches)
                {
                    var m = Merge(l, r);
                    if (m != null) yield return m;
                }
        }
    }

    private IEnumerable<int[]> EvalLeftJoin(LeftJoin lj, int[] input, Graph? graph)
    {
        if (SubstitutionSafe(lj.Right))
        {
            foreach (var l in Evaluate(lj.Left, input, graph))
            {
                bool any = false;
                foreach (var r in Evaluate(lj.Right, l, graph))
                {
                    if (lj.Condition != null && !_expr.Test(lj.Condition, r, graph)) continue;
                    any = true;
                    yield return r;
                }
                if (!any) yield return l;
            }
            yield break;
        }
        var keys = SharedCertainSlots(lj.Left, lj.Right);
        var table = new Dictionary<RowKey, List<int[]>>();
        foreach (var r in Evaluate(lj.Right, input, graph))
        {
            var k = new RowKey(r, keys);
            if (!table.TryGetValue(k, out var list)) table[k] = list = new List<int[]>();
            list.Add(r);
        }
        foreach (var l in Evaluate(lj.Left, input, graph))
        {
            bool any = false;
            if (table.TryGetValue(new RowKey(l, keys), out var matches))
                foreach (var r in matches)
                {
                    var m = Merge(l, r);
                    if (m == null) continue;
                    if (lj.Condition != null && !_expr.Test(lj.Condition, m, graph)) continue;
                    any = true;
                    yield return m;
                }
            if (!any) yield return l;
        }
    }

    private IEnumerable<int[]> EvalFilter(Filter f, int[] input, Graph? graph)
    {
        foreach (var r in Evaluate(f.Inner, input, graph))
            if (_expr.Test(f.Condition, r, graph)) yield return r;
    }

    private IEnumerable<int[]> EvalMinus(Minus m, int[] input, Graph? graph)
    {
        var right = Evaluate(m.Right, input, graph).ToList();
        foreach (var l in Evaluate(m.Left, input, graph))
        {
            bool remove = false;
            foreach (var r in right)
            {
                bool shared = false, compatible = true;
                for (int i = 0; i < l.Length; i++)
                {
                    if (l[i] == 0 || r[i] == 0) continue;
                    // A variable bound only by the input is not part of the MINUS's own domain.
                    if (input[i] != 0) continue;
                    shared = true;
                    if (l[i] != r[i]) { compatible = false; break; }
                }
                if (shared && compatible) { remove = true; break; }
            }
            if (!remove) yield return l;
        }
    }

    private IEnumerable<int[]> EvalGraph(GraphPattern g, int[] input, Graph? activeGraph)
    {
        if (g.Name.Node != null)
        {
            var graph = _ctx.Store.HasGraph(g.Name.Node) ? _ctx.Store.TryGetGraph(g.Name.Node) : null;
            if (graph == null) yield break;
            foreach (var r in Evaluate(g.Inner, input, graph)) yield return r;
            yield break;
        }
        int slot = _ctx.Variables.Slot(g.Name.Variable!);
        if (input[slot] != 0)
        {
            var name = _ctx.Node(input[slot]);
            var graph = name != null && name is not ILiteralNode && _ctx.Store.HasGraph(name) ? _ctx.Store.TryGetGraph(name) : null;
            if (graph == null) yield break;
            foreach (var r in Evaluate(g.Inner, input, graph)) yield return r;
            yield break;
        }
        // The inner pattern is evaluated without the graph variable, then joined with it (an OPTIONAL inside may bind it).
        foreach (var name in _ctx.Store.GraphNames)
        {
            var graph = _ctx.Store.TryGetGraph(name)!;
            int id = _ctx.Intern(name);
            foreach (var r in Evaluate(g.Inner, input, graph))
            {
                if (r[slot] != 0) { if (r[slot] == id) yield return r; continue; }
                var n = (int[])r.Clone();
                n[slot] = id;
                _ctx.SameSolution(n, r);
                yield return n;
            }
        }
    }

    private IEnumerable<int[]> EvalExtend(Extend e, int[] input, Graph? graph)
    {
        int slot = _ctx.Variables.Slot(e.Variable);
        foreach (var r in Evaluate(e.Inner, input, graph))
        {
            int id = _expr.EvalId(e.Expression, r, graph);
            if (id == 0) { yield return r; continue; }
            if (r[slot] != 0)
            {
                if (r[slot] == id) yield return r;
                continue;
            }
            var n = (int[])r.Clone();
            n[slot] = id;
            _ctx.SameSolution(n, r);
            yield return n;
        }
    }

    private IEnumerable<int[]> EvalValues(Values v, int[] input)
    {
        var slots = v.Variables.Select(x => _ctx.Variables.Slot(x)).ToArray();
        foreach (var data in v.Rows)
        {
            var row = (int[])input.Clone();
            bool ok = true;
            for (int i = 0; i < slots.Length && ok; i++)
            {
                if (data[i] == null) continue;
                int id = _ctx.Intern(data[i]!);
                if (row[slots[i]] != 0 && row[slots[i]] != id) ok = false;
                else row[slots[i]] = id;
            }
            if (ok) yield return row;
        }
    }

    private IEnumerable<int[]> EvalService(Service s, int[] input)
    {
        if (s.Silent) { yield return input; yield break; }
        throw new NotSupportedException($"SERVICE {s.Endpoint} is not supported: GraphBuilder evaluates queries over the local dataset only");
    }
}

/// <summary>Value equality over whole rows.</summary>
internal sealed class RowComparer : IEqualityComparer<int[]>
{
    public static readonly RowComparer Instance = new();
    public bool Equals(int[]? a, int[]? b) => a.AsSpan().SequenceEqual(b);
    public int GetHashCode(int[] r)
    {
        var h = new HashCode();
        foreach (var x in r) h.Add(x);
        return h.ToHashCode();
    }
}

/// <summary>The values of some slots of a row, as a hash key.</summary>
internal readonly struct RowKey : IEquatable<RowKey>
{
    private readonly int[] _row;
    private readonly int[] _slots;
    private readonly int _hash;

    public RowKey(int[] row, int[] slots)
    {
        _row = row;
        _slots = slots;
        var h = new HashCode();
        foreach (var s in slots) h.Add(row[s]);
        _hash = h.ToHashCode();
    }

    public bool Equals(RowKey o)
    {
        for (int i = 0; i < _slots.Length; i++) if (_row[_slots[i]] != o._row[o._slots[i]]) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is RowKey k && Equals(k);
    public override int GetHashCode() => _hash;
}
