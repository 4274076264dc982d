namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Orders the blank nodes of a dataset by their neighbourhood rather than their labels, so that writers give the
/// same bytes for the same graph whatever the labels and insertion order were.
/// </summary>
/// <remarks>
/// Colour refinement (1-dimensional Weisfeiler-Leman): every blank node starts with one colour; each round
/// hashes a node's colour with the sorted hashes of the statements it occurs in (its role, the other terms, the
/// colours of the other blank nodes), until the partition stops splitting. Nodes still tied are split by
/// individualising each candidate of the first tied class in turn and keeping the choice whose refined colouring
/// is smallest; candidates with equal outcomes are (almost always) automorphic, so any of them gives the same
/// output. A work budget bounds this search on huge, highly symmetric inputs; beyond it the remaining ties are
/// broken by label, which is then the only case where labels influence the order.
/// </remarks>
internal static class BlankNodeCanonicaliser
{
    private const ulong BlankTag = 0xA5A5A5A5DEADBEEFUL;
    private const ulong DefaultGraphTag = 0x1234567890ABCDEFUL;
    private const ulong IndividualTag = 0x0F1E2D3C4B5A6978UL;
    private const int MaxCandidates = 32;
    private const long WorkBudget = 40_000_000;

    /// <summary>Ranks 0..n-1 of the blank nodes occurring in <paramref name="quads"/> (any position, including the graph name).</summary>
    public static Dictionary<INode, int> Rank(IEnumerable<Quad> quads)
    {
        var index = new Dictionary<INode, int>();
        var nodes = new List<INode>();
        var slots = new List<Slot>(); // 4 per statement that involves a blank node
        var incidence = new List<List<int>>();

        foreach (var q in quads)
        {
            if (q.Subject is not IBlankNode && q.Object is not IBlankNode && q.Graph is not IBlankNode && q.Predicate is not IBlankNode) continue;
            AddSlot(q.Subject, 0); AddSlot(q.Predicate, 1); AddSlot(q.Object, 2); AddSlot(q.Graph, 3);
        }

        void AddSlot(INode? n, int role)
        {
            int edge = slots.Count / 4;
            if (n is IBlankNode)
            {
                if (!index.TryGetValue(n, out int i))
                {
                    i = nodes.Count; index.Add(n, i); nodes.Add(n); incidence.Add(new List<int>());
                }
                incidence[i].Add(edge * 4 + role);
                slots.Add(new Slot(i, 0));
            }
            else slots.Add(new Slot(-1, n is null ? DefaultGraphTag : StableHash.OfTerm(n)));
        }

        int count = nodes.Count;
        var result = new Dictionary<INode, int>(count);
        if (count == 0) return result;

        var ctx = new Context(slots.ToArray(), incidence.Select(l => l.ToArray()).ToArray());
        var colour = new ulong[count];
        ctx.RefineToStable(colour);

        // Split the remaining ties.
        var labelOrder = Enumerable.Range(0, count).OrderBy(i => ((IBlankNode)nodes[i]).InternalID, StringComparer.Ordinal).ToArray();
        while (true)
        {
            var tied = FirstTiedClass(colour, labelOrder);
            if (tied == null) break;
            if (ctx.Work > WorkBudget)
            {
                BreakAllTiesByLabel(colour, labelOrder);
                break;
            }
            ulong[]? best = null;
            ulong[]? bestSig = null;
            int tries = Math.Min(tied.Count, MaxCandidates);
            for (int t = 0; t < tries && ctx.Work <= WorkBudget; t++)
            {
                var trial = (ulong[])colour.Clone();
                trial[tied[t]] = StableHash.Combine(trial[tied[t]], IndividualTag);
                ctx.RefineToStable(trial);
                var sig = (ulong[])trial.Clone();
                Array.Sort(sig);
                if (bestSig == null || Compare(sig, bestSig) < 0) { best = trial; bestSig = sig; }
            }
            colour = best!;
        }

        var order = Enumerable.Range(0, count).ToArray();
        Array.Sort(order, (a, b) => colour[a].CompareTo(colour[b]));
        for (int r = 0; r < count; r++) result[nodes[order[r]]] = r;
        return result;
    }

    /// <summary>The members (in label order) of the tied class with the smallest colour, or null when all colours differ.</summary>
    private static List<int>? FirstTiedClass(ulong[] colour, int[] labelOrder)
    {
        var sizes = new Dictionary<ulong, int>();
        foreach (var c in colour) sizes[c] = sizes.TryGetValue(c, out int n) ? n + 1 : 1;
        ulong? min = null;
        foreach (var (c, n) in sizes)
            if (n > 1 && (min == null || c < min)) min = c;
        if (min == null) return null;
        return labelOrder.Where(i => colour[i] == min.Value).ToList();
    }

    private static void BreakAllTiesByLabel(ulong[] colour, int[] labelOrder)
    {
        var seen = new Dictionary<ulong, int>();
        foreach (int i in labelOrder)
        {
            ulong c = colour[i];
            int k = seen.TryGetValue(c, out int n) ? n : 0;
            seen[c] = k + 1;
            if (k > 0) colour[i] = StableHash.Combine(c, (ulong)k);
        }
    }

    private static int Compare(ulong[] a, ulong[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            int c = a[i].CompareTo(b[i]);
            if (c != 0) return c;
        }
        return 0;
    }

    private readonly record struct Slot(int Blank, ulong Fixed);

    private sealed class Context(Slot[] slots, int[][] incidence)
    {
        public long Work;

        public void RefineToStable(ulong[] colour)
        {
            int classes = Distinct(colour);
            for (int round = 0; round <= colour.Length; round++)
            {
                var next = Refine(colour);
                int n = Distinct(next);
                Array.Copy(next, colour, colour.Length);
                if (n == classes) break;
                classes = n;
            }
        }

        private ulong[] Refine(ulong[] colour)
        {
            var next = new ulong[colour.Length];
            for (int i = 0; i < colour.Length; i++)
            {
                var inc = incidence[i];
                var hashes = new ulong[inc.Length];
                for (int k = 0; k < inc.Length; k++)
                {
                    int edge = inc[k] >> 2, role = inc[k] & 3;
                    ulong h = (ulong)role + 1;
                    for (int s = 0; s < 4; s++)
                    {
                        var slot = slots[edge * 4 + s];
                        h = StableHash.Combine(h, slot.Blank >= 0 ? StableHash.Combine(BlankTag, colour[slot.Blank]) : slot.Fixed);
                    }
                    hashes[k] = h;
                }
                Array.Sort(hashes);
                ulong acc = colour[i];
                foreach (var h in hashes) acc = StableHash.Combine(acc, h);
                next[i] = acc;
                Work += inc.Length + 1;
            }
            return next;
        }

        private static int Distinct(ulong[] colour) => new HashSet<ulong>(colour).Count;
    }
}
