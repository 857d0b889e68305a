namespace PartyBuilding.Scoring;

/// <summary>
/// Where one parent organization stands under a roll-up constraint of an assessment (上级评定条件), as carried in its
/// outcomes: e.g. whether a party committee's share of five-star branches reaches the ratio for 五个好. The receiving
/// rule file can carry it in as a component (<c>take: rollupPassed</c> or <c>rollupShare</c>).
/// </summary>
/// <param name="Rollup">The roll-up's id in the assessment's rule file.</param>
/// <param name="OrganizationId">The parent organization.</param>
/// <param name="Share">The share (0..1, 4 decimals) of the organizations under it in the roll-up's bands.</param>
/// <param name="Passed">True when the share reaches the roll-up's minimum.</param>
public sealed record RollupStanding(string Rollup, string OrganizationId, decimal Share, bool Passed)
{
    internal static decimal RoundShare(decimal share) => Math.Round(share, 4, MidpointRounding.AwayFromZero);
}
