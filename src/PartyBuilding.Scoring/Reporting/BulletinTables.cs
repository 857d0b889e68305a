using System.Globalization;
using PartyBuilding.Scoring.Comparison;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

// The bulletin's tables of lagging organizations, roll-ups and rejected records.
internal static class BulletinTables
{
    public static ReportTable Lagging(BatchResult batch, LaggingRule rule, int decimals) => new("lagging", rule.Title,
        [
            new("rank", "Rank", true), new("id", "Id"), new("name", "Name"), new("score", "Score", true), new("band", "Band"),
            new("reasons", "Reasons"), new("plan", "Rectification"), new("responsible", "Responsible"), new("deadline", "Deadline"),
        ],
        [
            .. batch.Lagging.Select(l => (IReadOnlyList<string>)
            [
                Bulletin.Number(l.Rank), l.Id, l.Name ?? string.Empty, DecimalText.Format(l.Score, decimals), l.Band?.Label ?? "(revoked)",
                string.Join("; ", l.Reasons), l.Rectification?.Plan ?? string.Empty, l.Rectification?.Responsible ?? string.Empty,
                l.Rectification?.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            ]),
        ]);

    // Organizations lagging in the previous result, and whether they are qualified (no longer lagging) now.
    public static ReportTable PreviouslyLagging(ResultComparison comparison, BatchResult batch, int decimals)
    {
        var laggingNow = batch.Lagging.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        return new ReportTable("previouslyLagging", "Lagging in the previous result",
            [
                new("id", "Id"), new("name", "Name"), new("scoreBefore", "Score before", true), new("scoreAfter", "Score now", true),
                new("bandAfter", "Band now"), new("status", "Status"),
            ],
            [
                .. comparison.Organizations.Where(o => o.Before is { Lagging: true }).Select(o => (IReadOnlyList<string>)
                [
                    o.Id, o.Name ?? string.Empty, ComparisonReport.Score(o.Before!.Score, decimals), ComparisonReport.Score(o.After?.Score, decimals),
                    o.After is null ? string.Empty : o.After.Band?.Label ?? "(revoked)",
                    o.After is null ? "not in this result" : laggingNow.Contains(o.Id) ? "still lagging" : "qualified",
                ]),
            ]);
    }

    public static ReportTable Rollups(BatchResult batch) => new("rollups", "Roll-up constraints",
        [
            new("rollup", "Roll-up"), new("id", "Organization"), new("name", "Name"), new("type", "Type"),
            new("count", "Counted", true), new("inBands", "In bands", true), new("share", "Share", true), new("minimumShare", "Minimum", true),
            new("passed", "Passed"), new("message", "Message"),
        ],
        [
            .. batch.Rollups.Select(r => (IReadOnlyList<string>)
            [
                r.Rollup.Title, r.OrganizationId, r.Name ?? string.Empty, r.Type ?? string.Empty,
                Bulletin.Number(r.Aggregate.Count), Bulletin.Number(r.Aggregate.InBands),
                DecimalText.Format(r.Aggregate.Share, 4), DecimalText.Format(r.Rollup.MinimumShare),
                r.NotEvaluated is not null ? "not evaluated" : r.Passed ? "yes" : "no",
                r.NotEvaluated ?? (r.Passed ? string.Empty : r.Rollup.Message),
            ]),
        ]);

    public static ReportTable Rejected(BatchResult batch) => new("rejected", "Rejected records",
        [new("id", "Id"), new("line", "Line", true), new("code", "Code"), new("reason", "Reason")],
        [
            .. batch.Rejected.Select(r => (IReadOnlyList<string>)
            [
                r.Id ?? string.Empty, r.Line?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.Code, r.Reason,
            ]),
        ]);
}
