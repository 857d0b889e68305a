using PartyBuilding.Scoring.Periods;

namespace PartyBuilding.Scoring.Cycle;

/// <summary>The assessment cycle of one organization: its annual results and its star history.</summary>
/// <param name="Id">The organization's id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Type">Organization type.</param>
/// <param name="Years">Annual results, by year.</param>
/// <param name="Stars">The star history, by date.</param>
public sealed record OrganizationCycle(string Id, string? Name, string? Type, IReadOnlyList<AnnualResult> Years, IReadOnlyList<StarChange> Stars)
{
    /// <summary>The star level held on a day, after that day's changes; null when none is held.</summary>
    /// <param name="date">The day.</param>
    public BandResult? StarOn(DateOnly date) => Stars.LastOrDefault(s => s.Date <= date)?.To;
}
