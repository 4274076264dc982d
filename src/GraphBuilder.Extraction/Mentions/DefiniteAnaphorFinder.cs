using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Mentions;

/// <summary>
/// Finds common nouns that refer back to an entity the document has already named: after "Nato-Generalsekretär
/// Stoltenberg …", "das Bündnis" and "die Allianz" are NATO (not the insurer a tagger might take "Allianz" for).
/// The nouns come from the knowledge base (<c>gb:definiteAnaphor</c>); one counts only with a definite article or
/// a demonstrative before it ("aller 30 Alliierten" counts too: a quantifier with or without a number) and only after
/// a named mention of its entity; a noun with an owner after it ("die Alliierten der Ukraine", "die Alliierten
/// Kiews") names someone else's partners, and a noun that two named entities of the document claim is left alone.
/// </summary>
public sealed class DefiniteAnaphorFinder
{
    private static readonly HashSet<string> Definite = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "des", "dem", "den", "diese", "dieser", "dieses", "diesem", "diesen",
    };
    /// <summary>Quantifiers that make a plural definite: "aller Alliierten", "allen 30 Alliierten".</summary>
    private static readonly HashSet<string> Universal = new(StringComparer.Ordinal) { "alle", "aller", "allen", "sämtliche", "sämtlicher", "sämtlichen" };
    private readonly Dictionary<string, List<KbEntity>> _byNoun = new(StringComparer.Ordinal);

    /// <summary>Creates the finder over the anaphors that <paramref name="kb"/> lists.</summary>
    public DefiniteAnaphorFinder(KnowledgeBase.KnowledgeBase kb)
    {
        foreach (var e in kb.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
            foreach (var noun in e.DefiniteAnaphors)
            {
                if (!_byNoun.TryGetValue(noun, out var list)) _byNoun[noun] = list = [];
                list.Add(e);
            }
    }

    /// <summary>Adds the anaphoric mentions of <paramref name="doc"/> (tokens no other mention covers).</summary>
    public void Run(Document doc)
    {
        if (_byNoun.Count == 0) return;
        var tokens = doc.Tokens;
        var firstNamed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions)
            if (m.Kind is MentionKind.Name or MentionKind.Prefix && (!firstNamed.TryGetValue(m.EntityKey, out var at) || m.FirstToken < at))
                firstNamed[m.EntityKey] = m.FirstToken;
        var covered = new HashSet<int>();
        foreach (var m in doc.Mentions) for (int k = m.FirstToken; k < m.EndToken; k++) covered.Add(k);
        for (int i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || covered.Contains(i) || !_byNoun.TryGetValue(t.Text, out var candidates)) continue;
            int det = i - 1;
            if (tokens[det].Kind == TokenKind.Number && det > 0) det--;
            if (!Definite.Contains(tokens[det].Lower) && !Universal.Contains(tokens[det].Lower)) continue;
            if (HasOwnerAfter(tokens, covered, i)) continue;
            var named = candidates.Where(e => firstNamed.TryGetValue(e.Id, out var first) && first < i).ToList();
            if (named.Count != 1) continue;
            doc.Mentions.Add(new Mention(i, i + 1, t.Start, t.End, t.Text, MentionKind.Name, named[0].Id) { Genitive = tokens[i - 1].Lower == "des" });
        }
    }

    /// <summary>A genitive or "von" phrase, or a name, right after the noun.</summary>
    private static bool HasOwnerAfter(List<Token> tokens, HashSet<int> covered, int i)
    {
        if (i + 1 >= tokens.Count) return false;
        var next = tokens[i + 1];
        return next.Lower is "der" or "des" or "von" or "vom" || covered.Contains(i + 1);
    }
}
