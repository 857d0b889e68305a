namespace PartyBuilding.Scoring.Reporting;

/// <summary>A column of a <see cref="ReportTable"/>.</summary>
/// <param name="Id">A stable key (JSON property name, CSV header).</param>
/// <param name="Title">The heading people read.</param>
/// <param name="Numeric">True when the cells are invariant-culture numbers (written as JSON numbers, right-aligned).</param>
public sealed record ReportColumn(string Id, string Title, bool Numeric = false);
