namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Writes the statements of one graph in pretty Turtle: one block per subject (IRIs first, then labelled blank
/// nodes), predicates grouped with <c>;</c> (rdf:type first, as <c>a</c>), objects with <c>,</c>; blank nodes that
/// can be nested are written as <c>[ ... ]</c>, well-formed rdf:first/rdf:rest chains as <c>( ... )</c>.
/// </summary>
internal sealed class TurtleGraphWriter
{
    private const int IndentStep = 4;

    private readonly TextWriter _w;
    private readonly TurtleTermWriter _terms;
    private readonly BlankNodeUsage _usage;
    private readonly Dictionary<INode, ArraySegment<Triple>> _bySubject = new();
    private readonly List<INode> _subjects = new();
    private readonly HashSet<INode> _nested = new();
    private readonly HashSet<INode> _promoted = new();

    public TurtleGraphWriter(TextWriter w, TurtleTermWriter terms, BlankNodeUsage usage)
    {
        _w = w;
        _terms = terms;
        _usage = usage;
    }

    /// <summary>Writes <paramref name="graph"/>'s triples (already sorted) with every line indented by <paramref name="baseIndent"/>.</summary>
    public void Write(WriterGraph graph, int baseIndent)
    {
        Group(graph.Triples);
        ChooseNested();
        bool first = true;
        foreach (var s in _subjects)
        {
            if (_nested.Contains(s)) continue;
            if (!first) _w.Write('\n');
            first = false;
            var seg = _bySubject[s];
            Indent(baseIndent);
            if (s is IBlankNode && _usage.CanStandAlone(s))
            {
                WriteBracketed(seg, baseIndent);
            }
            else
            {
                _terms.WriteTerm(_w, s);
                _w.Write(' ');
                WritePredicateObjectList(seg, baseIndent + IndentStep);
            }
            _w.Write(" .\n");
        }
    }

    private void Group(Triple[] triples)
    {
        int i = 0;
        while (i < triples.Length)
        {
            var s = triples[i].Subject;
            int j = i + 1;
            while (j < triples.Length && triples[j].Subject.Equals(s)) j++;
            _bySubject[s] = new ArraySegment<Triple>(triples, i, j - i);
            _subjects.Add(s);
            i = j;
        }
    }

    /// <summary>
    /// Nests every nestable blank node reachable from a top-level subject. What remains are cycles of nestable
    /// nodes; the first node of each (in canonical order) is promoted to a labelled top-level subject.
    /// </summary>
    private void ChooseNested()
    {
        foreach (var s in _subjects)
            if (!(s is IBlankNode && _usage.CanNest(s))) Walk(s);
        foreach (var s in _subjects)
        {
            if (s is IBlankNode && _usage.CanNest(s) && !_nested.Contains(s))
            {
                _promoted.Add(s);
                Walk(s);
            }
        }
    }

    private void Walk(INode subject)
    {
        var stack = new Stack<INode>();
        stack.Push(subject);
        while (stack.Count > 0)
        {
            if (!_bySubject.TryGetValue(stack.Pop(), out var seg)) continue;
            foreach (var t in seg)
            {
                var o = t.Object;
                if (o is IBlankNode && _usage.CanNest(o) && !_promoted.Contains(o) && _nested.Add(o)) stack.Push(o);
            }
        }
    }

    private void WritePredicateObjectList(ArraySegment<Triple> seg, int indent)
    {
        int i = 0;
        while (i < seg.Count)
        {
            var p = seg[i].Predicate;
            int j = i + 1;
            while (j < seg.Count && seg[j].Predicate.Equals(p)) j++;
            if (i > 0)
            {
                _w.Write(" ;\n");
                Indent(indent);
            }
            _terms.WritePredicate(_w, p);
            _w.Write(' ');
            for (int k = i; k < j; k++)
            {
                if (k > i) _w.Write(", ");
                WriteObject(seg[k].Object, indent);
            }
            i = j;
        }
    }

    private void WriteObject(INode o, int indent)
    {
        if (o is IBlankNode && _nested.Contains(o))
        {
            var items = ListItems(o);
            if (items != null)
            {
                _w.Write('(');
                foreach (var item in items)
                {
                    _w.Write(' ');
                    WriteObject(item, indent);
                }
                _w.Write(" )");
            }
            else if (_bySubject.TryGetValue(o, out var seg)) WriteBracketed(seg, indent);
            else _w.Write("[]");
        }
        else if (o is IUriNode u && u.Uri == Vocab.RdfNil) _w.Write("()");
        else _terms.WriteTerm(_w, o);
    }

    /// <summary><c>[ p o ]</c> on one line for a single plain statement, else one predicate per line.</summary>
    private void WriteBracketed(ArraySegment<Triple> seg, int indent)
    {
        bool oneLine = seg.Count == 1 && !(seg[0].Object is IBlankNode && _nested.Contains(seg[0].Object) && _bySubject.ContainsKey(seg[0].Object));
        if (oneLine)
        {
            _w.Write("[ ");
            WritePredicateObjectList(seg, indent);
            _w.Write(" ]");
            return;
        }
        _w.Write("[\n");
        Indent(indent + IndentStep);
        WritePredicateObjectList(seg, indent + IndentStep);
        _w.Write('\n');
        Indent(indent);
        _w.Write(']');
    }

    /// <summary>The items when <paramref name="head"/> starts a well-formed collection of nested nodes, else null.</summary>
    private List<INode>? ListItems(INode head)
    {
        var items = new List<INode>();
        var seen = new HashSet<INode>();
        var n = head;
        while (true)
        {
            if (!seen.Add(n) || !_bySubject.TryGetValue(n, out var seg) || seg.Count != 2) return null;
            if (!IsIri(seg[0].Predicate, Vocab.RdfFirst) || !IsIri(seg[1].Predicate, Vocab.RdfRest)) return null;
            items.Add(seg[0].Object);
            var rest = seg[1].Object;
            if (IsIri(rest, Vocab.RdfNil)) return items;
            if (rest is not IBlankNode || !_nested.Contains(rest)) return null;
            n = rest;
        }
    }

    private static bool IsIri(INode n, string iri) => n is IUriNode u && u.Uri == iri;

    private void Indent(int n)
    {
        for (int i = 0; i < n; i++) _w.Write(' ');
    }
}
