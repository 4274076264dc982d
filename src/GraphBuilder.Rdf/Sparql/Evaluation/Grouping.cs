using System.Text;
using GraphBuilder.Rdf.Sparql.Algebra;

namespace GraphBuilder.Rdf.Sparql.Evaluation;

/// <summary>GROUP BY and the aggregates (SPARQL 1.1 sections 11 and 18.5).</summary>
internal static class Grouping
{
    public static IEnumerable<int[]> Evaluate(Evaluator ev, QueryContext ctx, Group g, IEnumerable<int[]> rows, Graph? graph)
    {
        var keySlots = g.Keys.Select(k => k.Variable != null ? ctx.Variables.Slot(k.Variable) : -1).ToArray();
        var groups = new Dictionary<int[], List<int[]>>(RowComparer.Instance);
        var order = new List<int[]>();
        // Key expressions that are plain variables read their slot; the key buffer is only copied for a new group.
        var keyVarSlots = g.Keys.Select(k => k.Expression is VariableExpression ve && ctx.Variables.TryGetSlot(ve.Name, out int s) ? s : -1).ToArray();
        var scratch = new int[g.Keys.Count];
        int tick = 0;
        foreach (var r in rows)
        {
            if ((++tick & 1023) == 0) ctx.Cancel.ThrowIfCancellationRequested();
            for (int i = 0; i < scratch.Length; i++)
                scratch[i] = keyVarSlots[i] >= 0 ? r[keyVarSlots[i]] : ev.Expressions.EvalId(g.Keys[i].Expression, r, graph);
            if (!groups.TryGetValue(scratch, out var list))
            {
                var key = (int[])scratch.Clone();
                groups[key] = list = new List<int[]>();
                order.Add(key);
            }
            list.Add(r);
        }
        ctx.Cancel.ThrowIfCancellationRequested();
        // Without GROUP BY an empty input is still one (empty) group.
        if (g.Keys.Count == 0 && order.Count == 0) { var k = Array.Empty<int>(); groups[k] = new List<int[]>(); order.Add(k); }
        foreach (var key in order)
        {
            var members = groups[key];
            var row = ctx.NewRow();
            for (int i = 0; i < key.Length; i++) if (keySlots[i] >= 0) row[keySlots[i]] = key[i];
            foreach (var (v, agg) in g.Aggregates)
            {
                var value = Aggregate(ev, ctx, agg, members, graph);
                if (value != null) row[ctx.Variables.Slot(v)] = ctx.Intern(value);
            }
            yield return row;
        }
    }

    private static INode? Aggregate(Evaluator ev, QueryContext ctx, AggregateExpression agg, List<int[]> members, Graph? graph)
    {
        if (agg.Name == "COUNT" && agg.Argument is VariableExpression cv)
        {
            // COUNT(?v): bound values counted on term ids (equal terms have equal ids), nothing decoded.
            long n = 0;
            if (!ctx.Variables.TryGetSlot(cv.Name, out int cs)) n = 0;
            else if (!agg.Distinct) { foreach (var m in members) if (m[cs] != 0) n++; }
            else
            {
                var seen = new HashSet<int>();
                foreach (var m in members) if (m[cs] != 0) seen.Add(m[cs]);
                n = seen.Count;
            }
            return new LiteralNode(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.XsdInteger);
        }
        if (agg.Name == "COUNT" && agg.Argument == null)
        {
            long n = agg.Distinct ? members.Distinct(RowComparer.Instance).LongCount() : members.Count;
            return new LiteralNode(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.XsdInteger);
        }
        var values = new List<INode?>(members.Count);
        foreach (var m in members) values.Add(ev.Expressions.Eval(agg.Argument!, m, graph));
        if (agg.Distinct) values = values.Distinct().ToList();
        switch (agg.Name)
        {
            case "COUNT":
                return new LiteralNode(values.Count(v => v != null).ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.XsdInteger);
            case "SUM":
            case "AVG":
                {
                    Numeric sum = Numeric.FromInteger(0);
                    foreach (var v in values)
                    {
                        if (!Numeric.TryParse(v, out var n)) return null;
                        var s = Numeric.Arithmetic('+', sum, n);
                        if (s == null) return null;
                        sum = s.Value;
                    }
                    if (agg.Name == "SUM") return sum.ToNode();
                    if (values.Count == 0) return Numeric.FromInteger(0).ToNode();
                    return Numeric.Arithmetic('/', sum, Numeric.FromInteger(values.Count))?.ToNode();
                }
            case "MIN":
            case "MAX":
                {
                    INode? best = null;
                    bool first = true;
                    foreach (var v in values)
                    {
                        if (v == null) return null;
                        if (first) { best = v; first = false; continue; }
                        int c = Comparison.OrderCompare(v, best);
                        if (agg.Name == "MIN" ? c < 0 : c > 0) best = v;
                    }
                    return best;
                }
            case "SAMPLE":
                return values.FirstOrDefault(v => v != null);
            case "GROUP_CONCAT":
                {
                    // SPARQL 1.1 (18.5.1.7): the result is a simple literal, whatever the inputs' language tags.
                    var sb = new StringBuilder();
                    for (int i = 0; i < values.Count; i++)
                    {
                        if (values[i] is not ILiteralNode l) return null;
                        if (i > 0) sb.Append(agg.Separator);
                        sb.Append(l.Value);
                    }
                    return new LiteralNode(sb.ToString());
                }
        }
        return null;
    }
}

/// <summary>ORDER BY: a stable sort by the conditions; with a row budget it keeps only the first rows (top-k).</summary>
internal static class Ordering
{
    /// <summary>One ORDER BY key of a row: the term, and its numeric value parsed once (not at every comparison).</summary>
    private readonly struct Key
    {
        public readonly INode? Node;
        public readonly bool IsNumeric;
        public readonly Numeric Number;

        public Key(INode? node)
        {
            Node = node;
            IsNumeric = Numeric.TryParse(node, out Number) && !(Number.Kind >= NumericKind.Float && double.IsNaN(Number.AsDouble));
        }
    }

    private static int Compare(in Key a, in Key b)
    {
        if (a.IsNumeric && b.IsNumeric)
        {
            // As Comparison.OrderCompare: numeric order, then the fixed tie-break on the lexical form.
            int c = Numeric.Compare(a.Number, b.Number);
            if (c != 0) return c;
            var la = (ILiteralNode)a.Node!; var lb = (ILiteralNode)b.Node!;
            int r = string.CompareOrdinal(la.Value, lb.Value);
            if (r != 0) return r;
            r = string.CompareOrdinal(la.DataType, lb.DataType);
            return r != 0 ? r : string.CompareOrdinal(la.Language, lb.Language);
        }
        return Comparison.OrderCompare(a.Node, b.Node);
    }

    public static IEnumerable<int[]> Sort(Evaluator ev, QueryContext ctx, OrderBy ob, IEnumerable<int[]> rows, Graph? graph, long keep)
    {
        var conds = ob.Conditions;
        // Ties keep the input order (a stable sort): the sequence number breaks them.
        var comparer = Comparer<(Key[] Keys, long Seq, int[] Row)>.Create((a, b) =>
        {
            for (int i = 0; i < conds.Count; i++)
            {
                int c = Compare(a.Keys[i], b.Keys[i]);
                if (c != 0) return conds[i].Descending ? -c : c;
            }
            return a.Seq.CompareTo(b.Seq);
        });
        (Key[] Keys, long Seq, int[] Row) Item(int[] r, long seq)
        {
            var keys = new Key[conds.Count];
            for (int i = 0; i < keys.Length; i++) keys[i] = new Key(ev.Expressions.Eval(conds[i].Expression, r, graph));
            return (keys, seq, r);
        }
        long n = 0;
        if (keep >= 0 && keep <= 100_000)
        {
            // Top-k under LIMIT: a max-heap of the best rows so far; a row no better than the worst of them is dropped.
            if (keep == 0) yield break;
            var heap = new PriorityQueue<(Key[] Keys, long Seq, int[] Row), (Key[] Keys, long Seq, int[] Row)>(
                Comparer<(Key[] Keys, long Seq, int[] Row)>.Create((a, b) => comparer.Compare(b, a)));
            foreach (var r in rows)
            {
                if ((++n & 1023) == 0) ctx.Cancel.ThrowIfCancellationRequested();
                var item = Item(r, n);
                if (heap.Count < keep) heap.Enqueue(item, item);
                else if (comparer.Compare(item, heap.Peek()) < 0) heap.EnqueueDequeue(item, item);
            }
            ctx.Cancel.ThrowIfCancellationRequested();
            var best = new List<(Key[] Keys, long Seq, int[] Row)>(heap.Count);
            while (heap.Count > 0) best.Add(heap.Dequeue());
            for (int i = best.Count - 1; i >= 0; i--) yield return best[i].Row;
            yield break;
        }
        var items = new List<(Key[] Keys, long Seq, int[] Row)>();
        foreach (var r in rows)
        {
            if ((++n & 1023) == 0) ctx.Cancel.ThrowIfCancellationRequested();
            items.Add(Item(r, n));
        }
        ctx.Cancel.ThrowIfCancellationRequested();
        items.Sort(comparer);
        foreach (var x in items) yield return x.Row;
    }
}
