using System.Globalization;

namespace PartyBuilding.Scoring.Reporting;

// Small builders shared by the report documents of reviews, inspections and rectification.
internal static class ReportTables
{
    public static ReportTable Rejections(string id, string title, IReadOnlyList<RecordRejection> rejections) =>
        new(id, title,
            [new("id", "Id"), new("line", "Line", true), new("code", "Code"), new("reason", "Reason")],
            [.. rejections.Select(r => (IReadOnlyList<string>)[r.Id ?? string.Empty, r.Line?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.Code, r.Reason])]);

    public static ReportField Count(string id, string title, int value) => new(id, title, value.ToString(CultureInfo.InvariantCulture));

    public static ReportField RuleSet(Rules.RuleSetIdentity identity) => new("ruleSet", "Rule set", ComparisonReport.Describe(identity));
}
