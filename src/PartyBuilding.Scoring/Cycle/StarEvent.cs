namespace PartyBuilding.Scoring.Cycle;

/// <summary>Something that happened to an organization and may lower or revoke its star level from that day (e.g. a discipline violation).</summary>
/// <param name="Date">The day the event takes effect.</param>
/// <param name="Kind">One of the rule file's <c>events</c> kinds.</param>
/// <param name="Cause">What happened, as recorded (shown in the star history).</param>
public sealed record StarEvent(DateOnly Date, string Kind, string Cause);
