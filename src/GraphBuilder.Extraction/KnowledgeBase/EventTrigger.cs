namespace GraphBuilder.Extraction.KnowledgeBase;

/// <summary>What kind of word triggers an event.</summary>
public enum TriggerKind
{
    /// <summary>A verb: its clause gives actor and target.</summary>
    Verb,
    /// <summary>A noun ("Gespräch mit X"): the actor is the clause's subject, the target follows a preposition.</summary>
    Noun,
    /// <summary>A verb of saying ("sagte", "betonte"): a public statement, the speaker of quotes.</summary>
    Speech,
}

/// <summary>An entry of the trigger lexicon (ontology/events-de.ttl): word forms that signal a CAMEO event.</summary>
public sealed class EventTrigger
{
    /// <summary>Creates a trigger.</summary>
    public EventTrigger(string id, string lemma, string cameo, TriggerKind kind)
    {
        Id = id;
        Lemma = lemma;
        Cameo = cameo;
        Kind = kind;
    }

    /// <summary>The lexicon entry's id.</summary>
    public string Id { get; }
    /// <summary>The lemma ("drohen", "anbieten").</summary>
    public string Lemma { get; }
    /// <summary>The CAMEO code ("13").</summary>
    public string Cameo { get; }
    /// <summary>Verb, noun or speech verb.</summary>
    public TriggerKind Kind { get; }
    /// <summary>Inflected forms of the finite verb or the noun.</summary>
    public List<string> Forms { get; init; } = [];
    /// <summary>For separable verbs the particle that stands at the clause's end ("an" for "bot … an").</summary>
    public string? Particle { get; init; }
    /// <summary>A reflexive/prepositional frame needed: the trigger only counts when this word follows in the clause ("für" in "werben für").</summary>
    public string? RequiredWord { get; init; }
    /// <summary>Prepositions introducing the target ("mit" for meetings, "gegen" for sanctions).</summary>
    public List<string> TargetPrepositions { get; init; } = [];
    /// <summary>The code to use instead when consequences are named ("warnen" → 13 with "Konsequenzen").</summary>
    public string? CameoWithConsequences { get; init; }

    /// <summary>
    /// For nouns of acts that others talk about ("Angriff", "Truppenaufmarsch"): the actor comes from the noun's own
    /// phrase ("der russische Angriff", "Russlands Angriff", "Aufmarsch russischer Truppen"); the clause's subject is
    /// the actor only when no other trigger is the clause's verb ("Scholz verurteilte den Angriff" is no attack by Scholz).
    /// </summary>
    public bool OwnActor { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Lemma} → {Cameo}";
}
