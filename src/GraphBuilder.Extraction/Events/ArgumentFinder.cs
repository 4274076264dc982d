using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Mentions;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Events;

/// <summary>
/// Lists the possible arguments of a clause: its mentions outside quotations, with qualifiers folded into the
/// person they qualify ("US-" and "russischen" in "den russischen Außenminister Lawrow" belong to Lawrow), capitals
/// read as their country, and "er" read as the person last mentioned.
/// </summary>
public sealed class ArgumentFinder
{
    private readonly KnowledgeBase.KnowledgeBase _kb;

    /// <summary>Creates the finder.</summary>
    public ArgumentFinder(KnowledgeBase.KnowledgeBase kb) => _kb = kb;

    /// <summary>
    /// The arguments of <paramref name="clause"/>, in text order; "er" stands for <paramref name="pronounAntecedent"/>,
    /// a singular "sie" for <paramref name="femaleAntecedent"/> and an object "ihn"/"ihm" for
    /// <paramref name="objectAntecedent"/> when given.
    /// </summary>
    public List<Argument> Find(Document doc, Clause clause, string? pronounAntecedent, string? femaleAntecedent = null, string? objectAntecedent = null)
    {
        var tokens = doc.Tokens;
        var inClause = new List<Mention>();
        foreach (var m in doc.Mentions)
            if (m.FirstToken >= clause.First && m.FirstToken < clause.End && !tokens[m.FirstToken].InQuote) inClause.Add(m);
        var absorbed = new HashSet<Mention>();
        foreach (var head in inClause)
        {
            int roleToken = head.Kind == MentionKind.Role ? head.FirstToken : head.RoleToken;
            if (roleToken < 0) continue;
            foreach (var q in inClause)
            {
                if (q == head) continue;
                if (q.Kind is MentionKind.Prefix or MentionKind.Adjective || q.Genitive)
                    if (q.FirstToken <= roleToken && q.FirstToken >= roleToken - 3) absorbed.Add(q);
            }
        }
        foreach (var q in inClause)
        {
            // "Olaf Scholz (SPD)": the party in brackets belongs to the person.
            if (q.FirstToken > 0 && tokens[q.FirstToken - 1].Text == "(") absorbed.Add(q);
            // A prefix on a role noun nobody is named after ("die EU-Außenminister") names no argument.
            if (q.Kind == MentionKind.Prefix && _kb.Roles.Find(tokens[q.FirstToken].Text) != null && !inClause.Any(h => h.RoleToken == q.FirstToken || h.Kind == MentionKind.Role && h.FirstToken == q.FirstToken)) absorbed.Add(q);
        }
        var args = new List<Argument>();
        foreach (var m in inClause)
        {
            if (absorbed.Contains(m) || IsDateline(tokens, m)) continue;
            if (args.Count > 0 && args[^1].Mention.FirstToken == m.FirstToken && args[^1].Mention.EntityKey == m.EntityKey) continue;
            var a = NounPhrase.Of(doc, m, clause.First);
            // "zwischen Moskau und Kiew", "mit Macron und Scholz": a conjunct shares the preposition of the one before it.
            if (a.Preposition is null && args.Count > 0 && a.Start - 1 > clause.First && tokens[a.Start - 1].Lower is "und" or "oder" or "sowie"
                && args[^1].Mention.EndToken == a.Start - 1 && args[^1].Preposition is { } shared)
                a = a with { Preposition = shared };
            var entity = doc.Entities[m.EntityKey];
            string key = m.EntityKey;
            bool isPlace = false;
            if (entity.Category == EntityCategory.Place)
            {
                var country = _kb.CountryOfCapital(m.EntityKey);
                bool locative = a.Preposition is "in" or "im" or "nach" or "aus" or "bei" or "von" or "vom" or "über" or "ins";
                if (country != null && !locative && m.Kind == MentionKind.Name)
                {
                    DocumentEntities.Add(doc, country);
                    key = country.Id;
                }
                else if (country != null && m.Kind == MentionKind.Name && GovernmentIn(doc, m, clause.First) is { } government)
                {
                    // "Die Regierung in Taipeh wies … zurück": the government in a capital is its country, in the government noun's place.
                    DocumentEntities.Add(doc, country);
                    var pseudo = new Mention(government, government + 1, tokens[government].Start, tokens[government].End, tokens[government].Text, MentionKind.Name, country.Id);
                    var g = NounPhrase.Of(doc, pseudo, clause.First);
                    args.Add(new Argument(m, country.Id, g.Preposition, g.Oblique, false));
                    continue;
                }
                else isPlace = true;
            }
            args.Add(new Argument(m, key, a.Preposition, a.Oblique, isPlace));
        }
        for (int k = clause.First; k < clause.End; k++)
        {
            var t = tokens[k];
            if (t.InQuote) continue;
            string? antecedent = t.Text switch
            {
                "er" or "Er" => pronounAntecedent,
                "sie" or "Sie" when IsSingularSie(tokens, k, clause) => femaleAntecedent,
                "ihn" or "ihm" => ObjectInClause(args, k) ?? objectAntecedent,
                _ => null,
            };
            if (antecedent is null) continue;
            var pseudo = new Mention(k, k + 1, t.Start, t.End, t.Text, MentionKind.Name, antecedent);
            var a = NounPhrase.Of(doc, pseudo, clause.First);
            int at = args.FindIndex(x => x.Token > k);
            var arg = new Argument(pseudo, antecedent, a.Preposition, false, false);
            if (at < 0) args.Add(arg); else args.Insert(at, arg);
        }
        return args;
    }

    /// <summary>
    /// "traf sie", "sie sagte": "sie" next to a finite verb in the singular (no "-en" ending, as in "sie trafen", "sie
    /// haben") is "she", not "they"; with no verb beside it, it is left alone.
    /// </summary>
    /// <summary>
    /// "telefonierte mit ihrem Amtskollegen und forderte ihn auf": an earlier argument of the same clause other than
    /// its first (which is the subject in a clause that opens with it).
    /// </summary>
    private static string? ObjectInClause(List<Argument> args, int pronoun)
    {
        for (int i = args.Count - 1; i >= 1; i--)
            if (args[i].Token < pronoun && !args[i].IsPlace) return args[i].EntityKey;
        return null;
    }

    /// <summary>
    /// "KIEW (dpa) - Russische Truppen …": the capitals-only place of a dateline says where the report was filed; it
    /// takes no part in the first sentence's events.
    /// </summary>
    private static bool IsDateline(IReadOnlyList<Token> tokens, Mention m)
    {
        if (!tokens[m.FirstToken].IsAllCaps || m.EndToken >= tokens.Count || tokens[m.EndToken].Text != "(") return false;
        for (int j = m.EndToken + 1; j < Math.Min(tokens.Count - 1, m.EndToken + 6); j++)
            if (tokens[j].Text == ")") return tokens[j + 1].Text is "-" or "–" or "—";
        return false;
    }

    private static bool IsSingularSie(IReadOnlyList<Token> tokens, int k, Clause clause)
    {
        foreach (int j in (int[])[k - 1, k + 1])
        {
            if (j < clause.First || j >= clause.End) continue;
            var v = tokens[j];
            if (v.Kind != TokenKind.Word || !char.IsLower(v.Text[0]) || ClauseSplitter.Prepositions.Contains(v.Lower)) continue;
            if (v.Lower is "hat" or "ist" or "war" or "wird" or "wurde" or "habe" or "sei" or "hatte" or "will" or "kann" or "soll" or "muss") return true;
            if (v.Lower.EndsWith('t') || v.Lower.EndsWith("te", StringComparison.Ordinal) || v.Lower is "traf" or "sprach" or "bot" or "rief" or "warf" or "wies" or "gab" or "nahm" or "kam" or "sah" or "hielt" or "ließ" or "reiste") return true;
            if (v.Lower.EndsWith("en", StringComparison.Ordinal)) return false;
        }
        return false;
    }
    /// <summary>Nouns for a government that the capital after "in" names ("die Führung in Peking").</summary>
    private static readonly HashSet<string> GovernmentNouns = new(StringComparer.Ordinal)
    {
        "regierung", "führung", "staatsführung", "machthaber", "behörden", "administration", "regierungen", "staatsspitze",
    };

    /// <summary>The government noun's token when <paramref name="m"/> stands in "Regierung in X", else null.</summary>
    private static int? GovernmentIn(Document doc, Mention m, int limit)
    {
        int k = m.FirstToken - 2;
        if (k < limit || doc.Tokens[k + 1].Lower != "in") return null;
        return GovernmentNouns.Contains(doc.Tokens[k].Lower) && char.IsUpper(doc.Tokens[k].Text[0]) ? k : null;
    }
}
