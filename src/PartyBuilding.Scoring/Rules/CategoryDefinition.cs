namespace PartyBuilding.Scoring.Rules;

/// <summary>An organization type (机关 agency, 国有企业 state enterprise, 社区 community, 村 village, 两新组织 …).</summary>
/// <param name="Id">Identifier used in records' <c>type</c>.</param>
/// <param name="Title">Display title.</param>
public sealed record CategoryDefinition(string Id, string Title);
