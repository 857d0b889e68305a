namespace PartyBuilding.Scoring;

/// <summary>An area subtotal.</summary>
/// <param name="Source">The review source the subtotal belongs to; null for the record's own values.</param>
/// <param name="Id">Area id.</param>
/// <param name="Title">Area title.</param>
/// <param name="Points">Points given, after the area's maximum and cap.</param>
/// <param name="Max">The area's maximum for the record's type.</param>
public sealed record AreaScore(string? Source, string Id, string Title, decimal Points, decimal Max);
