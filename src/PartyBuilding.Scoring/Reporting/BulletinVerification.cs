using System.Text.Json;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// Whether a published bulletin (JSON, as <see cref="ReportWriter"/> writes it) still matches the bulletin rebuilt from the
/// files: each SHA-256 fingerprint, and every other field and every cell of every table (ranks, group ranks, band counts,
/// promoted and demoted, lagging, previously lagging, roll-ups, rejected records).
/// </summary>
/// <param name="Checks">The fingerprints compared: rule set, input, result and the bulletin's content.</param>
/// <param name="Differences">Every other published fact that differs from the rebuilt bulletin, by table and organization
/// (e.g. <c>ranking b02: rank published 1, now 5</c>), or that is only on one side.</param>
public sealed record BulletinVerification(IReadOnlyList<BulletinCheck> Checks, IReadOnlyList<string> Differences)
{
    private static readonly string[] Fingerprints = [Bulletin.RuleSetSha256Field, Bulletin.InputSha256Field, Bulletin.ResultSha256Field, Bulletin.ContentSha256Field];

    // Columns that name a row, so rows are matched by what they are about, not by position.
    private static readonly string[] KeyColumns = ["rollup", "id", "line", "code"];

    /// <summary>Name of the check that the published file's own content still gives its published <c>contentSha256</c>
    /// (false when the file was edited after it was written).</summary>
    public const string PublishedContentCheck = "contentSha256 of the published file itself";

    /// <summary>True when every fingerprint matches and nothing else differs.</summary>
    public bool Matches => Checks.All(c => c.Matches) && Differences.Count == 0;

    /// <summary>Compares a published bulletin with the bulletin rebuilt from a batch recomputed from the files.</summary>
    /// <param name="publishedJson">The published bulletin in JSON.</param>
    /// <param name="rebuilt">The bulletin rebuilt now (<see cref="Bulletin.Build"/> with the same options as the published one:
    /// previous result, organization tree, input hash).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidDataException">The published file is not a bulletin in JSON.</exception>
    public static BulletinVerification Verify(Stream publishedJson, ReportDocument rebuilt)
    {
        ArgumentNullException.ThrowIfNull(publishedJson);
        ArgumentNullException.ThrowIfNull(rebuilt);
        using var published = Parse(publishedJson);
        using var now = JsonDocument.Parse(ReportWriter.Write(rebuilt, ReportFormat.Json));
        var root = published.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("report", out var kind) || kind.ValueKind != JsonValueKind.String
            || kind.GetString() != "bulletin" || !root.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("The published file is not a bulletin written by pbscore bulletin --format json.");
        }

        var differences = new List<string>();
        var title = root.TryGetProperty("title", out var t) ? t : default;
        if (!Same(title, now.RootElement.GetProperty("title")))
        {
            differences.Add($"title: published {Show(title)}, now {Show(now.RootElement.GetProperty("title"))}");
        }

        // A bulletin published before the content hash existed has none: its tables are still compared cell by cell.
        var checks = Fingerprints
            .Where(f => f == Bulletin.ContentSha256Field ? fields.TryGetProperty(f, out _) : rebuilt.Fields.Any(x => x.Id == f) || fields.TryGetProperty(f, out _))
            .Select(f => new BulletinCheck(f, Text(fields, f), Text(now.RootElement.GetProperty("fields"), f))).ToList();
        if (fields.TryGetProperty(Bulletin.ContentSha256Field, out _))
        {
            // Whether the published file still holds what was hashed when it was published, whatever the files say now.
            checks.Add(new BulletinCheck(PublishedContentCheck, Text(fields, Bulletin.ContentSha256Field), ContentHash(root, fields, tables)));
        }
        CompareFields(fields, now.RootElement.GetProperty("fields"), differences);
        CompareTables(tables, now.RootElement.GetProperty("tables"), differences);
        return new BulletinVerification(checks, differences);
    }

    private static JsonDocument Parse(Stream stream)
    {
        try
        {
            return JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("The published bulletin is not valid JSON: " + JsonSourceMap.DescribeJsonError(ex), ex);
        }
    }

    // The content hash of the published file: its fields (but the hash itself) and tables written again as the bulletin
    // writer writes them, so whitespace does not count but every value does.
    private static string ContentHash(JsonElement root, JsonElement fields, JsonElement tables)
    {
        var title = root.TryGetProperty("title", out var t) ? Plain(t) : string.Empty;
        var documentFields = fields.EnumerateObject().Where(f => f.Name != Bulletin.ContentSha256Field)
            .Select(f => new ReportField(f.Name, f.Name, f.Value.ValueKind == JsonValueKind.Null ? string.Empty : Plain(f.Value))).ToList();
        var documentTables = new List<ReportTable>();
        foreach (var table in tables.EnumerateObject().Where(x => x.Value.ValueKind == JsonValueKind.Array))
        {
            var rows = table.Value.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).ToList();
            var names = rows.SelectMany(Properties).Distinct(StringComparer.Ordinal).ToList();
            var columns = names.Select(n => new ReportColumn(n, n, rows.Any(r => Get(r, n).ValueKind == JsonValueKind.Number))).ToList();
            documentTables.Add(new ReportTable(table.Name, table.Name, columns,
            [
                .. rows.Select(r => (IReadOnlyList<string>)[.. names.Select(n => Get(r, n) is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } v ? Plain(v) : string.Empty)]),
            ]));
        }

        var document = new ReportDocument(Plain(root.GetProperty("report")), title, documentFields, documentTables, null);
        try
        {
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ReportWriter.Write(document, ReportFormat.Json))));
        }
        catch (FormatException)
        {
            return "(the published tables hold a value that is not a number where numbers are expected)";
        }
    }

    private static void CompareFields(JsonElement published, JsonElement now, List<string> differences)
    {
        foreach (var name in Names(published, now).Where(n => !Fingerprints.Contains(n, StringComparer.Ordinal)))
        {
            var (p, n) = (Get(published, name), Get(now, name));
            if (!Same(p, n))
            {
                differences.Add($"field {name}: published {Show(p)}, now {Show(n)}");
            }
        }
    }

    private static void CompareTables(JsonElement published, JsonElement now, List<string> differences)
    {
        foreach (var table in Names(published, now))
        {
            var (p, n) = (Get(published, table), Get(now, table));
            if (p.ValueKind != JsonValueKind.Array || n.ValueKind != JsonValueKind.Array)
            {
                differences.Add(p.ValueKind == JsonValueKind.Array
                    ? $"table {table}: published, but not in the recomputed bulletin"
                    : $"table {table}: in the recomputed bulletin, but not published");
                continue;
            }

            var publishedRows = Rows(p);
            var nowRows = Rows(n);
            foreach (var key in nowRows.Keys.Concat(publishedRows.Keys).Distinct(StringComparer.Ordinal))
            {
                if (!publishedRows.TryGetValue(key, out var before))
                {
                    differences.Add($"{table} {key}: in the recomputed bulletin, not published");
                }
                else if (!nowRows.TryGetValue(key, out var after))
                {
                    differences.Add($"{table} {key}: published, not in the recomputed bulletin");
                }
                else
                {
                    differences.AddRange(Names(before, after).Where(c => !Same(Get(before, c), Get(after, c)))
                        .Select(c => $"{table} {key}: {c} published {Show(Get(before, c))}, now {Show(Get(after, c))}"));
                }
            }
        }
    }

    // Rows by what they are about (roll-up and organization, id, line and code of a rejection, or band and level);
    // by position when those do not tell the rows apart.
    private static Dictionary<string, JsonElement> Rows(JsonElement table)
    {
        var rows = table.EnumerateArray().ToList();
        var first = rows.FirstOrDefault();
        var columns = first.ValueKind == JsonValueKind.Object ? KeyColumns.Where(c => first.TryGetProperty(c, out _)).ToArray() : [];
        if (columns.Length == 0 && first.ValueKind == JsonValueKind.Object && first.TryGetProperty("band", out _))
        {
            columns = ["band", "level"];
        }

        var keys = rows.Select((row, i) => columns.Length == 0 || row.ValueKind != JsonValueKind.Object
            ? $"row {i + 1}"
            : string.Join(" ", columns.Select(c => Get(row, c)).Where(v => v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)).Select(Plain))).ToList();
        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            keys = [.. rows.Select((_, i) => $"row {i + 1}")];
        }

        return keys.Zip(rows).ToDictionary(k => k.First, k => k.Second, StringComparer.Ordinal);
    }

    private static IEnumerable<string> Names(JsonElement published, JsonElement now) =>
        Properties(now).Concat(Properties(published)).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Properties(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.EnumerateObject().Select(p => p.Name) : [];

    private static JsonElement Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static bool Same(JsonElement published, JsonElement now) =>
        published.ValueKind == now.ValueKind && (published.ValueKind == JsonValueKind.Undefined || JsonElement.DeepEquals(published, now));

    private static string Text(JsonElement fields, string name) =>
        Get(fields, name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : string.Empty;

    private static string Plain(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined => "(absent)",
        JsonValueKind.Null => "(empty)",
        JsonValueKind.String => $"\"{value.GetString()}\"",
        _ => value.GetRawText(),
    };
}
