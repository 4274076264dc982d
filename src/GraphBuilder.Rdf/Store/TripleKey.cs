namespace GraphBuilder.Rdf;

/// <summary>Three term ids in the order of one index (SPO, POS or OSP). Sorted lexicographically.</summary>
internal readonly record struct TripleKey(int A, int B, int C) : IComparable<TripleKey>
{
    public int CompareTo(TripleKey o)
    {
        int c = A.CompareTo(o.A);
        if (c != 0) return c;
        c = B.CompareTo(o.B);
        return c != 0 ? c : C.CompareTo(o.C);
    }
}
