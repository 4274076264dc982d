using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Ner;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Mentions;

/// <summary>
/// Adds the names that no list knows, as the statistical tagger (<see cref="NerTagger"/>) finds them: people,
/// organisations and places. It runs after the knowledge base and the rule-based person finder, so it only
/// fills gaps: a span touching a mention that is already there is left alone.
/// </summary>
/// <remarks>
/// The tagger is right about three names in four, so the stage keeps only the spans whose shape makes a wrong
/// guess unlikely: a person needs a full name (a lone word is a surname that <see cref="SurnameResolver"/> resolves,
/// or a mistake), and a single capitalised word that opens a sentence counts only when the tagger is backed by
/// its being no common word elsewhere in the document (German capitalises every noun at a sentence's start).
/// Derived and part labels ("russischen", "Nato-Gipfel") name an entity only through another word and are skipped.
/// </remarks>
public sealed class NerMentionFinder
{
    /// <summary>Closed-class words that open a sentence in capitals but never start a name ("Deine Wähler").</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "dieser", "diese", "dieses",
        "diesen", "diesem", "jener", "jene", "mein", "meine", "dein", "deine", "sein", "seine", "ihr", "ihre", "unser", "unsere",
        "euer", "eure", "kein", "keine", "alle", "viele", "manche", "jeder", "jede", "jedes", "ich", "du", "er", "sie", "es", "wir",
        "auch", "doch", "aber", "und", "oder", "wie", "wenn", "als", "so", "nach", "vor", "bei", "mit", "für", "gegen", "in", "im",
        "am", "an", "auf", "aus", "von", "vom", "zu", "zum", "zur", "über", "unter", "seit", "laut", "dass", "da", "dann", "nun",
    };
    private readonly NerTagger _tagger;
    private readonly KnowledgeBase.KnowledgeBase _kb;

    /// <summary>Creates the stage over <paramref name="tagger"/>, checking words against <paramref name="kb"/>.</summary>
    public NerMentionFinder(NerTagger tagger, KnowledgeBase.KnowledgeBase kb)
    {
        _tagger = tagger;
        _kb = kb;
    }

    /// <summary>Adds mentions for the unlisted names in <paramref name="doc"/> (whose earlier mentions are indexed).</summary>
    public void Run(Document doc)
    {
        var tokens = doc.Tokens;
        var added = new List<Mention>();
        foreach (var s in doc.Sentences)
        {
            if (s.EndToken <= s.FirstToken || s.Start < doc.BodyStart) continue;
            var words = new string[s.EndToken - s.FirstToken];
            for (int i = 0; i < words.Length; i++) words[i] = tokens[s.FirstToken + i].Text;
            foreach (var span in _tagger.Tag(words))
            {
                if (span.Level != 1) continue;
                if (Category(span.Label) is not { } category) continue;
                int first = s.FirstToken + span.Start, end = s.FirstToken + span.End;
                if (end - first >= 2 && Descriptor(tokens[first].Lower) is { } described)
                {
                    // "der Zulieferer Bosch", "die Hafenstadt Odessa": the noun before the name says what it is; it is not part of it.
                    first++;
                    category = described;
                }
                if (!Acceptable(doc, first, end, s.FirstToken, ref category)) continue;
                if (Touches(doc, added, first, end)) continue;
                added.Add(Add(doc, first, end, category));
            }
        }
        doc.Mentions.AddRange(added);
    }

    /// <summary>Last parts of nouns that introduce a name by saying what it names ("der Autobauer Volkswagen").</summary>
    private static readonly (string Suffix, EntityCategory Category)[] Descriptors =
    [
        ("konzern", EntityCategory.Organization), ("hersteller", EntityCategory.Organization), ("autobauer", EntityCategory.Organization),
        ("zulieferer", EntityCategory.Organization), ("unternehmen", EntityCategory.Organization), ("firma", EntityCategory.Organization),
        ("partei", EntityCategory.Organization), ("gewerkschaft", EntityCategory.Organization), ("verband", EntityCategory.Organization),
        ("sender", EntityCategory.Organization), ("zeitung", EntityCategory.Organization), ("agentur", EntityCategory.Organization),
        ("händler", EntityCategory.Organization), ("versicherer", EntityCategory.Organization), ("miliz", EntityCategory.Organization),
        ("fluggesellschaft", EntityCategory.Organization), ("reederei", EntityCategory.Organization),
        ("stadt", EntityCategory.Place), ("gemeinde", EntityCategory.Place), ("region", EntityCategory.Place), ("provinz", EntityCategory.Place),
        ("insel", EntityCategory.Place), ("dorf", EntityCategory.Place), ("metropole", EntityCategory.Place), ("bundesland", EntityCategory.Place),
    ];

    private static EntityCategory? Descriptor(string word)
    {
        foreach (var (suffix, category) in Descriptors)
            if (word.EndsWith(suffix, StringComparison.Ordinal)) return category;
        return null;
    }

    private static EntityCategory? Category(string label) => label switch
    {
        "PER" => EntityCategory.Person,
        "ORG" => EntityCategory.Organization,
        "LOC" => EntityCategory.Place,
        _ => null,
    };

    /// <summary>Whether the span looks like a name of its category; may correct an organisation to a person.</summary>
    private bool Acceptable(Document doc, int first, int end, int sentenceStart, ref EntityCategory category)
    {
        var tokens = doc.Tokens;
        for (int k = first; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word) return false;
            // A role noun, a trigger or a country adjective inside the span means the tagger ran past the name.
            if (_kb.Roles.Find(t.Text) != null || _kb.LookupAdjective(t.Text) != null) return false;
        }
        if (!tokens[first].IsCapitalized || FunctionWords.Contains(tokens[first].Lower)) return false;
        if (!tokens[end - 1].IsCapitalized && !tokens[end - 1].IsAllCaps) return false;
        // A given name at the front is a person whatever the tagger's label ("Marine Le Pen" tagged ORG).
        if (end - first >= 2 && _kb.GivenNames.Contains(tokens[first].Text)) category = EntityCategory.Person;
        // So is a name with a particle after its first word ("Marine Le Pen", "Ursula von der Leyen").
        if (end - first >= 3 && NameWords.IsNameWord(tokens[first]) && NameWords.IsParticle(tokens[first + 1])
            && tokens[first + 1].Lower is not ("der" or "den" or "zu")) category = EntityCategory.Person;
        if (category == EntityCategory.Person) return end - first >= 2 && end - first <= PersonNameFinder.MaxNameWords;
        if (end - first > 1) return !IsCommonWordRun(doc, first, end);
        var w = tokens[first];
        if (w.Text.Length < 2 || IsAbstractNoun(w)) return false;
        // An acronym ("OSZE", "IAEA") is a name wherever it stands.
        if (w.IsAllCaps && w.Text.Length <= 6) return true;
        if (first == sentenceStart || w.InQuote && first > 0 && tokens[first - 1].Kind == TokenKind.QuoteOpen) return !AppearsLowerCase(doc, w) && AppearsElsewhereCapitalised(doc, w);
        return !AppearsLowerCase(doc, w);
    }

    /// <summary>
    /// A lone capitalised word built as an abstract noun ("Einigkeit", "Forderung", "Ergebnis"): an organisation or
    /// place with such an ending has a longer name.
    /// </summary>
    private static bool IsAbstractNoun(Token w) =>
        !w.IsAllCaps && (NameWords.IsAbstractNoun(w.Text) || w.Text.Length > 6 && (w.Text.EndsWith("ung", StringComparison.Ordinal) || w.Text.EndsWith("ungen", StringComparison.Ordinal) || w.Text.EndsWith("nis", StringComparison.Ordinal) || w.Text.EndsWith("nisse", StringComparison.Ordinal)));

    /// <summary>True when every word of the span also occurs in lower case in the document (a phrase, not a name).</summary>
    private static bool IsCommonWordRun(Document doc, int first, int end)
    {
        for (int k = first; k < end; k++) if (!AppearsLowerCase(doc, doc.Tokens[k])) return false;
        return true;
    }

    private static bool AppearsLowerCase(Document doc, Token w)
    {
        foreach (var t in doc.Tokens)
            if (t.Kind == TokenKind.Word && t.Text.Length == w.Text.Length && char.IsLower(t.Text[0]) && string.Equals(t.Text, w.Text, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static bool AppearsElsewhereCapitalised(Document doc, Token w)
    {
        foreach (var t in doc.Tokens)
            if (t.Index != w.Index && t.Text == w.Text && t.Index > 0 && doc.Tokens[t.Index - 1].Sentence == t.Sentence) return true;
        return false;
    }

    private static bool Touches(Document doc, List<Mention> added, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (doc.MentionAt(k) != null) return true;
            foreach (var m in added) if (m.Covers(k)) return true;
        }
        return false;
    }

    private static Mention Add(Document doc, int first, int end, EntityCategory category)
    {
        var a = doc.Tokens[first];
        var b = doc.Tokens[end - 1];
        string name = doc.Text[a.Start..b.End];
        // "Yongbyons" next to "Yongbyon": a genitive names the same entity as the plain form.
        bool genitive = false;
        if (b.Text.Length > 3 && b.Text[^1] == 's' && HasToken(doc, b.Text[..^1]))
        {
            name = name[..^1];
            genitive = true;
        }
        var e = category == EntityCategory.Person ? DocumentEntities.AddPerson(doc, name) : DocumentEntities.AddUnlisted(doc, name, category);
        return new Mention(first, end, a.Start, b.End, doc.Text[a.Start..b.End], MentionKind.Name, e.Key) { Genitive = genitive };
    }

    private static bool HasToken(Document doc, string text)
    {
        foreach (var t in doc.Tokens) if (t.Kind == TokenKind.Word && t.Text == text) return true;
        return false;
    }
}
