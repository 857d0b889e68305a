namespace PartyBuilding.Scoring.Cycle;

// Why one part of a history (a year, an event, a determination) cannot be used; caught where the part is handled
// and turned into a RecordRejection, so the other parts go on.
internal sealed class CycleRejection(string code, string reason) : Exception(reason)
{
    public string Code { get; } = code;
}
