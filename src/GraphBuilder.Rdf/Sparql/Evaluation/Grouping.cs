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
        foreach (var r in rows)
        {
            ctx.Cancel.ThrowIfCancellationRequested();
            var key = new int[g.Keys.Count];
            for (int i = 0; i < key.Length; i++)
            {
                var k = g.Keys[i].Expression;
                if (k is VariableExpression ve && ctx.Variables.TryGetSlot(ve.Name, out int s)) key[i] = r[s];
                else { var v = ev.Expressions.Eval(k, r, graph); key[i] = v == null ? 0 : ctx.Intern(v); }
            }
            if (!groups.TryGetValue(key, out var list)) { groups[key] = list = new List<int[]>(); order.Add(key); }
            list.Add(r);
        }
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
                    var sb = new StringBuilder();
                    string? lang = null; bool sameLang = true;
                    for (int i = 0; i < values.Count; i++)
                    {
                        if (values[i] is not ILiteralNode l) return null;
                        if (i > 0) sb.Append(agg.Separator);
                        sb.Append(l.Value);
                        if (i == 0) lang = l.Language;
                        else if (!string.Equals(lang, l.Language, StringComparison.OrdinalIgnoreCase)) sameLang = false;
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
    public static IEnumerable<int[]> Sort(Evaluator ev, QueryContext ctx, OrderBy ob, IEnumerable<int[]> rows, Graph? graph, long keep)
    {
        var items = new List<(INode?[] Keys, int[] Row)>();
        var conds = ob.Conditions;
        Comparison<(INode?[] Keys, int[] Row)> cmp = (a, b) =>
        {
            for (int i = 0; i < conds.Count; i++)
            {
                int c = Comparison.OrderCompare(a.Keys[i], b.Keys[i]);
                if (c != 0) return conds[i].Descending ? -c : c;
            }
            return 0;
        };
        foreach (var r in rows)
        {
            ctx.Cancel.ThrowIfCancellationRequested();
            var keys = new INode?[conds.Count];
            for (int i = 0; i < keys.Length; i++) keys[i] = ev.Expressions.Eval(conds[i].Expression, r, graph);
            items.Add((keys, r));
            // Bound the buffer under LIMIT: sort and cut whenever it grows past twice the budget.
            if (keep >= 0 && items.Count > Math.Max(1024, keep * 2))
            {
                var sortedPart = items.Order(Comparer<(INode?[] Keys, int[] Row)>.Create(cmp)).Take((int)keep).ToList();
                items = sortedPart;
            }
        }
        var sorted = items.Order(Comparer<(INode?[] Keys, int[] Row)>.Create(cmp));
        foreach (var x in sorted) yield return x.Row;
    }
}
