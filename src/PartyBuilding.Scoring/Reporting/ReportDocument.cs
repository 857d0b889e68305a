namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// A report as plain data: a title, header fields, tables and an optional chart. Bulletins (通报) and result
/// comparisons are built as documents and written by <see cref="ReportWriter"/> in any <see cref="ReportFormat"/>.
/// </summary>
/// <param name="Id">A stable key of the kind of report (e.g. <c>bulletin</c>, <c>comparison</c>).</param>
/// <param name="Title">The heading.</param>
/// <param name="Fields">Header fields, in display order.</param>
/// <param name="Tables">Tables, in display order.</param>
/// <param name="Chart">A chart, or null.</param>
public sealed record ReportDocument(string Id, string Title, IReadOnlyList<ReportField> Fields, IReadOnlyList<ReportTable> Tables, ReportChart? Chart);
