namespace PartyBuilding.Scoring.Comparison;

/// <summary>One organization compared between a previous and a current result.</summary>
/// <param name="Id">The organization's id.</param>
/// <param name="Name">Display name (current, else previous).</param>
/// <param name="Before">The previous outcome; null when new.</param>
/// <param name="After">The current outcome; null when gone.</param>
/// <param name="Change">How the band moved.</param>
public sealed record OrganizationChange(string Id, string? Name, OrganizationOutcome? Before, OrganizationOutcome? After, BandChange Change)
{
    /// <summary>Current score minus previous score; null unless the organization is in both.</summary>
    public decimal? ScoreDelta => Before is not null && After is not null ? After.Score - Before.Score : null;
}
