using GraphBuilder.Rdf.Sparql.Algebra;

namespace GraphBuilder.Rdf.Sparql.Evaluation;

/// <summary>
/// State of one query evaluation: the dataset, the variable slots, and the term ids. Store terms keep their dictionary
/// id plus one (so 0 means "unbound"); terms that only the query computes get negative ids. Equal terms always get
/// equal ids, so joins compare ints.
/// </summary>
internal sealed class QueryContext
{
    private readonly Dictionary<INode, int> _localIds = new();
    private readonly List<INode> _localTerms = new();
    private long _bnodeCounter;

    public QueryContext(TripleStore store, VariableTable variables, CancellationToken cancel)
    {
        Store = store;
        Terms = store.Terms;
        Variables = variables;
        Cancel = cancel;
        Now = DateTimeOffset.UtcNow;
    }

    public TripleStore Store { get; }
    public TermDictionary Terms { get; }
    public VariableTable Variables { get; }
    public CancellationToken Cancel { get; }
    public DateTimeOffset Now { get; }
    public string? BaseUri { get; init; }

    /// <summary>Per-evaluation caches (compiled regexes, BNODE(str) labels per solution).</summary>
    public readonly Dictionary<(string, string), System.Text.RegularExpressions.Regex?> Regexes = new();

    public int Width => Variables.Count;

    public int[] NewRow() => new int[Variables.Count];

    /// <summary>The id of a term (interning it locally when the store does not know it).</summary>
    public int Intern(INode node)
    {
        int id = Terms.Lookup(node);
        if (id >= 0) return id + 1;
        lock (_localIds)
        {
            if (_localIds.TryGetValue(node, out int local)) return local;
            _localTerms.Add(node);
            local = -_localTerms.Count;
            _localIds[node] = local;
            return local;
        }
    }

    /// <summary>The store id (0-based) of a term, or -1 when no triple can contain it.</summary>
    public static int StoreId(int id) => id > 0 ? id - 1 : -1;

    public INode? Node(int id)
    {
        if (id > 0) return Terms[id - 1];
        if (id == 0) return null;
        lock (_localIds) return _localTerms[-id - 1];
    }

    // Created on first use: weak tables are finalizable objects, too costly to build for every query.
    private System.Runtime.CompilerServices.ConditionalWeakTable<int[], object>? _solutionOfTable;
    private System.Runtime.CompilerServices.ConditionalWeakTable<object, Dictionary<string, BlankNode>>? _bnodesTable;
    private System.Runtime.CompilerServices.ConditionalWeakTable<int[], object> _solutionOf =>
        LazyInitializer.EnsureInitialized(ref _solutionOfTable);
    private System.Runtime.CompilerServices.ConditionalWeakTable<object, Dictionary<string, BlankNode>> _bnodes =>
        LazyInitializer.EnsureInitialized(ref _bnodesTable);

    /// <summary>Records that <paramref name="copy"/> is the same solution as <paramref name="original"/> (extended by a binding).</summary>
    /// <remarks>Only tracked when the query calls BNODE(str): the weak table is costly (a dependent GC handle per row).</remarks>
    public void SameSolution(int[] copy, int[] original)
    {
        if (Variables.UsesBNodeOfString) _solutionOf.AddOrUpdate(copy, SolutionKey(original));
    }

    private object SolutionKey(int[] row) => _solutionOfTable != null && _solutionOfTable.TryGetValue(row, out var k) ? k : row;

    /// <summary>BNODE(str): the same blank node for the same string within one solution, a new one in another.</summary>
    public BlankNode BlankFor(int[] row, string str)
    {
        var map = _bnodes.GetValue(SolutionKey(row), _ => new Dictionary<string, BlankNode>(StringComparer.Ordinal));
        lock (map)
        {
            if (!map.TryGetValue(str, out var b)) map[str] = b = new BlankNode(NewBlankLabel());
            return b;
        }
    }

    public string NewBlankLabel() => "q" + Interlocked.Increment(ref _bnodeCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Maps variable names to row slots.</summary>
internal sealed class VariableTable
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _names = new();

    public int Count => _names.Count;

    public int Slot(string name)
    {
        if (_slots.TryGetValue(name, out int s)) return s;
        s = _names.Count;
        _names.Add(name);
        _slots[name] = s;
        return s;
    }

    public bool TryGetSlot(string name, out int slot) => _slots.TryGetValue(name, out slot);

    /// <summary>True when an expression of the query calls BNODE with an argument (one blank node per string and solution).</summary>
    public bool UsesBNodeOfString { get; private set; }

    public string Name(int slot) => _names[slot];

    /// <summary>Collects every variable of an algebra expression, including those in expressions and EXISTS patterns.</summary>
    public static VariableTable For(SparqlQuery query, AlgebraOperator algebra)
    {
        var t = new VariableTable();
        foreach (var v in query.Variables) t.Slot(v);
        t.Walk(algebra);
        foreach (var tp in query.ConstructTemplate) foreach (var v in tp.Variables) t.Slot(v);
        foreach (var d in query.DescribeTerms) if (d.Variable != null) t.Slot(d.Variable);
        return t;
    }

    private void Walk(AlgebraOperator op)
    {
        switch (op)
        {
            case Bgp b: foreach (var tp in b.Patterns) foreach (var v in tp.Variables) Slot(v); break;
            case PathPattern p: if (p.Subject.Variable != null) Slot(p.Subject.Variable); if (p.Obj.Variable != null) Slot(p.Obj.Variable); break;
            case Join j: Walk(j.Left); Walk(j.Right); break;
            case LeftJoin l: Walk(l.Left); Walk(l.Right); if (l.Condition != null) Walk(l.Condition); break;
            case Filter f: Walk(f.Inner); Walk(f.Condition); break;
            case Union u: Walk(u.Left); Walk(u.Right); break;
            case Minus m: Walk(m.Left); Walk(m.Right); break;
            case GraphPattern g: if (g.Name.Variable != null) Slot(g.Name.Variable); Walk(g.Inner); break;
            case Extend e: Walk(e.Inner); Slot(e.Variable); Walk(e.Expression); break;
            case Values v: foreach (var x in v.Variables) Slot(x); break;
            case Service s: if (s.Endpoint.Variable != null) Slot(s.Endpoint.Variable); Walk(s.Inner); break;
            case Group g:
                Walk(g.Inner);
                foreach (var k in g.Keys) { Walk(k.Expression); if (k.Variable != null) Slot(k.Variable); }
                foreach (var a in g.Aggregates) { Slot(a.Variable); if (a.Aggregate.Argument != null) Walk(a.Aggregate.Argument); }
                break;
            case OrderBy ob: Walk(ob.Inner); foreach (var c in ob.Conditions) Walk(c.Expression); break;
            case Project p: Walk(p.Inner); foreach (var v in p.Variables) Slot(v); break;
            case Distinct d: Walk(d.Inner); break;
            case Reduced r: Walk(r.Inner); break;
            case Slice s: Walk(s.Inner); break;
            case FilteredBgp fb: Walk(fb.Bgp); foreach (var c in fb.Conditions) Walk(c); break;
        }
    }

    private void Walk(Expression e)
    {
        switch (e)
        {
            case VariableExpression v: Slot(v.Name); break;
            case CallExpression c:
                if (c.Operator == "BNODE" && c.Arguments.Count > 0) UsesBNodeOfString = true;
                foreach (var a in c.Arguments) Walk(a);
                break;
            case ExistsExpression x: Walk(x.Pattern); break;
            case AggregateExpression a: if (a.Argument != null) Walk(a.Argument); break;
        }
    }
}
