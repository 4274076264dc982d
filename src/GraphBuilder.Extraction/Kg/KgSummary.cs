namespace GraphBuilder.Extraction.Kg;

/// <summary>What a build produced (for the command's one-line summary).</summary>
public sealed record KgSummary(int Documents, int Entities, int Memberships, int Events, long Triples);
