using GraphBuilder.Rdf.Sparql.Algebra;

namespace GraphBuilder.Rdf.Sparql.Evaluation;

/// <summary>
/// Evaluates property paths on term ids (SPARQL 1.1 section 18.4): sequences and alternatives keep duplicates,
/// the closure operators (*, +, ?) give each reachable node once, found by breadth-first search from the bound end.
/// </summary>
internal sealed class PathEvaluator
{
    private readonly QueryContext _ctx;

    private readonly HashSet<int> _constants = new();

    public PathEvaluator(QueryContext ctx) => _ctx = ctx;

    /// <summary>A zero-length path starts at a query constant or at a node of the graph (not at any bound value).</summary>
    private bool ZeroLengthAllowed(int n, TripleIndex? index)
    {
        if (_constants.Contains(n)) return true;
        if (n <= 0 || index == null) return false;
        return index.Estimate(n - 1, -1, -1) > 0 || index.Estimate(-1, -1, n - 1) > 0;
    }

    public IEnumerable<int[]> Evaluate(PathPattern pp, int[] input, Graph? graph)
    {
        int sSlot = pp.Subject.Variable != null ? _ctx.Variables.Slot(pp.Subject.Variable) : -1;
        int oSlot = pp.Obj.Variable != null ? _ctx.Variables.Slot(pp.Obj.Variable) : -1;
        int s = sSlot >= 0 ? input[sSlot] : _ctx.Intern(pp.Subject.Node!);
        int o = oSlot >= 0 ? input[oSlot] : _ctx.Intern(pp.Obj.Node!);
        var index = graph?.Index;
        _constants.Clear();
        if (sSlot < 0) _constants.Add(s);
        if (oSlot < 0) _constants.Add(o);
        foreach (var (a, b) in Pairs(pp.Path, s, o, index))
        {
            var row = (int[])input.Clone();
            if (sSlot >= 0) { if (row[sSlot] != 0 && row[sSlot] != a) continue; row[sSlot] = a; }
            if (oSlot >= 0) { if (row[oSlot] != 0 && row[oSlot] != b) continue; row[oSlot] = b; }
            yield return row;
        }
    }

    /// <summary>Pairs (subject, object) connected by <paramref name="path"/>; 0 means a free end.</summary>
    private IEnumerable<(int S, int O)> Pairs(PropertyPath path, int s, int o, TripleIndex? index)
    {
        switch (path)
        {
            case LinkPath l:
                {
                    if (index == null) yield break;
                    int p = _ctx.Intern(l.Iri);
                    if (p <= 0 || s < 0 || o < 0) yield break;
                    foreach (var (a, _, c) in index.Match(s - 1, p - 1, o - 1)) yield return (a + 1, c + 1);
                    yield break;
                }
            case InversePath inv:
                foreach (var (a, b) in Pairs(inv.Inner, o, s, index)) yield return (b, a);
                yield break;
            case SequencePath seq:
                if (s == 0 && o != 0)
                {
                    foreach (var (m, b) in Pairs(seq.Right, 0, o, index))
                        foreach (var (a, _) in Pairs(seq.Left, 0, m, index)) yield return (a, b);
                }
                else
                {
                    foreach (var (a, m) in Pairs(seq.Left, s, 0, index))
                        foreach (var (_, b) in Pairs(seq.Right, m, o, index)) yield return (a, b);
                }
                yield break;
            case AlternativePath alt:
                foreach (var x in Pairs(alt.Left, s, o, index)) yield return x;
                foreach (var x in Pairs(alt.Right, s, o, index)) yield return x;
                yield break;
            case NegatedPropertySet neg:
                {
                    if (index == null || s < 0 || o < 0) yield break;
                    var fwd = neg.Forward.Select(n => _ctx.Intern(n)).ToHashSet();
                    var inv = neg.Inverse.Select(n => _ctx.Intern(n)).ToHashSet();
                    if (neg.Forward.Count > 0 || neg.Inverse.Count == 0)
                        foreach (var (a, p, c) in index.Match(s - 1, -1, o - 1))
                            if (!fwd.Contains(p + 1)) yield return (a + 1, c + 1);
                    if (neg.Inverse.Count > 0)
                        foreach (var (a, p, c) in index.Match(o - 1, -1, s - 1))
                            if (!inv.Contains(p + 1)) yield return (c + 1, a + 1);
                    yield break;
                }
            case ZeroOrOnePath zo:
                foreach (var x in Closure(zo.Inner, s, o, index, zero: true, maxOne: true)) yield return x;
                yield break;
            case ZeroOrMorePath zm:
                foreach (var x in Closure(zm.Inner, s, o, index, zero: true, maxOne: false)) yield return x;
                yield break;
            case OneOrMorePath om:
                foreach (var x in Closure(om.Inner, s, o, index, zero: false, maxOne: false)) yield return x;
                yield break;
        }
    }

    private IEnumerable<(int S, int O)> Closure(PropertyPath inner, int s, int o, TripleIndex? index, bool zero, bool maxOne)
    {
        if (s != 0)
        {
            foreach (var n in Reach(inner, s, forward: true, index, zero, maxOne))
                if (o == 0 || o == n) yield return (s, n);
        }
        else if (o != 0)
        {
            foreach (var n in Reach(inner, o, forward: false, index, zero, maxOne)) yield return (n, o);
        }
        else
        {
            foreach (var start in AllNodes(index))
                foreach (var n in Reach(inner, start, forward: true, index, zero, maxOne)) yield return (start, n);
        }
    }

    private IEnumerable<int> Reach(PropertyPath inner, int start, bool forward, TripleIndex? index, bool zero, bool maxOne)
    {
        var seen = new HashSet<int>();
        var queue = new Queue<int>();
        if (zero && ZeroLengthAllowed(start, index)) { seen.Add(start); yield return start; }
        queue.Enqueue(start);
        var expanded = new HashSet<int> { start };
        while (queue.Count > 0)
        {
            _ctx.Cancel.ThrowIfCancellationRequested();
            int n = queue.Dequeue();
            var next = forward ? Pairs(inner, n, 0, index).Select(x => x.O) : Pairs(inner, 0, n, index).Select(x => x.S);
            foreach (var m in next)
            {
                if (seen.Add(m)) yield return m;
                if (!maxOne && expanded.Add(m)) queue.Enqueue(m);
            }
        }
    }

    private static IEnumerable<int> AllNodes(TripleIndex? index)
    {
        if (index == null) yield break;
        var seen = new HashSet<int>();
        foreach (var (s, _, o) in index.Match(-1, -1, -1))
        {
            if (seen.Add(s + 1)) yield return s + 1;
            if (seen.Add(o + 1)) yield return o + 1;
        }
    }
}
