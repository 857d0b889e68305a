namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// What makes an organization lagging (后进基层党组织) and what follows: any one condition is enough. From the rule
/// file's <c>lagging</c> section.
/// </summary>
/// <param name="Title">Display title, e.g. 后进基层党组织.</param>
/// <param name="ScoreBelow">Lagging when the final score is below this; null: not used.</param>
/// <param name="Bands">Lagging when the final band is one of these band ids.</param>
/// <param name="Revoked">Lagging when a veto revoked the band.</param>
/// <param name="BottomCount">Lagging when among the last this many ranks (ties at the boundary included); null: not used.</param>
/// <param name="BottomShare">Lagging when among the last this share of the scored organizations (rounded up; ties included); null: not used.</param>
/// <param name="Rectification">What follows (整改), given with every lagging organization; null: nothing declared.</param>
public sealed record LaggingRule(
    string Title, decimal? ScoreBelow, IReadOnlyList<string> Bands, bool Revoked, int? BottomCount, decimal? BottomShare, RectificationPlan? Rectification);
