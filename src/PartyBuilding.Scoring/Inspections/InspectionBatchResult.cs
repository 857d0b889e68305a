using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Inspections;

/// <summary>
/// The outcome of a batch of inspections. Every record read is either scored or rejected
/// (<see cref="Read"/> = <c>Inspections.Count</c> + <c>Rejected.Count</c>).
/// </summary>
/// <param name="RuleSet">The rule set used.</param>
/// <param name="Read">Inspection records read.</param>
/// <param name="Inspections">Scored inspections, by date, then organization, then id.</param>
/// <param name="Rejected">Rejected records, by line, then id.</param>
/// <param name="Organizations">Per organization, by id.</param>
public sealed record InspectionBatchResult(
    RuleSetIdentity RuleSet, int Read, IReadOnlyList<InspectionResult> Inspections, IReadOnlyList<RecordRejection> Rejected,
    IReadOnlyList<InspectionSummary> Organizations)
{
    /// <summary>
    /// The mean inspection score of each organization as outcomes of the inspection rule set, to carry into a year-end
    /// assessment as a component (<c>"from": "monthly-inspection", "take": "score"</c>). Outcomes have no band.
    /// </summary>
    public OutcomeSet ToOutcomeSet() =>
        new(RuleSet, Organizations.Select(o => new OrganizationOutcome(o.Organization, o.Name, null, null, o.MeanScore, null)));
}
