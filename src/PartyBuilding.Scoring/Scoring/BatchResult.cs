using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

/// <summary>
/// The outcome of scoring a batch: every record read is either scored or rejected
/// (<see cref="Read"/> = <c>Results.Count</c> + <c>Rejected.Count</c>).
/// </summary>
/// <param name="RuleSet">The rule set used.</param>
/// <param name="Read">Records read.</param>
/// <param name="Results">Scored records, ranked: score descending, then band level, then id (ordinal).</param>
/// <param name="Rejected">Rejected records, ordered by line, then id.</param>
public sealed record BatchResult(
    RuleSetIdentity RuleSet, int Read, IReadOnlyList<RankedResult> Results, IReadOnlyList<RecordRejection> Rejected)
{
    /// <summary>Organizations named lagging (后进) by the rule file's <c>lagging</c> section, in rank order; empty without it.</summary>
    public IReadOnlyList<LaggingOrganization> Lagging { get; init; } = [];

    /// <summary>Roll-up constraints evaluated per parent (the <c>rollups</c> section), by roll-up then organization id; empty without it.</summary>
    public IReadOnlyList<Hierarchy.RollupOutcome> Rollups { get; init; } = [];
}
