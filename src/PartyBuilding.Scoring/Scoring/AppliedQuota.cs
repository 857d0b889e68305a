namespace PartyBuilding.Scoring;

/// <summary>A quota that moved a result down a band because the group's limit for the band was reached.</summary>
/// <param name="Id">The quota's id.</param>
/// <param name="Title">The quota's title.</param>
/// <param name="From">The band the score earned.</param>
/// <param name="To">The band given instead.</param>
/// <param name="Message">The rule file's message.</param>
public sealed record AppliedQuota(string Id, string Title, BandResult From, BandResult To, string Message);
