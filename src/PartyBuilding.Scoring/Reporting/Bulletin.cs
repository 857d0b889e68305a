using System.Globalization;
using PartyBuilding.Scoring.Comparison;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// The bulletin (通报) of a scored batch as a <see cref="ReportDocument"/>: the ranked table with area subtotals, counts per
/// band (before and after when a previous result is given), promoted and demoted organizations, lagging organizations with
/// their rectification, roll-up constraints, rejected records, and the SHA-256 of rule set, input and result.
/// Write it with <see cref="ReportWriter"/>.
/// </summary>
public static class Bulletin
{
    /// <summary>Field id of the rule set's SHA-256.</summary>
    public const string RuleSetSha256Field = "ruleSetSha256";

    /// <summary>Field id of the input's SHA-256.</summary>
    public const string InputSha256Field = "inputSha256";

    /// <summary>Field id of the result's SHA-256.</summary>
    public const string ResultSha256Field = "resultSha256";

    /// <summary>Field id of the SHA-256 of the bulletin's content: its JSON (<see cref="ReportWriter"/>) without this field,
    /// so every published table (ranks, band counts, lagging, roll-ups, comparisons, rejections) is covered.</summary>
    public const string ContentSha256Field = "contentSha256";

    /// <summary>Builds the bulletin.</summary>
    /// <param name="batch">The scored batch.</param>
    /// <param name="ruleSet">The rule set that scored it.</param>
    /// <param name="options">Previous result, organization tree, input hash; null for none.</param>
    /// <returns>The bulletin document.</returns>
    /// <remarks>
    /// The result SHA-256 is taken over the result JSON, which includes every trace: score the batch with
    /// <see cref="BatchTrace.Spool"/> (or <see cref="BatchTrace.Keep"/>) for a bulletin to publish. A batch scored with
    /// <see cref="BatchTrace.Omit"/> gives the same bulletin without the result SHA-256 field (a draft that cannot be verified).
    /// </remarks>
    public static ReportDocument Build(BatchResult batch, RuleSet ruleSet, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var (content, insertAt) = Content(batch, ruleSet, options ?? new BulletinOptions());
        var fields = content.Fields.ToList();
        fields.Insert(insertAt, new(ContentSha256Field, "Content SHA-256", JsonSha256(content)));
        return content with { Fields = fields };
    }

    /// <summary>
    /// Writes the bulletin's JSON: the bytes of <c>ReportWriter.Write(Build(batch, ruleSet, options), ReportFormat.Json)</c>,
    /// formatted once. A seekable <paramref name="output"/> (a file) gets the JSON as it is written and hashed, and the content
    /// SHA-256 in its header is filled in at the end; any other output gets it from a temporary file written while hashing,
    /// then copied with the hash in its header. Either way a national bulletin (gigabytes) is neither held in memory nor
    /// formatted twice. The temporary file is deleted when done, also when the process is killed.
    /// </summary>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="batch">The scored batch.</param>
    /// <param name="ruleSet">The rule set that scored it.</param>
    /// <param name="options">Previous result, organization tree, input hash; null for none.</param>
    public static void WriteJson(Stream output, BatchResult batch, RuleSet ruleSet, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var (content, insertAt) = Content(batch, ruleSet, options ?? new BulletinOptions());
        if (output.CanSeek && output.CanWrite)
        {
            WriteJsonInPlace(output, content, insertAt);
            return;
        }

        using var temp = TemporaryFile.Create("pbscore-bulletin-");
        using var sha = System.Security.Cryptography.SHA256.Create();
        using (var hashing = new System.Security.Cryptography.CryptoStream(temp, sha, System.Security.Cryptography.CryptoStreamMode.Write, leaveOpen: true))
        {
            ReportWriter.Write(hashing, content, ReportFormat.Json);
        }

        var (marker, headBound, notFound) = HashFieldPlace(content, insertAt);
        var head = new byte[(int)Math.Min(temp.Length, headBound)];
        temp.Position = 0;
        temp.ReadExactly(head);
        var found = head.AsSpan().IndexOf(marker);
        if (found < 0)
        {
            throw new InvalidOperationException(notFound);
        }

        var at = found + marker.Length;
        output.Write(head, 0, at);
        output.Write(System.Text.Encoding.UTF8.GetBytes($",\n    \"{ContentSha256Field}\": \"{Convert.ToHexStringLower(sha.Hash!)}\""));
        temp.Position = at;
        temp.CopyTo(output);
    }

    // The content hash goes right after the field before it, a hash field near the top: "id": "value", as the JSON
    // writer escaped it (an input hash is the embedder's free text). Only the report id, the title and the fields up
    // to it come first, so the head searched is bounded by their escaped lengths; an unescaped quote cannot occur
    // inside a JSON string, so the first match is the field.
    private static (byte[] Marker, long HeadBound, string NotFound) HashFieldPlace(ReportDocument content, int insertAt)
    {
        var before = content.Fields[insertAt - 1];
        static int Escaped(string? text) => text is null ? 4 : System.Text.Json.JsonEncodedText.Encode(text, JsonValues.Encoder).EncodedUtf8Bytes.Length;
        var marker = System.Text.Encoding.UTF8.GetBytes(
            $"\"{System.Text.Json.JsonEncodedText.Encode(before.Id, JsonValues.Encoder)}\": \"{System.Text.Json.JsonEncodedText.Encode(before.Value, JsonValues.Encoder)}\"");
        var headBound = 256L + Escaped(content.Id) + Escaped(content.Title) + content.Fields.Take(insertAt).Sum(f => 16L + Escaped(f.Id) + Escaped(f.Value));
        return (marker, headBound,
            $"The bulletin's field \"{before.Id}\" was not found in the JSON written; the content SHA-256 cannot be placed. This is a bug in PartyBuilding.Scoring.");
    }

    // A seekable output (a file) gets the JSON directly, the content hash filled in at the top once it is known.
    private static void WriteJsonInPlace(Stream output, ReportDocument content, int insertAt)
    {
        var (marker, headBound, notFound) = HashFieldPlace(content, insertAt);
        var fieldStart = System.Text.Encoding.UTF8.GetBytes($",\n    \"{ContentSha256Field}\": \"");
        using var sha = System.Security.Cryptography.SHA256.Create();
        using var field = new HashFieldStream(output, new HashFieldStream.Place(marker, headBound, notFound), fieldStart, 64, "\""u8.ToArray());
        using (var hashing = new System.Security.Cryptography.CryptoStream(field, sha, System.Security.Cryptography.CryptoStreamMode.Write, leaveOpen: true))
        {
            ReportWriter.Write(hashing, content, ReportFormat.Json);
        }

        field.Fill(System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(sha.Hash!)));
    }

    // The bulletin without its content hash, and where in its fields the hash goes.
    private static (ReportDocument Content, int InsertAt) Content(BatchResult batch, RuleSet ruleSet, BulletinOptions options)
    {
        var decimals = ruleSet.Rounding.FinalDecimals;
        var comparison = options.Previous is { } previous ? ResultComparison.Compare(previous, OutcomeSet.From(batch)) : null;
        var fields = new List<ReportField>
        {
            new("ruleSet", "Rule set", $"{ruleSet.Identity.Id} {ruleSet.Identity.Version}"),
            new(RuleSetSha256Field, "Rule set SHA-256", ruleSet.Identity.Sha256),
        };
        if (options.InputSha256 is { } input)
        {
            fields.Add(new(InputSha256Field, "Input SHA-256", input));
        }

        if (batch.Trace != BatchTrace.Omit)
        {
            fields.Add(new(ResultSha256Field, "Result SHA-256", PublishedHash.OfResult(batch)));
        }

        fields.Add(new("read", "Records read", Number(batch.Read)));
        fields.Add(new("scored", "Scored", Number(batch.Results.Count)));
        fields.Add(new("rejected", "Rejected", Number(batch.Rejected.Count)));
        if (comparison is not null)
        {
            fields.Add(new("previous", "Compared with", ComparisonReport.Describe(comparison.Before)));
        }

        var bands = comparison?.Bands ?? ResultComparison.CountBands(batch.Results is RankedSlots slots ? slots.Bands : batch.Results.Select(r => r.Result.Band));
        var tables = new List<ReportTable> { Ranking(batch, options, decimals), BandCounts(bands, comparison is not null) };
        if (comparison is not null)
        {
            tables.Add(ComparisonReport.Changes(
                [.. comparison.Organizations.Where(o => o.Change != BandChange.Unchanged)], decimals, "bandChanges", "Promoted and demoted"));
        }

        if (ruleSet.Lagging is { } lagging)
        {
            tables.Add(BulletinTables.Lagging(batch, lagging, decimals));
        }

        if (comparison is not null && ruleSet.Lagging is not null)
        {
            tables.Add(BulletinTables.PreviouslyLagging(comparison, batch, decimals));
        }

        if (ruleSet.Rollups.Count > 0)
        {
            tables.Add(BulletinTables.Rollups(batch));
        }

        tables.Add(BulletinTables.Rejected(batch));
        var chart = new ReportChart("Band distribution", [.. bands.Select(b => new ReportField(b.BandId ?? "revoked", b.Label, Number(b.After)))]);
        var content = new ReportDocument("bulletin", options.Title ?? ruleSet.Title, [.. fields], tables, chart);
        return (content, fields.FindLastIndex(f => f.Id is RuleSetSha256Field or InputSha256Field or ResultSha256Field) + 1);
    }

    // The SHA-256 of the document's JSON, hashed as it is written (a national bulletin's JSON is gigabytes).
    private static string JsonSha256(ReportDocument content)
    {
        using var sha = System.Security.Cryptography.SHA256.Create();
        using (var hashing = new System.Security.Cryptography.CryptoStream(Stream.Null, sha, System.Security.Cryptography.CryptoStreamMode.Write, leaveOpen: true))
        {
            ReportWriter.Write(hashing, content, ReportFormat.Json);
        }

        return Convert.ToHexStringLower(sha.Hash!);
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static ReportTable Ranking(BatchResult batch, BulletinOptions options, int decimals)
    {
        var grouped = batch.Results.Any(r => r.GroupRank is not null);
        var areas = (batch.Results is RankedSlots { Layouts: [var layout] } ? layout : batch.Results.SelectMany(r => r.Result.Areas))
            .Select(a => (a.Id, a.Title)).Distinct().ToList();
        var groupNames = new Dictionary<string, string>(StringComparer.Ordinal);
        string Named(string? id) => id is null ? string.Empty : groupNames.TryGetValue(id, out var name) ? name : groupNames[id] = GroupName(id, options);
        var columns = new List<ReportColumn> { new("rank", "Rank", true) };
        if (grouped)
        {
            columns.Add(new("group", "Group"));
            columns.Add(new("groupRank", "Rank in group", true));
        }

        columns.AddRange([new("id", "Id"), new("name", "Name"), new("type", "Type"), new("parent", "Parent"), new("score", "Score", true), new("band", "Band")]);
        columns.AddRange(areas.Select(a => new ReportColumn("area." + a.Id, a.Title, true)));
        columns.Add(new("vetoes", "Vetoes and quotas"));
        // Rows are built when the writer reads them, one at a time: the table holds no row per organization.
        var rows = new ReportRows(batch.Results.Count, index =>
        {
            var r = batch.Results[index];
            var row = new List<string>(columns.Count) { Number(r.Rank) };
            if (grouped)
            {
                row.Add(Named(r.Group));
                row.Add(r.GroupRank is { } g ? Number(g) : string.Empty);
            }

            var result = r.Result;
            row.Add(result.Id);
            row.Add(result.Name ?? string.Empty);
            row.Add(result.Type ?? string.Empty);
            row.Add(Named(result.Parent));
            row.Add(DecimalText.Format(result.Score, decimals));
            row.Add(result.Band?.Label ?? "(revoked)");
            for (var i = 0; i < areas.Count; i++)
            {
                // Usually the result's own areas are the columns in the same order; otherwise found by id.
                var area = i < result.Areas.Count && result.Areas[i].Id == areas[i].Id ? result.Areas[i] : result.Areas.FirstOrDefault(x => x.Id == areas[i].Id);
                row.Add(area is null ? string.Empty : DecimalText.Format(area.Points));
            }

            row.Add(result.Vetoes.Count == 0 && result.Quotas.Count == 0
                ? string.Empty
                : string.Join("; ", result.Vetoes.Select(v => v.Title).Concat(result.Quotas.Select(q => q.Title))));
            return row;
        });
        return new ReportTable("ranking", "Ranking", columns, rows);
    }

    private static string GroupName(string? id, BulletinOptions options) =>
        id is null ? string.Empty : options.Organizations?.Find(id)?.Name is { } name ? $"{name} ({id})" : id;

    private static ReportTable BandCounts(IReadOnlyList<BandCount> bands, bool withBefore)
    {
        var columns = new List<ReportColumn> { new("band", "Band"), new("level", "Level", true) };
        if (withBefore)
        {
            columns.Add(new("before", "Before", true));
        }

        columns.Add(new("count", "Count", true));
        return new ReportTable("bands", "Count per band", columns,
        [
            .. bands.Select(b => (IReadOnlyList<string>)
            [
                b.Label, b.Level?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, .. withBefore ? [Number(b.Before)] : Array.Empty<string>(), Number(b.After),
            ]),
        ]);
    }
}
