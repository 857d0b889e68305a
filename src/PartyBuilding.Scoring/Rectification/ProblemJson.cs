using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.Rectification;

// Writes a problem in the shape ProblemReader reads, so the problems an inspection produces can be kept as the
// problem list whose quarter-end statuses are then added.
internal static class ProblemJson
{
    public static void Write(Utf8JsonWriter writer, Problem problem)
    {
        writer.WriteStartObject();
        writer.WriteString("id", problem.Id);
        writer.WriteString("organization", problem.Organization);
        writer.WriteString("organizationName", problem.OrganizationName);
        writer.WriteString("source", JsonValues.Word(problem.Source));
        writer.WriteString("description", problem.Description);
        writer.WriteString("responsible", problem.Responsible);
        writer.WriteString("found", problem.Found is { } found ? Date(found) : null);
        writer.WriteString("deadline", Date(problem.Deadline));
        writer.WriteString("reference", problem.Reference);
        writer.WriteStartArray("history");
        foreach (var report in problem.History)
        {
            writer.WriteStartObject();
            writer.WriteString("date", Date(report.Date));
            writer.WriteString("status", JsonValues.Word(report.Progress));
            writer.WriteString("note", report.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
