namespace GraphBuilder.Extraction.Roles;

/// <summary>A position the text gives a person: org:Membership in the output.</summary>
/// <param name="PersonKey">The person's entity key.</param>
/// <param name="Role">The role's local name ("foreign-minister", "member").</param>
/// <param name="OrganizationKey">The organisation's or country's entity key.</param>
/// <param name="Sentence">The sentence it was read from.</param>
public sealed record RoleFact(string PersonKey, string Role, string OrganizationKey, int Sentence);
