namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// An input of a parent organization's record filled from the scored results of the organizations under it in the same
/// batch (下级汇总), e.g. the mean score of its branches or their share of five-star bands, so the parent's criteria and
/// vetoes can use it. From the rule file's <c>childInputs</c> section. Children are scored before their parents.
/// </summary>
/// <param name="Input">The declared number input filled (records must not give it).</param>
/// <param name="Statistic">What is filled in.</param>
/// <param name="Bands">The band ids counted by <see cref="ChildStatistic.ShareInBands"/>; empty otherwise.</param>
/// <param name="Over">Direct children or all descendants in the batch.</param>
public sealed record ChildInput(string Input, ChildStatistic Statistic, IReadOnlyList<string> Bands, RollupScope Over);
