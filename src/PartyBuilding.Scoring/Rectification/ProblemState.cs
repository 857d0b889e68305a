using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Rectification;

/// <summary>Where a problem stands at the as-of date.</summary>
/// <param name="Problem">The problem.</param>
/// <param name="Status">Its status at the as-of date.</param>
/// <param name="LastReport">The latest status report on or before the as-of date, if any.</param>
public sealed record ProblemState(Problem Problem, ProblemStatus Status, ProblemReport? LastReport);
