using PartyBuilding.Scoring.Rectification;

namespace PartyBuilding.Scoring.Inspections;

/// <summary>The outcome of one inspection: its score with the line-by-line deductions, and the problems it produced.</summary>
/// <param name="Inspection">The inspection.</param>
/// <param name="Result">The score: each area starts at its max and loses the items' deductions.</param>
/// <param name="Problems">One problem per finding of an item with a rectification deadline, due that many days after the inspection.</param>
public sealed record InspectionResult(InspectionRecord Inspection, ScoreResult Result, IReadOnlyList<Problem> Problems);
