namespace GraphBuilder.Extraction.Events;

/// <summary>A CAMEO-coded event read from one sentence: gb:Event in the output.</summary>
public sealed record EventFact
{
    /// <summary>The CAMEO code ("13").</summary>
    public required string Cameo { get; init; }
    /// <summary>The actor's entity key.</summary>
    public required string ActorKey { get; init; }
    /// <summary>The target's entity key, if any.</summary>
    public string? TargetKey { get; init; }
    /// <summary>Where it happened (entity key), if the sentence says.</summary>
    public string? PlaceKey { get; init; }
    /// <summary>When, if the sentence (or the document date with a weekday) says.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>The quoted words, when the event is a quotation.</summary>
    public string? Quote { get; set; }
    /// <summary>The sentence it was read from.</summary>
    public required int Sentence { get; init; }
    /// <summary>The trigger's token index.</summary>
    public required int TriggerToken { get; init; }
    /// <summary>The trigger's lemma (for debugging and NIF output).</summary>
    public string Trigger { get; init; } = "";
}
