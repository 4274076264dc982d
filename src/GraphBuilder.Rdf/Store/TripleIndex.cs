namespace GraphBuilder.Rdf;

/// <summary>
/// The triples of one graph as term ids, in three sorted arrays (SPO, POS, OSP) so that every triple pattern
/// is a binary-searched range of one of them. Additions and removals are buffered and merged on the next read:
/// bulk loading stays O(n log n) and the steady state costs 36 bytes per triple.
/// </summary>
internal sealed class TripleIndex
{
    private TripleKey[] _spo = Array.Empty<TripleKey>();
    private TripleKey[] _pos = Array.Empty<TripleKey>();
    private TripleKey[] _osp = Array.Empty<TripleKey>();
    private int _count;
    private HashSet<TripleKey>? _pendingAdd;
    private HashSet<TripleKey>? _pendingRemove;
    private readonly object _gate = new();

    public int Count { get { Compact(); return _count; } }

    public bool Add(int s, int p, int o)
    {
        var k = new TripleKey(s, p, o);
        lock (_gate)
        {
            if (_pendingRemove != null && _pendingRemove.Remove(k)) return true;
            if (ContainsSorted(k)) return false;
            return (_pendingAdd ??= new HashSet<TripleKey>()).Add(k);
        }
    }

    public bool Remove(int s, int p, int o)
    {
        var k = new TripleKey(s, p, o);
        lock (_gate)
        {
            if (_pendingAdd != null && _pendingAdd.Remove(k)) return true;
            if (!ContainsSorted(k)) return false;
            return (_pendingRemove ??= new HashSet<TripleKey>()).Add(k);
        }
    }

    public bool Contains(int s, int p, int o)
    {
        Compact();
        return ContainsSorted(new TripleKey(s, p, o));
    }

    private bool ContainsSorted(TripleKey k) => Array.BinarySearch(_spo, 0, _count, k) >= 0;

    /// <summary>Matches a pattern; -1 means "any". Results come as (s, p, o) ids.</summary>
    public IEnumerable<(int S, int P, int O)> Match(int s, int p, int o)
    {
        Compact();
        TripleKey[] arr; int count = _count;
        if (s >= 0)
        {
            if (p >= 0 || o < 0)
            {
                arr = _spo;
                var (lo, hi) = Range(arr, count, s, p, p >= 0 ? o : -1);
                for (int i = lo; i < hi; i++) { var k = arr[i]; if (o < 0 || k.C == o) yield return (k.A, k.B, k.C); }
            }
            else
            {
                arr = _osp;
                var (lo, hi) = Range(arr, count, o, s, -1);
                for (int i = lo; i < hi; i++) { var k = arr[i]; yield return (k.B, k.C, k.A); }
            }
        }
        else if (p >= 0)
        {
            arr = _pos;
            var (lo, hi) = Range(arr, count, p, o, -1);
            for (int i = lo; i < hi; i++) { var k = arr[i]; yield return (k.C, k.A, k.B); }
        }
        else if (o >= 0)
        {
            arr = _osp;
            var (lo, hi) = Range(arr, count, o, -1, -1);
            for (int i = lo; i < hi; i++) { var k = arr[i]; yield return (k.B, k.C, k.A); }
        }
        else
        {
            arr = _spo;
            for (int i = 0; i < count; i++) { var k = arr[i]; yield return (k.A, k.B, k.C); }
        }
    }

    /// <summary>Estimated number of matches of a pattern, for join ordering (exact for prefix patterns).</summary>
    public int Estimate(int s, int p, int o)
    {
        Compact();
        if (s >= 0) { var (lo, hi) = p >= 0 ? Range(_spo, _count, s, p, o) : o >= 0 ? Range(_osp, _count, o, s, -1) : Range(_spo, _count, s, -1, -1); return hi - lo; }
        if (p >= 0) { var (lo, hi) = Range(_pos, _count, p, o, -1); return hi - lo; }
        if (o >= 0) { var (lo, hi) = Range(_osp, _count, o, -1, -1); return hi - lo; }
        return _count;
    }

    private static (int Lo, int Hi) Range(TripleKey[] arr, int count, int a, int b, int c)
    {
        var lowKey = new TripleKey(a, b < 0 ? int.MinValue : b, b < 0 || c < 0 ? int.MinValue : c);
        var highKey = new TripleKey(a, b < 0 ? int.MaxValue : b, b < 0 || c < 0 ? int.MaxValue : c);
        return (LowerBound(arr, count, lowKey), UpperBound(arr, count, highKey));
    }

    private static int LowerBound(TripleKey[] arr, int count, TripleKey k)
    {
        int lo = 0, hi = count;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (arr[mid].CompareTo(k) < 0) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static int UpperBound(TripleKey[] arr, int count, TripleKey k)
    {
        int lo = 0, hi = count;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (arr[mid].CompareTo(k) <= 0) lo = mid + 1; else hi = mid; }
        return lo;
    }

    /// <summary>Merges the buffered changes into the sorted arrays.</summary>
    private void Compact()
    {
        if (_pendingAdd == null && _pendingRemove == null) return;
        lock (_gate)
        {
            if (_pendingAdd == null && _pendingRemove == null) return;
            var list = new List<TripleKey>(_count + (_pendingAdd?.Count ?? 0));
            for (int i = 0; i < _count; i++)
                if (_pendingRemove == null || !_pendingRemove.Contains(_spo[i])) list.Add(_spo[i]);
            if (_pendingAdd != null) list.AddRange(_pendingAdd);
            var spo = list.ToArray();
            Array.Sort(spo);
            var pos = new TripleKey[spo.Length];
            var osp = new TripleKey[spo.Length];
            for (int i = 0; i < spo.Length; i++)
            {
                var k = spo[i];
                pos[i] = new TripleKey(k.B, k.C, k.A);
                osp[i] = new TripleKey(k.C, k.A, k.B);
            }
            Array.Sort(pos);
            Array.Sort(osp);
            _spo = spo; _pos = pos; _osp = osp; _count = spo.Length;
            _pendingAdd = null; _pendingRemove = null;
        }
    }
}
