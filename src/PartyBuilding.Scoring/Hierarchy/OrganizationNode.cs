namespace PartyBuilding.Scoring.Hierarchy;

/// <summary>One organization of the organization tree (组织架构): a working committee, party committee, general branch or branch.</summary>
/// <param name="Id">The organization's id (the id records use).</param>
/// <param name="Name">Display name.</param>
/// <param name="Type">Organization type, e.g. <c>committee</c>, <c>partyCommittee</c>, <c>generalBranch</c>.</param>
/// <param name="Parent">Id of the organization above it; null for the top.</param>
public sealed record OrganizationNode(string Id, string? Name, string? Type, string? Parent);
