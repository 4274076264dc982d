using GraphBuilder.Extraction.Mentions;

namespace GraphBuilder.Extraction.Events;

/// <summary>A mention as a possible argument of a clause's verb: the entity it stands for and how it is attached.</summary>
/// <param name="Mention">The mention.</param>
/// <param name="EntityKey">The entity it stands for as an actor or target (a capital's country).</param>
/// <param name="Preposition">The preposition heading its phrase (lower case), or null for a bare noun phrase.</param>
/// <param name="Oblique">Its article marks it dative or accusative ("dem", "den", "einem", "seinem" …).</param>
/// <param name="IsPlace">A place that is not a capital: only ever an event's location.</param>
public sealed record Argument(Mention Mention, string EntityKey, string? Preposition, bool Oblique, bool IsPlace)
{
    /// <summary>First token of the mention.</summary>
    public int Token => Mention.FirstToken;
}
