namespace PartyBuilding.Scoring.Inspections;

/// <summary>One item read from an inspection file: a record, or the reason it could not be read.</summary>
/// <param name="Record">The record, when it could be read.</param>
/// <param name="Rejection">Why the item could not be read.</param>
public sealed record InspectionReadResult(InspectionRecord? Record, RecordRejection? Rejection);
