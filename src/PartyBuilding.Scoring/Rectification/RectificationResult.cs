namespace PartyBuilding.Scoring.Rectification;

/// <summary>
/// The rectification status of a problem list at an as-of date (a quarter end, 每季度末报). Every problem read is
/// counted, rejected, or not found yet at the as-of date: <see cref="Read"/> = <c>Problems.Count</c> +
/// <c>Rejected.Count</c> + <see cref="NotYetFound"/>.
/// </summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Read">Problem records read.</param>
/// <param name="Problems">The problems found by the as-of date with their status, by organization, then id.</param>
/// <param name="NotYetFound">Problems found after the as-of date, left out.</param>
/// <param name="Rejected">Rejected problem records, by line.</param>
/// <param name="ByOrganization">Counts per organization, by id.</param>
/// <param name="BySource">Counts per source, in the order review, inspection, assessment (sources without problems left out).</param>
public sealed record RectificationResult(
    DateOnly AsOf, int Read, IReadOnlyList<ProblemState> Problems, int NotYetFound, IReadOnlyList<RecordRejection> Rejected,
    IReadOnlyList<RectificationTally> ByOrganization, IReadOnlyList<RectificationTally> BySource);
