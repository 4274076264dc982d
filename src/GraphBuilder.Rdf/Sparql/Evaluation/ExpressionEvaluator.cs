using GraphBuilder.Rdf.Sparql.Algebra;

namespace GraphBuilder.Rdf.Sparql.Evaluation;

/// <summary>
/// Evaluates expressions over one solution. An expression error (SPARQL's type error) is a null result, never an
/// exception: errors are frequent in filters and exceptions would be far too slow.
/// </summary>
internal sealed partial class ExpressionEvaluator
{
    public static readonly LiteralNode True = new("true", Vocab.XsdBoolean);
    public static readonly LiteralNode False = new("false", Vocab.XsdBoolean);

    private readonly QueryContext _ctx;
    private readonly Evaluator _evaluator;

    public ExpressionEvaluator(QueryContext ctx, Evaluator evaluator)
    {
        _ctx = ctx;
        _evaluator = evaluator;
    }

    public static LiteralNode Bool(bool b) => b ? True : False;

    /// <summary>The effective boolean value (17.2.2); null on error.</summary>
    public static bool? Ebv(INode? n)
    {
        if (n is not ILiteralNode l) return null;
        if (l.DataType == Vocab.XsdBoolean) return Comparison.TryBool(l, out var b) ? b : false;
        if (l.Language.Length == 0 && l.DataType == Vocab.XsdString) return l.Value.Length > 0;
        if (Numeric.IsNumericType(l.DataType))
        {
            if (!Numeric.TryParse(l, out var num)) return false;
            return num.Kind >= NumericKind.Float ? !(num.Dbl == 0 || double.IsNaN(num.Dbl)) : num.Dec != 0;
        }
        return null;
    }

    /// <summary>True when the condition's effective boolean value is true (errors count as false).</summary>
    public bool Test(Expression e, int[] row, Graph? graph)
    {
        var memo = MemoFor(e);
        if (memo == null) return Ebv(Eval(e, row, graph)) == true;
        int id = row[memo.Slot];
        if (memo.Tests.TryGetValue(id, out bool known)) return known;
        bool result = Ebv(Eval(e, row, graph)) == true;
        if (memo.Tests.Count < MemoCapacity) memo.Tests[id] = result;
        return result;
    }

    /// <summary>
    /// The id of the expression's value (0 on error), memoised per term id when the expression is a deterministic
    /// function of one variable: BIND(IRI(CONCAT(..., ?c))) over many rows with few distinct ?c is then computed once per ?c.
    /// </summary>
    public int EvalId(Expression e, int[] row, Graph? graph)
    {
        var memo = MemoFor(e);
        if (memo == null) return Intern(Eval(e, row, graph));
        int key = row[memo.Slot];
        if (memo.Ids.TryGetValue(key, out int known)) return known;
        int id = Intern(Eval(e, row, graph));
        if (memo.Ids.Count < MemoCapacity) memo.Ids[key] = id;
        return id;
    }

    private int Intern(INode? n) => n == null ? 0 : _ctx.Intern(n);

    private const int MemoCapacity = 1 << 16;

    private sealed class Memo(int slot)
    {
        public readonly int Slot = slot;
        public readonly Dictionary<int, bool> Tests = new();
        public readonly Dictionary<int, int> Ids = new();
    }

    // Per expression instance (reference identity: expressions are records with structural equality).
    private readonly Dictionary<Expression, Memo?> _memos = new(ReferenceEqualityComparer.Instance);

    private Memo? MemoFor(Expression e)
    {
        if (e is VariableExpression or ConstantExpression) return null;
        if (_memos.TryGetValue(e, out var m)) return m;
        m = null;
        if (Deterministic(e))
        {
            var vars = e.Variables.Distinct(StringComparer.Ordinal).ToList();
            if (vars.Count == 1 && _ctx.Variables.TryGetSlot(vars[0], out int slot)) m = new Memo(slot);
        }
        _memos[e] = m;
        return m;
    }

    /// <summary>True when the value depends only on the variables' values (no EXISTS, aggregates or fresh values).</summary>
    private static bool Deterministic(Expression e) => e switch
    {
        VariableExpression or ConstantExpression => true,
        CallExpression c => c.Operator is not ("RAND" or "BNODE" or "UUID" or "STRUUID" or "BOUND") && c.Arguments.All(Deterministic),
        _ => false,
    };

    public INode? Eval(Expression e, int[] row, Graph? graph)
    {
        switch (e)
        {
            case VariableExpression v:
                return _ctx.Variables.TryGetSlot(v.Name, out int slot) ? _ctx.Node(row[slot]) : null;
            case ConstantExpression c:
                return c.Value;
            case ExistsExpression x:
                {
                    bool any = _evaluator.Evaluate(x.Pattern, row, graph).Any();
                    return Bool(any != x.Negated);
                }
            case CallExpression call:
                return Call(call, row, graph);
            default:
                return null;
        }
    }

    private INode? Call(CallExpression call, int[] row, Graph? graph)
    {
        var args = call.Arguments;
        switch (call.Operator)
        {
            case "&&":
                {
                    var a = Ebv(Eval(args[0], row, graph));
                    if (a == false) return False;
                    var b = Ebv(Eval(args[1], row, graph));
                    if (b == false) return False;
                    return a == true && b == true ? True : null;
                }
            case "||":
                {
                    var a = Ebv(Eval(args[0], row, graph));
                    if (a == true) return True;
                    var b = Ebv(Eval(args[1], row, graph));
                    if (b == true) return True;
                    return a == false && b == false ? False : null;
                }
            case "!":
                {
                    var a = Ebv(Eval(args[0], row, graph));
                    return a == null ? null : Bool(!a.Value);
                }
            case "=":
                {
                    var r = Comparison.Equal(Eval(args[0], row, graph), Eval(args[1], row, graph));
                    return r == null ? null : Bool(r.Value);
                }
            case "!=":
                {
                    var r = Comparison.Equal(Eval(args[0], row, graph), Eval(args[1], row, graph));
                    return r == null ? null : Bool(!r.Value);
                }
            case "<": case ">": case "<=": case ">=":
                {
                    var a = Eval(args[0], row, graph);
                    var b = Eval(args[1], row, graph);
                    var c = Comparison.Compare(a, b);
                    if (c == null) return null;
                    return Bool(call.Operator switch { "<" => c < 0, ">" => c > 0, "<=" => c <= 0, _ => c >= 0 });
                }
            case "+": case "-": case "*": case "/":
                {
                    if (!Numeric.TryParse(Eval(args[0], row, graph), out var a) || !Numeric.TryParse(Eval(args[1], row, graph), out var b)) return null;
                    return Numeric.Arithmetic(call.Operator[0], a, b)?.ToNode();
                }
            case "UMINUS":
                {
                    if (!Numeric.TryParse(Eval(args[0], row, graph), out var a)) return null;
                    return (a.Kind >= NumericKind.Float ? Numeric.FromDouble(-a.Dbl, a.Kind) : new Numeric(a.Kind, -a.Dec, 0)).ToNode();
                }
            case "UPLUS":
                {
                    var v = Eval(args[0], row, graph);
                    return Numeric.TryParse(v, out var a) ? a.ToNode() : null;
                }
            case "IN":
            case "NOT IN":
                {
                    var v = Eval(args[0], row, graph);
                    if (v == null) return null;
                    bool error = false;
                    for (int i = 1; i < args.Count; i++)
                    {
                        var r = Comparison.Equal(v, Eval(args[i], row, graph));
                        if (r == true) return Bool(call.Operator == "IN");
                        if (r == null) error = true;
                    }
                    return error ? null : Bool(call.Operator != "IN");
                }
            case "BOUND":
                return Bool(args[0] is VariableExpression bv && _ctx.Variables.TryGetSlot(bv.Name, out int s) && row[s] != 0);
            case "IF":
                {
                    var c = Ebv(Eval(args[0], row, graph));
                    if (c == null) return null;
                    return Eval(args[c.Value ? 1 : 2], row, graph);
                }
            case "COALESCE":
                foreach (var a in args)
                {
                    var v = Eval(a, row, graph);
                    if (v != null) return v;
                }
                return null;
            case "BNODE":
                {
                    if (args.Count == 0) return new BlankNode(_ctx.NewBlankLabel());
                    var v = Eval(args[0], row, graph);
                    if (v is not ILiteralNode l || !Comparison.IsSimpleOrXsdString(l)) return null;
                    return _ctx.BlankFor(row, l.Value);
                }
        }
        var values = new INode?[args.Count];
        for (int i = 0; i < args.Count; i++) values[i] = Eval(args[i], row, graph);
        return Functions.Apply(_ctx, call.Operator, values);
    }
}
