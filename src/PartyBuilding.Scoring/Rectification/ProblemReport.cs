namespace PartyBuilding.Scoring.Rectification;

/// <summary>One status report of a problem, usually at a quarter end.</summary>
/// <param name="Date">The date the status holds from (for <see cref="ProblemProgress.Rectified"/>: the day it was rectified).</param>
/// <param name="Progress">The status reported.</param>
/// <param name="Note">What was done, if given.</param>
public sealed record ProblemReport(DateOnly Date, ProblemProgress Progress, string? Note);
