using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Events;

/// <summary>
/// Splits a sentence into clauses at commas, semicolons, colons, dashes and quotation marks, and classifies each:
/// subordinate (introduced by "dass", "weil", a relative pronoun …), conditional ("falls", "wenn", Konjunktiv II
/// "würde"/"könnte"), negated ("nicht", "kein", "weder").
/// </summary>
public sealed class ClauseSplitter
{
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "dass", "daß", "ob", "weil", "wenn", "falls", "obwohl", "obgleich", "damit", "nachdem", "als", "während", "da", "sodass",
        "bevor", "ehe", "seit", "seitdem", "sobald", "solange", "indem", "wobei", "wie", "um", "ohne", "statt", "anstatt", "zumal", "sofern",
    };
    private static readonly HashSet<string> Conditionals = new(StringComparer.Ordinal)
    {
        "falls", "wenn", "ob", "sofern", "würde", "würden", "würdest", "könnte", "könnten", "sollte", "sollten", "hätte", "hätten", "wäre", "wären",
    };
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "weder", "nie", "niemals", "nichts",
    };
    private static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches", "welchen", "welchem", "wo",
    };

    /// <summary>The clauses of sentence <paramref name="sentence"/>.</summary>
    public List<Clause> Split(Document doc, Sentence sentence)
    {
        var tokens = doc.Tokens;
        var clauses = new List<Clause>();
        int start = sentence.FirstToken;
        for (int i = sentence.FirstToken; i <= sentence.EndToken; i++)
        {
            bool boundary = i == sentence.EndToken || IsBoundary(tokens, i) && !IsListComma(doc, i);
            if (!boundary) continue;
            if (i > start) clauses.Add(Classify(tokens, start, i, afterComma: start > sentence.FirstToken && tokens[start - 1].Text is "," or ";"));
            start = i + 1;
        }
        return clauses;
    }

    private static bool IsBoundary(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose) return IsSpeechQuoteMark(tokens, i);
        return t.Kind == TokenKind.SentenceEnd || t.Text is "," or ";" or ":" or "–" or "—" or "-";
    }

    /// <summary>
    /// "in Saudi-Arabien, Ägypten, Katar und Israel": a comma between names of an enumeration that "und"/"oder"/"sowie"
    /// closes joins, it does not split. An apposition ("Der Sprecher, Wang Wenbin, kritisierte") has no closing "und".
    /// </summary>
    private static bool IsListComma(Document doc, int i)
    {
        var tokens = doc.Tokens;
        if (tokens[i].Text != "," || i == 0 || doc.MentionAt(i - 1) is null) return false;
        int j = i + 1;
        for (int steps = 0; steps < 12 && j < tokens.Count; steps++)
        {
            if (doc.MentionAt(j) is not { Kind: Mentions.MentionKind.Name } m) return false;
            j = m.EndToken;
            if (j >= tokens.Count) return false;
            if (tokens[j].Text == ",") { j++; continue; }
            if (tokens[j].Lower is not ("und" or "oder" or "sowie")) return false;
            j++;
            if (j < tokens.Count && tokens[j].Lower is "der" or "die" or "dem" or "den" or "das") j++;
            return j < tokens.Count && doc.MentionAt(j) is not null;
        }
        return false;
    }

    /// <summary>Marks of a real quotation end a clause; marks around a title or a term ("„ARD-Hauptstadtstudio”") do not.</summary>
    private static bool IsSpeechQuoteMark(IReadOnlyList<Token> tokens, int i) =>
        (i + 1 < tokens.Count && tokens[i + 1].InQuote) || (i > 0 && tokens[i - 1].InQuote);

    /// <summary>
    /// "…, in der kommenden Woche nach Israel zu reisen": a clause ending in a zu-infinitive is an infinitive clause
    /// whose "der" is an article, not a relative clause.
    /// </summary>
    private static bool EndsInZuInfinitive(IReadOnlyList<Token> tokens, int first, int end)
    {
        int last = end - 1;
        while (last > first && tokens[last].Kind != TokenKind.Word) last--;
        return last > first && IsZuInfinitive(tokens, last);
    }

    /// <summary>The word at <paramref name="k"/> is a zu-infinitive: "zu reisen", or with "zu" inside ("abzuziehen").</summary>
    public static bool IsZuInfinitive(IReadOnlyList<Token> tokens, int k)
    {
        var w = tokens[k].Lower;
        return k > 0 && tokens[k - 1].Lower == "zu" || w.Length > 6 && w.IndexOf("zu", 2, StringComparison.Ordinal) > 0 && w.EndsWith("en", StringComparison.Ordinal);
    }

    private static Clause Classify(IReadOnlyList<Token> tokens, int first, int end, bool afterComma)
    {
        var head = tokens[first];
        bool subordinate = Subordinators.Contains(head.Lower) && head.Text != "Da";
        bool relative = afterComma && RelativePronouns.Contains(head.Text)
            || afterComma && first + 1 < end && tokens[first].Kind == TokenKind.Word && IsPreposition(head.Lower) && RelativePronouns.Contains(tokens[first + 1].Text)
               && !EndsInZuInfinitive(tokens, first, end);
        bool conditional = false, negated = false;
        for (int k = first; k < end; k++)
        {
            var w = tokens[k].Lower;
            if (Conditionals.Contains(w)) conditional = true;
            if (Negations.Contains(w)) negated = true;
        }
        return new Clause(first, end, subordinate || relative, conditional, negated, relative);
    }

    private static bool IsPreposition(string w) => Prepositions.Contains(w);

    /// <summary>German prepositions (and their contractions with the article).</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "im", "ins", "an", "am", "ans", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für", "fürs",
        "über", "überm", "unter", "vor", "vorm", "hinter", "neben", "zwischen", "durch", "gegen", "gegenüber", "ohne", "um", "seit", "während",
        "wegen", "trotz", "bis", "ab", "außer", "angesichts", "inmitten", "laut", "samt", "entlang", "innerhalb", "außerhalb", "jenseits",
        "seitens", "infolge", "aufgrund", "anlässlich", "zugunsten", "statt", "anstatt", "per", "pro", "via", "binnen",
    };
}
