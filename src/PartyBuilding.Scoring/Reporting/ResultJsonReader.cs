using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

// Reads the outcomes (id, name, type, parent, score, band) back from a batch result written by ResultJson.
internal static class ResultJsonReader
{
    public static OutcomeSet Read(Stream stream, string sourceName)
    {
        try
        {
            // Read once into memory (as JsonDocument.Parse(stream) would), so a wrong value can be located by line.
            var bytes = Bytes(stream);
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            var ruleSet = Property(root, "ruleSet", JsonValueKind.Object, sourceName);
            var identity = new RuleSetIdentity(
                Text(ruleSet, "id", sourceName)!, Text(ruleSet, "version", sourceName)!, Sha256(ruleSet, bytes, sourceName));
            var lagging = root.TryGetProperty("lagging", out var laggingList) && laggingList.ValueKind == JsonValueKind.Array
                ? laggingList.EnumerateArray().Select(l => Text(l, "id", sourceName)!).ToHashSet(StringComparer.Ordinal)
                : [];
            var outcomes = new List<OrganizationOutcome>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var result in Property(root, "results", JsonValueKind.Array, sourceName).EnumerateArray())
            {
                if (!ids.Add(Text(result, "id", sourceName)!))
                {
                    throw new InvalidDataException(
                        $"{sourceName}: the result id \"{Text(result, "id", sourceName)}\" appears twice; a result file gives each organization once, so it cannot be carried.");
                }

                var band = result.TryGetProperty("band", out var b) && b.ValueKind == JsonValueKind.Object
                    ? new BandResult(Text(b, "id", sourceName)!, Text(b, "label", sourceName)!, Property(b, "level", JsonValueKind.Number, sourceName).GetInt32())
                    : null;
                outcomes.Add(new OrganizationOutcome(
                    Text(result, "id", sourceName)!, Optional(result, "name"), Optional(result, "type"), Optional(result, "parent"),
                    Property(result, "score", JsonValueKind.Number, sourceName).GetDecimal(), band)
                {
                    Lagging = lagging.Contains(Text(result, "id", sourceName)!),
                });
            }

            var rollups = root.TryGetProperty("rollups", out var rollupList) && rollupList.ValueKind == JsonValueKind.Array
                ? rollupList.EnumerateArray().Where(r => !r.TryGetProperty("notEvaluated", out _)).Select(r => new RollupStanding(
                    Text(r, "rollup", sourceName)!, Text(r, "organization", sourceName)!,
                    Property(r, "share", JsonValueKind.Number, sourceName).GetDecimal(), Passed(r, sourceName))).ToList()
                : [];
            return new OutcomeSet(identity, outcomes, rollups);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{sourceName}: not a result file written by pbscore score --format json: {JsonSourceMap.DescribeJsonError(ex)}", ex);
        }
        catch (ArgumentException ex)
        {
            // The parameter name ArgumentException appends means nothing to the reader of the message.
            throw new InvalidDataException($"{sourceName}: {ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal)}", ex);
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"{sourceName}: {ex.Message}", ex);
        }
    }

    private static ReadOnlyMemory<byte> Bytes(Stream stream)
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    // The rule set's hash as pbscore writes it (64 lowercase hex digits): a placeholder or a mistyped hash would be
    // printed in bulletins and comparisons as if it identified the rules that scored the results.
    private static string Sha256(JsonElement ruleSet, ReadOnlyMemory<byte> bytes, string sourceName)
    {
        var sha256 = Text(ruleSet, "sha256", sourceName)!;
        if (sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower))
        {
            return sha256;
        }

        var (line, column) = JsonSourceMap.Build(bytes.ToArray(), sourceName, [], "Result files").Find("$.ruleSet.sha256");
        throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
            $"{sourceName}({line},{column}): \"ruleSet.sha256\" is \"{sha256}\", not a SHA-256 of a rule set (64 lowercase hex digits, as pbscore validate prints it); a result file names the rules that scored it by this hash, so give the hash of those rules."));
    }

    private static JsonElement Property(JsonElement element, string name, JsonValueKind kind, string sourceName) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new InvalidDataException($"{sourceName}: not a result file written by pbscore score --format json: \"{name}\" is missing or has the wrong type.");

    private static string? Text(JsonElement element, string name, string sourceName) =>
        Property(element, name, JsonValueKind.String, sourceName).GetString();

    private static bool Passed(JsonElement element, string sourceName) =>
        element.TryGetProperty("passed", out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new InvalidDataException($"{sourceName}: not a result file written by pbscore score --format json: \"passed\" is missing or has the wrong type.");

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
