namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// One table of a report: columns and rows of already formatted cells (invariant culture). A plain model that any
/// writer can consume (Markdown, CSV, HTML, JSON here; spreadsheets elsewhere).
/// </summary>
/// <param name="Id">A stable key for the table (JSON property, CSV section).</param>
/// <param name="Title">The heading people read.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows; each has one cell per column (empty text for no value).</param>
public sealed record ReportTable(string Id, string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
