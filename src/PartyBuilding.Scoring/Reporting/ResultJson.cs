using System.Text.Json;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// Writes results as JSON for other systems and for snapshot tests. The output is deterministic: fixed property
/// order, invariant culture, decimals written exactly (trailing zeros dropped), Chinese text unescaped, \n line ends.
/// </summary>
public static class ResultJson
{
    /// <summary>Serializes a batch: <c>{ ruleSet, read, scored, rejectedCount, results: [...], rejected: [...] }</c>.</summary>
    /// <param name="batch">The batch result.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="InvalidOperationException">The batch was scored with <see cref="BatchTrace.Omit"/>: the result JSON includes traces.</exception>
    /// <remarks>The whole text is held in memory; for large batches use <see cref="Write(Stream, BatchResult)"/>.</remarks>
    public static string Serialize(BatchResult batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return JsonValues.ToText(writer => WriteDocument(writer, batch));
    }

    /// <summary>
    /// Writes the same UTF-8 bytes as <see cref="Serialize(BatchResult)"/> to a stream, one result at a time, so the text is
    /// never held whole. With a batch scored with <see cref="BatchTrace.Spool"/>, each result's trace is read back from the
    /// batch's temporary file as it is written: memory then holds one trace, not all of them.
    /// </summary>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="batch">The batch result.</param>
    /// <exception cref="InvalidOperationException">The batch was scored with <see cref="BatchTrace.Omit"/>: the result JSON includes traces.</exception>
    public static void Write(Stream output, BatchResult batch)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        JsonValues.ToStream(output, writer => WriteDocument(writer, batch));
    }

    private static void WriteDocument(Utf8JsonWriter writer, BatchResult batch)
    {
        writer.WriteStartObject();
        WriteBatch(writer, batch);
        writer.WriteEndObject();
    }

    // The properties of a batch, for reports that add their own sections after them.
    internal static void WriteBatch(Utf8JsonWriter writer, BatchResult batch)
    {
        WriteRuleSet(writer, batch.RuleSet);
        writer.WriteNumber("read", batch.Read);
        writer.WriteNumber("scored", batch.Results.Count);
        writer.WriteNumber("rejectedCount", batch.Rejected.Count);
        writer.WriteStartArray("results");
        foreach (var ranked in batch.Results)
        {
            WriteResult(writer, ranked.Result, ranked, batch.TraceOf(ranked.Result));
            writer.Flush();
        }

        writer.WriteEndArray();
        WriteRejections(writer, "rejected", batch.Rejected);
        BatchJson.WriteLagging(writer, batch.Lagging);
        BatchJson.WriteRollups(writer, batch.Rollups);
    }

    internal static void WriteRejections(Utf8JsonWriter writer, string name, IReadOnlyList<RecordRejection> rejections)
    {
        writer.WriteStartArray(name);
        foreach (var rejection in rejections)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rejection.Id);
            if (rejection.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }
            else
            {
                writer.WriteNull("line");
            }

            writer.WriteString("code", rejection.Code);
            writer.WriteString("reason", rejection.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads the outcomes (id, name, type, parent, score, band) back from a batch result written by <see cref="Serialize(BatchResult)"/>.</summary>
    /// <param name="stream">The result JSON.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <returns>The outcomes with the rule set that produced them.</returns>
    /// <exception cref="InvalidDataException">The content is not a batch result.</exception>
    public static OutcomeSet ReadOutcomes(Stream stream, string sourceName = "result.json")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        return ResultJsonReader.Read(stream, sourceName);
    }

    /// <summary>Reads the outcomes back from a batch result file written by <see cref="Serialize(BatchResult)"/>.</summary>
    /// <param name="path">The result file.</param>
    /// <returns>The outcomes with the rule set that produced them.</returns>
    /// <exception cref="InvalidDataException">The file is not a batch result.</exception>
    public static OutcomeSet ReadOutcomes(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return ResultJsonReader.Read(stream, path);
    }

    /// <summary>Serializes one result, with the rule set that produced it.</summary>
    /// <param name="result">The result.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(ScoreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonValues.ToText(writer =>
        {
            writer.WriteStartObject();
            WriteRuleSet(writer, result.RuleSet);
            writer.WritePropertyName("result");
            WriteResult(writer, result, ranked: null, result.Trace);
            writer.WriteEndObject();
        });
    }

    internal static void WriteRuleSet(Utf8JsonWriter writer, RuleSetIdentity identity)
    {
        writer.WriteStartObject("ruleSet");
        writer.WriteString("id", identity.Id);
        writer.WriteString("version", identity.Version);
        writer.WriteString("sha256", identity.Sha256);
        writer.WriteEndObject();
    }

    internal static void WriteResult(Utf8JsonWriter writer, ScoreResult result, RankedResult? ranked, IReadOnlyList<TraceLine> trace)
    {
        writer.WriteStartObject();
        if (ranked is not null)
        {
            writer.WriteNumber("rank", ranked.Rank);
            if (ranked.GroupRank is { } groupRank)
            {
                writer.WriteString("group", ranked.Group);
                writer.WriteNumber("groupRank", groupRank);
            }
        }

        writer.WriteString("id", result.Id);
        writer.WriteString("name", result.Name);
        writer.WriteString("type", result.Type);
        writer.WriteString("parent", result.Parent);
        Number(writer, "score", result.Score);
        if (result.Total is { } total)
        {
            Number(writer, "total", total);
        }
        else
        {
            writer.WriteNull("total");
        }

        WriteBand(writer, "band", result.Band);
        WriteBand(writer, "bandBeforeVetoes", result.BandBeforeVetoes);
        writer.WriteStartArray("areas");
        foreach (var area in result.Areas)
        {
            writer.WriteStartObject();
            writer.WriteString("source", area.Source);
            writer.WriteString("id", area.Id);
            writer.WriteString("title", area.Title);
            Number(writer, "points", area.Points);
            Number(writer, "max", area.Max);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("reviews");
        foreach (var review in result.Reviews)
        {
            writer.WriteStartObject();
            writer.WriteString("id", review.Id);
            writer.WriteString("title", review.Title);
            writer.WriteString("supplies", JsonValues.Word(review.Supplies));
            Number(writer, "weight", review.Weight);
            Number(writer, "score", review.Score);
            Number(writer, "weighted", review.Weighted);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("vetoes");
        foreach (var veto in result.Vetoes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", veto.Id);
            writer.WriteString("title", veto.Title);
            writer.WriteString("action", JsonValues.Word(veto.Action));
            writer.WriteString("message", veto.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (result.Quotas.Count > 0)
        {
            writer.WriteStartArray("quotas");
            foreach (var quota in result.Quotas)
            {
                writer.WriteStartObject();
                writer.WriteString("id", quota.Id);
                writer.WriteString("title", quota.Title);
                writer.WriteString("from", quota.From.Id);
                writer.WriteString("to", quota.To.Id);
                writer.WriteString("message", quota.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("trace");
        foreach (var line in trace)
        {
            writer.WriteStartObject();
            writer.WriteString("source", line.Source);
            writer.WriteString("area", line.AreaId);
            writer.WriteString("criterion", line.CriterionId);
            writer.WriteString("title", line.Title);
            writer.WriteString("kind", JsonValues.Word(line.Kind));
            writer.WriteString("method", JsonValues.Word(line.Method));
            Number(writer, "points", line.Points);
            Number(writer, "max", line.Max);
            writer.WriteStartObject("inputs");
            foreach (var input in line.Inputs)
            {
                writer.WritePropertyName(input.Id);
                JsonValues.Write(writer, input.Value);
            }

            writer.WriteEndObject();
            writer.WriteString("message", line.Message);
            writer.WriteString("note", line.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static void WriteBand(Utf8JsonWriter writer, string name, BandResult? band)
    {
        if (band is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("id", band.Id);
        writer.WriteString("label", band.Label);
        writer.WriteNumber("level", band.Level);
        writer.WriteEndObject();
    }

    internal static void Number(Utf8JsonWriter writer, string name, decimal value) =>
        writer.WriteNumber(name, DecimalText.Normalize(value));
}
