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
                int conjunctEnd = ConjunctEnd(tokens, i, clause.End);
                if (trig.Particle != null && !t.Lower.StartsWith(trig.Particle, StringComparison.Ordinal) && !HasParticle(tokens, i, conjunctEnd, trig.Particle)
                    && !HasParticle(tokens, i, clause.End, trig.Particle)) continue;
                if (trig.Particle == null && !noun && EndsInParticle(tokens, i, conjunctEnd)) continue;
                if (trig.RequiredWord != null && !HasWord(tokens, clause, trig.RequiredWord)) continue;
                hits.Add(new TriggerHit(i, trig));
                break;
            }
        }
        return hits;
    }

    /// <summary>
    /// Where the verb phrase of the verb at <paramref name="from"/> ends: at "und"/"aber"/"sowie"/"oder" followed by
    /// a lower-case word ("kritisierte X scharf und forderte Y … auf": "auf" belongs to the second verb), else at the clause's end.
    /// </summary>
    private static int ConjunctEnd(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (int k = from + 1; k + 1 < end; k++)
        {
            var t = tokens[k];
            if (t.Lower is "und" or "aber" or "sowie" or "oder" && tokens[k + 1].Kind == TokenKind.Word && char.IsLower(tokens[k + 1].Text[0])
                && tokens[k + 1].Lower is not ("der" or "die" or "das" or "den" or "dem" or "des" or "ein" or "eine" or "einen" or "einem" or "seine" or "seinen" or "ihre" or "ihren"))
                return k;
        }
        return end;
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
