using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.KnowledgeBase;

/// <summary>
/// Token-sequence trie of surface forms, for longest-match lookup over a token list. Keys are compared
/// case-insensitively; a hit then counts when the case agrees, or when either side is written in capitals
/// ("NATO" in the text for "Nato" in the KB, "BRÜSSEL" in a dateline).
/// </summary>
public sealed class SurfaceTrie<T> where T : class
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<(string[] Form, T Value)>? Values;
    }

    private readonly Node _root = new();

    /// <summary>Number of forms added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a form (already split into tokens); the first value added for an identical form wins.</summary>
    public void Add(string[] form, T value)
    {
        if (form.Length == 0) return;
        var node = _root;
        foreach (var part in form)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!node.Next.TryGetValue(part, out var child)) node.Next[part] = child = new Node();
            node = child;
        }
        node.Values ??= [];
        foreach (var (f, _) in node.Values) if (f.AsSpan().SequenceEqual(form)) return;
        node.Values.Add((form, value));
        Count++;
    }

    /// <summary>The longest form starting at token <paramref name="start"/> (not crossing <paramref name="end"/>): its value and length.</summary>
    public (T? Value, int Length) LongestMatch(IReadOnlyList<Token> tokens, int start, int end)
    {
        var node = _root;
        T? best = null;
        int bestLen = 0;
        for (int i = start; i < end && node.Next != null; i++)
        {
            if (!node.Next.TryGetValue(tokens[i].Text, out var child)) break;
            node = child;
            if (node.Values != null)
            {
                var hit = Pick(node.Values, tokens, start, i + 1);
                if (hit != null) { best = hit; bestLen = i + 1 - start; }
            }
        }
        return (best, bestLen);
    }

    /// <summary>The value of one exact string (a single token, e.g. a compound's part).</summary>
    public T? Lookup(string single)
    {
        if (_root.Next is null || !_root.Next.TryGetValue(single, out var node) || node.Values is null) return null;
        foreach (var (f, v) in node.Values) if (f.Length == 1 && CaseAgrees(single, f[0])) return v;
        return null;
    }

    private static T? Pick(List<(string[] Form, T Value)> values, IReadOnlyList<Token> tokens, int start, int end)
    {
        foreach (var (form, value) in values)
        {
            bool ok = true;
            for (int k = 0; k < form.Length && ok; k++) ok = CaseAgrees(tokens[start + k].Text, form[k]);
            if (ok) return value;
        }
        return null;
    }

    /// <summary>
    /// Same text, or same letters with one side in capitals. A short acronym of the list ("UN", "EU") must stand in
    /// capitals in the text too: "Un" in "Kim Jong Un" is no United Nations.
    /// </summary>
    public static bool CaseAgrees(string text, string form) =>
        string.Equals(text, form, StringComparison.Ordinal)
        || (string.Equals(text, form, StringComparison.OrdinalIgnoreCase) && (IsCaps(text) || IsCaps(form) && form.Length > 3));

    private static bool IsCaps(string s)
    {
        int letters = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
