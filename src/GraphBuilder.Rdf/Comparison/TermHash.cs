namespace GraphBuilder.Rdf.Comparison;

/// <summary>Deterministic 64-bit hashes of terms and of hash combinations (never .NET's randomised string hashes).</summary>
internal static class TermHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of a ground term; language tags hash case-insensitively (RDF 1.1 allows normalising them).</summary>
    public static ulong Of(INode node) => node switch
    {
        IUriNode u => Mix(Text(1, u.Uri)),
        ILiteralNode l => Combine(Combine(Text(3, l.Value), Text(4, l.DataType)), Text(5, l.Language.ToLowerInvariant())),
        IBlankNode => throw new ArgumentException("blank nodes have no ground hash"),
        _ => Mix(Text(6, node.ToString() ?? "")),
    };

    private static ulong Text(ulong seed, string s)
    {
        ulong h = Offset ^ seed;
        foreach (char c in s)
        {
            h ^= c;
            h *= Prime;
        }
        return h;
    }

    /// <summary>An order-dependent combination.</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a * 31 + b + 0x9E3779B97F4A7C15UL);

    /// <summary>SplitMix64 finaliser.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
