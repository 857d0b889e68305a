namespace PartyBuilding.Scoring.Rules;

/// <summary>The rectification (整改) required of a lagging organization, as the rule file declares it.</summary>
/// <param name="Plan">What must be done, e.g. 制定整改方案.</param>
/// <param name="Responsible">Who is responsible, e.g. 党组织书记 or a leader assigned to it.</param>
/// <param name="Deadline">By when; null when the rule file gives none.</param>
public sealed record RectificationPlan(string Plan, string? Responsible, DateOnly? Deadline);
