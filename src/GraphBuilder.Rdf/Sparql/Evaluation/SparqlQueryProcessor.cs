using GraphBuilder.Rdf.Sparql.Algebra;
using GraphBuilder.Rdf.Sparql.Optimizer;
using GraphBuilder.Rdf.Sparql.Results;

namespace GraphBuilder.Rdf.Sparql.Evaluation;

/// <summary>
/// Evaluates queries over a <see cref="TripleStore"/> (dotNetRDF's <c>LeviathanQueryProcessor</c>). The store is the
/// whole dataset: its default graph is the query's default graph and its named graphs are the named graphs; FROM and
/// FROM NAMED are for the caller to load (see the <c>query</c> command).
/// </summary>
public sealed class SparqlQueryProcessor
{
    private readonly TripleStore _store;

    /// <summary>Creates a processor over <paramref name="dataset"/>.</summary>
    public SparqlQueryProcessor(TripleStore dataset) => _store = dataset;

    /// <summary>Creates a processor over a store given by its interface (must be a <see cref="TripleStore"/>).</summary>
    public SparqlQueryProcessor(ITripleStore dataset)
        : this(dataset as TripleStore ?? throw new ArgumentException("the SPARQL engine needs the indexed TripleStore", nameof(dataset))) { }

    /// <summary>
    /// Evaluates <paramref name="query"/>. SELECT results are a lazy stream: they are computed while enumerated, and
    /// <paramref name="cancel"/> is observed throughout (an <see cref="OperationCanceledException"/> ends the stream).
    /// </summary>
    /// <exception cref="NotSupportedException">For SERVICE (without SILENT).</exception>
    public SparqlResultSet Evaluate(SparqlQuery query, CancellationToken cancel = default)
    {
        var algebra = AlgebraOptimizer.Optimize(query.Algebra);
        var vars = VariableTable.For(query, algebra);
        var ctx = new QueryContext(_store, vars, cancel) { BaseUri = query.BaseUri };
        var ev = new Evaluator(ctx);
        IEnumerable<int[]> Rows() => ev.Evaluate(algebra, ctx.NewRow(), _store.Default);
        switch (query.QueryType)
        {
            case SparqlQueryType.Ask:
                return SparqlResultSet.FromBoolean(Rows().Any());
            case SparqlQueryType.Construct:
                return SparqlResultSet.FromGraph(Construct(ctx, query.ConstructTemplate, Rows()));
            case SparqlQueryType.Describe:
                return SparqlResultSet.FromGraph(Describe(ctx, query.DescribeTerms, Rows()));
            default:
                {
                    var names = query.Variables.ToArray();
                    var slots = names.Select(vars.Slot).ToArray();
                    IEnumerable<SparqlResult> Results()
                    {
                        foreach (var row in Rows())
                        {
                            var bindings = new List<KeyValuePair<string, INode>>(names.Length);
                            for (int i = 0; i < names.Length; i++)
                            {
                                var n = ctx.Node(row[slots[i]]);
                                if (n != null) bindings.Add(new(names[i], n));
                            }
                            yield return new SparqlResult(bindings);
                        }
                    }
                    return SparqlResultSet.FromBindings(names, Results());
                }
        }
    }

    /// <summary>Parses and evaluates in one call.</summary>
    public SparqlResultSet Evaluate(string query, string? baseUri = null, CancellationToken cancel = default) =>
        Evaluate(Syntax.SparqlQueryParser.Parse(query, baseUri), cancel);

    private static Graph Construct(QueryContext ctx, IReadOnlyList<TriplePattern> template, IEnumerable<int[]> rows)
    {
        var g = new Graph();
        foreach (var row in rows)
        {
            var blanks = new Dictionary<string, INode>(StringComparer.Ordinal);
            INode? Instantiate(PatternTerm t)
            {
                if (t.Variable != null) return ctx.Variables.TryGetSlot(t.Variable, out int s) ? ctx.Node(row[s]) : null;
                if (t.Node is IBlankNode b)
                {
                    if (!blanks.TryGetValue(b.InternalID, out var n)) blanks[b.InternalID] = n = new BlankNode(ctx.NewBlankLabel());
                    return n;
                }
                return t.Node;
            }
            foreach (var tp in template)
            {
                var s = Instantiate(tp.Subject);
                var p = Instantiate(tp.Predicate);
                var o = Instantiate(tp.Obj);
                if (s == null || p == null || o == null || s is ILiteralNode || p is not IUriNode) continue;
                g.Assert(new Triple(s, p, o));
            }
        }
        return g;
    }

    private Graph Describe(QueryContext ctx, IReadOnlyList<PatternTerm> terms, IEnumerable<int[]> rows)
    {
        var resources = new List<INode>();
        var constants = terms.Where(t => t.Node != null).Select(t => t.Node!).ToList();
        resources.AddRange(constants);
        var varTerms = terms.Where(t => t.Variable != null).ToList();
        if (varTerms.Count > 0)
            foreach (var row in rows)
                foreach (var t in varTerms)
                    if (ctx.Variables.TryGetSlot(t.Variable!, out int s) && ctx.Node(row[s]) is INode n) resources.Add(n);
        var g = new Graph();
        var done = new HashSet<INode>();
        var queue = new Queue<INode>(resources);
        // Concise bounded description: the resource's triples, following blank-node objects.
        while (queue.Count > 0)
        {
            var r = queue.Dequeue();
            if (!done.Add(r)) continue;
            foreach (var t in _store.Default.GetTriplesWithSubject(r))
            {
                g.Assert(t);
                if (t.Object is IBlankNode) queue.Enqueue(t.Object);
            }
        }
        return g;
    }
}
