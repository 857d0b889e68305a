namespace PartyBuilding.Scoring.Inspections;

/// <summary>The inspections of one organization in a batch: what enters its year-end assessment.</summary>
/// <param name="Organization">The organization's id.</param>
/// <param name="Name">The organization's name, as the inspections give it.</param>
/// <param name="Inspections">Inspections scored.</param>
/// <param name="Findings">Problems found in them.</param>
/// <param name="MeanScore">Mean inspection score, rounded with the rule file's decimals and mode.</param>
/// <param name="LowestScore">The lowest inspection score.</param>
public sealed record InspectionSummary(string Organization, string? Name, int Inspections, int Findings, decimal MeanScore, decimal LowestScore);
