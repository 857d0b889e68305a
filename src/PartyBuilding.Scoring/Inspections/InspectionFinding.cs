namespace PartyBuilding.Scoring.Inspections;

/// <summary>One problem found by an inspection under one inspection item.</summary>
/// <param name="ItemId">The inspection item: a criterion id of the inspection rule file.</param>
/// <param name="Description">What was found; the item's title is used when null.</param>
public sealed record InspectionFinding(string ItemId, string? Description);
