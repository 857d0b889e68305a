using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Hierarchy;

namespace PartyBuilding.Scoring.Reporting;

// The optional parts of a batch result in JSON: written only when the rule file's sections produced something,
// so results of rule files without them are unchanged.
internal static class BatchJson
{
    public static void WriteLagging(Utf8JsonWriter writer, IReadOnlyList<LaggingOrganization> lagging)
    {
        if (lagging.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("lagging");
        foreach (var item in lagging)
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteString("name", item.Name);
            writer.WriteNumber("rank", item.Rank);
            writer.WriteNumber("score", DecimalText.Normalize(item.Score));
            writer.WriteString("band", item.Band?.Id);
            writer.WriteStartArray("reasons");
            foreach (var reason in item.Reasons)
            {
                writer.WriteStringValue(reason);
            }

            writer.WriteEndArray();
            if (item.Rectification is { } rectification)
            {
                writer.WriteStartObject("rectification");
                writer.WriteString("plan", rectification.Plan);
                writer.WriteString("responsible", rectification.Responsible);
                writer.WriteString("deadline", rectification.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteRollups(Utf8JsonWriter writer, IReadOnlyList<RollupOutcome> rollups)
    {
        if (rollups.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("rollups");
        foreach (var item in rollups)
        {
            writer.WriteStartObject();
            writer.WriteString("rollup", item.Rollup.Id);
            writer.WriteString("organization", item.OrganizationId);
            writer.WriteString("name", item.Name);
            writer.WriteString("type", item.Type);
            writer.WriteNumber("count", item.Aggregate.Count);
            writer.WriteNumber("inBands", item.Aggregate.InBands);
            writer.WriteNumber("share", DecimalText.Normalize(RollupStanding.RoundShare(item.Aggregate.Share)));
            writer.WriteNumber("minimumShare", DecimalText.Normalize(item.Rollup.MinimumShare));
            writer.WriteNumber("mean", DecimalText.Normalize(Math.Round(item.Aggregate.Mean ?? 0m, 4, MidpointRounding.AwayFromZero)));
            writer.WriteNumber("min", DecimalText.Normalize(item.Aggregate.Min ?? 0m));
            writer.WriteNumber("max", DecimalText.Normalize(item.Aggregate.Max ?? 0m));
            writer.WriteBoolean("passed", item.Passed);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
