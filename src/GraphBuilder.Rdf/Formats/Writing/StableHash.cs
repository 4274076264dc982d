namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// A 64-bit hash that is the same in every process (unlike <see cref="string.GetHashCode()"/>), so that
/// writers can order blank nodes by it and give the same bytes on every run.
/// </summary>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over the UTF-16 code units of the kind tag and the term's text, finalised with a mixer.</summary>
    public static ulong OfTerm(INode node) => node switch
    {
        IUriNode u => Mix(OfString(u.Uri, 1)),
        ILiteralNode l => Mix(Combine(Combine(OfString(l.Value, 2), OfString(l.DataType, 3)), OfString(l.Language.ToLowerInvariant(), 4))),
        _ => 0x9E3779B97F4A7C15UL,
    };

    public static ulong OfString(string s, ulong seed)
    {
        ulong h = FnvOffset ^ seed;
        foreach (char c in s)
        {
            h ^= c;
            h *= FnvPrime;
        }
        return h;
    }

    /// <summary>Order-dependent combination.</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a * 31 + Mix(b + 0x632BE59BD9B4E019UL));

    /// <summary>splitmix64 finaliser.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
