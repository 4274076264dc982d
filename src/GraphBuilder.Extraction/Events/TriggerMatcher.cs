using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Events;

/// <summary>A trigger found in a clause.</summary>
/// <param name="Token">The trigger word's token index.</param>
/// <param name="Trigger">The lexicon entry.</param>
public sealed record TriggerHit(int Token, EventTrigger Trigger);

/// <summary>
/// Finds event triggers in a clause: verb forms (lower case), nouns (capitalised, also as a compound's last part:
/// "EU-Gesprächen"), separable verbs only with their particle at the clause's end ("bot … an", "sagte … zu"), and
/// framed entries only with their frame word in the clause ("verantwortlich" with "machte").
/// </summary>
public sealed class TriggerMatcher
{
    private readonly TriggerLexicon _lexicon;

    /// <summary>Creates the matcher.</summary>
    public TriggerMatcher(TriggerLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The triggers of <paramref name="clause"/> (at most one entry per token), in text order.</summary>
    public List<TriggerHit> Find(Document doc, Clause clause)
    {
        var tokens = doc.Tokens;
        var hits = new List<TriggerHit>();
        for (int i = clause.First; i < clause.End; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || t.InQuote) continue;
            var candidates = _lexicon.Find(t.Lower);
            if (candidates.Count == 0 && t.IsCompound) candidates = _lexicon.Find(t.Parts[^1].ToLowerInvariant());
            foreach (var trig in candidates)
            {
                bool noun = trig.Kind == TriggerKind.Noun;
                if (noun != char.IsUpper(t.Text[0]) && !(char.IsUpper(t.Text[0]) && i == doc.Sentences[t.Sentence].FirstToken)) continue;
                if (trig.Particle != null && !t.Lower.StartsWith(trig.Particle, StringComparison.Ordinal) && !HasParticle(tokens, i, clause.End, trig.Particle)) continue;
                if (trig.Particle == null && !noun && EndsInParticle(tokens, i, clause.End)) continue;
                if (trig.RequiredWord != null && !HasWord(tokens, clause, trig.RequiredWord)) continue;
                hits.Add(new TriggerHit(i, trig));
                break;
            }
        }
        return hits;
    }

    /// <summary>The particle stands as the clause's last word ("bot er weitere Gespräche an").</summary>
    private static bool HasParticle(IReadOnlyList<Token> tokens, int from, int end, string particle)
    {
        for (int k = end - 1; k > from; k--)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word) continue;
            return t.Lower == particle;
        }
        return false;
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "an", "auf", "ab", "aus", "ein", "vor", "zu", "mit", "zurück", "fest", "hin", "los", "weg", "her", "bei", "nach", "dar", "um", "durch", "fort", "weiter",
    };

    /// <summary>A plain verb is another verb when its clause ends in a separable particle ("sagte … ab" is not "sagen").</summary>
    private static bool EndsInParticle(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (int k = end - 1; k > from; k--)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word) continue;
            return Particles.Contains(t.Text);
        }
        return false;
    }

    private static bool HasWord(IReadOnlyList<Token> tokens, Clause clause, string words)
    {
        foreach (var w in words.Split('|'))
            for (int k = clause.First; k < clause.End; k++)
                if (tokens[k].Lower == w) return true;
        return false;
    }
}
