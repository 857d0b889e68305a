using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

/// <summary>An organization named lagging (后进) by the rule file's <c>lagging</c> conditions, with what follows for it.</summary>
/// <param name="Id">The organization's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Rank">Its overall rank.</param>
/// <param name="Score">Its final score.</param>
/// <param name="Band">Its final band; null when revoked.</param>
/// <param name="Reasons">Which conditions named it, e.g. <c>score 55 below 60</c>, in the order of the rule file's conditions.</param>
/// <param name="Rectification">The rectification required (整改方案, responsible, deadline); null when the rule file declares none.</param>
public sealed record LaggingOrganization(string Id, string? Name, int Rank, decimal Score, BandResult? Band, IReadOnlyList<string> Reasons, RectificationPlan? Rectification);
