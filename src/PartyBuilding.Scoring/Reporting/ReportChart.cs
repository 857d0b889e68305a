namespace PartyBuilding.Scoring.Reporting;

/// <summary>A bar chart of a report (e.g. the band distribution), drawn as inline SVG in HTML.</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="Bars">The bars, in display order: label and value.</param>
public sealed record ReportChart(string Title, IReadOnlyList<ReportField> Bars);
