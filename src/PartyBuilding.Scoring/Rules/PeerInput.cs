namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// An input filled from the same figure of the other organizations in the batch (同类比较), so that criteria can award
/// points relative to peers with ordinary formulas: proportional to the best (<c>x / xBest * 10</c>) or by rank with a
/// step (<c>Math.Max(0, 10 - (xRank - 1) * 2)</c>). From the rule file's <c>peers</c> section.
/// </summary>
/// <param name="Input">The declared number input filled (records must not give it).</param>
/// <param name="Of">The declared number or count input compared across the group.</param>
/// <param name="Statistic">What is filled in.</param>
/// <param name="Within">The group compared: the whole batch, the type or the parent.</param>
public sealed record PeerInput(string Input, string Of, PeerStatistic Statistic, RankingGroup Within);
