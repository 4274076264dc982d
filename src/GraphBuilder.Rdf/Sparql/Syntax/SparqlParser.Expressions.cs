using GraphBuilder.Rdf.Sparql.Algebra;

namespace GraphBuilder.Rdf.Sparql.Syntax;

internal sealed partial class SparqlParser
{
    /// <summary>Built-in functions with their minimum and maximum argument counts (-1: any).</summary>
    internal static readonly Dictionary<string, (int Min, int Max)> BuiltIns = new(StringComparer.Ordinal)
    {
        ["STR"] = (1, 1), ["LANG"] = (1, 1), ["LANGMATCHES"] = (2, 2), ["DATATYPE"] = (1, 1), ["BOUND"] = (1, 1),
        ["IRI"] = (1, 1), ["URI"] = (1, 1), ["BNODE"] = (0, 1), ["RAND"] = (0, 0), ["ABS"] = (1, 1), ["CEIL"] = (1, 1),
        ["FLOOR"] = (1, 1), ["ROUND"] = (1, 1), ["CONCAT"] = (0, -1), ["STRLEN"] = (1, 1), ["UCASE"] = (1, 1),
        ["LCASE"] = (1, 1), ["ENCODE_FOR_URI"] = (1, 1), ["CONTAINS"] = (2, 2), ["STRSTARTS"] = (2, 2),
        ["STRENDS"] = (2, 2), ["STRBEFORE"] = (2, 2), ["STRAFTER"] = (2, 2), ["YEAR"] = (1, 1), ["MONTH"] = (1, 1),
        ["DAY"] = (1, 1), ["HOURS"] = (1, 1), ["MINUTES"] = (1, 1), ["SECONDS"] = (1, 1), ["TIMEZONE"] = (1, 1),
        ["TZ"] = (1, 1), ["NOW"] = (0, 0), ["UUID"] = (0, 0), ["STRUUID"] = (0, 0), ["MD5"] = (1, 1), ["SHA1"] = (1, 1),
        ["SHA256"] = (1, 1), ["SHA384"] = (1, 1), ["SHA512"] = (1, 1), ["COALESCE"] = (0, -1), ["IF"] = (3, 3),
        ["STRLANG"] = (2, 2), ["STRDT"] = (2, 2), ["SAMETERM"] = (2, 2), ["ISIRI"] = (1, 1), ["ISURI"] = (1, 1),
        ["ISBLANK"] = (1, 1), ["ISLITERAL"] = (1, 1), ["ISNUMERIC"] = (1, 1), ["REGEX"] = (2, 3), ["SUBSTR"] = (2, 3),
        ["REPLACE"] = (3, 4),
    };

    internal static readonly HashSet<string> Aggregates = new(StringComparer.Ordinal)
    {
        "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT",
    };

    private Expression Constraint()
    {
        if (IsPunct("(")) return BracketedExpression();
        if (StartsConstraintCall()) return PrimaryExpression();
        throw Error($"expected a constraint but found {Cur}");
    }

    private Expression BracketedExpression()
    {
        ExpectPunct("(");
        var e = Expression();
        ExpectPunct(")");
        return e;
    }

    private Expression Expression() => Nested(ExpressionNested);

    private Expression ExpressionNested()
    {
        var e = AndExpression();
        while (AcceptPunct("||")) e = new CallExpression("||", [e, AndExpression()]);
        return e;
    }

    private Expression AndExpression()
    {
        var e = RelationalExpression();
        while (AcceptPunct("&&")) e = new CallExpression("&&", [e, RelationalExpression()]);
        return e;
    }

    private Expression RelationalExpression()
    {
        var e = AdditiveExpression();
        if (Cur.Kind == TokenKind.Punct && Cur.Text is "=" or "!=" or "<" or ">" or "<=" or ">=")
        {
            var op = Advance().Text;
            return new CallExpression(op, [e, AdditiveExpression()]);
        }
        if (IsWord("IN")) { Advance(); return new CallExpression("IN", [e, .. ExpressionList()]); }
        if (IsWord("NOT") && PeekTok().Is("IN")) { Advance(); Advance(); return new CallExpression("NOT IN", [e, .. ExpressionList()]); }
        return e;
    }

    private List<Expression> ExpressionList()
    {
        ExpectPunct("(");
        var list = new List<Expression>();
        if (AcceptPunct(")")) return list;
        do list.Add(Expression()); while (AcceptPunct(","));
        ExpectPunct(")");
        return list;
    }

    private Expression AdditiveExpression()
    {
        var e = MultiplicativeExpression();
        while (IsPunct("+") || IsPunct("-"))
        {
            var op = Advance().Text;
            e = new CallExpression(op, [e, MultiplicativeExpression()]);
        }
        return e;
    }

    private Expression MultiplicativeExpression()
    {
        var e = UnaryExpression();
        while (IsPunct("*") || IsPunct("/"))
        {
            var op = Advance().Text;
            e = new CallExpression(op, [e, UnaryExpression()]);
        }
        return e;
    }

    private Expression UnaryExpression()
    {
        if (AcceptPunct("!")) return new CallExpression("!", [PrimaryExpression()]);
        if (IsPunct("+") || IsPunct("-"))
        {
            var sign = Cur;
            var next = PeekTok();
            if (next.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && next.Offset == sign.Offset + 1)
                return new ConstantExpression(GraphTermOrNull(false)!);
            Advance();
            return new CallExpression(sign.Text == "+" ? "UPLUS" : "UMINUS", [PrimaryExpression()]);
        }
        return PrimaryExpression();
    }

    private Expression PrimaryExpression()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Punct when t.Text == "(":
                return BracketedExpression();
            case TokenKind.Variable:
                Advance();
                return new VariableExpression(t.Text);
            case TokenKind.IriRef or TokenKind.PrefixedName:
                {
                    var iri = ((IUriNode)Iri()).Uri;
                    if (IsPunct("("))
                    {
                        Advance();
                        var args = new List<Expression>();
                        if (AcceptWord("DISTINCT")) throw Error("DISTINCT is only allowed in aggregates");
                        if (!AcceptPunct(")"))
                        {
                            do args.Add(Expression()); while (AcceptPunct(","));
                            ExpectPunct(")");
                        }
                        return new CallExpression(iri, args);
                    }
                    return new ConstantExpression(new UriNode(iri));
                }
            case TokenKind.Word:
                {
                    if (Aggregates.Contains(t.Text)) return Aggregate();
                    if (t.Text == "NOT")
                    {
                        Advance();
                        ExpectWord("EXISTS");
                        return new ExistsExpression(WithAggregates(false, () => GroupGraphPattern()), true);
                    }
                    if (t.Text == "EXISTS")
                    {
                        Advance();
                        return new ExistsExpression(WithAggregates(false, () => GroupGraphPattern()), false);
                    }
                    if (BuiltIns.TryGetValue(t.Text, out var arity))
                    {
                        Advance();
                        var name = t.Text == "URI" ? "IRI" : t.Text == "ISURI" ? "ISIRI" : t.Text;
                        var args = new List<Expression>();
                        ExpectPunct("(");
                        if (name == "BOUND")
                        {
                            var v = Advance();
                            if (v.Kind != TokenKind.Variable) throw Error("BOUND takes a variable", v);
                            args.Add(new VariableExpression(v.Text));
                            ExpectPunct(")");
                        }
                        else if (!AcceptPunct(")"))
                        {
                            do args.Add(Expression()); while (AcceptPunct(","));
                            ExpectPunct(")");
                        }
                        if (args.Count < arity.Min || (arity.Max >= 0 && args.Count > arity.Max))
                            throw Error($"{t.Extra} takes {(arity.Min == arity.Max ? arity.Min.ToString() : $"{arity.Min} to {arity.Max}")} arguments, not {args.Count}", t);
                        return new CallExpression(name, args);
                    }
                    var lit = GraphTermOrNull(false);
                    if (lit != null) return new ConstantExpression(lit);
                    throw Error($"unexpected {t} in an expression", t);
                }
            default:
                {
                    var lit = GraphTermOrNull(false);
                    if (lit != null) return new ConstantExpression(lit);
                    throw Error($"unexpected {t} in an expression", t);
                }
        }
    }

    private Expression Aggregate()
    {
        var t = Advance();
        if (!_aggregatesAllowed) throw Error($"aggregate {t.Extra} is not allowed here", t);
        ExpectPunct("(");
        bool distinct = AcceptWord("DISTINCT");
        Expression? arg = null;
        string sep = " ";
        _aggregatesAllowed = false;
        try
        {
            if (t.Text == "COUNT" && AcceptPunct("*")) arg = null;
            else arg = Expression();
            if (t.Text == "GROUP_CONCAT" && AcceptPunct(";"))
            {
                ExpectWord("SEPARATOR");
                ExpectPunct("=");
                var s = Advance();
                if (s.Kind != TokenKind.String) throw Error("expected a string after SEPARATOR=", s);
                sep = s.Text;
            }
            ExpectPunct(")");
        }
        finally { _aggregatesAllowed = true; }
        return new AggregateExpression(t.Text, distinct, arg, sep);
    }
}
