using GraphBuilder.Rdf.Sparql.Algebra;

namespace GraphBuilder.Rdf.Sparql.Evaluation;

/// <summary>
/// Evaluates a basic graph pattern on term ids with index nested loops: patterns are ordered greedily by the
/// index's estimate of their matches given what is bound so far, and every pattern is one index range lookup.
/// Filter conditions run as soon as their variables are bound.
/// </summary>
internal sealed class BgpEvaluator
{
    private readonly QueryContext _ctx;
    private readonly ExpressionEvaluator _expr;
    private int _tick;

    public BgpEvaluator(QueryContext ctx, ExpressionEvaluator expr)
    {
        _ctx = ctx;
        _expr = expr;
    }

    /// <summary>A pattern position: a constant id (Slot = -1) or a variable slot.</summary>
    private readonly record struct Pos(int Const, int Slot);

    private sealed class Step
    {
        public Pos S, P, O;
        public List<Expression>? Conditions;
        public double Estimate = -2; // the index's estimate given the input's bindings; -2: not yet computed
    }

    public IEnumerable<int[]> Evaluate(IReadOnlyList<TriplePattern> patterns, IReadOnlyList<Expression> conditions, int[] input, Graph? graph)
    {
        if (patterns.Count == 0)
        {
            if (conditions.All(c => _expr.Test(c, input, graph))) return [input];
            return [];
        }
        if (graph == null) return [];
        // The resolved positions of a BGP are cached: OPTIONAL and EXISTS evaluate the same BGP once per outer row.
        if (!_resolved.TryGetValue(patterns, out var positions))
        {
            positions = new Pos[patterns.Count * 3];
            for (int i = 0; i < patterns.Count; i++)
            {
                positions[3 * i] = Resolve(patterns[i].Subject);
                positions[3 * i + 1] = Resolve(patterns[i].Predicate);
                positions[3 * i + 2] = Resolve(patterns[i].Obj);
            }
            _resolved[patterns] = positions;
        }
        var steps = new List<Step>(patterns.Count);
        for (int i = 0; i < positions.Length; i += 3)
        {
            var st = new Step { S = positions[i], P = positions[i + 1], O = positions[i + 2] };
            // A constant no stored triple contains: nothing can match.
            if ((st.S.Slot < 0 && st.S.Const <= 0) || (st.P.Slot < 0 && st.P.Const <= 0) || (st.O.Slot < 0 && st.O.Const <= 0)) return [];
            steps.Add(st);
        }
        var ordered = Order(steps, input, graph.Index);
        if (ordered == null) return [];
        if (conditions.Count == 0) return Run(ordered, 0, input, graph);
        // Attach each condition to the first step after which all its variables are bound.
        var boundAt = new Dictionary<int, int>();
        for (int i = 0; i < input.Length; i++) if (input[i] != 0) boundAt[i] = -1;
        for (int i = 0; i < ordered.Count; i++)
            foreach (var p in new[] { ordered[i].S, ordered[i].P, ordered[i].O })
                if (p.Slot >= 0 && !boundAt.ContainsKey(p.Slot)) boundAt[p.Slot] = i;
        var pre = new List<Expression>();
        foreach (var c in conditions)
        {
            int at = -1;
            foreach (var v in c.Variables)
            {
                if (_ctx.Variables.TryGetSlot(v, out int s) && boundAt.TryGetValue(s, out int b)) at = Math.Max(at, b);
                else { at = ordered.Count - 1; break; }
            }
            if (at < 0) pre.Add(c);
            else (ordered[at].Conditions ??= new()).Add(c);
        }
        if (pre.Count > 0 && !pre.All(c => _expr.Test(c, input, graph))) return [];
        return Run(ordered, 0, input, graph);
    }

    private readonly Dictionary<IReadOnlyList<TriplePattern>, Pos[]> _resolved = new(ReferenceEqualityComparer.Instance);

    private Pos Resolve(PatternTerm t) => t.Variable != null ? new Pos(0, _ctx.Variables.Slot(t.Variable)) : new Pos(_ctx.Intern(t.Node!), -1);

    private static int Value(Pos p, int[] row) => p.Slot < 0 ? p.Const : row[p.Slot];

    /// <summary>Greedy order: cheapest estimated pattern first, preferring patterns connected to what is already bound.</summary>
    private static List<Step>? Order(List<Step> steps, int[] input, TripleIndex index)
    {
        if (steps.Count == 1) return steps;
        var bound = new HashSet<int>();
        for (int i = 0; i < input.Length; i++) if (input[i] != 0) bound.Add(i);
        var remaining = new List<Step>(steps);
        var result = new List<Step>(steps.Count);
        while (remaining.Count > 0)
        {
            Step? best = null;
            double bestCost = double.MaxValue;
            foreach (var st in remaining)
            {
                double cost = Cost(st, input, bound, index, result.Count > 0 || bound.Count > 0);
                if (cost < 0) return null;
                if (cost < bestCost) { bestCost = cost; best = st; }
            }
            remaining.Remove(best!);
            result.Add(best!);
            foreach (var p in new[] { best!.S, best.P, best.O }) if (p.Slot >= 0) bound.Add(p.Slot);
        }
        return result;
    }

    private static double Cost(Step st, int[] input, HashSet<int> bound, TripleIndex index, bool anythingBound)
    {
        int Known(Pos p)
        {
            if (p.Slot < 0) return p.Const;
            return input[p.Slot];
        }
        int s = Known(st.S), p = Known(st.P), o = Known(st.O);
        if (s < 0 || p < 0 || o < 0) return -1; // bound to a term no triple holds
        // Depends on the input only, which does not change while ordering: computed once per step.
        if (st.Estimate == -2) st.Estimate = index.Estimate(s - 1, p - 1, o - 1);
        double est = st.Estimate;
        if (est == 0) return 0;
        bool connected = false;
        if (st.S.Slot >= 0 && s == 0 && bound.Contains(st.S.Slot)) { est /= 1000; connected = true; }
        if (st.O.Slot >= 0 && o == 0 && bound.Contains(st.O.Slot)) { est /= 100; connected = true; }
        if (st.P.Slot >= 0 && p == 0 && bound.Contains(st.P.Slot)) { est /= 10; connected = true; }
        if (s != 0 && st.S.Slot >= 0 || o != 0 && st.O.Slot >= 0) connected = true;
        if (anythingBound && !connected && (st.S.Slot >= 0 || st.P.Slot >= 0 || st.O.Slot >= 0)) est *= 1000;
        return est;
    }

    private IEnumerable<int[]> Run(List<Step> steps, int i, int[] row, Graph graph)
    {
        var st = steps[i];
        int s = Value(st.S, row), p = Value(st.P, row), o = Value(st.O, row);
        if (s < 0 || p < 0 || o < 0) yield break;
        bool last = i == steps.Count - 1;
        foreach (var (ms, mp, mo) in graph.Index.Match(s - 1, p - 1, o - 1))
        {
            if ((++_tick & 4095) == 0) _ctx.Cancel.ThrowIfCancellationRequested();
            int[]? next = null;
            if (!Bind(st.S, ms + 1, row, ref next) || !Bind(st.P, mp + 1, row, ref next) || !Bind(st.O, mo + 1, row, ref next)) continue;
            var r = next ?? row;
            if (st.Conditions != null)
            {
                bool ok = true;
                foreach (var c in st.Conditions) if (!_expr.Test(c, r, graph)) { ok = false; break; }
                if (!ok) continue;
            }
            if (last) yield return next ?? (int[])row.Clone();
            else foreach (var x in Run(steps, i + 1, r, graph)) yield return x;
        }
    }

    private static bool Bind(Pos p, int id, int[] row, ref int[]? next)
    {
        if (p.Slot < 0) return true;
        int cur = (next ?? row)[p.Slot];
        if (cur != 0) return cur == id;
        next ??= (int[])row.Clone();
        next[p.Slot] = id;
        return true;
    }
}
