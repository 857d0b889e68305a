namespace PartyBuilding.Scoring.Cycle;

/// <summary>The assessment cycles of a set of organizations as of a day, with everything that could not be used.</summary>
/// <param name="AsOf">The day the histories were evaluated to (events, determinations and expiries after it are not applied).</param>
/// <param name="Read">Organizations read.</param>
/// <param name="Organizations">The organizations' cycles, by id.</param>
/// <param name="Rejected">Organizations, years, events and determinations that could not be used, each with id, line, code and reason.</param>
public sealed record CycleResult(DateOnly AsOf, int Read, IReadOnlyList<OrganizationCycle> Organizations, IReadOnlyList<RecordRejection> Rejected);
