namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// A roll-up constraint (上级评定条件): over the scored organizations under a parent, the share in some bands must reach a
/// minimum, else the parent fails the constraint — e.g. a party committee or general branch whose share of five-star
/// branches is below the ratio cannot be rated 五个好 (seed 003). From the rule file's <c>rollups</c> section.
/// </summary>
/// <param name="Id">The roll-up's id.</param>
/// <param name="Title">Display title.</param>
/// <param name="Over">Children or all descendants.</param>
/// <param name="ParentTypes">The organization types it applies to (from the tree or the records); empty: every parent.</param>
/// <param name="Bands">The band ids counted.</param>
/// <param name="MinimumShare">The share (0..1) of counted organizations that must be in <paramref name="Bands"/>.</param>
/// <param name="Message">The text shown for a parent that fails.</param>
public sealed record RollupRule(
    string Id, string Title, RollupScope Over, IReadOnlyList<string> ParentTypes, IReadOnlyList<string> Bands, decimal MinimumShare, string Message);
