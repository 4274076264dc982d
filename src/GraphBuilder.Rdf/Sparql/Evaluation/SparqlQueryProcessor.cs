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
        // Variable values go from query ids to the new graph's ids through a map, so a term that appears in many
        // triples (an actor in thousands of edges) is decoded and interned once.
        var ids = new Dictionary<int, (int Id, INode Node)>();
        (int Id, INode Node) Mapped(int qid)
        {
            if (!ids.TryGetValue(qid, out var m))
            {
                var n = ctx.Node(qid)!;
                ids[qid] = m = (g.Terms.Intern(n), n);
            }
            return m;
        }
        var constants = new Dictionary<INode, int>(ReferenceEqualityComparer.Instance);
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        int Slot(string v) => slots.TryGetValue(v, out int s) ? s : slots[v] = ctx.Variables.TryGetSlot(v, out s) ? s : -1;
        var blanks = new Dictionary<string, (int, INode)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            blanks.Clear();
            (int Id, INode? Node) Instantiate(PatternTerm t)
            {
                if (t.Variable != null)
                {
                    int s = Slot(t.Variable);
                    return s < 0 || row[s] == 0 ? (0, null) : Mapped(row[s]);
                }
                if (t.Node is IBlankNode b)
                {
                    if (!blanks.TryGetValue(b.InternalID, out var n))
                    {
                        var fresh = new BlankNode(ctx.NewBlankLabel());
                        blanks[b.InternalID] = n = (g.Terms.Intern(fresh), fresh);
                    }
                    return n;
                }
                if (!constants.TryGetValue(t.Node!, out int id)) constants[t.Node!] = id = g.Terms.Intern(t.Node!);
                return (id, t.Node);
            }
            foreach (var tp in template)
            {
                var s = Instantiate(tp.Subject);
                var p = Instantiate(tp.Predicate);
                var o = Instantiate(tp.Obj);
                if (s.Node == null || p.Node == null || o.Node == null || s.Node is ILiteralNode || p.Node is not IUriNode) continue;
                g.Index.Add(s.Id, p.Id, o.Id);
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
