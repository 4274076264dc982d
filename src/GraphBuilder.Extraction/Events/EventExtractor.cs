using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Mentions;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Events;

/// <summary>
/// Reads CAMEO events clause by clause. The actor is the clause's subject (the first bare, non-oblique noun
/// phrase naming a person, country or organisation; "er" is the person last mentioned; a passive's "von X"); the
/// target is its object (a bare noun phrase, else a phrase with a preposition the trigger allows, else a
/// genitive). Quoted words, conditional and negated clauses are no events; quotations and indirect speech with a
/// verb of saying are statements (CAMEO 01) carrying the quoted words.
/// </summary>
public sealed class EventExtractor
{
    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal) { "wird", "werden", "wurde", "wurden", "worden" };
    private static readonly HashSet<string> ConsequenceWords = new(StringComparer.Ordinal)
    {
        "konsequenzen", "folgen", "sanktionen", "kosten", "vergeltung", "gegenmaßnahmen", "strafen", "reaktion", "antwort",
    };
    /// <summary>Nouns for armed forces: an adjective or prefix on them names the force's country ("russische Truppen", "US-Soldaten").</summary>
    private static readonly HashSet<string> ForceNouns = new(StringComparer.Ordinal)
    {
        "truppen", "soldaten", "streitkräfte", "streitkräften", "armee", "einheiten", "kampfjets", "kampfflugzeuge", "panzer",
        "kriegsschiffe", "marine", "luftwaffe", "militär", "militärs", "raketen", "drohnen", "kräfte", "verbände", "bodentruppen",
    };
    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "und", "sowie", "wie", "als" };
    private readonly KnowledgeBase.KnowledgeBase _kb;
    private readonly ClauseSplitter _clauses = new();
    private readonly ArgumentFinder _arguments;
    private readonly TriggerMatcher _triggers;

    /// <summary>Creates the extractor.</summary>
    public EventExtractor(KnowledgeBase.KnowledgeBase kb)
    {
        _kb = kb;
        _arguments = new ArgumentFinder(kb);
        _triggers = new TriggerMatcher(kb.Triggers);
    }

    /// <summary>Adds the events of <paramref name="doc"/>.</summary>
    public void Run(Document doc)
    {
        string? lastPerson = null, lastMale = null, subjectMale = null;
        int subjectMaleSentence = -10;
        (string A, string B, int Sentence)? pair = null;
        // "ihn"/"ihm": the man (or the body an unnamed official stands for) last named besides the subject, in this sentence or the one before.
        string? lastObject = null;
        int lastObjectSentence = -10;
        var female = FemalePeople(doc);
        foreach (var s in doc.Sentences)
        {
            if (s.Start < doc.BodyStart) continue;
            var clauses = _clauses.Split(doc, s);
            List<Argument>? previousSubjects = null;
            var seen = new List<(Clause Clause, List<Argument> Args, List<Argument> Subjects)>();
            foreach (var c in clauses)
            {
                // "er" is the man who was the subject of this or the sentence before ("Macron reist nach Moskau, um mit
                // Putin zu sprechen. Anschließend will er …" is Macron), else the last man (or person of unknown sex)
                // named; "sie" only a woman named last.
                var male = subjectMale != null && s.Index - subjectMaleSentence <= 1 ? subjectMale
                           : lastPerson != null && female.Contains(lastPerson) ? lastMale : lastPerson;
                var args = _arguments.Find(doc, c, male, lastPerson != null && female.Contains(lastPerson) ? lastPerson : null, lastObject);
                var hits = _triggers.Find(doc, c);
                var subjects = Subjects(doc, c, args, out bool passive);
                if (subjects.Count > 0 && !passive && UnnamedSubjectBeforeVerb(doc, c, hits)) subjects = [];
                if (pair is { } p && s.Index - p.Sentence <= 1 && BothToken(doc, c) is { } both && subjects.All(a => a.Token > both))
                    subjects = [PairArgument(doc, both, p.A), PairArgument(doc, both, p.B)];
                seen.Add((c, args, subjects));
                bool inherited = false;
                if (SubjectAcrossApposition(doc, seen) is { } across) { subjects = across; passive = false; inherited = true; }
                else if (subjects.Count == 0 && previousSubjects != null && !c.Subordinate && StartsWithVerbOrConjunction(doc, c)) { subjects = previousSubjects; inherited = true; }
                else if (subjects.Count == 0 && previousSubjects != null && seen.Count >= 2 && IsZuInfinitive(doc, hits) && !HasObject(seen[^2])) { subjects = previousSubjects; inherited = true; }
                // A noun that names its own act takes the subject only from its own clause, when no other trigger is the verb.
                bool subjectForOwnActorNouns = !inherited && !hits.Any(h => h.Trigger.Kind != TriggerKind.Noun);
                foreach (var hit in hits)
                    if (!IsContentOfAnotherAct(doc, hit, hits)) Read(doc, s, c, hit, args, subjects, passive, subjectForOwnActorNouns);
                if (Speaker(doc, c, args) is { } so) AddSpeech(doc, s, c.First, so, null, "so");
                if (subjects.Count > 0) previousSubjects = subjects;
                if (s.Index - lastObjectSentence > 1) lastObject = null;
                if (args.LastOrDefault(a => !subjects.Contains(a) && !a.IsPlace && (a.Mention.Kind is not MentionKind.Adjective and not MentionKind.Prefix || QualifiesOfficial(doc, a.Mention))
                                            && IsActorCategory(doc, a) && !female.Contains(a.EntityKey) && a.Mention.Surface is not ("ihn" or "ihm")) is { } obj)
                    (lastObject, lastObjectSentence) = (obj.EntityKey, s.Index);
                var keys = subjects.Select(a => a.EntityKey).Distinct().ToList();
                if (keys.Count == 2) pair = (keys[0], keys[1], s.Index);
                if (doc.Events.Count > 0 && doc.Events[^1] is { TargetKey: { } met } last && last.Sentence == s.Index && last.Cameo.StartsWith("04", StringComparison.Ordinal))
                    pair = (last.ActorKey, met, s.Index);
                if (subjects.FirstOrDefault(a => doc.Entities[a.EntityKey].Category == EntityCategory.Person && !female.Contains(a.EntityKey)) is { } he)
                    (subjectMale, subjectMaleSentence) = (he.EntityKey, s.Index);
                foreach (var a in args)
                    if (doc.Entities[a.EntityKey].Category == EntityCategory.Person)
                    {
                        lastPerson = a.EntityKey;
                        if (!female.Contains(a.EntityKey)) lastMale = a.EntityKey;
                    }
            }
        }
        Deduplicate(doc);
        StatementFolder.Fold(doc);
    }

    private void Read(Document doc, Sentence s, Clause c, TriggerHit hit, List<Argument> args, List<Argument> subjects, bool passive, bool subjectForOwnActorNouns)
    {
        var trig = hit.Trigger;
        bool noun = trig.Kind == TriggerKind.Noun;
        if (!noun && (c.Negated || c.Conditional)) return;
        if (!noun && c.Subordinate && trig.Kind != TriggerKind.Speech) return;
        if (c.Relative && !(noun && trig.OwnActor)) return;
        // "dass es zu einem Einmarsch kommen könnte", "nicht unbedingt um einen Einmarsch": a feared or denied act is none.
        if (noun && trig.OwnActor && (c.Negated || c.Conditional || IsHypothetical(doc, c))) return;
        if (noun && IsMutual(trig.Cameo) && Between(doc, c, hit, args) is { } pair)
        {
            // "Das Gespräch zwischen Biden und Selenskyj": both sides are named by the noun itself.
            AddEvent(doc, s, hit, trig.Cameo, pair.A, pair.B, c, args, null);
            return;
        }
        List<string> actorKeys;
        if (noun && trig.OwnActor && NounAgent(doc, c, hit, args) is { } own) actorKeys = [own];
        else if (subjects.Count == 0 || noun && trig.OwnActor && (!subjectForOwnActorNouns || c.Relative || IsArguedFor(doc, hit))) return;
        else actorKeys = subjects.Select(a => a.EntityKey).Distinct().ToList();
        string cameo = trig.CameoWithConsequences != null && HasConsequence(doc, c) ? trig.CameoWithConsequences : trig.Cameo;
        List<string> targets;
        if (noun)
        {
            targets = NounTargets(doc, c, hit, args, actorKeys);
            if (targets.Count == 0 && trig.Cameo.StartsWith("04", StringComparison.Ordinal) && actorKeys.Count >= 2)
            {
                // "Trump und Kim … bei ihrem Treffen": a meeting of the subjects with each other.
                AddEvent(doc, s, hit, trig.Cameo, actorKeys[0], actorKeys[1], c, args, null);
                return;
            }
            if (targets.Count == 0) return;
        }
        else
        {
            targets = VerbTargets(doc, c, hit, cameo, args, subjects, passive);
            if (targets.Count == 0 && AnsweredActor(doc, s, c, hit, actorKeys) is { } answered) targets = [answered];
        }
        if (trig.Kind == TriggerKind.Speech)
        {
            foreach (var actor in actorKeys) AddSpeech(doc, s, hit.Token, actor, targets.FirstOrDefault(), trig.Lemma);
            return;
        }
        if (targets.Count == 0 && actorKeys.Count >= 2 && (IsReciprocal(doc, c) || !IsMutual(trig.Cameo) && HasSichAfter(doc, c, hit.Token)))
        {
            // "Israel und der Iran warfen sich gegenseitig Provokationen vor": each subject acts on the others.
            foreach (var a in actorKeys)
                foreach (var b in actorKeys)
                    if (a != b) AddEvent(doc, s, hit, cameo, a, b, c, args, null);
            return;
        }
        if (targets.Count == 0 && actorKeys.Count >= 2 && IsMutual(trig.Cameo))
        {
            // "Biden und Xi vereinbarten …", "X und Y trafen sich": an act of cooperation among the subjects themselves.
            AddEvent(doc, s, hit, cameo, actorKeys[0], actorKeys[1], c, args, null);
            return;
        }
        if (targets.Count == 0 && (trig.Cameo.StartsWith("04", StringComparison.Ordinal) || trig.TargetPrepositions.Contains("!"))) return;
        foreach (var actor in actorKeys)
        {
            if (targets.Count == 0) AddEvent(doc, s, hit, cameo, actor, null, c, args, null);
            foreach (var target in targets) if (target != actor) AddEvent(doc, s, hit, cameo, actor, target, c, args, null);
        }
    }

    /// <summary>Verb roots whose complement names an act that the subject does not do: warn of, appeal for, demand, criticise, reject, threaten with, protest against.</summary>
    private static readonly HashSet<string> ContentTakingRoots = new(StringComparer.Ordinal) { "01", "02", "10", "11", "12", "13", "14" };
    /// <summary>Prepositions that make a noun the content of such a verb ("warnte vor Waffenlieferungen", "rief zu Gesprächen auf").</summary>
    private static readonly HashSet<string> ContentPrepositions = new(StringComparer.Ordinal) { "vor", "gegen", "mit", "zu", "zum", "zur", "auf", "über" };

    /// <summary>
    /// "China warnte die USA vor Waffenlieferungen an Taiwan", "forderte Gespräche mit Moskau": a noun that is what
    /// another trigger of the clause warns of, demands or criticises names no act of the clause's subject. A noun
    /// that only sets the scene ("bei einem Treffen mit X") still counts, and nouns that name their own actor are
    /// judged by that actor instead.
    /// </summary>
    private static bool IsContentOfAnotherAct(Document doc, TriggerHit hit, List<TriggerHit> hits)
    {
        if (hit.Trigger.Kind != TriggerKind.Noun || hit.Trigger.OwnActor) return false;
        if (IsArguedFor(doc, hit)) return true;
        var verb = hits.FirstOrDefault(h => h.Trigger.Kind != TriggerKind.Noun && ContentTakingRoots.Contains(h.Trigger.Cameo[..2]));
        if (verb is null) return false;
        string? preposition = GoverningPreposition(doc, hit.Token);
        if (preposition is null) return verb.Trigger.Cameo[..2] is "10" or "11" or "12";
        return ContentPrepositions.Contains(preposition);
    }

    /// <summary>
    /// "sprach sich für weitere Sanktionen aus", "warb für Verhandlungen", "stimmte gegen Sanktionen": an act argued
    /// for or against is not done by the one who argues.
    /// </summary>
    private static bool IsArguedFor(Document doc, TriggerHit hit) => GoverningPreposition(doc, hit.Token) is "für" or "gegen";

    /// <summary>The preposition heading the noun phrase that ends in the token at <paramref name="noun"/>, if any (looking back over articles, adjectives and numbers).</summary>
    private static string? GoverningPreposition(Document doc, int noun)
    {
        var tokens = doc.Tokens;
        for (int k = noun - 1; k >= Math.Max(0, noun - 5); k--)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word && t.Kind != TokenKind.Number) return null;
            if (ClauseSplitter.Prepositions.Contains(t.Lower)) return t.Lower;
            if (!char.IsLower(t.Text[0]) && t.Kind == TokenKind.Word) return null;
        }
        return null;
    }

    private static readonly HashSet<string> AppositionWords = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "eines", "einem", "einen", "einer", "sein", "seine", "seines", "ihr", "ihre", "ihres", "und", "von", "vom",
    };

    /// <summary>
    /// "Der Sprecher des Außenministeriums, Wang Wenbin, kritisierte die USA", "Wang Yi, ein enger Vertrauter Xis,
    /// kritisierte Japan": a clause that opens with its verb right after an apposition between commas has its
    /// subject before the verb, in the apposition (a person named there) or in the phrase the apposition follows.
    /// Null when the last clause does not stand so.
    /// </summary>
    private List<Argument>? SubjectAcrossApposition(Document doc, List<(Clause Clause, List<Argument> Args, List<Argument> Subjects)> seen)
    {
        if (seen.Count < 3) return null;
        var c = seen[^1].Clause;
        var apposition = seen[^2];
        var t = doc.Tokens[c.First];
        if (c.Subordinate || t.Kind != TokenKind.Word || !char.IsLower(t.Text[0]) || ClauseSplitter.Prepositions.Contains(t.Lower) || Coordinators.Contains(t.Lower)
            || t.Lower is "aber" or "oder" or "doch" or "sondern" or "so") return null;
        if (!IsApposition(doc, apposition.Clause)) return null;
        var person = apposition.Args.FirstOrDefault(a => a.Preposition is null && !a.Mention.Genitive && doc.Entities[a.EntityKey].Category == EntityCategory.Person);
        if (person != null) return [person];
        var before = seen[^3];
        return before.Subjects.Count > 0 && IsApposition(doc, before.Clause, requireCommaAfter: true, requireCommaBefore: false) ? before.Subjects : null;
    }

    /// <summary>A short noun phrase between commas: no verb, nothing but names, nouns, articles and adjectives.</summary>
    private bool IsApposition(Document doc, Clause a, bool requireCommaAfter = true, bool requireCommaBefore = true)
    {
        var tokens = doc.Tokens;
        if (a.End - a.First > 8) return false;
        if (requireCommaBefore && (a.First == 0 || tokens[a.First - 1].Text != ",")) return false;
        if (requireCommaAfter && (a.End >= tokens.Count || tokens[a.End].Text != ",")) return false;
        for (int k = a.First; k < a.End; k++)
        {
            var t = tokens[k];
            if (t.Kind is TokenKind.Number or TokenKind.Ordinal) continue;
            if (t.Kind != TokenKind.Word) return false;
            if (char.IsUpper(t.Text[0])) continue;
            if (AppositionWords.Contains(t.Lower)) continue;
            // An adjective before its noun ("ein enger Vertrauter"): inflected, and no trigger's verb form.
            bool adjective = t.Lower.Length > 3 && (t.Lower.EndsWith("er") || t.Lower.EndsWith("en") || t.Lower.EndsWith("es") || t.Lower.EndsWith("em") || t.Lower.EndsWith('e'))
                             && k + 1 < a.End && char.IsUpper(tokens[k + 1].Text[0]) && _kb.Triggers.Find(t.Lower).Count == 0;
            if (!adjective) return false;
        }
        return true;
    }

    /// <summary>
    /// The people the text calls by a feminine role noun ("Außenministerin Baerbock", "die Grünen-Politikerin"): German
    /// marks the sex there, and it decides whether "sie" can be one of them.
    /// </summary>
    private static HashSet<string> FemalePeople(Document doc)
    {
        var female = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions)
        {
            if (doc.Entities[m.EntityKey].Category != EntityCategory.Person) continue;
            int roleToken = m.Kind == MentionKind.Role ? m.FirstToken : m.RoleToken;
            if (roleToken < 0) continue;
            var word = doc.Tokens[roleToken].IsCompound ? doc.Tokens[roleToken].Parts[^1] : doc.Tokens[roleToken].Text;
            if (word.EndsWith("in", StringComparison.Ordinal) && word.Length > 4) female.Add(m.EntityKey);
        }
        return female;
    }

    /// <summary>Consultation, diplomatic and material cooperation (CAMEO 04, 05, 06): with no object, done among the subjects.</summary>
    private static bool IsMutual(string cameo) => cameo[..2] is "04" or "05" or "06";

    /// <summary>The two parties of "zwischen X und Y" right after a noun, or null.</summary>
    private (string A, string B)? Between(Document doc, Clause c, TriggerHit hit, List<Argument> args)
    {
        int k = hit.Token + 1;
        if (k >= c.End || doc.Tokens[k].Lower != "zwischen") return null;
        var parties = args.Where(a => a.Token > k && a.Token <= k + 8 && a.Preposition is "zwischen" or null && IsActorCategory(doc, a) && !a.Mention.Genitive).ToList();
        if (parties.Count < 2 || parties[0].EntityKey == parties[1].EntityKey) return null;
        var joined = Coordinated(doc, parties, parties[0], _ => true);
        return joined.Count >= 2 ? (joined[0].EntityKey, joined[1].EntityKey) : null;
    }

    /// <summary>"bot an, zwischen Moskau und Kiew zu vermitteln", "drohte, die Lieferungen einzustellen": a verb in the zu-infinitive.</summary>
    private static bool IsZuInfinitive(Document doc, List<TriggerHit> hits) =>
        hits.Any(h => h.Trigger.Kind != TriggerKind.Noun && ClauseSplitter.IsZuInfinitive(doc.Tokens, h.Token));

    /// <summary>
    /// A clause naming someone besides its subject as a bare or dative phrase: with "forderte Russland auf, … abzuziehen"
    /// the infinitive's doer is that object, not the subject, so the subject is not handed on.
    /// </summary>
    private static bool HasObject((Clause Clause, List<Argument> Args, List<Argument> Subjects) previous) =>
        previous.Args.Any(a => a.Preposition is null && !a.IsPlace && !previous.Subjects.Contains(a));

    private static bool StartsWithVerbOrConjunction(Document doc, Clause c)
    {
        var t = doc.Tokens[c.First];
        return t.Kind == TokenKind.Word && char.IsLower(t.Text[0]) && !ClauseSplitter.Prepositions.Contains(t.Lower);
    }

    /// <summary>Articles and quantifiers that open a subject noun phrase in the nominative.</summary>
    private static readonly HashSet<string> NominativeOpeners = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "ein", "eine", "kein", "keine", "diese", "dieser", "dieses", "jene", "jener", "alle", "beide",
        "einige", "viele", "mehrere", "zahlreiche", "manche", "sämtliche", "etliche", "hunderte", "tausende",
    };

    /// <summary>
    /// "Die Verbündeten kritisierten Russland scharf": a main clause whose first field, before the finite verb, is a
    /// noun phrase in the nominative that names no entity has its subject there; the name after the verb is the
    /// object, not the actor. (German allows the object first, but with a bare article phrase up front that is the
    /// rare reading; taking the object for the actor would invert who did what to whom.)
    /// </summary>
    private static bool UnnamedSubjectBeforeVerb(Document doc, Clause c, List<TriggerHit> hits)
    {
        if (c.Subordinate || c.Relative) return false;
        int verb = int.MaxValue;
        foreach (var h in hits) if (h.Trigger.Kind != TriggerKind.Noun && h.Token < verb) verb = h.Token;
        if (verb == int.MaxValue || verb < c.First + 2) return false;
        var tokens = doc.Tokens;
        if (!NominativeOpeners.Contains(tokens[c.First].Lower)) return false;
        // Lower-case words between article and noun are attributive adjectives ("die westlichen Verbündeten").
        int head = c.First + 1;
        while (head < verb && tokens[head].Kind == TokenKind.Word && !tokens[head].IsCapitalized && IsAttributive(tokens[head].Lower)) head++;
        if (head >= verb || !tokens[head].IsCapitalized || doc.MentionAt(head) != null) return false;
        // A government, force or spokesperson noun acts for the state or body it belongs to ("die Regierung der Ukraine").
        var noun = tokens[head].Lower;
        if (GovernmentNouns.Contains(noun) || ForceNouns.Contains(noun) || noun.StartsWith("sprecher", StringComparison.Ordinal)) return false;
        if (head + 1 == verb) return true;
        // "Die Alliierten der Ukraine kritisierten Russland": a genitive attribute may follow the head noun.
        if (tokens[head + 1].Lower is not ("der" or "des")) return false;
        for (int k = head + 2; k < verb; k++)
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number)) return false;
        return true;
    }

    private static bool IsAttributive(string w) =>
        w.EndsWith('e') || w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("es", StringComparison.Ordinal);

    /// <summary>The subject(s): a passive's agent ("von der EU"), else the first bare non-oblique argument and those coordinated with it.</summary>
    private List<Argument> Subjects(Document doc, Clause c, List<Argument> args, out bool passive)
    {
        passive = false;
        bool hasAux = false;
        for (int k = c.First; k < c.End; k++) if (PassiveAuxiliaries.Contains(doc.Tokens[k].Lower)) hasAux = true;
        if (hasAux)
        {
            var agent = args.FirstOrDefault(a => a.Preposition is "von" or "vom" && IsActorCategory(doc, a));
            if (agent != null) { passive = true; return Coordinated(doc, args, agent, a => a.Preposition is "von" or "vom" or null); }
        }
        if (OpensWithUnnamedOfficial(doc, c, args, out var body)) return body is null ? [] : [body];
        var first = args.FirstOrDefault(a => a.Preposition is null && !a.Oblique && !a.Mention.Genitive && !a.IsPlace
                                             && (a.Mention.Kind is MentionKind.Name or MentionKind.Role or MentionKind.Demonym || NamesForce(doc, a.Mention) || NamesGovernment(doc, a.Mention))
                                             && IsActorCategory(doc, a));
        return first is null ? [] : Coordinated(doc, args, first, a => a.Preposition is null && !a.Mention.Genitive);
    }

    /// <summary>"russische Truppen", "US-Soldaten": an adjective or prefix naming the country whose forces these are.</summary>
    /// <summary>Nouns for a state's government: an adjective or prefix on them names the state ("die ukrainische Regierung", "die US-Regierung").</summary>
    private static readonly HashSet<string> GovernmentNouns = new(StringComparer.Ordinal)
    {
        "regierung", "staatsführung", "führung", "administration", "behörden", "staatsspitze", "bundesregierung",
    };

    /// <summary>"die ukrainische Regierung", "die US-Regierung": a mention that names a government by its state.</summary>
    private static bool NamesGovernment(Document doc, Mention m)
    {
        var t = doc.Tokens[m.FirstToken];
        if (m.Kind == MentionKind.Prefix) return t.IsCompound && GovernmentNouns.Contains(t.Parts[^1].ToLowerInvariant());
        if (m.Kind != MentionKind.Adjective || m.EndToken >= doc.Tokens.Count) return false;
        var next = doc.Tokens[m.EndToken];
        return next.Kind == TokenKind.Word && GovernmentNouns.Contains(next.Lower);
    }

    private static bool NamesForce(Document doc, Mention m)
    {
        var t = doc.Tokens[m.FirstToken];
        if (m.Kind == MentionKind.Prefix) return t.IsCompound && ForceNouns.Contains(t.Parts[^1].ToLowerInvariant());
        if (m.Kind != MentionKind.Adjective || m.EndToken >= doc.Tokens.Count) return false;
        var next = doc.Tokens[m.EndToken];
        return next.Kind == TokenKind.Word && ForceNouns.Contains(next.Lower);
    }

    /// <summary>
    /// The actor a noun names itself: an adjective or genitive just before it ("der russische Angriff", "Russlands
    /// Angriff"), a prefix on it ("US-Luftangriffe"), a genitive right after it ("der Einmarsch Russlands"), or the
    /// forces its phrase names ("ein Aufmarsch von 100.000 russischen Soldaten").
    /// </summary>
    private string? NounAgent(Document doc, Clause c, TriggerHit hit, List<Argument> args)
    {
        var tokens = doc.Tokens;
        foreach (var a in args)
        {
            if (!IsActorCategory(doc, a)) continue;
            var m = a.Mention;
            if (m.FirstToken == hit.Token && m.Kind == MentionKind.Prefix) return a.EntityKey;
            bool before = m.EndToken == hit.Token
                          || m.EndToken == hit.Token - 1 && tokens[hit.Token - 1].Kind == TokenKind.Word && char.IsLower(tokens[hit.Token - 1].Text[0]);
            if (before && (m.Kind == MentionKind.Adjective || m.Genitive)) return a.EntityKey;
            if (m.Genitive && (m.FirstToken == hit.Token + 1 || m.FirstToken == hit.Token + 2 && tokens[hit.Token + 1].Lower is "des" or "der")) return a.EntityKey;
        }
        for (int k = hit.Token + 1; k < Math.Min(c.End, hit.Token + 8); k++)
        {
            var t = tokens[k];
            if (t.Kind is TokenKind.Punctuation or TokenKind.SentenceEnd || t.Lower is "und" or "oder") break;
            if (doc.MentionAt(k) is { } m && NamesForce(doc, m))
            {
                var a = args.FirstOrDefault(x => x.Mention == m);
                if (a != null && IsActorCategory(doc, a)) return a.EntityKey;
            }
        }
        return null;
    }

    /// <summary>
    /// "Ein Sprecher des chinesischen Außenministeriums warf Washington vor": an unnamed official opening the clause
    /// speaks for the body in the genitive after the role noun, which is then the subject; when no list knows the
    /// body, the subject is unknown (and never the object that follows).
    /// </summary>
    private bool OpensWithUnnamedOfficial(Document doc, Clause c, List<Argument> args, out Argument? body)
    {
        body = null;
        var tokens = doc.Tokens;
        int k = c.First;
        if (k < c.End && tokens[k].Lower is "ein" or "eine" or "der" or "die" or "einer") k++;
        if (k >= c.End || tokens[k].Kind != TokenKind.Word || _kb.Roles.Find(tokens[k].Text) is null || doc.MentionAt(k) is { Kind: not MentionKind.Prefix }) return false;
        if (k + 1 < c.End && doc.MentionAt(k + 1) is { } named && doc.Entities[named.EntityKey].Category == EntityCategory.Person) return false;
        if (k + 1 >= c.End || tokens[k + 1].Lower is not ("des" or "der")) return false;
        var a = args.FirstOrDefault(x => x.Token > k + 1 && x.Token <= k + 4 && x.Preposition is null && IsActorCategory(doc, x));
        // The genitive phrase holds nothing but adjectives and nouns: a verb before the mention ends it ("warf Frankreich").
        for (int j = k + 2; a != null && j < a.Token; j++)
        {
            var t = tokens[j];
            if (t.Kind != TokenKind.Word || _kb.Triggers.Find(t.Lower).Count > 0 || char.IsLower(t.Text[0]) && !(t.Lower.EndsWith('n') || t.Lower.EndsWith('r') || t.Lower.EndsWith('e') || t.Lower.EndsWith('s')))
                a = null;
        }
        if (a != null && doc.Entities[a.EntityKey].Category is EntityCategory.Organization or EntityCategory.Country) body = a;
        return true;
    }

    private bool IsActorCategory(Document doc, Argument a) => doc.Entities[a.EntityKey].Category != EntityCategory.Place && !a.IsPlace;

    /// <summary>The argument and those joined to it by "und"/"sowie" ("Die USA und die Nato").</summary>
    private List<Argument> Coordinated(Document doc, List<Argument> args, Argument head, Func<Argument, bool> ok)
    {
        var result = new List<Argument> { head };
        int idx = args.IndexOf(head);
        var last = head;
        for (int j = idx + 1; j < args.Count; j++)
        {
            var next = args[j];
            if (!ok(next) || next.IsPlace || next.Mention.Kind is MentionKind.Prefix or MentionKind.Adjective) break;
            if (!OnlyCoordinationBetween(doc, last.Mention.EndToken, next.Mention.FirstToken)) break;
            result.Add(next);
            last = next;
        }
        return result;
    }

    private bool OnlyCoordinationBetween(Document doc, int from, int to)
    {
        bool conj = false;
        for (int k = from; k < to; k++)
        {
            var t = doc.Tokens[k];
            // "sagte Scholz und drohte Russland": a verb after "und" opens a second predicate; its noun is an object.
            if (t.Kind == TokenKind.Word && char.IsLower(t.Text[0]) && _kb.Triggers.Find(t.Lower).Count > 0) return false;
            if (t.Kind == TokenKind.Word && Coordinators.Contains(t.Lower)) { conj = true; continue; }
            // A comma left inside a clause joins an enumeration ("Frankreich, Russland und die Ukraine"; see ClauseSplitter).
            if (t.Text == ",") { conj = true; continue; }
            if (t.Text == ")" || t.Text == "(" || t.Kind == TokenKind.Word && (char.IsLower(t.Text[0]) && t.Lower is "der" or "die" or "das" or "dem" or "den" or "seinem" or "seinen" or "ihrem" or "ihren" or "sein" or "ihr" or "seine" or "ihre") || doc.MentionAt(k) != null) continue;
            if (t.Kind == TokenKind.Word && char.IsLower(t.Text[0]) && t.Lower.Length > 3 && (t.Lower.EndsWith("en") || t.Lower.EndsWith('e') || t.Lower.EndsWith("em"))) continue;
            if (t.Kind == TokenKind.Word && char.IsUpper(t.Text[0]) && k + 1 <= to && doc.MentionAt(k + 1) != null) continue; // role noun before a name
            return false;
        }
        return conj;
    }

    private List<string> VerbTargets(Document doc, Clause c, TriggerHit hit, string cameo, List<Argument> args, List<Argument> subjects, bool passive)
    {
        int regionStart = RegionStart(doc, c, hit.Token);
        var subjectKeys = subjects.Select(a => a.EntityKey).ToHashSet();
        // Words before a subject that stands before the verb belong to the subject's phrase ("Der jordanische König
        // Abdullah II. empfing …"): they are no objects.
        int objectsFrom = !passive && subjects.Count > 0 && subjects[0].Token < hit.Token ? Math.Max(regionStart, subjects[0].Token) : regionStart;
        var pool = args.Where(a => !subjects.Contains(a) && !a.IsPlace && a.Token >= objectsFrom && !subjectKeys.Contains(a.EntityKey)
                                   && doc.Entities[a.EntityKey].Category != EntityCategory.Place).ToList();
        var preps = hit.Trigger.TargetPrepositions;
        bool speech = hit.Trigger.Kind == TriggerKind.Speech;
        Argument? pick = null;
        // A bare phrase after a verb of saying is its subject ("sagte Scholz") unless the subject came first: then it is
        // the one spoken to ("Putin hat Scholz versichert, …").
        bool addressee = !speech || !passive && subjects.Count > 0 && subjects[0].Token < hit.Token;
        if (addressee) pick = pool.FirstOrDefault(a => a.Preposition is null && !a.Mention.Genitive && !(passive && a.Preposition is "von" or "vom")
                                                       && (!speech || a.Mention.Kind is MentionKind.Name or MentionKind.Role));
        pick ??= pool.FirstOrDefault(a => a.Preposition != null && (preps.Contains(a.Preposition) || a.Preposition == "gegenüber" || (speech && a.Preposition == "an")));
        if (pick is null && !speech) pick = pool.FirstOrDefault(a => a.Mention.Genitive && a.Preposition is null);
        // "reiste nach Kiew": the capital a visit goes to stands for its country, the host, when the text names that
        // country (a country the text never names would be an entity of the tool's own making).
        if (pick is null && cameo.StartsWith("04", StringComparison.Ordinal)
            && args.FirstOrDefault(a => a.IsPlace && a.Token >= objectsFrom && a.Preposition != null && preps.Contains(a.Preposition)) is { } visited
            && _kb.CountryOfCapital(visited.EntityKey) is { } host && !subjectKeys.Contains(host.Id) && doc.Mentions.Any(m => m.EntityKey == host.Id))
            return [host.Id];
        // "drohte mit Sanktionen gegen den Iran", "kündigte Sanktionen gegen Russland an": a hostile act is aimed at
        // whoever its content is against. (Not for cooperation: "Unterstützung gegen Russland" helps someone else.)
        if (pick is null && !speech && IsHostile(cameo)) pick = pool.FirstOrDefault(a => a.Preposition is "gegen");
        if (pick is null) return [];
        return Coordinated(doc, pool, pick, a => a.Preposition == pick.Preposition).Where(a => !IsMedia(doc, a) || speech).Select(a => a.EntityKey).Distinct().ToList();
    }

    /// <summary>CAMEO roots 10 to 20: demands, disapproval, rejection, threats, protest, force, reducing relations, coercion, violence.</summary>
    private static bool IsHostile(string cameo) => string.CompareOrdinal(cameo[..2], "10") >= 0;

    /// <summary>Nouns for something another party said, with the CAMEO roots of the acts they can refer back to.</summary>
    private static readonly Dictionary<string, string[]> AnsweredActNouns = BuildAnsweredActNouns();

    private static Dictionary<string, string[]> BuildAnsweredActNouns()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string[] roots, params string[] nouns) { foreach (var n in nouns) map[n] = roots; }
        Add(["11", "01"], "vorwurf", "vorwürfe", "vorwürfen", "kritik", "anschuldigung", "anschuldigungen", "behauptung", "behauptungen");
        Add(["10", "02"], "forderung", "forderungen", "ultimatum", "appell", "aufforderung");
        Add(["13", "01"], "drohung", "drohungen", "warnung", "warnungen");
        Add(["01", "11"], "äußerung", "äußerungen", "aussage", "aussagen", "darstellung");
        Add(["03"], "angebot", "vorschlag", "vorschläge");
        return map;
    }
    private static readonly HashSet<string> DefiniteDeterminers = new(StringComparer.Ordinal) { "die", "den", "diese", "diesen", "dieses", "diesem", "solche" };

    /// <summary>
    /// "China warf Taiwan Provokationen vor. Taipeh wies die Vorwürfe zurück": a criticism or rejection of "the
    /// accusations", "the demand" answers whoever last made one, so its target is the actor of the latest event of
    /// that kind in the three sentences before (or earlier in this one) by someone else. Nothing when the clause
    /// names no such act with a definite article; "die Entscheidung" is left alone, as whose it is needs more than
    /// the nearest act.
    /// </summary>
    private string? AnsweredActor(Document doc, Sentence s, Clause c, TriggerHit hit, List<string> actors)
    {
        if (hit.Trigger.Cameo[..2] is not ("11" or "12")) return null;
        var tokens = doc.Tokens;
        string[]? roots = null;
        for (int k = c.First; k + 1 < c.End && roots is null; k++)
        {
            if (!DefiniteDeterminers.Contains(tokens[k].Lower)) continue;
            int head = k + 1;
            if (head + 1 < c.End && tokens[head].Kind == TokenKind.Word && char.IsLower(tokens[head].Text[0])) head++;
            if (tokens[head].Kind == TokenKind.Word && char.IsUpper(tokens[head].Text[0])) AnsweredActNouns.TryGetValue(tokens[head].Lower, out roots);
        }
        int window = 3;
        if (roots is null)
        {
            // "Die Allianz lehnte dies ab", "Kiew wies das zurück": a pronoun for what was just said or done.
            if (!HasPronounObject(doc, c, hit)) return null;
            window = 1;
        }
        for (int i = doc.Events.Count - 1; i >= 0; i--)
        {
            var e = doc.Events[i];
            if (e.Sentence < s.Index - window) break;
            if (roots is null) { if (!actors.Contains(e.ActorKey)) return SpokenFor(doc, e.ActorKey); continue; }
            if (!actors.Contains(e.ActorKey) && roots.Contains(e.Cameo[..2])) return SpokenFor(doc, e.ActorKey);
        }
        return null;
    }

    /// <summary>"lehnte dies ab", "wies das zurück", "hatte das abgelehnt": a demonstrative standing alone in the clause.</summary>
    private static bool HasPronounObject(Document doc, Clause c, TriggerHit hit)
    {
        var tokens = doc.Tokens;
        for (int k = c.First + 1; k < c.End; k++)
        {
            var t = tokens[k];
            if (t.Lower is not ("dies" or "das" or "dieses")) continue;
            var next = k + 1 < c.End ? tokens[k + 1] : null;
            if (next is null || next.Kind != TokenKind.Word || char.IsLower(next.Text[0]) && !IsAdjectiveBeforeNoun(tokens, k + 1, c.End)) return true;
        }
        return false;
    }

    private static bool IsAdjectiveBeforeNoun(IReadOnlyList<Token> tokens, int k, int end) =>
        k + 1 < end && tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(tokens[k + 1].Text[0]) && tokens[k].Lower.Length > 3
        && (tokens[k].Lower.EndsWith('e') || tokens[k].Lower.EndsWith("en", StringComparison.Ordinal));

    /// <summary>A spokesperson's words are their body's: a government body's are its state's ("ein Sprecher des chinesischen Außenministeriums" → China).</summary>
    private string SpokenFor(Document doc, string actor)
    {
        var role = doc.Roles.FirstOrDefault(r => r.PersonKey == actor && r.Role == "spokesperson");
        if (role is null) return actor;
        var body = _kb.Get(role.OrganizationKey);
        if (body?.CountryId is { } countryId && body.Types.Contains(KbVocabulary.Schema + "GovernmentOrganization") && _kb.Get(countryId) is { } country)
            return DocumentEntities.Add(doc, country).Key;
        return role.OrganizationKey;
    }

    private static bool IsMedia(Document doc, Argument a) =>
        doc.Entities[a.EntityKey].Kb?.Types.Contains(KbVocabulary.Schema + "NewsMediaOrganization") == true;

    /// <summary>In "… bekräftigt und dabei … beklagt" the second verb's objects start after "und".</summary>
    private static int RegionStart(Document doc, Clause c, int trigger)
    {
        int start = c.First;
        for (int k = c.First + 1; k < trigger; k++)
        {
            var t = doc.Tokens[k];
            if (t.Lower is "und" or "sowie" or "aber" or "sondern" && k > c.First)
            {
                // "warnte Teheran vor einer Eskalation und sagte Israel Unterstützung zu": the verb right after "und" opens its own phrase.
                if (k + 1 == trigger) { start = k + 1; continue; }
                var prev = doc.Tokens[k - 1];
                if (prev.Kind == TokenKind.Word && char.IsLower(prev.Text[0]) && (prev.Lower.EndsWith('t') || prev.Lower.EndsWith("en"))
                    && (prev.Lower.StartsWith("ge", StringComparison.Ordinal) || prev.Lower.EndsWith('t')))
                    start = k + 1;
            }
        }
        return start;
    }

    /// <summary>"Gespräch mit X", "Treffen mit X und Y": the arguments introduced by the noun's preposition right after it.</summary>
    private List<string> NounTargets(Document doc, Clause c, TriggerHit hit, List<Argument> args, List<string> actors)
    {
        var preps = hit.Trigger.TargetPrepositions;
        var tokens = doc.Tokens;
        int k = hit.Token + 1;
        if (hit.Trigger.OwnActor)
        {
            // The target may follow the noun's own phrase: "Aufmarsch russischer Soldaten an der Grenze zur Ukraine".
            for (int j = hit.Token + 1; j < Math.Min(c.End, hit.Token + 12); j++)
            {
                var t = tokens[j];
                if (t.Kind is TokenKind.Punctuation or TokenKind.SentenceEnd || t.Lower is "und" or "oder" or "sowie") break;
                var a = args.FirstOrDefault(x => x.Token == j);
                if (a is null || a.IsPlace || actors.Contains(a.EntityKey) || doc.Entities[a.EntityKey].Category == EntityCategory.Place) continue;
                if (a.Preposition != null && preps.Contains(a.Preposition)) return [a.EntityKey];
            }
            return [];
        }
        if (k >= c.End || !preps.Contains(tokens[k].Lower)) return [];
        var first = args.FirstOrDefault(a => a.Token > k && a.Token <= k + 6 && !a.IsPlace && !actors.Contains(a.EntityKey)
                                             && doc.Entities[a.EntityKey].Category != EntityCategory.Place);
        if (first is null) return [];
        return Coordinated(doc, args, first, a => a.Preposition == first.Preposition || a.Preposition is null)
            .Where(a => !a.IsPlace && !actors.Contains(a.EntityKey)).Select(a => a.EntityKey).Distinct().ToList();
    }

    private static readonly HashSet<string> HypotheticalWords = new(StringComparer.Ordinal)
    {
        "könnte", "könnten", "würde", "würden", "müsse", "müssten", "sollte", "sollten", "möglich", "möglichen", "möglicher", "mögliche",
        "befürchtet", "befürchten", "fürchtet", "fürchten", "befürchtete", "droht", "drohenden", "drohende", "falls", "wenn", "fall",
        "verhindern", "abschrecken", "gefahr", "angst", "sorge", "sorgen", "warnt", "warnte", "vor",
    };

    private static bool IsHypothetical(Document doc, Clause c)
    {
        for (int k = c.First; k < c.End; k++) if (HypotheticalWords.Contains(doc.Tokens[k].Lower)) return true;
        return false;
    }

    /// <summary>
    /// "Beide verurteilten …", "sicherten sich beide Politiker … zu", "Die beiden forderten …": "beide" as a subject,
    /// standing for the two just named together (a meeting's sides, or two coordinated subjects).
    /// </summary>
    private static int? BothToken(Document doc, Clause c)
    {
        for (int k = c.First; k < c.End; k++)
        {
            var t = doc.Tokens[k];
            if (t.Lower is not ("beide" or "beiden") || t.InQuote) continue;
            var before = k > c.First ? doc.Tokens[k - 1].Lower : null;
            if (t.Lower == "beiden" && before != "die") continue;
            if (before != null && (ClauseSplitter.Prepositions.Contains(before) || before is "den" or "dem" or "der")) continue;
            return k;
        }
        return null;
    }

    private static Argument PairArgument(Document doc, int token, string key)
    {
        var t = doc.Tokens[token];
        return new Argument(new Mention(token, token + 1, t.Start, t.End, t.Text, MentionKind.Name, key), key, null, false, false);
    }

    /// <summary>"ihrem iranischen Amtskollegen", "den US-Botschafter": a country adjective or prefix on a role noun nobody is named after.</summary>
    private bool QualifiesOfficial(Document doc, Mention m)
    {
        var t = doc.Tokens[m.FirstToken];
        if (m.Kind == MentionKind.Prefix) return t.IsCompound && _kb.Roles.Find(t.Parts[^1]) != null;
        return m.EndToken < doc.Tokens.Count && _kb.Roles.Find(doc.Tokens[m.EndToken].Text) != null;
    }

    /// <summary>"sich gegenseitig", "einander", "untereinander": the coordinated subjects are each other's targets.</summary>
    private static bool IsReciprocal(Document doc, Clause c)
    {
        for (int k = c.First; k < c.End; k++) if (doc.Tokens[k].Lower is "gegenseitig" or "einander" or "untereinander") return true;
        return false;
    }

    /// <summary>"sicherten sich … Unterstützung zu": with two subjects and no object, "sich" right after the verb is each other.</summary>
    private static bool HasSichAfter(Document doc, Clause c, int verb) =>
        verb + 1 < c.End && doc.Tokens[verb + 1].Lower == "sich";

    private static bool HasConsequence(Document doc, Clause c)
    {
        for (int k = c.First; k < c.End; k++) if (ConsequenceWords.Contains(doc.Tokens[k].Lower)) return true;
        return false;
    }

    /// <summary>"…, so Blinken weiter" / "so der US-Außenminister": the speaker after "so" at a clause's start.</summary>
    private static string? Speaker(Document doc, Clause c, List<Argument> args)
    {
        var t = doc.Tokens[c.First];
        if (t.Text != "so" || c.First == 0) return null;
        var prev = doc.Tokens[c.First - 1];
        if (prev.Text != "," && prev.Kind != TokenKind.QuoteClose) return null;
        var a = args.FirstOrDefault();
        if (a is null || a.Token > c.First + 3 || doc.Entities[a.EntityKey].Category != EntityCategory.Person) return null;
        return a.EntityKey;
    }

    private void AddSpeech(Document doc, Sentence s, int token, string actor, string? target, string lemma)
    {
        var quote = QuoteNear(doc, s);
        doc.Events.Add(new EventFact
        {
            Cameo = "01", ActorKey = actor, TargetKey = target, Sentence = s.Index, TriggerToken = token, Trigger = lemma,
            Quote = quote, Date = DateOf(doc, s.FirstToken, s.EndToken), PlaceKey = PlaceOf(doc, s.FirstToken, s.EndToken),
        });
    }

    /// <summary>The quotation in the sentence, or the one opening the next sentence when this one ends with a colon.</summary>
    private static string? QuoteNear(Document doc, Sentence s)
    {
        foreach (var q in doc.Quotes)
            if (q.OpenToken >= s.FirstToken && q.OpenToken < s.EndToken || q.CloseToken >= s.FirstToken && q.CloseToken < s.EndToken) return q.Text;
        return null;
    }

    private void AddEvent(Document doc, Sentence s, TriggerHit hit, string cameo, string actor, string? target, Clause c, List<Argument> args, string? quote)
    {
        doc.Events.Add(new EventFact
        {
            Cameo = cameo, ActorKey = actor, TargetKey = target, Sentence = s.Index, TriggerToken = hit.Token, Trigger = hit.Trigger.Lemma,
            Quote = quote, Date = DateOf(doc, s.FirstToken, s.EndToken), PlaceKey = PlaceOf(doc, c.First, c.End),
        });
    }

    /// <summary>A place in an "in X" phrase of the span.</summary>
    private string? PlaceOf(Document doc, int first, int end)
    {
        foreach (var m in doc.Mentions)
        {
            if (m.FirstToken < first || m.FirstToken >= end || m.Kind != MentionKind.Name || doc.Tokens[m.FirstToken].InQuote) continue;
            if (doc.Entities[m.EntityKey].Category != EntityCategory.Place) continue;
            if (m.FirstToken > 0 && doc.Tokens[m.FirstToken - 1].Lower is "in") return m.EntityKey;
        }
        return null;
    }

    /// <summary>The date of a weekday named in the span ("am Mittwoch"), counted back from the document date; "heute" is the document date.</summary>
    private static DateOnly? DateOf(Document doc, int first, int end)
    {
        if (doc.Date is not { } d) return null;
        for (int k = first; k < end; k++)
        {
            var w = doc.Tokens[k].Lower;
            if (w == "heute") return d;
            if (w == "gestern") return d.AddDays(-1);
            var day = Weekday(w);
            if (day is null) continue;
            int back = ((int)d.DayOfWeek - (int)day.Value + 7) % 7;
            return d.AddDays(-back);
        }
        return null;
    }

    private static DayOfWeek? Weekday(string w)
    {
        foreach (var (name, day) in Weekdays) if (w.StartsWith(name, StringComparison.Ordinal)) return day;
        return null;
    }

    private static readonly (string, DayOfWeek)[] Weekdays =
    [
        ("montag", DayOfWeek.Monday), ("dienstag", DayOfWeek.Tuesday), ("mittwoch", DayOfWeek.Wednesday), ("donnerstag", DayOfWeek.Thursday),
        ("freitag", DayOfWeek.Friday), ("samstag", DayOfWeek.Saturday), ("sonnabend", DayOfWeek.Saturday), ("sonntag", DayOfWeek.Sunday),
    ];

    /// <summary>
    /// A statement without an addressee in a sentence that reports another act of the same speaker is that act's
    /// wording, not an act of its own ("One event per distinct act"): its quotation moves to the act.
    /// </summary>
    private static void FoldStatementsIntoActs(Document doc)
    {
        var folded = new HashSet<EventFact>();
        foreach (var st in doc.Events)
        {
            if (st.Cameo != "01" || st.TargetKey != null) continue;
            var act = doc.Events.FirstOrDefault(e => e != st && e.Sentence == st.Sentence && e.ActorKey == st.ActorKey && e.Cameo != "01" && !folded.Contains(e));
            if (act is null) continue;
            if (act.Quote is null && st.Quote != null) act.Quote = st.Quote;
            folded.Add(st);
        }
        doc.Events.RemoveAll(folded.Contains);
    }

    /// <summary>
    /// One event per actor, code, target and quotation in a document; an act without a target is dropped when the
    /// same actor's act of the same code and trigger with a target is reported too (a headline restating the story's act).
    /// </summary>
    private static void Deduplicate(Document doc)
    {
        FoldStatementsIntoActs(doc);
        var seen = new HashSet<(string, string, string?, string?)>();
        // Statements are one kind of act whatever the verb of saying; other acts are told apart by their trigger.
        static string Act(EventFact e) => e.Cameo == "01" ? "" : e.Trigger;
        var targeted = doc.Events.Where(e => e.TargetKey != null).Select(e => (e.ActorKey, e.Cameo, Act(e))).ToHashSet();
        doc.Events.RemoveAll(e => !seen.Add((e.ActorKey, e.Cameo, e.TargetKey, e.Quote))
                                  || e.TargetKey is null && e.Quote is null && targeted.Contains((e.ActorKey, e.Cameo, Act(e))));
    }
}
