namespace GraphBuilder.Rdf.Comparison;

/// <summary>
/// Finds a bijection between the blank nodes of two sets of statements that maps one set onto the other:
/// colour refinement, then individualisation of one tied node at a time with backtracking.
/// </summary>
internal sealed class BlankNodeMatcher
{
    private readonly List<Quad> _a, _b;
    private readonly HashSet<Quad> _targetSet;
    private readonly List<INode> _blanksA, _blanksB;
    private readonly Dictionary<INode, List<(Quad Q, int Pos)>> _occA, _occB;
    private readonly Dictionary<INode, ulong> _ground = new();

    public BlankNodeMatcher(List<Quad> a, List<Quad> b, HashSet<Quad> targetSet)
    {
        _a = a;
        _b = b;
        _targetSet = targetSet;
        _occA = Occurrences(a);
        _occB = Occurrences(b);
        _blanksA = _occA.Keys.ToList();
        _blanksB = _occB.Keys.ToList();
    }

    private static Dictionary<INode, List<(Quad, int)>> Occurrences(List<Quad> quads)
    {
        var d = new Dictionary<INode, List<(Quad, int)>>();
        foreach (var q in quads)
        {
            for (int pos = 0; pos < 4; pos++)
            {
                if (Term(q, pos) is IBlankNode bn)
                {
                    if (!d.TryGetValue(bn, out var list)) d[bn] = list = new();
                    list.Add((q, pos));
                }
            }
        }
        return d;
    }

    private static INode? Term(Quad q, int pos) => pos switch { 0 => q.Subject, 1 => q.Predicate, 2 => q.Object, _ => q.Graph };

    public bool Solve()
    {
        if (_blanksA.Count != _blanksB.Count) return false;
        var ca = _blanksA.ToDictionary(n => n, _ => 0UL);
        var cb = _blanksB.ToDictionary(n => n, _ => 0UL);
        return Search(ca, cb, 0);
    }

    private bool Search(Dictionary<INode, ulong> ca, Dictionary<INode, ulong> cb, int depth)
    {
        Refine(ca, cb);
        var histA = Histogram(ca);
        var histB = Histogram(cb);
        if (histA.Count != histB.Count) return false;
        foreach (var (colour, n) in histA)
            if (!histB.TryGetValue(colour, out int m) || m != n) return false;

        // The smallest tied class is where individualisation branches the least.
        ulong tie = 0; int tieSize = int.MaxValue;
        foreach (var (colour, n) in histA)
            if (n > 1 && (n < tieSize || (n == tieSize && colour < tie))) { tie = colour; tieSize = n; }
        if (tieSize == int.MaxValue) return Verify(ca, cb);

        var x = _blanksA.Where(n => ca[n] == tie).OrderBy(n => n).First();
        ulong marked = TermHash.Combine(tie, 0xA5A5A5A5UL + (ulong)depth);
        foreach (var y in _blanksB.Where(n => cb[n] == tie).OrderBy(n => n).ToList())
        {
            var ca2 = new Dictionary<INode, ulong>(ca) { [x] = marked };
            var cb2 = new Dictionary<INode, ulong>(cb) { [y] = marked };
            if (Search(ca2, cb2, depth + 1)) return true;
        }
        return false;
    }

    private static Dictionary<ulong, int> Histogram(Dictionary<INode, ulong> colours)
    {
        var h = new Dictionary<ulong, int>();
        foreach (var c in colours.Values) h[c] = h.GetValueOrDefault(c) + 1;
        return h;
    }

    /// <summary>Refines both colourings in lockstep until the number of classes stops growing.</summary>
    private void Refine(Dictionary<INode, ulong> ca, Dictionary<INode, ulong> cb)
    {
        int classes = Histogram(ca).Count;
        while (true)
        {
            var na = Step(ca, _occA);
            var nb = Step(cb, _occB);
            foreach (var (k, v) in na) ca[k] = v;
            foreach (var (k, v) in nb) cb[k] = v;
            int now = Histogram(ca).Count;
            if (now <= classes || now != Histogram(cb).Count) return;
            classes = now;
        }
    }

    private Dictionary<INode, ulong> Step(Dictionary<INode, ulong> colours, Dictionary<INode, List<(Quad Q, int Pos)>> occ)
    {
        var next = new Dictionary<INode, ulong>(colours.Count);
        var sigs = new List<ulong>();
        foreach (var (node, list) in occ)
        {
            sigs.Clear();
            foreach (var (q, pos) in list)
            {
                ulong h = (ulong)pos + 1;
                for (int p = 0; p < 4; p++)
                {
                    var t = Term(q, p);
                    ulong th = t is null ? 7UL
                        : p == pos && t.Equals(node) ? 11UL
                        : t is IBlankNode ? TermHash.Combine(13UL, colours[t])
                        : GroundHash(t);
                    h = TermHash.Combine(h, th);
                }
                sigs.Add(h);
            }
            sigs.Sort();
            ulong c = colours[node];
            foreach (var s in sigs) c = TermHash.Combine(c, s);
            next[node] = c;
        }
        return next;
    }

    private ulong GroundHash(INode t)
    {
        if (!_ground.TryGetValue(t, out var h)) _ground[t] = h = TermHash.Of(t);
        return h;
    }

    private bool Verify(Dictionary<INode, ulong> ca, Dictionary<INode, ulong> cb)
    {
        var byColour = _blanksB.ToDictionary(n => cb[n], n => n);
        var map = new Dictionary<INode, INode>();
        foreach (var n in _blanksA) map[n] = byColour[ca[n]];
        INode M(INode t) => t is IBlankNode ? map[t] : t;
        foreach (var q in _a)
        {
            var mapped = new Quad(M(q.Subject), M(q.Predicate), M(q.Object), q.Graph is null ? null : M(q.Graph));
            if (!_targetSet.Contains(mapped)) return false;
        }
        return true;
    }
}
