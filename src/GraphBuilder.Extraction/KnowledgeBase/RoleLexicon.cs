namespace GraphBuilder.Extraction.KnowledgeBase;

/// <summary>
/// Looks up German role nouns: exact forms first, then as the last part of a compound
/// ("US-Außenminister", "Präsidialamtssprecherin", "Bundesaußenminister").
/// </summary>
public sealed class RoleLexicon
{
    private readonly Dictionary<string, RoleNoun> _forms = new(StringComparer.Ordinal);
    private readonly List<(string Suffix, RoleNoun Noun)> _suffixes = [];

    /// <summary>Creates the lexicon from its nouns.</summary>
    public RoleLexicon(IEnumerable<RoleNoun> nouns)
    {
        Nouns = nouns.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        foreach (var n in Nouns)
            foreach (var f in n.Forms)
            {
                _forms.TryAdd(f, n);
                _suffixes.Add((f.ToLowerInvariant(), n));
            }
        _suffixes.Sort((a, b) => b.Suffix.Length != a.Suffix.Length ? b.Suffix.Length.CompareTo(a.Suffix.Length) : string.CompareOrdinal(a.Suffix, b.Suffix));
    }

    /// <summary>The nouns, by id.</summary>
    public IReadOnlyList<RoleNoun> Nouns { get; }

    /// <summary>The noun a word is a form of, with the prefix left over when it was found as a compound's tail
    /// ("Bundes" for "Bundesaußenminister", "US" for "US-Außenminister"); null when it is no role noun.</summary>
    public (RoleNoun Noun, string Prefix)? Find(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0])) return null;
        if (_forms.TryGetValue(word, out var exact)) return (exact, "");
        int dash = word.LastIndexOf('-');
        if (dash > 0 && dash < word.Length - 1)
        {
            var tail = word[(dash + 1)..];
            if (_forms.TryGetValue(tail, out var t)) return (t, word[..dash]);
            var inner = Find(tail);
            if (inner is { } x) return (x.Noun, word[..dash] + "-" + x.Prefix);
            return null;
        }
        var lower = word.ToLowerInvariant();
        foreach (var (suffix, noun) in _suffixes)
        {
            if (suffix.Length + 3 > lower.Length) continue;
            if (lower.EndsWith(suffix, StringComparison.Ordinal)) return (noun, word[..^suffix.Length]);
        }
        return null;
    }
}
