using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Rectification;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Inspections;

/// <summary>
/// Inspection results as text or JSON: one row per inspection, the summary per organization (what enters the
/// year-end assessment), the problems with their deadlines, and the rejected records.
/// </summary>
public static class InspectionReport
{
    /// <summary>Formats the batch as plain text.</summary>
    /// <param name="batch">The inspection batch.</param>
    /// <param name="ruleSet">The inspection rule set.</param>
    /// <returns>The report, lines ending with \n.</returns>
    public static string Text(InspectionBatchResult batch, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var decimals = ruleSet.Rounding.Decimals;
        var text = new StringBuilder();
        TextTable.AppendHeader(text, ruleSet, batch.Read, batch.Inspections.Count, batch.Rejected.Count);
        TextTable.Append(text, ["Date", "Id", "Organization", "Name", "Score", "Band", "Findings", "Problems"], [4, 6, 7],
            batch.Inspections.Select(i => new[]
            {
                ProblemJson.Date(i.Inspection.Date), i.Inspection.Id, i.Inspection.Organization, i.Inspection.Name ?? string.Empty,
                DecimalText.Format(i.Result.Score, decimals), i.Result.Band?.Label ?? "(revoked)",
                Count(i.Inspection.Findings.Count), Count(i.Problems.Count),
            }));

        text.Append("\nPer organization (enters the year-end assessment):\n");
        TextTable.Append(text, ["Organization", "Name", "Inspections", "Findings", "Mean score", "Lowest"], [2, 3, 4, 5],
            batch.Organizations.Select(o => new[]
            {
                o.Organization, o.Name ?? string.Empty, Count(o.Inspections), Count(o.Findings),
                DecimalText.Format(o.MeanScore, decimals), DecimalText.Format(o.LowestScore, decimals),
            }));

        var problems = batch.Inspections.SelectMany(i => i.Problems).ToList();
        text.Append(CultureInfo.InvariantCulture, $"\nProblems: {problems.Count} found in {batch.Inspections.Count} inspections\n");
        if (problems.Count > 0)
        {
            TextTable.Append(text, ["Problem", "Organization", "Deadline", "Responsible", "Description"], [],
                problems.Select(p => new[] { p.Id, p.Organization, ProblemJson.Date(p.Deadline), p.Responsible ?? string.Empty, p.Description }));
        }

        TextTable.AppendRejections(text, "Rejected", batch.Rejected);

        return text.ToString();
    }

    /// <summary>
    /// Builds the batch as a report document (for Markdown, CSV or HTML through <see cref="ReportWriter"/>): the tables
    /// <c>inspections</c>, <c>organizations</c>, <c>problems</c> and <c>rejected</c>.
    /// </summary>
    /// <param name="batch">The inspection batch.</param>
    /// <param name="ruleSet">The inspection rule set.</param>
    /// <returns>The document.</returns>
    public static ReportDocument Document(InspectionBatchResult batch, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var decimals = ruleSet.Rounding.Decimals;
        var problems = batch.Inspections.SelectMany(i => i.Problems).ToList();
        ReportTable inspections = new("inspections", "Inspections",
            [
                new("date", "Date"), new("id", "Id"), new("organization", "Organization"), new("name", "Name"),
                new("score", "Score", true), new("band", "Band"), new("findings", "Findings", true), new("problems", "Problems", true),
            ],
            [
                .. batch.Inspections.Select(i => (IReadOnlyList<string>)
                [
                    ProblemJson.Date(i.Inspection.Date), i.Inspection.Id, i.Inspection.Organization, i.Inspection.Name ?? string.Empty,
                    DecimalText.Format(i.Result.Score, decimals), i.Result.Band?.Label ?? "(revoked)", Count(i.Inspection.Findings.Count), Count(i.Problems.Count),
                ]),
            ]);
        ReportTable organizations = new("organizations", "Per organization (enters the year-end assessment)",
            [
                new("organization", "Organization"), new("name", "Name"), new("inspections", "Inspections", true), new("findings", "Findings", true),
                new("meanScore", "Mean score", true), new("lowestScore", "Lowest", true),
            ],
            [
                .. batch.Organizations.Select(o => (IReadOnlyList<string>)
                [
                    o.Organization, o.Name ?? string.Empty, Count(o.Inspections), Count(o.Findings),
                    DecimalText.Format(o.MeanScore, decimals), DecimalText.Format(o.LowestScore, decimals),
                ]),
            ]);
        ReportTable problemTable = new("problems", "Problems",
            [new("problem", "Problem"), new("organization", "Organization"), new("deadline", "Deadline"), new("responsible", "Responsible"), new("description", "Description")],
            [.. problems.Select(p => (IReadOnlyList<string>)[p.Id, p.Organization, ProblemJson.Date(p.Deadline), p.Responsible ?? string.Empty, p.Description])]);
        ReportField[] fields =
        [
            ReportTables.RuleSet(ruleSet.Identity),
            ReportTables.Count("read", "Read", batch.Read),
            ReportTables.Count("scored", "Scored", batch.Inspections.Count),
            ReportTables.Count("rejected", "Rejected", batch.Rejected.Count),
            ReportTables.Count("problems", "Problems", problems.Count),
        ];
        return new ReportDocument("inspections", ruleSet.Title, fields,
            [inspections, organizations, problemTable, ReportTables.Rejections("rejected", "Rejected", batch.Rejected)], null);
    }

    /// <summary>
    /// Formats the batch as JSON: inspections with their full results; <c>results</c>, one per organization with its mean
    /// inspection score as <c>score</c> (readable by <see cref="ResultJson.ReadOutcomes(string)"/>, so a year-end rule file
    /// can carry it as a component); problems in the problem-list shape; rejections.
    /// </summary>
    /// <param name="batch">The inspection batch.</param>
    /// <returns>Indented JSON.</returns>
    public static string Json(InspectionBatchResult batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return JsonValues.ToText(writer =>
        {
            writer.WriteStartObject();
            ResultJson.WriteRuleSet(writer, batch.RuleSet);
            writer.WriteNumber("read", batch.Read);
            writer.WriteNumber("scored", batch.Inspections.Count);
            writer.WriteNumber("rejectedCount", batch.Rejected.Count);
            writer.WriteStartArray("inspections");
            foreach (var inspection in batch.Inspections)
            {
                writer.WriteStartObject();
                writer.WriteString("date", ProblemJson.Date(inspection.Inspection.Date));
                writer.WriteString("organization", inspection.Inspection.Organization);
                writer.WriteNumber("findings", inspection.Inspection.Findings.Count);
                writer.WritePropertyName("result");
                ResultJson.WriteResult(writer, inspection.Result, ranked: null, inspection.Result.Trace);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            // Per organization in the shape of a batch result (id, name, score), so pbscore score --carry can read it.
            writer.WriteStartArray("results");
            foreach (var summary in batch.Organizations)
            {
                writer.WriteStartObject();
                writer.WriteString("id", summary.Organization);
                writer.WriteString("name", summary.Name);
                ResultJson.Number(writer, "score", summary.MeanScore);
                writer.WriteNumber("inspections", summary.Inspections);
                writer.WriteNumber("findings", summary.Findings);
                ResultJson.Number(writer, "lowestScore", summary.LowestScore);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("problems");
            foreach (var problem in batch.Inspections.SelectMany(i => i.Problems))
            {
                ProblemJson.Write(writer, problem);
            }

            writer.WriteEndArray();
            ResultJson.WriteRejections(writer, "rejected", batch.Rejected);
            writer.WriteEndObject();
        });
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
