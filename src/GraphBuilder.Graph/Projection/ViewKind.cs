namespace GraphBuilder.Graph.Projection;

/// <summary>The named relationship views.</summary>
public enum ViewKind
{
    /// <summary>Directed actor → target edges from gb:Events, one per (actor, target, CAMEO root).</summary>
    Interactions,
    /// <summary>Undirected edges between entities mentioned in the same sentence (or document).</summary>
    Cooccurrence,
    /// <summary>Directed person → organisation/country edges from org:Memberships, labelled with the role.</summary>
    Roles,
    /// <summary>The three combined.</summary>
    All,
}

/// <summary>Where two entities must both appear to co-occur.</summary>
public enum CooccurrenceScope
{
    /// <summary>Sentences when the graph has them (NIF mentions, else event evidence sentences), else documents.</summary>
    Auto,
    /// <summary>The same sentence: NIF sentence of the mentions, else the evidence sentence of an event.</summary>
    Sentence,
    /// <summary>The same document (gb:mentionedIn).</summary>
    Document,
}

/// <summary>Command-line names of <see cref="ViewKind"/> and <see cref="CooccurrenceScope"/>.</summary>
public static class ViewKinds
{
    /// <summary>The names: interactions, cooccurrence, roles, all.</summary>
    public static readonly IReadOnlyList<string> Names = ["interactions", "cooccurrence", "roles", "all"];

    /// <summary>Parses a view name; throws <see cref="ArgumentException"/> for an unknown one.</summary>
    public static ViewKind Parse(string s) => s.Trim().ToLowerInvariant() switch
    {
        "interactions" or "interaction" => ViewKind.Interactions,
        "cooccurrence" or "co-occurrence" or "cooccurrences" => ViewKind.Cooccurrence,
        "roles" or "role" => ViewKind.Roles,
        "all" => ViewKind.All,
        _ => throw new ArgumentException($"unknown view '{s}' (expected one of: {string.Join(", ", Names)})"),
    };

    /// <summary>The name of a view kind.</summary>
    public static string Name(ViewKind k) => Names[(int)k];

    /// <summary>Parses a co-occurrence scope: auto, sentence or document.</summary>
    public static CooccurrenceScope ParseScope(string s) => s.Trim().ToLowerInvariant() switch
    {
        "auto" => CooccurrenceScope.Auto,
        "sentence" => CooccurrenceScope.Sentence,
        "document" or "doc" => CooccurrenceScope.Document,
        _ => throw new ArgumentException($"unknown co-occurrence scope '{s}' (expected auto, sentence or document)"),
    };
}
