namespace GraphBuilder.Extraction.Mentions;

/// <summary>How a mention names its entity.</summary>
public enum MentionKind
{
    /// <summary>By name ("Russland", "Jens Stoltenberg", "Stoltenberg").</summary>
    Name,
    /// <summary>By an adjective ("russischen Truppen").</summary>
    Adjective,
    /// <summary>By the part of a hyphenated compound ("US-Außenminister", "Nato-Staaten").</summary>
    Prefix,
    /// <summary>By a noun for its people ("die Franzosen").</summary>
    Demonym,
    /// <summary>By a role noun alone ("der US-Außenminister", "der Kanzler").</summary>
    Role,
}

/// <summary>A span of the document that names an entity. Token range [<see cref="FirstToken"/>, <see cref="EndToken"/>), character range [<see cref="Start"/>, <see cref="End"/>).</summary>
public sealed class Mention
{
    /// <summary>Creates a mention.</summary>
    public Mention(int firstToken, int endToken, int start, int end, string surface, MentionKind kind, string entityKey)
    {
        FirstToken = firstToken;
        EndToken = endToken;
        Start = start;
        End = end;
        Surface = surface;
        Kind = kind;
        EntityKey = entityKey;
    }

    /// <summary>First token.</summary>
    public int FirstToken { get; }
    /// <summary>Token after the last one.</summary>
    public int EndToken { get; }
    /// <summary>First character.</summary>
    public int Start { get; }
    /// <summary>Character after the last one.</summary>
    public int End { get; }
    /// <summary>The text as written.</summary>
    public string Surface { get; }
    /// <summary>How the entity is named.</summary>
    public MentionKind Kind { get; }
    /// <summary>The document entity it refers to (<see cref="DocumentEntity.Key"/>).</summary>
    public string EntityKey { get; set; }
    /// <summary>True for a genitive form ("Russlands", "Trumps"): it modifies a noun rather than being an argument.</summary>
    public bool Genitive { get; init; }
    /// <summary>For names introduced by a role noun ("Außenministerin Annalena Baerbock"): the role noun's token index, else -1.</summary>
    public int RoleToken { get; set; } = -1;

    /// <summary>True when the mention covers token <paramref name="i"/>.</summary>
    public bool Covers(int i) => i >= FirstToken && i < EndToken;

    /// <inheritdoc />
    public override string ToString() => $"{Surface} [{Kind}] → {EntityKey}";
}
