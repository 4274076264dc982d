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
