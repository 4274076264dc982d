using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Mentions;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Roles;

/// <summary>
/// Reads the positions the text gives people. A role noun's organisation or country comes from, in order: a
/// compound prefix ("US-Außenminister", "Nato-Generalsekretär"), an adjective before it ("russischen
/// Außenminister"), a genitive before it ("Nordkoreas Staatschef", "Trumps Sprecherin": the person's own
/// country), a genitive after it ("Präsident der Ukraine"), the noun itself ("Bundeskanzler"), the person's
/// known roles in the knowledge base, and for offices of the publication's own country ("Außenministerin") that
/// country. "Amtskollege"/"Kollege" take the role of the person they are the colleague of. A party in brackets
/// after a name ("Olaf Scholz (SPD)") is a membership.
/// </summary>
public sealed class RoleExtractor
{
    private static readonly HashSet<string> GenitiveArticles = new(StringComparer.Ordinal) { "der", "des" };
    private readonly KnowledgeBase.KnowledgeBase _kb;
    private readonly KbEntity? _domestic;

    /// <summary>Creates the extractor; the publication's country is the one whose adjective is "deutsch".</summary>
    public RoleExtractor(KnowledgeBase.KnowledgeBase kb)
    {
        _kb = kb;
        _domestic = kb.LookupAdjective("deutsch");
    }

    private sealed record Occurrence(int Token, RoleNoun Noun, string Prefix, Mention? Person);

    /// <summary>Adds role facts (and role-only mentions resolved to people) to <paramref name="doc"/>.</summary>
    public void Run(Document doc)
    {
        var occurrences = FindOccurrences(doc);
        var deferred = new List<Occurrence>();
        // Pass 1: named people whose qualifier does not depend on another person's role.
        foreach (var o in occurrences)
        {
            if (o.Person is null || o.Noun.IsColleague) { deferred.Add(o); continue; }
            var org = Qualifier(doc, o, out bool needsPerson);
            if (needsPerson) { deferred.Add(o); continue; }
            AddFact(doc, o, org);
        }
        // Pass 2: colleagues, people qualified by another person ("Trumps Sprecherin"), role-only mentions.
        foreach (var o in deferred)
        {
            if (o.Noun.IsColleague) { Colleague(doc, o); continue; }
            var org = Qualifier(doc, o, out _);
            if (o.Person != null) { AddFact(doc, o, org); continue; }
            ResolveRoleReference(doc, o, org);
        }
        Brackets(doc);
        doc.IndexMentions();
    }

    private List<Occurrence> FindOccurrences(Document doc)
    {
        var personByRoleToken = new Dictionary<int, Mention>();
        foreach (var m in doc.Mentions)
            if (m.RoleToken >= 0 && doc.Entities[m.EntityKey].Category == EntityCategory.Person) personByRoleToken.TryAdd(m.RoleToken, m);
        var list = new List<Occurrence>();
        foreach (var t in doc.Tokens)
        {
            if (t.Kind != TokenKind.Word || !char.IsUpper(t.Text[0])) continue;
            if (doc.MentionAt(t.Index) is { Kind: not MentionKind.Prefix }) continue;
            if (_kb.Roles.Find(t.Text) is not { } found) continue;
            personByRoleToken.TryGetValue(t.Index, out var person);
            list.Add(new Occurrence(t.Index, found.Noun, found.Prefix, person));
        }
        return list;
    }

    /// <summary>The organisation or country of an occurrence, or null.</summary>
    private DocumentEntity? Qualifier(Document doc, Occurrence o, out bool needsPerson)
    {
        needsPerson = false;
        var q = OwnQualifier(doc, o);
        if (q is { Category: EntityCategory.Person })
        {
            needsPerson = true;
            return OrganizationOfPerson(doc, q.Key, o.Noun.Scope);
        }
        if (q != null) return q;
        if (o.Noun.ImpliedOrganizationId != null && _kb.Get(o.Noun.ImpliedOrganizationId) is { } implied) return DocumentEntities.Add(doc, implied);
        if (o.Prefix.StartsWith("Bundes", StringComparison.OrdinalIgnoreCase) && _domestic != null && doc.Language == "de") return DocumentEntities.Add(doc, _domestic);
        if (o.Person != null && doc.Entities[o.Person.EntityKey].Kb is { } kbp)
            foreach (var r in kbp.HeldRoles)
                if (r.Role == o.Noun.Role && _kb.Get(r.OrganizationId) is { } prior) return DocumentEntities.Add(doc, prior);
        if (o.Noun.Domestic && _domestic != null && doc.Language == "de")
        {
            // "Außenminister Pekka Haavisto" in an article dated when the list knows Germany's foreign minister: an
            // unlisted person is someone else's minister, of the country the text has just been about, if any.
            if (o.Person != null && doc.Entities[o.Person.EntityKey].Kb is null && doc.Date is { } date && _kb.KnowsHolder(o.Noun.Role, _domestic.Id, date))
                return ForeignContext(doc, o.Token);
            return DocumentEntities.Add(doc, _domestic);
        }
        return null;
    }

    /// <summary>
    /// The country the text is about just before <paramref name="token"/>, other than the publication's own: one
    /// named earlier in the same sentence, else the first one of each of the two sentences before (where German
    /// puts the topic: "Die finnische Regierung erwägt, … ohne Schweden …" is about Finland).
    /// </summary>
    private DocumentEntity? ForeignContext(Document doc, int token)
    {
        int sentence = doc.Tokens[token].Sentence;
        for (int k = token - 1; k >= doc.Sentences[sentence].FirstToken; k--)
            if (ForeignCountryAt(doc, k) is { } e) return e;
        for (int si = sentence - 1; si >= Math.Max(0, sentence - 2); si--)
            for (int k = doc.Sentences[si].FirstToken; k < doc.Sentences[si].EndToken; k++)
                if (ForeignCountryAt(doc, k) is { } e) return e;
        return null;
    }

    private DocumentEntity? ForeignCountryAt(Document doc, int k)
    {
        if (doc.MentionAt(k) is not { } m) return null;
        var e = doc.Entities[m.EntityKey];
        return e.Category == EntityCategory.Country && e.Key != _domestic!.Id ? e : null;
    }

    /// <summary>A qualifier written next to the role noun: prefix, adjective or genitive before, genitive after.</summary>
    private DocumentEntity? OwnQualifier(Document doc, Occurrence o)
    {
        var tokens = doc.Tokens;
        var roleToken = tokens[o.Token];
        // Prefix part of the compound ("US-", "Nato-", "SPD-").
        Mention? prefix = null;
        foreach (var m in doc.Mentions)
            if (m.FirstToken == o.Token && m.Kind == MentionKind.Prefix && m.End < roleToken.End) prefix = m;
        if (prefix != null) return Country(doc, prefix.EntityKey, o.Noun.Scope);
        // Adjective or genitive before ("den russischen Außenminister", "Nordkoreas Staatschef").
        int sentenceStart = doc.Sentences[roleToken.Sentence].FirstToken;
        for (int k = o.Token - 1, steps = 0; k >= sentenceStart && steps < 3; k--, steps++)
        {
            var t = tokens[k];
            var m = doc.MentionAt(k);
            if (m != null && (m.Kind == MentionKind.Adjective || m.Genitive)) return Country(doc, m.EntityKey, o.Noun.Scope);
            if (m != null || t.Kind != TokenKind.Word || char.IsUpper(t.Text[0]) && k != sentenceStart) break;
        }
        // Genitive after the noun or after the name ("Präsident der Ukraine", "Außenminister Russlands").
        int sentenceEnd = doc.Sentences[roleToken.Sentence].EndToken;
        foreach (int p in (int[])[o.Token + 1, o.Person?.EndToken ?? -1])
        {
            if (p < 0 || p >= sentenceEnd) continue;
            if (doc.MentionAt(p) is { Genitive: true } g && doc.Entities[g.EntityKey].Category != EntityCategory.Person) return Country(doc, g.EntityKey, o.Noun.Scope);
            if (!GenitiveArticles.Contains(tokens[p].Text)) continue;
            for (int k = p + 1; k < Math.Min(sentenceEnd, p + 4); k++)
            {
                var m = doc.MentionAt(k);
                if (m is { Kind: MentionKind.Name } && doc.Entities[m.EntityKey].Category != EntityCategory.Person) return Country(doc, m.EntityKey, o.Noun.Scope);
                if (tokens[k].Kind != TokenKind.Word || m != null) break;
            }
        }
        return null;
    }

    /// <summary>A capital standing for its country's government counts as the country for country roles.</summary>
    private DocumentEntity Country(Document doc, string key, RoleScope scope)
    {
        var e = doc.Entities[key];
        if (scope == RoleScope.Country && e.Category == EntityCategory.Place && _kb.CountryOfCapital(key) is { } c) return DocumentEntities.Add(doc, c);
        return e;
    }

    private DocumentEntity? OrganizationOfPerson(Document doc, string personKey, RoleScope scope)
    {
        foreach (var f in doc.Roles)
            if (f.PersonKey == personKey && f.Role != "member" && (scope == RoleScope.Organization || doc.Entities[f.OrganizationKey].Category == EntityCategory.Country))
                return doc.Entities[f.OrganizationKey];
        if (doc.Entities[personKey].Kb is { } kb)
            foreach (var r in kb.HeldRoles)
                if (_kb.Get(r.OrganizationId) is { } org) return DocumentEntities.Add(doc, org);
        return null;
    }

    private void AddFact(Document doc, Occurrence o, DocumentEntity? org)
    {
        if (org is null || o.Person is null) return;
        Add(doc, o.Person.EntityKey, RoleFor(o.Noun, org), org.Key, doc.Tokens[o.Token].Sentence);
    }

    /// <summary>"Präsident" of an organisation is its chair; "Vorsitzender" of a party its leader.</summary>
    private static string RoleFor(RoleNoun noun, DocumentEntity org)
    {
        if (noun.Role == "head-of-state" && org.Category == EntityCategory.Organization) return "chair";
        if (noun.Role == "chair" && org.Kb?.Types.Contains(KbVocabulary.Schema + "PoliticalParty") == true) return "party-leader";
        return noun.Role;
    }

    private static void Add(Document doc, string person, string role, string org, int sentence)
    {
        if (person == org) return;
        foreach (var f in doc.Roles) if (f.PersonKey == person && f.Role == role && f.OrganizationKey == org) return;
        doc.Roles.Add(new RoleFact(person, role, org, sentence));
    }

    /// <summary>"seinem Amtskollegen Dmytro Kuleba": the role of the sentence's first person with one; the country from the text.</summary>
    private void Colleague(Document doc, Occurrence o)
    {
        if (o.Person is null) return;
        int sentence = doc.Tokens[o.Token].Sentence;
        RoleFact? possessorRole = null;
        foreach (var m in doc.MentionsIn(sentence))
        {
            if (m.EntityKey == o.Person.EntityKey || doc.Entities[m.EntityKey].Category != EntityCategory.Person || m.FirstToken > o.Token) continue;
            possessorRole = doc.Roles.FirstOrDefault(f => f.PersonKey == m.EntityKey && f.Role != "member");
            if (possessorRole != null) break;
        }
        if (possessorRole is null) return;
        var own = OwnQualifier(doc, o);
        DocumentEntity? org = own is { Category: not EntityCategory.Person } ? own : null;
        if (org is null)
        {
            // The nearest country named before the colleague in the sentence that is not the possessor's.
            foreach (var m in doc.MentionsIn(sentence).Where(m => m.FirstToken < o.Token).Reverse())
            {
                var e = Country(doc, m.EntityKey, RoleScope.Country);
                if (e.Category == EntityCategory.Country && e.Key != possessorRole.OrganizationKey) { org = e; break; }
            }
        }
        if (org is null) return;
        Add(doc, o.Person.EntityKey, possessorRole.Role, org.Key, sentence);
    }

    /// <summary>A role noun without a name ("der US-Außenminister", "der SPD-Politiker"): the person who holds that role in the document.</summary>
    private void ResolveRoleReference(Document doc, Occurrence o, DocumentEntity? org)
    {
        var token = doc.Tokens[o.Token];
        if (IsPlural(doc, o)) return;
        string? person = null;
        string role = org != null ? RoleFor(o.Noun, org) : o.Noun.Role;
        if (role == "member")
        {
            if (org is null) return;
            // "der SPD-Politiker" refers back to the person last mentioned.
            person = doc.Mentions.LastOrDefault(m => m.End <= token.Start && doc.Entities[m.EntityKey].Category == EntityCategory.Person
                                                     && NounPhrase.Of(doc, m, doc.Sentences[doc.Tokens[m.FirstToken].Sentence].FirstToken) is { Preposition: null, Oblique: false }
                                                     && !m.Genitive)?.EntityKey;
            if (person is null) return;
            Add(doc, person, role, org.Key, token.Sentence);
        }
        else
        {
            var candidates = doc.Roles.Where(f => f.Role == role && (org is null || f.OrganizationKey == org.Key)).Select(f => f.PersonKey).Distinct().ToList();
            if (candidates.Count == 0 && org != null)
                candidates = doc.Entities.Values.Where(e => e.Kb?.HeldRoles.Any(r => r.Role == role && r.OrganizationId == org.Key) == true)
                    .Select(e => e.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
            if (candidates.Count != 1) return;
            person = candidates[0];
            if (org != null) Add(doc, person, role, org.Key, token.Sentence);
        }
        doc.Mentions.Add(new Mention(o.Token, o.Token + 1, token.Start, token.End, token.Text, MentionKind.Role, person));
    }

    /// <summary>Plural role nouns ("Außenministerinnen", "den Außenministern", "die Außenminister") name no single person.</summary>
    private static bool IsPlural(Document doc, Occurrence o)
    {
        var word = doc.Tokens[o.Token].Text;
        if (word.EndsWith("innen", StringComparison.Ordinal)) return true;
        if (word.EndsWith("ern", StringComparison.Ordinal) && o.Noun.Forms.Contains(word[..^1])) return true;
        bool feminine = word.EndsWith("in", StringComparison.Ordinal);
        for (int k = o.Token - 1; k >= 0 && k >= o.Token - 3; k--)
        {
            var t = doc.Tokens[k];
            if (t.Lower is "die" or "alle" or "beide" or "beiden" or "mehrere" or "zwei" or "drei") return !feminine;
            if (t.Kind != TokenKind.Word || char.IsUpper(t.Text[0])) break;
        }
        return false;
    }

    /// <summary>"Olaf Scholz (SPD)": an organisation in brackets right after a person's name is a membership.</summary>
    private static void Brackets(Document doc)
    {
        var tokens = doc.Tokens;
        foreach (var m in doc.Mentions.ToList())
        {
            if (doc.Entities[m.EntityKey].Category != EntityCategory.Person) continue;
            int p = m.EndToken;
            if (p + 2 >= tokens.Count || tokens[p].Text != "(") continue;
            var inner = doc.MentionAt(p + 1);
            if (inner is null || inner.Kind != MentionKind.Name || tokens[inner.EndToken].Text != ")") continue;
            if (doc.Entities[inner.EntityKey].Category != EntityCategory.Organization) continue;
            Add(doc, m.EntityKey, "member", inner.EntityKey, tokens[p].Sentence);
        }
    }
}
