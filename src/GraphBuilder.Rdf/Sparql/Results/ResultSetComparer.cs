using System.Text;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>The outcome of comparing two results: equal, or the first difference found, in words.</summary>
public sealed record ResultComparison(bool Equal, string? Difference)
{
    /// <summary>The equal outcome.</summary>
    public static readonly ResultComparison Same = new(true, null);
}

/// <summary>
/// Compares query results the way the W3C test suites mean it: solutions as a multiset (or a sequence, for
/// ordered results), graphs as sets of triples, and blank nodes equal up to a consistent one-to-one renaming.
/// </summary>
/// <remarks>
/// Terms are compared as RDF terms (same lexical form and datatype; language tags ignoring case), not by value:
/// <c>"01"^^xsd:integer</c> and <c>"1"^^xsd:integer</c> differ, as they do in the suites.
/// The blank node search tries candidate rows with the same shape only and gives up after
/// <see cref="SearchBudget"/> steps, reporting that instead of hanging.
/// </remarks>
public static class ResultSetComparer
{
    /// <summary>Most backtracking steps spent looking for a blank node renaming.</summary>
    public const int SearchBudget = 2_000_000;

    /// <summary>Compares two results of any kind. Their <see cref="SparqlResultSet.Results"/> are enumerated once.</summary>
    /// <param name="expected">The expected result.</param>
    /// <param name="actual">The result to check.</param>
    /// <param name="ordered">True when the solutions' order matters (ORDER BY queries with an indexed expectation).</param>
    public static ResultComparison Compare(SparqlResultSet expected, SparqlResultSet actual, bool ordered = false)
    {
        if (expected.ResultsType != actual.ResultsType)
            return new(false, $"expected a {Describe(expected.ResultsType)} result, got a {Describe(actual.ResultsType)} result");
        switch (expected.ResultsType)
        {
            case SparqlResultsType.Boolean:
                return expected.Result == actual.Result ? ResultComparison.Same : new(false, $"expected {Lower(expected.Result)}, got {Lower(actual.Result)}");
            case SparqlResultsType.Graph:
                return CompareGraphs(expected.Graph!, actual.Graph!);
        }
        var ev = expected.Variables.ToHashSet(StringComparer.Ordinal);
        var av = actual.Variables.ToHashSet(StringComparer.Ordinal);
        if (!ev.SetEquals(av))
            return new(false, $"expected variables {VarList(expected.Variables)}, got {VarList(actual.Variables)}");
        var vars = ev.OrderBy(v => v, StringComparer.Ordinal).ToArray();
        var e = expected.Results.Select(r => ToRow(r, vars)).ToList();
        var a = actual.Results.Select(r => ToRow(r, vars)).ToList();
        return CompareRows(e, a, ordered, row => FormatRow(row, vars), "solution");
    }

    /// <summary>True when two graphs are isomorphic (equal up to a renaming of blank nodes).</summary>
    public static ResultComparison CompareGraphs(IGraph expected, IGraph actual)
    {
        var e = expected.Triples.Select(t => new[] { t.Subject, t.Predicate, t.Object } as INode?[]).ToList();
        var a = actual.Triples.Select(t => new[] { t.Subject, t.Predicate, t.Object } as INode?[]).ToList();
        return CompareRows(e, a, false, row => string.Join(" ", row.Select(n => n is null ? "" : SparqlTermSyntax.ToNTriples(n))) + " .", "triple");
    }

    private static ResultComparison CompareRows(List<INode?[]> e, List<INode?[]> a, bool ordered, Func<INode?[], string> format, string noun)
    {
        if (e.Count != a.Count)
        {
            var extraOrMissing = Unmatched(e, a, format);
            return new(false, $"expected {e.Count} {noun}s, got {a.Count}{extraOrMissing}");
        }
        if (ordered) return CompareOrdered(e, a, format, noun);

        // Rows that agree outside their blank nodes share a shape key; the shapes must match as multisets first.
        var eGroups = GroupByShape(e);
        var aGroups = GroupByShape(a);
        foreach (var (key, rows) in eGroups)
        {
            int got = aGroups.TryGetValue(key, out var ar) ? ar.Count : 0;
            if (got != rows.Count)
                return new(false, $"expected {rows.Count} {noun}(s) like {format(e[rows[0]])}, got {got}{Unmatched(e, a, format)}");
        }
        foreach (var (key, rows) in aGroups)
            if (!eGroups.ContainsKey(key))
                return new(false, $"unexpected {noun} {format(a[rows[0]])}{Unmatched(e, a, format)}");

        var withBlanks = Enumerable.Range(0, e.Count).Where(i => HasBlank(e[i])).ToList();
        if (withBlanks.Count == 0) return ResultComparison.Same;
        // Most constrained rows first: fewest candidates, then more blank nodes (they bind more of the renaming early).
        withBlanks.Sort((x, y) =>
        {
            int c = eGroups[ShapeKey(e[x])].Count.CompareTo(eGroups[ShapeKey(e[y])].Count);
            return c != 0 ? c : BlankCount(e[y]).CompareTo(BlankCount(e[x]));
        });
        var search = new BlankSearch(e, a, withBlanks, aGroups);
        return search.Run() switch
        {
            true => ResultComparison.Same,
            false => new(false, $"the {noun}s have the same shapes but no consistent renaming of blank nodes makes them equal"),
            null => new(false, $"gave up looking for a blank node renaming after {SearchBudget} steps"),
        };
    }

    private static ResultComparison CompareOrdered(List<INode?[]> e, List<INode?[]> a, Func<INode?[], string> format, string noun)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var back = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < e.Count; i++)
        {
            if (!Unify(e[i], a[i], map, back, null))
                return new(false, $"{noun} {i + 1}: expected {format(e[i])}, got {format(a[i])}");
        }
        return ResultComparison.Same;
    }

    /// <summary>Tries to make row <paramref name="x"/> equal row <paramref name="y"/> by extending the blank node renaming; records new pairs in <paramref name="added"/>.</summary>
    private static bool Unify(INode?[] x, INode?[] y, Dictionary<string, string> map, Dictionary<string, string> back, List<string>? added)
    {
        var local = new List<string>();
        for (int i = 0; i < x.Length; i++)
        {
            var p = x[i];
            var q = y[i];
            if (p is IBlankNode pb && q is IBlankNode qb)
            {
                if (map.TryGetValue(pb.InternalID, out var m))
                {
                    if (m != qb.InternalID) { Undo(local, map, back); return false; }
                }
                else if (back.ContainsKey(qb.InternalID)) { Undo(local, map, back); return false; }
                else
                {
                    map[pb.InternalID] = qb.InternalID;
                    back[qb.InternalID] = pb.InternalID;
                    local.Add(pb.InternalID);
                }
            }
            else if (p is null ? q is not null : q is null || p is IBlankNode || q is IBlankNode || !p.Equals(q))
            {
                Undo(local, map, back);
                return false;
            }
        }
        added?.AddRange(local);
        return true;
    }

    private static void Undo(List<string> added, Dictionary<string, string> map, Dictionary<string, string> back)
    {
        foreach (var k in added)
        {
            back.Remove(map[k]);
            map.Remove(k);
        }
        added.Clear();
    }

    private sealed class BlankSearch(List<INode?[]> e, List<INode?[]> a, List<int> order, Dictionary<string, List<int>> aGroups)
    {
        private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _back = new(StringComparer.Ordinal);
        private readonly bool[] _used = new bool[a.Count];
        private long _steps;

        /// <summary>True: found; false: none exists; null: budget spent.</summary>
        public bool? Run()
        {
            try { return Step(0); }
            catch (OperationCanceledException) { return null; }
        }

        private bool Step(int k)
        {
            if (k == order.Count) return true;
            var row = e[order[k]];
            foreach (int j in aGroups[ShapeKey(row)])
            {
                if (_used[j]) continue;
                if (++_steps > SearchBudget) throw new OperationCanceledException();
                var added = new List<string>();
                if (!Unify(row, a[j], _map, _back, added)) continue;
                _used[j] = true;
                if (Step(k + 1)) return true;
                _used[j] = false;
                Undo(added, _map, _back);
            }
            return false;
        }
    }

    private static Dictionary<string, List<int>> GroupByShape(List<INode?[]> rows)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            var key = ShapeKey(rows[i]);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = new List<int>();
            list.Add(i);
        }
        return groups;
    }

    /// <summary>The row with every blank node replaced by one placeholder and language tags lower-cased.</summary>
    private static string ShapeKey(INode?[] row)
    {
        var sb = new StringBuilder();
        foreach (var n in row)
        {
            switch (n)
            {
                case null: sb.Append('\u0001'); break;
                case IBlankNode: sb.Append("_:"); break;
                case ILiteralNode l when l.Language.Length > 0:
                    SparqlTermSyntax.AppendQuoted(sb, l.Value); sb.Append('@').Append(l.Language.ToLowerInvariant()); break;
                default: SparqlTermSyntax.AppendNTriples(sb, n); break;
            }
            sb.Append('\u0000');
        }
        return sb.ToString();
    }

    private static bool HasBlank(INode?[] row) => row.Any(n => n is IBlankNode);
    private static int BlankCount(INode?[] row) => row.Count(n => n is IBlankNode);

    private static INode?[] ToRow(SparqlResult r, string[] vars)
    {
        var row = new INode?[vars.Length];
        for (int i = 0; i < vars.Length; i++) row[i] = r[vars[i]];
        return row;
    }

    private static string FormatRow(INode?[] row, string[] vars)
    {
        var parts = new List<string>();
        for (int i = 0; i < vars.Length; i++)
            if (row[i] != null) parts.Add("?" + vars[i] + "=" + SparqlTermSyntax.ToNTriples(row[i]!));
        return "{" + string.Join(" ", parts) + "}";
    }

    /// <summary>A few rows that are in one side and not the other (ignoring blank node labels), for the message.</summary>
    private static string Unmatched(List<INode?[]> e, List<INode?[]> a, Func<INode?[], string> format)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in a) counts[ShapeKey(r)] = counts.GetValueOrDefault(ShapeKey(r)) + 1;
        var missing = new List<string>();
        foreach (var r in e)
        {
            var k = ShapeKey(r);
            if (counts.GetValueOrDefault(k) > 0) counts[k]--;
            else if (missing.Count < 3) missing.Add(format(r));
        }
        var extra = new List<string>();
        var left = new Dictionary<string, int>(counts);
        foreach (var r in a)
        {
            var k = ShapeKey(r);
            if (left.GetValueOrDefault(k) > 0) { left[k]--; if (extra.Count < 3) extra.Add(format(r)); }
        }
        var sb = new StringBuilder();
        if (missing.Count > 0) sb.Append("; missing ").Append(string.Join(", ", missing));
        if (extra.Count > 0) sb.Append("; unexpected ").Append(string.Join(", ", extra));
        return sb.ToString();
    }

    private static string Describe(SparqlResultsType t) => t switch
    {
        SparqlResultsType.Boolean => "boolean",
        SparqlResultsType.Graph => "graph",
        _ => "solutions",
    };

    private static string Lower(bool b) => b ? "true" : "false";

    private static string VarList(IEnumerable<string> vars) => "(" + string.Join(" ", vars.Select(v => "?" + v)) + ")";
}
