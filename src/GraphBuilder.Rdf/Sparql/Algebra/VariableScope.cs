namespace GraphBuilder.Rdf.Sparql.Algebra;

/// <summary>Which variables an algebra expression may bind (in-scope, SPARQL 1.1 section 18.2.1) and which it always binds.</summary>
public static class VariableScope
{
    /// <summary>Variables that may be bound in a solution of <paramref name="op"/>, in order of first appearance.</summary>
    public static List<string> Possible(AlgebraOperator op)
    {
        var list = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string v) { if (seen.Add(v)) list.Add(v); }
        void Walk(AlgebraOperator o)
        {
            switch (o)
            {
                case Bgp b: foreach (var t in b.Patterns) foreach (var v in t.Variables) Add(v); break;
                case PathPattern p: if (p.Subject.Variable != null) Add(p.Subject.Variable); if (p.Obj.Variable != null) Add(p.Obj.Variable); break;
                case Join j: Walk(j.Left); Walk(j.Right); break;
                case LeftJoin l: Walk(l.Left); Walk(l.Right); break;
                case Filter f: Walk(f.Inner); break;
                case Union u: Walk(u.Left); Walk(u.Right); break;
                case Minus m: Walk(m.Left); break;
                case GraphPattern g: if (g.Name.Variable != null) Add(g.Name.Variable); Walk(g.Inner); break;
                case Extend e: Walk(e.Inner); Add(e.Variable); break;
                case Values v: foreach (var x in v.Variables) Add(x); break;
                case Service s: if (s.Endpoint.Variable != null) Add(s.Endpoint.Variable); Walk(s.Inner); break;
                case Group g:
                    foreach (var k in g.Keys) if (k.Variable != null) Add(k.Variable);
                    foreach (var a in g.Aggregates) Add(a.Variable);
                    break;
                case OrderBy ob: Walk(ob.Inner); break;
                case Project p: foreach (var v in p.Variables) Add(v); break;
                case Distinct d: Walk(d.Inner); break;
                case Reduced r: Walk(r.Inner); break;
                case Slice s: Walk(s.Inner); break;
            }
        }
        Walk(op);
        return list;
    }

    /// <summary>Variables bound in every solution of <paramref name="op"/> (a safe under-approximation).</summary>
    public static HashSet<string> Certain(AlgebraOperator op)
    {
        switch (op)
        {
            case Bgp b: return new HashSet<string>(b.Patterns.SelectMany(t => t.Variables), StringComparer.Ordinal);
            case PathPattern p:
                {
                    var s = new HashSet<string>(StringComparer.Ordinal);
                    if (p.Subject.Variable != null) s.Add(p.Subject.Variable);
                    if (p.Obj.Variable != null) s.Add(p.Obj.Variable);
                    return s;
                }
            case Join j: { var s = Certain(j.Left); s.UnionWith(Certain(j.Right)); return s; }
            case LeftJoin l: return Certain(l.Left);
            case Filter f: return Certain(f.Inner);
            case Union u: { var s = Certain(u.Left); s.IntersectWith(Certain(u.Right)); return s; }
            case Minus m: return Certain(m.Left);
            case GraphPattern g: { var s = Certain(g.Inner); if (g.Name.Variable != null) s.Add(g.Name.Variable); return s; }
            case Extend e: return Certain(e.Inner);
            case Values v:
                {
                    var s = new HashSet<string>(StringComparer.Ordinal);
                    for (int i = 0; i < v.Variables.Count; i++)
                        if (v.Rows.All(r => r[i] != null)) s.Add(v.Variables[i]);
                    return s;
                }
            case Group g:
                {
                    var inner = Certain(g.Inner);
                    var s = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var k in g.Keys)
                        if (k.Variable != null && k.Expression is VariableExpression ve && ve.Name == k.Variable && inner.Contains(ve.Name)) s.Add(k.Variable);
                    return s;
                }
            case OrderBy ob: return Certain(ob.Inner);
            case Project p: { var s = Certain(p.Inner); s.IntersectWith(p.Variables); return s; }
            case Distinct d: return Certain(d.Inner);
            case Reduced r: return Certain(r.Inner);
            case Slice sl: return Certain(sl.Inner);
            default: return new HashSet<string>(StringComparer.Ordinal);
        }
    }
}
