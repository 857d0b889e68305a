namespace PartyBuilding.Scoring.Rectification;

/// <summary>One item read from a problem list: a problem, or the reason it could not be read.</summary>
/// <param name="Problem">The problem, when it could be read.</param>
/// <param name="Rejection">Why the item could not be read.</param>
public sealed record ProblemReadResult(Problem? Problem, RecordRejection? Rejection);
