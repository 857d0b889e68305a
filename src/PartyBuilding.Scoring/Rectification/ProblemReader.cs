using System.Text.Json;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Rectification;

/// <summary>
/// Reads a problem list (问题反馈单, inspection problems) from a JSON array:
/// <c>[{ "id", "organization", "organizationName", "source": "inspection", "description", "responsible", "found": "2026-01-15",
/// "deadline": "2026-01-30", "reference", "history": [{ "date": "2026-03-31", "status": "rectified", "note": "…" }] }]</c>.
/// <c>found</c> is required (a problem counts from the day it was found); one <c>rectified</c> report at most.
/// The <c>problems</c> of <c>pbscore inspect --format json</c> have this shape. A damaged item is rejected with its line and reason.
/// </summary>
public static class ProblemReader
{
    private static readonly string[] Fields =
        ["id", "organization", "organizationName", "source", "description", "responsible", "found", "deadline", "reference", "history"];

    private static readonly string[] ReportFields = ["date", "status", "note"];

    private static readonly IReadOnlyDictionary<string, ProblemProgress> Progress =
        Enum.GetValues<ProblemProgress>().ToDictionary(JsonValues.Word, p => p, StringComparer.Ordinal);

    /// <summary>Reads a problem list.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The problems read, in file order.</returns>
    /// <exception cref="InvalidDataException">The file cannot be read or is not a JSON array.</exception>
    public static IReadOnlyList<ProblemReadResult> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return [.. JsonItemFile.Read(path, "problem").Select(item => ToProblem(item.Item, item.Line))];
    }

    private static ProblemReadResult ToProblem(JsonElement item, int line)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return Rejected(null, line, "a problem must be a JSON object { \"id\", \"organization\", \"source\", \"description\", \"deadline\" }.");
        }

        var problems = new List<string>();
        JsonItemFile.OnlyKnown(item, Fields, problems);
        var id = JsonItemFile.Text(item, "id", problems);
        var organization = JsonItemFile.Text(item, "organization", problems);
        var sourceText = JsonItemFile.Text(item, "source", problems);
        var description = JsonItemFile.Text(item, "description", problems);
        var found = JsonItemFile.Date(item, "found", problems);
        var deadline = JsonItemFile.Date(item, "deadline", problems);
        foreach (var (name, value) in new (string, object?)[] { ("id", id), ("organization", organization), ("source", sourceText), ("description", description), ("found", found), ("deadline", deadline) })
        {
            if (value is null)
            {
                problems.Add($"the problem needs \"{name}\".");
            }
        }

        ProblemSource? source = null;
        if (sourceText is not null)
        {
            if (OversightVocabulary.Sources.TryGetValue(sourceText, out var parsed))
            {
                source = parsed;
            }
            else
            {
                problems.Add($"\"{sourceText}\" is not a problem source: use {RuleFileVocabulary.List(OversightVocabulary.Sources.Keys)}.");
            }
        }

        if (found is { } f && deadline is { } d && d < f)
        {
            problems.Add("the deadline is before the date the problem was found.");
        }

        var history = ReadHistory(item, found, problems);
        if (problems.Count > 0)
        {
            return Rejected(id, line, string.Join(" ", problems.Distinct()));
        }

        return new ProblemReadResult(new Problem(id!, organization!, source!.Value, description!, deadline!.Value)
        {
            OrganizationName = JsonItemFile.Text(item, "organizationName", problems),
            Responsible = JsonItemFile.Text(item, "responsible", problems),
            Found = found,
            Reference = JsonItemFile.Text(item, "reference", problems),
            History = history,
            SourceLine = line,
        }, null);
    }

    private static List<ProblemReport> ReadHistory(JsonElement item, DateOnly? found, List<string> problems)
    {
        var history = new List<ProblemReport>();
        if (!item.TryGetProperty("history", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return history;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add("\"history\" must be a list of status reports [{ \"date\", \"status\" }].");
            return history;
        }

        foreach (var report in element.EnumerateArray())
        {
            if (report.ValueKind != JsonValueKind.Object)
            {
                problems.Add("each status report must be an object { \"date\", \"status\", \"note\" }.");
                continue;
            }

            JsonItemFile.OnlyKnown(report, ReportFields, problems);
            var date = JsonItemFile.Date(report, "date", problems);
            var status = JsonItemFile.Text(report, "status", problems);
            if (date is null || status is null || !Progress.TryGetValue(status, out var progress))
            {
                problems.Add($"each status report needs a \"date\" and a \"status\" ({RuleFileVocabulary.List(Progress.Keys)}).");
                continue;
            }

            if (history.Count > 0 && date < history[^1].Date)
            {
                problems.Add("the status reports must be in date order.");
            }

            if (found is { } f && date < f)
            {
                problems.Add("a status report is dated before the problem was found.");
            }

            if (history.Count > 0 && history[^1].Progress == ProblemProgress.Rectified && progress != ProblemProgress.Rectified)
            {
                problems.Add("a problem reported rectified cannot be reported open again; record a new problem instead.");
            }
            else if (progress == ProblemProgress.Rectified && history.FirstOrDefault(r => r.Progress == ProblemProgress.Rectified) is { } first)
            {
                problems.Add($"the problem is reported rectified twice ({ProblemJson.Date(first.Date)} and {ProblemJson.Date(date.Value)}); keep the one report of the day it was rectified.");
            }

            history.Add(new ProblemReport(date.Value, progress, JsonItemFile.Text(report, "note", problems)));
        }

        return history;
    }

    private static ProblemReadResult Rejected(string? id, int line, string reason) =>
        new(null, new RecordRejection(id, line, RecordRejectionCodes.MalformedProblem, reason));
}
