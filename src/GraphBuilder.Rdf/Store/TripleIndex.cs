namespace GraphBuilder.Rdf;

/// <summary>
/// The triples of one graph as term ids, in three sorted arrays (SPO, POS, OSP) so that every triple pattern
/// is a binary-searched range of one of them. Additions and removals are buffered and merged on the next read:
/// bulk loading stays O(n log n) and the steady state costs 36 bytes per triple, plus 12 bytes per term for the
/// start offsets of every subject, predicate and object run.
/// </summary>
internal sealed class TripleIndex
{
    /// <summary>
    /// The sorted arrays, swapped as one object so that a reader never mixes arrays of two versions. The start
    /// arrays say where each first-position id's run starts (length max id + 2), so that a lookup is one array read
    /// plus a binary search within that run rather than over the whole array.
    /// </summary>
    private sealed class Sorted(TripleKey[] spo, TripleKey[] pos, TripleKey[] osp)
    {
        public readonly TripleKey[] Spo = spo, Pos = pos, Osp = osp;
        public readonly int[] SpoStart = Starts(spo), PosStart = Starts(pos), OspStart = Starts(osp);
    }

    private volatile Sorted _sorted = new([], [], []);
    private HashSet<TripleKey>? _pendingAdd;
    private HashSet<TripleKey>? _pendingRemove;
    private readonly object _gate = new();

    public int Count { get { Compact(); return _sorted.Spo.Length; } }

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

    private bool ContainsSorted(TripleKey k) => Array.BinarySearch(_sorted.Spo, k) >= 0;

    /// <summary>Matches a pattern; -1 means "any". Results come as (s, p, o) ids.</summary>
    public IEnumerable<(int S, int P, int O)> Match(int s, int p, int o)
    {
        Compact();
        var sorted = _sorted;
        TripleKey[] arr; int count = sorted.Spo.Length;
        if (s >= 0)
        {
            if (p >= 0 || o < 0)
            {
                arr = sorted.Spo;
                var (lo, hi) = Range(arr, sorted.SpoStart, count, s, p, p >= 0 ? o : -1);
                for (int i = lo; i < hi; i++) { var k = arr[i]; if (o < 0 || k.C == o) yield return (k.A, k.B, k.C); }
            }
            else
            {
                arr = sorted.Osp;
                var (lo, hi) = Range(arr, sorted.OspStart, count, o, s, -1);
                for (int i = lo; i < hi; i++) { var k = arr[i]; yield return (k.B, k.C, k.A); }
            }
        }
        else if (p >= 0)
        {
            arr = sorted.Pos;
            var (lo, hi) = Range(arr, sorted.PosStart, count, p, o, -1);
            for (int i = lo; i < hi; i++) { var k = arr[i]; yield return (k.C, k.A, k.B); }
        }
        else if (o >= 0)
        {
            arr = sorted.Osp;
            var (lo, hi) = Range(arr, sorted.OspStart, count, o, -1, -1);
            for (int i = lo; i < hi; i++) { var k = arr[i]; yield return (k.B, k.C, k.A); }
        }
        else
        {
            arr = sorted.Spo;
            for (int i = 0; i < count; i++) { var k = arr[i]; yield return (k.A, k.B, k.C); }
        }
    }

    /// <summary>Estimated number of matches of a pattern, for join ordering (exact for prefix patterns).</summary>
    public int Estimate(int s, int p, int o)
    {
        Compact();
        var t = _sorted;
        int n = t.Spo.Length;
        if (s >= 0) { var (lo, hi) = p >= 0 ? Range(t.Spo, t.SpoStart, n, s, p, o) : o >= 0 ? Range(t.Osp, t.OspStart, n, o, s, -1) : Range(t.Spo, t.SpoStart, n, s, -1, -1); return hi - lo; }
        if (p >= 0) { var (lo, hi) = Range(t.Pos, t.PosStart, n, p, o, -1); return hi - lo; }
        if (o >= 0) { var (lo, hi) = Range(t.Osp, t.OspStart, n, o, -1, -1); return hi - lo; }
        return n;
    }

    private static (int Lo, int Hi) Range(TripleKey[] arr, int[] starts, int count, int a, int b, int c)
    {
        if ((uint)a >= (uint)(starts.Length - 1)) return (0, 0);
        int lo = starts[a], hi = starts[a + 1];
        if (b < 0 || lo == hi) return (lo, hi);
        var lowKey = new TripleKey(a, b, c < 0 ? int.MinValue : c);
        var highKey = new TripleKey(a, b, c < 0 ? int.MaxValue : c);
        int first = LowerBound(arr, lo, hi, lowKey);
        return (first, UpperBound(arr, first, hi, highKey));
    }

    private static int LowerBound(TripleKey[] arr, int lo, int hi, TripleKey k)
    {
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (arr[mid].CompareTo(k) < 0) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static int UpperBound(TripleKey[] arr, int lo, int hi, TripleKey k)
    {
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (arr[mid].CompareTo(k) <= 0) lo = mid + 1; else hi = mid; }
        return lo;
    }

    /// <summary>Start offsets of the runs of each first-position id in a sorted array (one past the maximum id at the end).</summary>
    private static int[] Starts(TripleKey[] arr)
    {
        int max = arr.Length > 0 ? arr[^1].A : -1;
        var starts = new int[max + 2];
        int j = 0;
        for (int a = 0; a <= max + 1; a++)
        {
            while (j < arr.Length && arr[j].A < a) j++;
            starts[a] = j;
        }
        return starts;
    }

    /// <summary>Merges the buffered changes into the sorted arrays.</summary>
    private void Compact()
    {
        if (_pendingAdd == null && _pendingRemove == null) return;
        lock (_gate)
        {
            if (_pendingAdd == null && _pendingRemove == null) return;
            var old = _sorted.Spo;
            var list = new List<TripleKey>(old.Length + (_pendingAdd?.Count ?? 0));
            foreach (var k in old)
                if (_pendingRemove == null || !_pendingRemove.Contains(k)) list.Add(k);
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
            _sorted = new Sorted(spo, pos, osp);
            _pendingAdd = null; _pendingRemove = null;
        }
    }
}
