namespace PartyBuilding.Scoring.Periods;

/// <summary>The data of one organization for one assessment year: per component, one entry per period (null = missing).</summary>
/// <param name="Year">The calendar year assessed.</param>
/// <param name="Components">Per component id, the entries in period order: 12 for monthly, 4 for quarterly, 1 for yearly components.
/// A component that is not given at all has every period missing.</param>
public sealed record AssessmentYear(int Year, IReadOnlyDictionary<string, IReadOnlyList<PeriodEntry?>> Components);
