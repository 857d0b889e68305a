namespace PartyBuilding.Scoring.Cycle;

/// <summary>A step of a determination and the day it was done.</summary>
/// <param name="Step">One of the rule file's <c>procedure</c> step ids.</param>
/// <param name="Date">The day.</param>
public sealed record DeterminationStep(string Step, DateOnly Date);
