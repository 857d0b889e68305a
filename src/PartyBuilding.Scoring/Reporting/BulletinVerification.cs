using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// Whether a published bulletin (JSON, as <see cref="ReportWriter"/> writes it) still matches the rule set, input and
/// result recomputed from the files: each SHA-256, and each published score and band.
/// </summary>
/// <param name="Checks">The fingerprints compared: rule set, input, result.</param>
/// <param name="ScoreDifferences">Organizations whose published score or band differs from the recomputed one, or that are only on one side.</param>
public sealed record BulletinVerification(IReadOnlyList<BulletinCheck> Checks, IReadOnlyList<string> ScoreDifferences)
{
    /// <summary>True when every fingerprint and every score matches.</summary>
    public bool Matches => Checks.All(c => c.Matches) && ScoreDifferences.Count == 0;

    /// <summary>Compares a published bulletin with a batch recomputed from the files.</summary>
    /// <param name="publishedJson">The published bulletin in JSON.</param>
    /// <param name="ruleSet">The rule set loaded now.</param>
    /// <param name="inputSha256">The SHA-256 of the input file now (<see cref="PublishedHash.OfFile"/>).</param>
    /// <param name="batch">The batch scored now.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidDataException">The published file is not a bulletin in JSON.</exception>
    public static BulletinVerification Verify(Stream publishedJson, RuleSet ruleSet, string inputSha256, BatchResult batch)
    {
        ArgumentNullException.ThrowIfNull(publishedJson);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(inputSha256);
        ArgumentNullException.ThrowIfNull(batch);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(publishedJson);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("The published bulletin is not valid JSON: " + JsonSourceMap.DescribeJsonError(ex), ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("report", out var kind) || kind.GetString() != "bulletin"
                || !root.TryGetProperty("fields", out var fields) || !root.TryGetProperty("tables", out var tables)
                || !tables.TryGetProperty("ranking", out var ranking) || ranking.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("The published file is not a bulletin written by pbscore bulletin --format json.");
            }

            string Field(string name) => fields.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
            BulletinCheck[] checks =
            [
                new(Bulletin.RuleSetSha256Field, Field(Bulletin.RuleSetSha256Field), ruleSet.Identity.Sha256),
                new(Bulletin.InputSha256Field, Field(Bulletin.InputSha256Field), inputSha256),
                new(Bulletin.ResultSha256Field, Field(Bulletin.ResultSha256Field), PublishedHash.OfResult(batch)),
            ];
            return new BulletinVerification(checks, Differences(ranking, batch));
        }
    }

    private static List<string> Differences(JsonElement ranking, BatchResult batch)
    {
        var now = batch.Results.ToDictionary(r => r.Result.Id, r => r.Result, StringComparer.Ordinal);
        var published = new SortedDictionary<string, (decimal Score, string Band)>(StringComparer.Ordinal);
        foreach (var row in ranking.EnumerateArray())
        {
            if (row.TryGetProperty("id", out var id) && id.GetString() is { } key && row.TryGetProperty("score", out var score) && score.TryGetDecimal(out var value))
            {
                published[key] = (value, row.TryGetProperty("band", out var band) ? band.GetString() ?? string.Empty : string.Empty);
            }
        }

        var differences = new List<string>();
        foreach (var (id, (score, band)) in published)
        {
            if (!now.TryGetValue(id, out var result))
            {
                differences.Add($"{id}: published {Text(score)} {band}, not in the result now");
            }
            else if (result.Score != score || (result.Band?.Label ?? "(revoked)") != band)
            {
                differences.Add($"{id}: published {Text(score)} {band}, now {Text(result.Score)} {result.Band?.Label ?? "(revoked)"}");
            }
        }

        differences.AddRange(now.Keys.Where(id => !published.ContainsKey(id)).Order(StringComparer.Ordinal)
            .Select(id => $"{id}: in the result now ({Text(now[id].Score)} {now[id].Band?.Label ?? "(revoked)"}), not published"));
        return differences;
    }

    private static string Text(decimal value) => DecimalText.Normalize(value).ToString(CultureInfo.InvariantCulture);
}
