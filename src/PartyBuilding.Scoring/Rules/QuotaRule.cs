namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// A quota (名额): at most a share or a count of the organizations of a group may hold a band; those ranked beyond the
/// limit move down to the next band of their table. Ties across the limit follow <see cref="AtBoundary"/>; the rule
/// file's tie-breakers (<c>ranking.tieBreakers</c>) decide ties before that. From the rule file's <c>quotas</c> section.
/// </summary>
/// <param name="Id">The quota's id.</param>
/// <param name="Title">Display title.</param>
/// <param name="Band">The band id limited.</param>
/// <param name="Within">The groups the limit applies to (<see cref="RankingGroup.None"/>: the whole batch).</param>
/// <param name="MaxShare">At most this share of the group's scored organizations (rounded down); null: not used.</param>
/// <param name="MaxCount">At most this many; null: not used. With both, the smaller limit applies.</param>
/// <param name="AtBoundary">What happens to ties across the limit.</param>
/// <param name="Message">The text shown for an organization moved down.</param>
public sealed record QuotaRule(string Id, string Title, string Band, RankingGroup Within, decimal? MaxShare, int? MaxCount, QuotaBoundary AtBoundary, string Message);
