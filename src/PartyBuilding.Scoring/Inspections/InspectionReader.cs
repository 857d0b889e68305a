using System.Text.Json;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Inspections;

/// <summary>
/// Reads inspection records from a JSON array:
/// <c>[{ "id": "2026-03-t01", "date": "2026-03-12", "organization": "t01", "name": "…", "responsible": "…",
/// "findings": { "themePartyDay": 1, "threeMeetingsOneLesson": ["记录不全", "…"] } }]</c>; a finding is a count or a
/// list of descriptions, keyed by inspection item (criterion id). A damaged item is rejected with its line and reason.
/// </summary>
public static class InspectionReader
{
    private static readonly string[] Fields = ["id", "date", "organization", "name", "type", "responsible", "findings"];

    /// <summary>Reads an inspection file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The records read, in file order.</returns>
    /// <exception cref="InvalidDataException">The file cannot be read or is not a JSON array.</exception>
    public static IReadOnlyList<InspectionReadResult> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return [.. JsonItemFile.Read(path, "inspection").Select(item => ToRecord(item.Item, item.Line))];
    }

    private static InspectionReadResult ToRecord(JsonElement item, int line)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return Rejected(null, line, "an inspection record must be a JSON object { \"id\", \"date\", \"organization\", \"findings\" }.");
        }

        var problems = new List<string>();
        JsonItemFile.OnlyKnown(item, Fields, problems);
        var id = JsonItemFile.Text(item, "id", problems);
        var date = JsonItemFile.Date(item, "date", problems);
        var organization = JsonItemFile.Text(item, "organization", problems);
        foreach (var (name, value) in new[] { ("id", (object?)id), ("date", date), ("organization", organization) })
        {
            if (value is null && item.TryGetProperty(name, out _) is false)
            {
                problems.Add($"the record has no \"{name}\".");
            }
        }

        var findings = new List<InspectionFinding>();
        if (item.TryGetProperty("findings", out var findingsElement) && findingsElement.ValueKind != JsonValueKind.Null)
        {
            if (findingsElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add("\"findings\" must be an object { \"item id\": count or [descriptions] }.");
            }
            else
            {
                foreach (var finding in findingsElement.EnumerateObject())
                {
                    ReadFinding(finding, findings, problems);
                }
            }
        }

        if (problems.Count > 0 || id is null || date is null || organization is null)
        {
            return Rejected(id, line, problems.Count > 0 ? string.Join(" ", problems) : "the record needs \"id\", \"date\" and \"organization\".");
        }

        return new InspectionReadResult(new InspectionRecord(id, date.Value, organization)
        {
            Name = JsonItemFile.Text(item, "name", problems),
            Type = JsonItemFile.Text(item, "type", problems),
            Responsible = JsonItemFile.Text(item, "responsible", problems),
            Findings = findings,
            SourceLine = line,
        }, null);
    }

    private static void ReadFinding(JsonProperty finding, List<InspectionFinding> findings, List<string> problems)
    {
        switch (finding.Value.ValueKind)
        {
            case JsonValueKind.Number when finding.Value.TryGetInt32(out var count) && count >= 0:
                findings.AddRange(Enumerable.Repeat(new InspectionFinding(finding.Name, null), count));
                break;
            case JsonValueKind.Array when finding.Value.EnumerateArray().All(d => d.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(d.GetString())):
                findings.AddRange(finding.Value.EnumerateArray().Select(d => new InspectionFinding(finding.Name, d.GetString())));
                break;
            default:
                problems.Add($"the findings of \"{finding.Name}\" must be a whole number of problems (0 or more) or a list of descriptions.");
                break;
        }
    }

    private static InspectionReadResult Rejected(string? id, int line, string reason) =>
        new(null, new RecordRejection(id, line, RecordRejectionCodes.MalformedInspection, reason));
}
