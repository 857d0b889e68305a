namespace PartyBuilding.Scoring.Reporting;

/// <summary>A labelled value in a report's header (rule set, hashes, counts).</summary>
/// <param name="Id">A stable key.</param>
/// <param name="Title">The label people read.</param>
/// <param name="Value">The value, formatted.</param>
public sealed record ReportField(string Id, string Title, string Value);
