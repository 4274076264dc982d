using System.Globalization;
using GraphBuilder.Rdf.Sparql.Algebra;

namespace GraphBuilder.Rdf.Sparql.Syntax;

/// <summary>
/// Recursive-descent parser for the SPARQL 1.1 Query grammar. It translates each group graph pattern to algebra as it
/// goes (SPARQL 1.1 section 18.2.2) and applies the static checks that make a query invalid.
/// </summary>
internal sealed partial class SparqlParser
{
    private readonly SparqlLexer _lexer;
    private readonly List<Token> _tokens;
    private int _pos;
    private string? _base;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bnodeLabelBgp = new(StringComparer.Ordinal);
    private int _bgpId;
    private int _freshCounter;
    private bool _aggregatesAllowed;
    private bool _inTemplate;
    private bool _lastGroupHadOwnFilter;

    /// <summary>
    /// Deepest nesting of groups, expressions, blank nodes/collections and paths. The parser (and the evaluator after
    /// it) recurse once per level, and a stack overflow kills the process, even the server, with no message; real
    /// queries nest a few dozen levels at most.
    /// </summary>
    internal const int MaxDepth = 256;
    private int _depth;

    public SparqlParser(string text, string? baseUri)
    {
        _lexer = new SparqlLexer(text);
        _tokens = _lexer.Tokenize();
        _base = baseUri;
    }

    private Token Cur => _tokens[_pos];
    private Token PeekTok(int ahead = 1) => _tokens[Math.Min(_pos + ahead, _tokens.Count - 1)];
    private Token Advance() => _tokens[_pos++];

    private SparqlParseException Error(string message, Token? at = null) => _lexer.Error(message, (at ?? Cur).Offset);

    /// <summary>Parses one nesting level with <paramref name="parse"/>, refusing to go deeper than <see cref="MaxDepth"/>.</summary>
    private T Nested<T>(Func<T> parse)
    {
        if (_depth >= MaxDepth) throw Error($"nesting deeper than {MaxDepth} levels");
        _depth++;
        try { return parse(); }
        finally { _depth--; }
    }

    private bool IsWord(string w) => Cur.Kind == TokenKind.Word && Cur.Text == w;
    private bool IsPunct(string p) => Cur.Kind == TokenKind.Punct && Cur.Text == p;

    private bool AcceptWord(string w) { if (IsWord(w)) { _pos++; return true; } return false; }
    private bool AcceptPunct(string p) { if (IsPunct(p)) { _pos++; return true; } return false; }

    private void ExpectWord(string w) { if (!AcceptWord(w)) throw Error($"expected {w} but found {Cur}"); }
    private void ExpectPunct(string p) { if (!AcceptPunct(p)) throw Error($"expected '{p}' but found {Cur}"); }

    private bool IsA => Cur.Kind == TokenKind.Word && Cur.Extra == "a";

    private string FreshVar() => "_:_f" + (_freshCounter++).ToString(CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- query

    public SparqlQuery ParseQuery()
    {
        Prologue();
        SparqlQuery q;
        if (IsWord("SELECT")) q = SelectQuery();
        else if (IsWord("CONSTRUCT")) q = ConstructQuery();
        else if (IsWord("DESCRIBE")) q = DescribeQuery();
        else if (IsWord("ASK")) q = AskQuery();
        else throw Error($"expected SELECT, CONSTRUCT, DESCRIBE or ASK but found {Cur}");
        if (Cur.Kind != TokenKind.Eof) throw Error($"unexpected {Cur} after the end of the query");
        return q;
    }

    private void Prologue()
    {
        while (true)
        {
            if (AcceptWord("BASE"))
            {
                var t = Advance();
                if (t.Kind != TokenKind.IriRef) throw Error("expected an IRI after BASE", t);
                _base = ResolveIri(t.Text, t);
            }
            else if (AcceptWord("PREFIX"))
            {
                var t = Advance();
                if (t.Kind != TokenKind.PrefixedName || t.Text.Length != 0) throw Error("expected 'prefix:' after PREFIX", t);
                var iri = Advance();
                if (iri.Kind != TokenKind.IriRef) throw Error("expected an IRI in PREFIX", iri);
                _prefixes[t.Extra!] = ResolveIri(iri.Text, iri);
            }
            else return;
        }
    }

    private sealed class SelectClause
    {
        public bool Distinct, Reduced, Star;
        public readonly List<(string Var, Expression? Expr, Token At)> Items = new();
    }

    private sealed class Modifiers
    {
        public List<(Expression Expr, string? Var)>? GroupBy;
        public readonly List<Expression> Having = new();
        public readonly List<OrderCondition> OrderBy = new();
        public long Limit = -1, Offset;
        public readonly List<AggregateExpression> Aggregates = new();
    }

    private SparqlQuery SelectQuery()
    {
        var (op, vars, ordered) = SelectBody(topLevel: true, out var from, out var named);
        return new SparqlQuery(SparqlQueryType.Select, op, vars, from, named, _base, null, null, ordered);
    }

    private (AlgebraOperator Op, List<string> Vars, bool Ordered) SelectBody(bool topLevel, out List<string> from, out List<string> named)
    {
        var start = Cur;
        var sel = ParseSelectClause();
        from = new(); named = new();
        if (topLevel) DatasetClauses(from, named);
        AcceptWord("WHERE");
        var pattern = GroupGraphPattern();
        var mods = new Modifiers();
        SolutionModifiers(mods);
        var values = topLevel || true ? ValuesClause() : null;
        var (op, vars) = FinishSelect(pattern, sel, mods, values, start);
        return (op, vars, mods.OrderBy.Count > 0);
    }

    private SelectClause ParseSelectClause()
    {
        ExpectWord("SELECT");
        var sel = new SelectClause();
        if (AcceptWord("DISTINCT")) sel.Distinct = true;
        else if (AcceptWord("REDUCED")) sel.Reduced = true;
        if (AcceptPunct("*")) { sel.Star = true; return sel; }
        while (true)
        {
            if (Cur.Kind == TokenKind.Variable)
            {
                var t = Advance();
                sel.Items.Add((t.Text, null, t));
            }
            else if (IsPunct("("))
            {
                var at = Advance();
                var e = WithAggregates(true, () => Expression());
                ExpectWord("AS");
                var v = Advance();
                if (v.Kind != TokenKind.Variable) throw Error("expected a variable after AS", v);
                ExpectPunct(")");
                sel.Items.Add((v.Text, e, at));
            }
            else break;
        }
        if (sel.Items.Count == 0) throw Error($"expected variables or '*' after SELECT but found {Cur}");
        return sel;
    }

    private T WithAggregates<T>(bool allowed, Func<T> f)
    {
        bool saved = _aggregatesAllowed;
        _aggregatesAllowed = allowed;
        try { return f(); }
        finally { _aggregatesAllowed = saved; }
    }

    private void DatasetClauses(List<string> from, List<string> named)
    {
        while (AcceptWord("FROM"))
        {
            bool isNamed = AcceptWord("NAMED");
            var iri = Iri();
            (isNamed ? named : from).Add(((IUriNode)iri).Uri);
        }
    }

    private void SolutionModifiers(Modifiers mods)
    {
        if (IsWord("GROUP"))
        {
            Advance(); ExpectWord("BY");
            mods.GroupBy = new();
            do
            {
                if (Cur.Kind == TokenKind.Variable) mods.GroupBy.Add((new VariableExpression(Cur.Text), Advance().Text));
                else if (IsPunct("("))
                {
                    Advance();
                    var e = WithAggregates(false, () => Expression());
                    string? v = null;
                    if (AcceptWord("AS"))
                    {
                        var vt = Advance();
                        if (vt.Kind != TokenKind.Variable) throw Error("expected a variable after AS", vt);
                        v = vt.Text;
                    }
                    ExpectPunct(")");
                    mods.GroupBy.Add((e, v));
                }
                else if (StartsConstraintCall()) mods.GroupBy.Add((WithAggregates(false, () => PrimaryExpression()), null));
                else throw Error($"expected a GROUP BY condition but found {Cur}");
            } while (Cur.Kind == TokenKind.Variable || IsPunct("(") || StartsConstraintCall());
        }
        if (AcceptWord("HAVING"))
        {
            do mods.Having.Add(WithAggregates(true, () => Constraint()));
            while (IsPunct("(") || StartsConstraintCall());
        }
        if (IsWord("ORDER"))
        {
            Advance(); ExpectWord("BY");
            do
            {
                if (IsWord("ASC") || IsWord("DESC"))
                {
                    bool desc = Advance().Text == "DESC";
                    if (!IsPunct("(")) throw Error("expected '(' after ASC/DESC");
                    mods.OrderBy.Add(new OrderCondition(WithAggregates(true, () => BracketedExpression()), desc));
                }
                else if (Cur.Kind == TokenKind.Variable) mods.OrderBy.Add(new OrderCondition(new VariableExpression(Advance().Text), false));
                else mods.OrderBy.Add(new OrderCondition(WithAggregates(true, () => Constraint()), false));
            } while (IsWord("ASC") || IsWord("DESC") || Cur.Kind == TokenKind.Variable || IsPunct("(") || StartsConstraintCall());
        }
        bool limit = false, offset = false;
        for (int i = 0; i < 2; i++)
        {
            if (!limit && AcceptWord("LIMIT")) { mods.Limit = IntegerToken(); limit = true; }
            else if (!offset && AcceptWord("OFFSET")) { mods.Offset = IntegerToken(); offset = true; }
        }
    }

    private long IntegerToken()
    {
        var t = Advance();
        if (t.Kind != TokenKind.Integer) throw Error("expected an integer", t);
        // The token is digits only, so parsing fails only above long.MaxValue: such a LIMIT or OFFSET means "more
        // than there can be", which long.MaxValue says as well.
        return long.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : long.MaxValue;
    }

    private bool StartsConstraintCall() =>
        Cur.Kind == TokenKind.IriRef || Cur.Kind == TokenKind.PrefixedName || (Cur.Kind == TokenKind.Word && (BuiltIns.ContainsKey(Cur.Text) || Cur.Text is "NOT" or "EXISTS" || Aggregates.Contains(Cur.Text)));

    private Values? ValuesClause() => AcceptWord("VALUES") ? DataBlock() : null;

    private (AlgebraOperator Op, List<string> Vars) FinishSelect(AlgebraOperator pattern, SelectClause sel, Modifiers mods, Values? values, Token at)
    {
        var patternVars = VariableScope.Possible(pattern).Where(v => !v.StartsWith("_:", StringComparison.Ordinal)).ToList();
        // Collect aggregates from SELECT, HAVING and ORDER BY, replacing each by a fresh variable.
        var aggs = new List<(string, AggregateExpression)>();
        Expression Replace(Expression e) => ReplaceAggregates(e, aggs);
        var items = sel.Items.Select(i => (i.Var, i.Expr == null ? null : Replace(i.Expr), i.At)).ToList();
        var having = mods.Having.Select(Replace).ToList();
        var order = mods.OrderBy.Select(o => o with { Expression = Replace(o.Expression) }).ToList();
        bool grouped = mods.GroupBy != null || aggs.Count > 0;
        var op = pattern;
        if (grouped)
        {
            if (sel.Star) throw Error("SELECT * is not allowed with GROUP BY or aggregates", at);
            var keys = mods.GroupBy ?? new List<(Expression, string?)>();
            foreach (var (ke, v) in keys)
                if (v != null && !(ke is VariableExpression kv && kv.Name == v) && patternVars.Contains(v)) throw Error($"GROUP BY alias ?{v} is already in scope", at);
            op = new Group(op, keys, aggs);
            var groupVars = new HashSet<string>(keys.Where(k => k.Item2 != null).Select(k => k.Item2!), StringComparer.Ordinal);
            foreach (var (e, v) in keys) if (v == null && e is VariableExpression ve) groupVars.Add(ve.Name);
            var aggVars = new HashSet<string>(aggs.Select(a => a.Item1), StringComparer.Ordinal);
            var allowed = new HashSet<string>(groupVars, StringComparer.Ordinal);
            allowed.UnionWith(aggVars);
            foreach (var (v, e, tok) in items)
            {
                if (e == null)
                {
                    if (!allowed.Contains(v)) throw Error($"variable ?{v} is neither grouped nor aggregated", tok);
                }
                else
                {
                    foreach (var ev in e.Variables)
                        if (!allowed.Contains(ev)) throw Error($"variable ?{ev} in a SELECT expression is neither grouped nor aggregated", tok);
                    allowed.Add(v);
                }
            }
            foreach (var h in having) foreach (var hv in h.Variables) if (!allowed.Contains(hv) && !patternVars.Contains(hv)) { }
        }
        foreach (var h in having) op = new Filter(h, op);
        if (values != null) op = JoinOps(op, values);
        var scope = new HashSet<string>(grouped ? VariableScope.Possible(op) : patternVars.Concat(values?.Variables ?? []), StringComparer.Ordinal);
        var projected = new List<string>();
        if (sel.Star) projected.AddRange(patternVars.Concat(values?.Variables ?? []).Distinct());
        foreach (var (v, e, tok) in items)
        {
            if (e != null)
            {
                if (scope.Contains(v) || projected.Contains(v)) throw Error($"variable ?{v} of a SELECT expression is already in scope", tok);
                op = new Extend(op, v, e);
                scope.Add(v);
            }
            else if (projected.Contains(v)) throw Error($"variable ?{v} is projected twice", tok);
            projected.Add(v);
        }
        if (order.Count > 0) op = new OrderBy(op, order);
        op = new Project(op, projected);
        if (sel.Distinct) op = new Distinct(op);
        else if (sel.Reduced) op = new Reduced(op);
        if (mods.Limit >= 0 || mods.Offset > 0) op = new Slice(op, mods.Offset, mods.Limit);
        return (op, projected);
    }

    private Expression ReplaceAggregates(Expression e, List<(string, AggregateExpression)> aggs)
    {
        switch (e)
        {
            case AggregateExpression a:
                {
                    foreach (var (v, existing) in aggs) if (existing == a) return new VariableExpression(v);
                    var name = ".agg" + aggs.Count.ToString(CultureInfo.InvariantCulture);
                    aggs.Add((name, a));
                    return new VariableExpression(name);
                }
            case CallExpression c:
                return c with { Arguments = c.Arguments.Select(x => ReplaceAggregates(x, aggs)).ToList() };
            default: return e;
        }
    }

    private SparqlQuery ConstructQuery()
    {
        ExpectWord("CONSTRUCT");
        List<TriplePattern> template;
        var from = new List<string>(); var named = new List<string>();
        AlgebraOperator pattern;
        if (IsPunct("{"))
        {
            Advance();
            _inTemplate = true;
            template = TriplesTemplate("}");
            _inTemplate = false;
            ExpectPunct("}");
            DatasetClauses(from, named);
            AcceptWord("WHERE");
            pattern = GroupGraphPattern();
        }
        else
        {
            DatasetClauses(from, named);
            ExpectWord("WHERE");
            ExpectPunct("{");
            _bgpId++;
            var triples = TriplesTemplate("}");
            ExpectPunct("}");
            pattern = new Bgp(triples);
            template = triples;
        }
        var mods = new Modifiers();
        SolutionModifiers(mods);
        var values = ValuesClause();
        var sel = new SelectClause { Star = true };
        var (op, _) = FinishSelect(pattern, sel, mods, values, Cur);
        return new SparqlQuery(SparqlQueryType.Construct, op, VariableScope.Possible(pattern), from, named, _base, template, null, mods.OrderBy.Count > 0);
    }

    private SparqlQuery DescribeQuery()
    {
        ExpectWord("DESCRIBE");
        var terms = new List<PatternTerm>();
        bool star = AcceptPunct("*");
        if (!star)
        {
            do
            {
                if (Cur.Kind == TokenKind.Variable) terms.Add(PatternTerm.Var(Advance().Text));
                else terms.Add(PatternTerm.Const(Iri()));
            } while (Cur.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName);
        }
        var from = new List<string>(); var named = new List<string>();
        DatasetClauses(from, named);
        AlgebraOperator pattern = Bgp.Empty;
        if (AcceptWord("WHERE") || IsPunct("{")) pattern = GroupGraphPattern();
        var mods = new Modifiers();
        SolutionModifiers(mods);
        var values = ValuesClause();
        var sel = new SelectClause { Star = true };
        var (op, vars) = FinishSelect(pattern, sel, mods, values, Cur);
        if (star) terms.AddRange(vars.Select(PatternTerm.Var));
        return new SparqlQuery(SparqlQueryType.Describe, op, vars, from, named, _base, null, terms, mods.OrderBy.Count > 0);
    }

    private SparqlQuery AskQuery()
    {
        ExpectWord("ASK");
        var from = new List<string>(); var named = new List<string>();
        DatasetClauses(from, named);
        AcceptWord("WHERE");
        var pattern = GroupGraphPattern();
        var mods = new Modifiers();
        SolutionModifiers(mods);
        var values = ValuesClause();
        var sel = new SelectClause { Star = true };
        var (op, _) = FinishSelect(pattern, sel, mods, values, Cur);
        return new SparqlQuery(SparqlQueryType.Ask, op, Array.Empty<string>(), from, named, _base, null, null, false);
    }

    // ---------------------------------------------------------------- group graph patterns

    internal static AlgebraOperator JoinOps(AlgebraOperator left, AlgebraOperator right)
    {
        if (left is Bgp lb && lb.Patterns.Count == 0) return right;
        if (right is Bgp rb && rb.Patterns.Count == 0) return left;
        if (left is Bgp l && right is Bgp r) return new Bgp(l.Patterns.Concat(r.Patterns).ToList());
        return new Join(left, right);
    }

    private AlgebraOperator GroupGraphPattern() => Nested(GroupGraphPatternNested);

    private AlgebraOperator GroupGraphPatternNested()
    {
        ExpectPunct("{");
        _bgpId++;
        AlgebraOperator result;
        if (IsWord("SELECT"))
        {
            var (op, _, _) = SelectBody(topLevel: false, out _, out _);
            result = op;
            _lastGroupHadOwnFilter = false;
        }
        else result = GroupGraphPatternSub();
        ExpectPunct("}");
        _bgpId++;
        return result;
    }

    private AlgebraOperator GroupGraphPatternSub()
    {
        AlgebraOperator g = Bgp.Empty;
        var filters = new List<Expression>();
        var pending = new List<AlgebraOperator>();
        var pendingTriples = new List<TriplePattern>();

        void Flush()
        {
            if (pendingTriples.Count > 0) { g = JoinOps(g, new Bgp(pendingTriples.ToList())); pendingTriples.Clear(); }
            foreach (var p in pending) g = JoinOps(g, p);
            pending.Clear();
            _bgpId++;
        }

        bool needDot = false;
        while (!IsPunct("}"))
        {
            if (Cur.Kind == TokenKind.Eof) throw Error("expected '}' but found end of query");
            if (AcceptWord("OPTIONAL"))
            {
                Flush();
                var a = GroupGraphPattern();
                g = a is Filter f && _lastGroupHadOwnFilter ? new LeftJoin(g, f.Inner, f.Condition) : new LeftJoin(g, a, null);
                needDot = false; AcceptPunct(".");
            }
            else if (AcceptWord("MINUS"))
            {
                Flush();
                g = new Minus(g, GroupGraphPattern());
                AcceptPunct(".");
            }
            else if (IsWord("GRAPH"))
            {
                Advance();
                Flush();
                var name = VarOrIri();
                g = JoinOps(g, new GraphPattern(name, GroupGraphPattern()));
                AcceptPunct(".");
            }
            else if (IsWord("SERVICE"))
            {
                Advance();
                Flush();
                bool silent = AcceptWord("SILENT");
                var name = VarOrIri();
                g = JoinOps(g, new Service(name, GroupGraphPattern(), silent));
                AcceptPunct(".");
            }
            else if (AcceptWord("FILTER"))
            {
                filters.Add(WithAggregates(false, () => Constraint()));
                AcceptPunct(".");
            }
            else if (IsWord("BIND"))
            {
                var at = Advance();
                ExpectPunct("(");
                var e = WithAggregates(false, () => Expression());
                ExpectWord("AS");
                var vt = Advance();
                if (vt.Kind != TokenKind.Variable) throw Error("expected a variable after AS", vt);
                ExpectPunct(")");
                Flush();
                if (VariableScope.Possible(g).Contains(vt.Text)) throw Error($"BIND to ?{vt.Text}, which is already in scope", vt);
                g = new Extend(g, vt.Text, e);
                AcceptPunct(".");
            }
            else if (AcceptWord("VALUES"))
            {
                Flush();
                g = JoinOps(g, DataBlock());
                AcceptPunct(".");
            }
            else if (IsPunct("{"))
            {
                Flush();
                var a = GroupGraphPattern();
                while (AcceptWord("UNION")) a = new Union(a, GroupGraphPattern());
                g = JoinOps(g, a);
                AcceptPunct(".");
            }
            else
            {
                if (needDot) throw Error($"expected '.' or '}}' but found {Cur}");
                TriplesSameSubject(pendingTriples, pending, paths: true);
                needDot = !AcceptPunct(".");
                continue;
            }
            needDot = false;
        }
        Flush();
        _lastGroupHadOwnFilter = filters.Count > 0;
        if (filters.Count > 0)
        {
            var cond = filters[0];
            for (int i = 1; i < filters.Count; i++) cond = new CallExpression("&&", [cond, filters[i]]);
            g = new Filter(cond, g);
        }
        return g;
    }

    private Values DataBlock()
    {
        var vars = new List<string>();
        var rows = new List<INode?[]>();
        if (Cur.Kind == TokenKind.Variable)
        {
            vars.Add(Advance().Text);
            ExpectPunct("{");
            while (!AcceptPunct("}")) rows.Add([DataBlockValue()]);
        }
        else
        {
            ExpectPunct("(");
            while (Cur.Kind == TokenKind.Variable) vars.Add(Advance().Text);
            ExpectPunct(")");
            if (vars.Distinct().Count() != vars.Count) throw Error("a variable is listed twice in VALUES");
            ExpectPunct("{");
            while (!AcceptPunct("}"))
            {
                var at = Cur;
                ExpectPunct("(");
                var row = new List<INode?>();
                while (!AcceptPunct(")")) row.Add(DataBlockValue());
                if (row.Count != vars.Count) throw Error($"VALUES row has {row.Count} values for {vars.Count} variables", at);
                rows.Add(row.ToArray());
            }
        }
        return new Values(vars, rows);
    }

    private INode? DataBlockValue()
    {
        if (AcceptWord("UNDEF")) return null;
        if (Cur.Kind is TokenKind.IriRef or TokenKind.PrefixedName) return Iri();
        var t = GraphTermOrNull(allowBlank: false);
        return t ?? throw Error($"expected a value in VALUES but found {Cur}");
    }

    // ---------------------------------------------------------------- triples

    private List<TriplePattern> TriplesTemplate(string end)
    {
        var list = new List<TriplePattern>();
        var dummy = new List<AlgebraOperator>();
        while (!IsPunct(end))
        {
            TriplesSameSubject(list, dummy, paths: false);
            if (!AcceptPunct(".")) break;
        }
        return list;
    }

    private void TriplesSameSubject(List<TriplePattern> triples, List<AlgebraOperator> pathOps, bool paths)
    {
        if (IsPunct("[") || IsPunct("("))
        {
            var s = TriplesNode(triples, pathOps, paths, out bool wasEmptyBracket);
            if (IsPropertyListStart()) PropertyList(s, triples, pathOps, paths);
            else if (wasEmptyBracket || (s.Node is IUriNode u && u.Uri == Vocab.RdfNil)) throw Error($"expected a predicate but found {Cur}");
        }
        else
        {
            var s = VarOrTerm();
            PropertyList(s, triples, pathOps, paths);
            if (triples.Count == 0 && pathOps.Count == 0) { }
        }
    }

    private bool IsPropertyListStart() =>
        Cur.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName || IsA || IsPunct("^") || IsPunct("!") || IsPunct("(");

    private void PropertyList(PatternTerm subject, List<TriplePattern> triples, List<AlgebraOperator> pathOps, bool paths)
    {
        if (!IsPropertyListStart()) throw Error($"expected a predicate but found {Cur}");
        do
        {
            if (!IsPropertyListStart()) { if (IsPunct(";")) continue; break; }
            PropertyPath? path = null;
            PatternTerm? verb = null;
            if (Cur.Kind == TokenKind.Variable) verb = PatternTerm.Var(Advance().Text);
            else if (paths) path = Path();
            else if (IsA) { Advance(); verb = PatternTerm.Const(new UriNode(Vocab.RdfType)); }
            else verb = PatternTerm.Const(Iri());
            do
            {
                var obj = GraphNode(triples, pathOps, paths);
                if (verb != null) triples.Add(new TriplePattern(subject, verb, obj));
                else AddPath(subject, path!, obj, triples, pathOps);
            } while (AcceptPunct(","));
        } while (AcceptPunct(";"));
    }

    private void AddPath(PatternTerm s, PropertyPath path, PatternTerm o, List<TriplePattern> triples, List<AlgebraOperator> pathOps)
    {
        switch (path)
        {
            case LinkPath l: triples.Add(new TriplePattern(s, PatternTerm.Const(l.Iri), o)); break;
            case InversePath { Inner: LinkPath il }: triples.Add(new TriplePattern(o, PatternTerm.Const(il.Iri), s)); break;
            case SequencePath sp:
                {
                    var mid = PatternTerm.Var(FreshVar());
                    AddPath(s, sp.Left, mid, triples, pathOps);
                    AddPath(mid, sp.Right, o, triples, pathOps);
                    break;
                }
            default: pathOps.Add(new PathPattern(s, path, o)); break;
        }
    }

    private PatternTerm GraphNode(List<TriplePattern> triples, List<AlgebraOperator> pathOps, bool paths)
    {
        if (IsPunct("[") || (IsPunct("(") && !PeekTok().Is(")"))) return TriplesNode(triples, pathOps, paths, out _);
        return VarOrTerm();
    }

    private PatternTerm TriplesNode(List<TriplePattern> triples, List<AlgebraOperator> pathOps, bool paths, out bool emptyBracket)
    {
        bool empty = false;
        var node = Nested(() => TriplesNodeNested(triples, pathOps, paths, out empty));
        emptyBracket = empty;
        return node;
    }

    private PatternTerm TriplesNodeNested(List<TriplePattern> triples, List<AlgebraOperator> pathOps, bool paths, out bool emptyBracket)
    {
        emptyBracket = false;
        if (AcceptPunct("["))
        {
            var b = NewBlank();
            if (AcceptPunct("]")) { emptyBracket = true; return b; }
            PropertyList(b, triples, pathOps, paths);
            ExpectPunct("]");
            return b;
        }
        ExpectPunct("(");
        if (AcceptPunct(")")) return PatternTerm.Const(new UriNode(Vocab.RdfNil));
        var items = new List<PatternTerm>();
        while (!AcceptPunct(")"))
        {
            if (Cur.Kind == TokenKind.Eof) throw Error("unterminated collection");
            items.Add(GraphNode(triples, pathOps, paths));
        }
        var first = PatternTerm.Const(new UriNode(Vocab.RdfFirst));
        var rest = PatternTerm.Const(new UriNode(Vocab.RdfRest));
        var head = NewBlank();
        var node = head;
        for (int i = 0; i < items.Count; i++)
        {
            triples.Add(new TriplePattern(node, first, items[i]));
            var next = i == items.Count - 1 ? PatternTerm.Const(new UriNode(Vocab.RdfNil)) : NewBlank();
            triples.Add(new TriplePattern(node, rest, next));
            node = next;
        }
        return head;
    }

    private PatternTerm NewBlank()
    {
        var id = "_f" + (_freshCounter++).ToString(CultureInfo.InvariantCulture);
        return _inTemplate ? PatternTerm.Const(new BlankNode(id)) : PatternTerm.Var("_:" + id);
    }

    private PatternTerm VarOrIri()
    {
        if (Cur.Kind == TokenKind.Variable) return PatternTerm.Var(Advance().Text);
        return PatternTerm.Const(Iri());
    }

    private PatternTerm VarOrTerm()
    {
        if (Cur.Kind == TokenKind.Variable) return PatternTerm.Var(Advance().Text);
        if (Cur.Kind is TokenKind.IriRef or TokenKind.PrefixedName) return PatternTerm.Const(Iri());
        if (Cur.Kind == TokenKind.BlankNodeLabel)
        {
            var t = Advance();
            if (_inTemplate) return PatternTerm.Const(new BlankNode(t.Text));
            if (_bnodeLabelBgp.TryGetValue(t.Text, out int id) && id != _bgpId) throw Error($"blank node label _:{t.Text} is used in two basic graph patterns", t);
            _bnodeLabelBgp[t.Text] = _bgpId;
            return PatternTerm.Var("_:" + t.Text);
        }
        if (IsPunct("[") && PeekTok().Is("]")) { Advance(); Advance(); return NewBlank(); }
        if (IsPunct("(") && PeekTok().Is(")")) { Advance(); Advance(); return PatternTerm.Const(new UriNode(Vocab.RdfNil)); }
        var lit = GraphTermOrNull(allowBlank: false);
        return lit != null ? PatternTerm.Const(lit) : throw Error($"expected a variable or term but found {Cur}");
    }

    /// <summary>Literals (string, numeric, boolean); null when the current token starts none.</summary>
    private INode? GraphTermOrNull(bool allowBlank)
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.String:
                {
                    Advance();
                    if (Cur.Kind == TokenKind.LangTag) return new LiteralNode(t.Text, null, Advance().Text);
                    if (AcceptPunct("^^")) return new LiteralNode(t.Text, ((IUriNode)Iri()).Uri);
                    return new LiteralNode(t.Text);
                }
            case TokenKind.Integer: Advance(); return new LiteralNode(t.Text, Vocab.XsdInteger);
            case TokenKind.Decimal: Advance(); return new LiteralNode(t.Text, Vocab.XsdDecimal);
            case TokenKind.Double: Advance(); return new LiteralNode(t.Text, Vocab.XsdDouble);
            case TokenKind.Punct when (t.Text is "+" or "-") && PeekTok().Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && PeekTok().Offset == t.Offset + 1:
                {
                    Advance();
                    var n = Advance();
                    var dt = n.Kind == TokenKind.Integer ? Vocab.XsdInteger : n.Kind == TokenKind.Decimal ? Vocab.XsdDecimal : Vocab.XsdDouble;
                    return new LiteralNode(t.Text + n.Text, dt);
                }
            case TokenKind.Word when t.Text is "TRUE" or "FALSE":
                Advance(); return new LiteralNode(t.Text.ToLowerInvariant(), Vocab.XsdBoolean);
        }
        return null;
    }

    private INode Iri()
    {
        var t = Advance();
        if (t.Kind == TokenKind.IriRef) return new UriNode(ResolveIri(t.Text, t));
        if (t.Kind == TokenKind.PrefixedName)
        {
            if (!_prefixes.TryGetValue(t.Extra!, out var ns)) throw Error($"undefined prefix '{t.Extra}:'", t);
            return new UriNode(ns + UnescapeLocal(t.Text));
        }
        throw Error($"expected an IRI but found {t}", t);
    }

    private static string UnescapeLocal(string local) => local;

    private string ResolveIri(string iri, Token at)
    {
        if (IriResolver.IsAbsolute(iri)) return iri;
        if (_base == null) return iri;
        try { return IriResolver.Resolve(_base, iri); }
        catch (Exception e) when (e is not SparqlParseException) { throw Error($"cannot resolve <{iri}>: {e.Message}", at); }
    }

    // ---------------------------------------------------------------- property paths

    private PropertyPath Path() => Nested(PathNested);

    private PropertyPath PathNested()
    {
        var p = PathSequence();
        while (AcceptPunct("|")) p = new AlternativePath(p, PathSequence());
        return p;
    }

    private PropertyPath PathSequence()
    {
        var p = PathEltOrInverse();
        while (AcceptPunct("/")) p = new SequencePath(p, PathEltOrInverse());
        return p;
    }

    private PropertyPath PathEltOrInverse()
    {
        if (AcceptPunct("^")) return new InversePath(PathElt());
        return PathElt();
    }

    private PropertyPath PathElt()
    {
        var p = PathPrimary();
        if (IsPunct("?")) { Advance(); return new ZeroOrOnePath(p); }
        if (IsPunct("*")) { Advance(); return new ZeroOrMorePath(p); }
        if (IsPunct("+")) { Advance(); return new OneOrMorePath(p); }
        return p;
    }

    private PropertyPath PathPrimary()
    {
        if (IsA) { Advance(); return new LinkPath(new UriNode(Vocab.RdfType)); }
        if (AcceptPunct("!"))
        {
            var fwd = new List<INode>(); var inv = new List<INode>();
            void One()
            {
                bool inverse = AcceptPunct("^");
                INode iri;
                if (IsA) { Advance(); iri = new UriNode(Vocab.RdfType); } else iri = Iri();
                (inverse ? inv : fwd).Add(iri);
            }
            if (AcceptPunct("("))
            {
                if (!IsPunct(")"))
                {
                    One();
                    while (AcceptPunct("|")) One();
                }
                ExpectPunct(")");
            }
            else One();
            return new NegatedPropertySet(fwd, inv);
        }
        if (AcceptPunct("("))
        {
            var p = Path();
            ExpectPunct(")");
            return p;
        }
        return new LinkPath(Iri());
    }
}
