namespace GraphBuilder.Graph.Projection;

/// <summary>A gb:Event as the projections need it.</summary>
/// <param name="Id">The event node (IRI or blank node id).</param>
/// <param name="CameoRoot">Two-digit CAMEO root.</param>
/// <param name="Actors">gb:actor values, sorted.</param>
/// <param name="Targets">gb:target values, sorted (may be empty).</param>
/// <param name="Places">sem:hasPlace values, sorted (may be empty).</param>
/// <param name="Evidence">gb:evidence sentences, sorted.</param>
/// <param name="Documents">prov:wasDerivedFrom documents, sorted.</param>
public sealed record KgEvent(string Id, string CameoRoot, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets,
    IReadOnlyList<string> Places, IReadOnlyList<string> Evidence, IReadOnlyList<string> Documents);

/// <summary>An org:Membership: <paramref name="Member"/> holds <paramref name="Role"/> in <paramref name="Organization"/>.</summary>
/// <param name="Member">The member entity.</param>
/// <param name="Organization">The organisation or country.</param>
/// <param name="Role">The role IRI's last segment ("foreign-minister"), or "member" when no role is given.</param>
public sealed record KgMembership(string Member, string Organization, string Role);
