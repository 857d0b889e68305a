using System.Globalization;
using System.Text;
using System.Text.Json;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Rectification;

/// <summary>
/// The rectification status at an as-of date as text or JSON: counts per source (e.g. "519 problems found in 23
/// inspections, all rectified") and per organization, the overdue and open problems, and the rejected records.
/// </summary>
public static class RectificationReport
{
    /// <summary>Formats the status as plain text.</summary>
    /// <param name="result">The rectification status.</param>
    /// <returns>The report, lines ending with \n.</returns>
    public static string Text(RectificationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Rectification status (整改情况) as of {ProblemJson.Date(result.AsOf)}\n");
        text.Append(CultureInfo.InvariantCulture,
            $"Read {result.Read}, counted {result.Problems.Count}, found after the date {result.NotYetFound}, rejected {result.Rejected.Count}\n\n");
        foreach (var source in result.BySource)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Summary(source)}\n");
        }

        string[] header = ["Found", "Occasions", "Open", "Overdue", "Rectified", "Rectified late"];
        text.Append("\nPer source:\n");
        TextTable.Append(text, ["Source", .. header], [1, 2, 3, 4, 5, 6], result.BySource.Select(t => Row(t.Key, t)));
        text.Append("\nPer organization:\n");
        TextTable.Append(text, ["Organization", "Name", .. header], [2, 3, 4, 5, 6, 7],
            result.ByOrganization.Select(t => Row(t.Key, t, t.Name ?? string.Empty)));
        AppendProblems(text, "Overdue", result.Problems.Where(p => p.Status == ProblemStatus.Overdue));
        AppendProblems(text, "Open", result.Problems.Where(p => p.Status == ProblemStatus.Open));
        AppendProblems(text, "Rectified late", result.Problems.Where(p => p.Status == ProblemStatus.RectifiedLate));
        TextTable.AppendRejections(text, "Rejected", result.Rejected);

        return text.ToString();
    }

    /// <summary>
    /// Builds the status as a report document (for Markdown, CSV or HTML through <see cref="ReportWriter"/>): the tables
    /// <c>bySource</c>, <c>byOrganization</c>, <c>problems</c> (every problem with its status) and <c>rejected</c>.
    /// </summary>
    /// <param name="result">The rectification status.</param>
    /// <returns>The document.</returns>
    public static ReportDocument Document(RectificationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ReportColumn[] counts =
        [
            new("found", "Found", true), new("occasions", "Occasions", true), new("open", "Open", true), new("overdue", "Overdue", true),
            new("rectified", "Rectified", true), new("rectifiedLate", "Rectified late", true),
        ];
        ReportTable bySource = new("bySource", "Per source", [new("source", "Source"), .. counts], [.. result.BySource.Select(t => (IReadOnlyList<string>)Row(t.Key, t))]);
        ReportTable byOrganization = new("byOrganization", "Per organization", [new("organization", "Organization"), new("name", "Name"), .. counts],
            [.. result.ByOrganization.Select(t => (IReadOnlyList<string>)Row(t.Key, t, t.Name ?? string.Empty))]);
        ReportTable problems = new("problems", "Problems",
            [
                new("problem", "Problem"), new("organization", "Organization"), new("source", "Source"), new("status", "Status"), new("deadline", "Deadline"),
                new("responsible", "Responsible"), new("lastReport", "Last report"), new("description", "Description"),
            ],
            [
                .. result.Problems.Select(s => (IReadOnlyList<string>)
                [
                    s.Problem.Id, s.Problem.Organization, JsonValues.Word(s.Problem.Source), JsonValues.Word(s.Status), ProblemJson.Date(s.Problem.Deadline),
                    s.Problem.Responsible ?? string.Empty, s.LastReport is { } r ? $"{ProblemJson.Date(r.Date)} {JsonValues.Word(r.Progress)}" : string.Empty,
                    s.Problem.Description,
                ]),
            ]);
        ReportField[] fields =
        [
            new("asOf", "As of", ProblemJson.Date(result.AsOf)),
            ReportTables.Count("read", "Read", result.Read),
            ReportTables.Count("counted", "Counted", result.Problems.Count),
            ReportTables.Count("notYetFound", "Found after the date", result.NotYetFound),
            ReportTables.Count("rejected", "Rejected", result.Rejected.Count),
            .. result.BySource.Select(t => new ReportField(t.Key, t.Key, Summary(t))),
        ];
        return new ReportDocument("rectification", "Rectification status (整改情况)", fields,
            [bySource, byOrganization, problems, ReportTables.Rejections("rejected", "Rejected", result.Rejected)], null);
    }

    /// <summary>Formats the status at several dates (e.g. the quarter ends of a year) as one table per source, one row per date.</summary>
    /// <param name="results">The results, in date order.</param>
    /// <returns>The report, lines ending with \n.</returns>
    public static string QuarterlyText(IReadOnlyList<RectificationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder("Rectification status (整改情况) at each quarter end\n\n");
        TextTable.Append(text, ["As of", "Source", "Found", "Occasions", "Open", "Overdue", "Rectified", "Rectified late"], [2, 3, 4, 5, 6, 7],
            results.SelectMany(r => r.BySource.Select(t => (string[])[ProblemJson.Date(r.AsOf), .. Row(t.Key, t)])));
        var rejected = results.Count > 0 ? results[^1].Rejected : [];
        TextTable.AppendRejections(text, "Rejected", rejected);
        return text.ToString();
    }

    /// <summary>Formats the status at several dates as JSON: <c>{ "quarters": [{ asOf, counted, bySource, byOrganization }], rejected }</c>.</summary>
    /// <param name="results">The results, in date order.</param>
    /// <returns>Indented JSON.</returns>
    public static string QuarterlyJson(IReadOnlyList<RectificationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return JsonValues.ToText(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("quarters");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("asOf", ProblemJson.Date(result.AsOf));
                writer.WriteNumber("counted", result.Problems.Count);
                writer.WriteNumber("notYetFound", result.NotYetFound);
                WriteTallies(writer, "bySource", result.BySource);
                WriteTallies(writer, "byOrganization", result.ByOrganization);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            ResultJson.WriteRejections(writer, "rejected", results.Count > 0 ? results[^1].Rejected : []);
            writer.WriteEndObject();
        });
    }

    /// <summary>Formats the status as JSON, optionally with the year-end batch scored with the problem counts.</summary>
    /// <param name="result">The rectification status.</param>
    /// <param name="yearEnd">The year-end batch (as <see cref="ResultJson.Serialize(BatchResult)"/> writes it), or null.</param>
    /// <returns>Indented JSON.</returns>
    public static string Json(RectificationResult result, BatchResult? yearEnd = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonValues.ToText(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("asOf", ProblemJson.Date(result.AsOf));
            writer.WriteNumber("read", result.Read);
            writer.WriteNumber("counted", result.Problems.Count);
            writer.WriteNumber("notYetFound", result.NotYetFound);
            writer.WriteNumber("rejectedCount", result.Rejected.Count);
            WriteTallies(writer, "bySource", result.BySource);
            WriteTallies(writer, "byOrganization", result.ByOrganization);
            writer.WriteStartArray("problems");
            foreach (var state in result.Problems)
            {
                writer.WriteStartObject();
                writer.WriteString("status", JsonValues.Word(state.Status));
                writer.WritePropertyName("problem");
                ProblemJson.Write(writer, state.Problem);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            ResultJson.WriteRejections(writer, "rejected", result.Rejected);
            if (yearEnd is not null)
            {
                writer.WriteStartObject("yearEnd");
                ResultJson.WriteBatch(writer, yearEnd);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        });
    }

    private static string Summary(RectificationTally tally)
    {
        // The source words (review, inspection, assessment) name the occasions too.
        // Problems without a reference are not claimed to come from an occasion of their own.
        var found = tally.Unreferenced == 0
            ? $"{tally.Key}: {Plural(tally.Found, "problem")} found in {Plural(tally.Occasions, tally.Key)}"
            : tally.Occasions == 0
                ? $"{tally.Key}: {Plural(tally.Found, "problem")} found (no reference to the {tally.Key} that found them)"
                : string.Create(CultureInfo.InvariantCulture, $"{tally.Key}: {Plural(tally.Found, "problem")} found in {Plural(tally.Occasions, tally.Key)} and {tally.Unreferenced} without a reference");
        var rectified = tally.Rectified + tally.RectifiedLate;
        if (rectified == tally.Found)
        {
            return found + (tally.RectifiedLate == 0 ? ", all rectified" : $", all rectified ({tally.RectifiedLate} late)");
        }

        return found + string.Create(CultureInfo.InvariantCulture,
            $", {rectified} rectified ({tally.RectifiedLate} late), {tally.Overdue} overdue, {tally.Open} open");
    }

    private static string[] Row(string key, RectificationTally t, params string[] extra) =>
    [
        key, .. extra, Count(t.Found), Count(t.Occasions), Count(t.Open), Count(t.Overdue), Count(t.Rectified), Count(t.RectifiedLate),
    ];

    private static void AppendProblems(StringBuilder text, string title, IEnumerable<ProblemState> states)
    {
        var list = states.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\n{title} ({list.Count}):\n");
        TextTable.Append(text, ["Problem", "Organization", "Source", "Deadline", "Responsible", "Last report", "Description"], [],
            list.Select(s => new[]
            {
                s.Problem.Id, s.Problem.Organization, JsonValues.Word(s.Problem.Source), ProblemJson.Date(s.Problem.Deadline),
                s.Problem.Responsible ?? string.Empty,
                s.LastReport is { } r ? $"{ProblemJson.Date(r.Date)} {JsonValues.Word(r.Progress)}" : "(none)",
                s.Problem.Description,
            }));
    }

    private static void WriteTallies(Utf8JsonWriter writer, string name, IReadOnlyList<RectificationTally> tallies)
    {
        writer.WriteStartArray(name);
        foreach (var t in tallies)
        {
            writer.WriteStartObject();
            writer.WriteString("key", t.Key);
            writer.WriteString("name", t.Name);
            writer.WriteNumber("found", t.Found);
            writer.WriteNumber("occasions", t.Occasions);
            writer.WriteNumber("unreferenced", t.Unreferenced);
            writer.WriteNumber("open", t.Open);
            writer.WriteNumber("overdue", t.Overdue);
            writer.WriteNumber("rectified", t.Rectified);
            writer.WriteNumber("rectifiedLate", t.RectifiedLate);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int count, string word) => Count(count) + " " + (count == 1 ? word : word + "s");
}
