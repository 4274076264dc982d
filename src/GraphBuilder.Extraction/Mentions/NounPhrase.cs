using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Events;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Mentions;

/// <summary>How a mention is attached in its clause: the preposition heading its phrase and its article's case.</summary>
/// <param name="Preposition">The preposition (lower case), or null for a bare noun phrase.</param>
/// <param name="Oblique">The article marks dative or accusative.</param>
/// <param name="Start">The phrase's first token.</param>
public readonly record struct Attachment(string? Preposition, bool Oblique, int Start);

/// <summary>Finds the start of the noun phrase around a mention by scanning back over articles, adjectives, numbers, role nouns and apposed nouns.</summary>
public static class NounPhrase
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
        "unser", "unsere", "unserem", "unseren", "diese", "dieser", "diesem", "diesen", "dieses", "alle", "aller", "allen", "beide", "beiden",
        "jene", "jener", "jenem", "jenen", "mehrere", "einige", "einigen", "viele", "vielen",
    };
    private static readonly HashSet<string> ObliqueDeterminers = new(StringComparer.Ordinal)
    {
        "dem", "den", "einem", "einen", "seinem", "seinen", "ihrem", "ihren", "diesem", "diesen", "jenem", "jenen", "unserem", "unseren", "allen", "beiden", "einigen", "vielen",
    };
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "rund", "etwa", "fast", "knapp", "mehr", "weitere", "weiteren", "weiterer", "anderen", "andere", "auch", "sogar", "nur", "selbst", "ganz",
    };

    /// <summary>The attachment of the phrase that ends with <paramref name="m"/>'s first token.</summary>
    public static Attachment Of(Document doc, Mention m, int limit)
    {
        var tokens = doc.Tokens;
        int k = m.FirstToken - 1;
        int start = m.FirstToken;
        bool oblique = false;
        int steps = 0;
        while (k >= limit && steps < 6)
        {
            var t = tokens[k];
            var lower = t.Lower;
            if (t.Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose) { k--; steps++; continue; }
            if (IsPreposition(t) || OpensWithPreposition(doc, k, limit)) return new Attachment(lower, oblique, start);
            if (t.Kind == TokenKind.Word && Determiners.Contains(lower))
            {
                // The article opens the phrase: only a preposition may stand before it.
                oblique |= ObliqueDeterminers.Contains(lower) && start == k + 1;
                start = k;
                if (k - 1 >= limit && (IsPreposition(tokens[k - 1]) || OpensWithPreposition(doc, k - 1, limit))) return new Attachment(tokens[k - 1].Lower, oblique, start);
                return new Attachment(null, oblique, start);
            }
            if (t.Kind is TokenKind.Number or TokenKind.Ordinal || t.Kind == TokenKind.Word && (Modifiers.Contains(lower) || char.IsLower(t.Text[0]) && IsAdjectiveLike(lower)))
            {
                start = k; k--; steps++;
                continue;
            }
            if (t.Kind == TokenKind.Word && char.IsUpper(t.Text[0]) && (k > limit || k == m.RoleToken) && (IsQualifier(doc.MentionAt(k)) || k > 0 && Determiners.Contains(tokens[k - 1].Lower) || IsRoleLike(doc, k) || k == m.RoleToken))
            {
                // An apposed noun or role noun ("der Zeitung „Le Monde“", "Außenministerin Baerbock").
                start = k; k--; steps++;
                continue;
            }
            break;
        }
        return new Attachment(null, oblique, start);
    }

    /// <summary>"In Kiew traf sie …": a preposition capitalised because it opens the clause or sentence.</summary>
    private static bool OpensWithPreposition(Document doc, int k, int limit)
    {
        var t = doc.Tokens[k];
        if (t.Kind != TokenKind.Word || !char.IsUpper(t.Text[0])) return false;
        bool opens = k == limit || k == doc.Sentences[t.Sentence].FirstToken || k > 0 && doc.Tokens[k - 1].Kind == TokenKind.QuoteOpen;
        return opens && (ClauseSplitter.Prepositions.Contains(t.Lower) || t.Lower is "im" or "am" or "zum" or "zur" or "vom" or "beim" or "ins");
    }

    private static bool IsPreposition(Token t) =>
        t.Kind == TokenKind.Word && (char.IsLower(t.Text[0]) && ClauseSplitter.Prepositions.Contains(t.Lower) || t.Lower is "im" or "am" or "zum" or "zur" or "vom" or "beim" or "ins");

    /// <summary>A genitive, adjective or compound-part mention qualifies the noun after it ("Russlands Präsident"); a plain name does not.</summary>
    private static bool IsQualifier(Mention? m) => m != null && (m.Genitive || m.Kind is MentionKind.Adjective or MentionKind.Prefix or MentionKind.Role);

    private static bool IsRoleLike(Document doc, int k) => doc.MentionAt(k)?.Kind == MentionKind.Role;

    private static bool IsAdjectiveLike(string w) =>
        w.Length > 3 && (w.EndsWith('e') || w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith("er", StringComparison.Ordinal)
                         || w.EndsWith("em", StringComparison.Ordinal) || w.EndsWith("es", StringComparison.Ordinal));
}
