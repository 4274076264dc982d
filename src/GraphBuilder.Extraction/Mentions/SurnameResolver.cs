using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Mentions;

/// <summary>
/// Resolves surname-only mentions ("Stoltenberg", genitive "Trumps", compound part "Kim-Gipfel") to the person the
/// document introduced with a full name, and folds a surname-only person ("Präsident Putin") into the full name
/// found elsewhere in the same document ("Wladimir Putin"). A surname two people of the document share is left alone.
/// </summary>
public sealed class SurnameResolver
{
    private readonly IReadOnlySet<string> _givenNames;

    /// <summary>
    /// Creates the resolver. With <paramref name="givenNames"/>, an unlisted name whose first word is no known
    /// given name ("Kim Jong Un", "Xi Jinping": the family name first) is also found by that first word.
    /// </summary>
    public SurnameResolver(IReadOnlySet<string>? givenNames = null) => _givenNames = givenNames ?? new HashSet<string>();

    /// <summary>Adds surname mentions and merges surname-only people of <paramref name="doc"/>.</summary>
    public void Run(Document doc)
    {
        var bySurname = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var e in doc.Entities.Values.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (e.Category != EntityCategory.Person || e.FamilyName is not { Length: > 1 } family) continue;
            if (e.Kb is null && !e.Name.Contains(' ')) continue; // a lone surname is what gets folded
            bySurname[family] = bySurname.TryGetValue(family, out var prev) && prev != e.Key ? null : e.Key;
        }
        if (_givenNames.Count > 0)
        {
            var byFirst = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var e in doc.Entities.Values.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (e.Category != EntityCategory.Person || e.Kb != null) continue;
                var words = e.Name.Split(' ');
                if (words.Length < 2 || words[0].Length < 2 || !char.IsUpper(words[0][0]) || _givenNames.Contains(words[0])) continue;
                byFirst[words[0]] = byFirst.TryGetValue(words[0], out var prev) && prev != e.Key ? null : e.Key;
            }
            // A family name found the usual way wins; two people sharing the first word leave it alone.
            foreach (var (first, key) in byFirst) bySurname.TryAdd(first, key);
        }
        // Fold surname-only people into the full name.
        foreach (var e in doc.Entities.Values.Where(e => e.Category == EntityCategory.Person && e.Kb is null && !e.Name.Contains(' ')).ToList())
        {
            if (bySurname.TryGetValue(e.Name, out var full) && full != null && full != e.Key)
            {
                foreach (var m in doc.Mentions) if (m.EntityKey == e.Key) m.EntityKey = full;
                doc.Entities.Remove(e.Key);
            }
        }
        doc.IndexMentions();
        foreach (var t in doc.Tokens)
        {
            if (t.Kind != TokenKind.Word || !char.IsUpper(t.Text[0]) || doc.MentionAt(t.Index) != null) continue;
            if (Resolve(bySurname, t.Text, out var key, out bool genitive))
            {
                doc.Mentions.Add(new Mention(t.Index, t.Index + 1, t.Start, t.End, t.Text, MentionKind.Name, key) { Genitive = genitive });
                continue;
            }
            if (!t.IsCompound) continue;
            int offset = t.Start;
            foreach (var part in t.Text.Split('-'))
            {
                if (part.Length > 0 && Resolve(bySurname, part, out var pk, out _))
                    doc.Mentions.Add(new Mention(t.Index, t.Index + 1, offset, offset + part.Length, part, MentionKind.Prefix, pk));
                offset += part.Length + 1;
            }
        }
        doc.IndexMentions();
    }

    private static bool Resolve(Dictionary<string, string?> bySurname, string word, out string key, out bool genitive)
    {
        genitive = false;
        key = "";
        if (bySurname.TryGetValue(word, out var k) && k != null) { key = k; return true; }
        if (word.Length > 3 && word[^1] == 's' && bySurname.TryGetValue(word[..^1], out k) && k != null) { key = k; genitive = true; return true; }
        return false;
    }
}
