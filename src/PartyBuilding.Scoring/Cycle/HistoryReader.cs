using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Periods;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Cycle;

/// <summary>
/// Reads organization histories from JSON: an array of
/// <c>{ "id", "name", "type", "parent", "years": { "2024": { "component": [period scores…] } }, "events": [ { "date", "kind", "cause" } ],
/// "determinations": [ { "assessedYear": 2024, "steps": [ { "step", "date" } ] } ] }</c>.
/// A damaged organization is rejected with its id, line and every problem (PBR210) and reading goes on; a damaged file is an
/// <see cref="InvalidDataException"/>.
/// </summary>
public static class HistoryReader
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal) { "id", "name", "type", "parent", "years", "events", "determinations" };

    /// <summary>Reads a history file.</summary>
    /// <param name="path">The file (JSON).</param>
    /// <returns>The histories read, in file order.</returns>
    /// <exception cref="InvalidDataException">The file as a whole cannot be read (empty, not an array, broken); the message starts with the path.</exception>
    public static IReadOnlyList<HistoryReadResult> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var utf8 = File.ReadAllBytes(path);
        try
        {
            return Read(utf8);
        }
        catch (InvalidDataException ex)
        {
            // Name the file, as the records reader does: a run may read several.
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads histories from UTF-8 JSON.</summary>
    /// <param name="utf8">The JSON.</param>
    /// <returns>The histories read, in file order.</returns>
    /// <exception cref="InvalidDataException">The JSON is empty, not an array or broken.</exception>
    public static IReadOnlyList<HistoryReadResult> Read(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return RecordReader.ReadArray(utf8, "history",
            "The history file must hold a JSON array of organizations: [ { \"id\": …, \"years\": { … } }, … ].", ToHistory);
    }

    private static HistoryReadResult ToHistory(JsonElement element, int line)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Rejected(null, line, ["an organization must be a JSON object { \"id\": …, \"years\": { … } }."]);
        }

        var problems = new List<string>(JsonDuplicateProperties.Find(element, line));
        var id = Text(element, "id", problems);
        if (id is null && !Has(element, "id"))
        {
            problems.Add("the organization has no \"id\" text.");
        }

        foreach (var property in element.EnumerateObject().Where(p => !Fields.Contains(p.Name)))
        {
            problems.Add($"\"{property.Name}\" is not a history field (use {RuleFileVocabulary.List(Fields)}).");
        }

        var name = Text(element, "name", problems);
        var type = Text(element, "type", problems);
        var parent = Text(element, "parent", problems);
        var years = ReadYears(element, problems);
        var events = Items(element, "events", ["date", "kind", "cause"], problems).Select(e => new StarEvent(
            Date(e, "date", "an event", problems), Required(e, "kind", "an event", problems), Required(e, "cause", "an event", problems))).ToList();
        var determinations = Items(element, "determinations", ["assessedYear", "steps"], problems).Select(d => new Determination(
            AssessedYear(d, problems),
            [.. Items(d, "steps", ["step", "date"], problems).Select(s => new DeterminationStep(
                Required(s, "step", "a determination step", problems, "id"), Date(s, "date", "a determination step", problems)))])).ToList();
        return problems.Count > 0 || id is null
            ? Rejected(id, line, problems)
            : HistoryReadResult.Read(new OrganizationHistory(id)
            {
                Name = name,
                Type = type,
                Parent = parent,
                Years = years,
                Events = events,
                Determinations = determinations,
                SourceLine = line,
            });
    }

    private static List<AssessmentYear> ReadYears(JsonElement element, List<string> problems)
    {
        var years = new List<AssessmentYear>();
        if (!element.TryGetProperty("years", out var all) || all.ValueKind == JsonValueKind.Null)
        {
            return years;
        }

        if (all.ValueKind != JsonValueKind.Object)
        {
            problems.Add("\"years\" must be an object { \"2024\": { \"component\": … } }.");
            return years;
        }

        foreach (var year in all.EnumerateObject())
        {
            if (!int.TryParse(year.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1900 or > 9998 || year.Value.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"\"{year.Name}\" in \"years\" must be a year from 1900 to 9998 holding an object of components.");
                continue;
            }

            if (years.Any(y => y.Year == number))
            {
                problems.Add($"the year {year.Name} is given twice.");
                continue;
            }

            var components = new SortedDictionary<string, IReadOnlyList<PeriodEntry?>>(StringComparer.Ordinal);
            foreach (var component in year.Value.EnumerateObject())
            {
                var entries = component.Value.ValueKind == JsonValueKind.Array ? [.. component.Value.EnumerateArray()] : new[] { component.Value };
                components[component.Name] = [.. entries.Select(e => Entry(e, $"{year.Name}.{component.Name}", problems))];
            }

            years.Add(new AssessmentYear(number, components));
        }

        return years;
    }

    // null = missing period; a number = a score; { "values": { … } } = input values for the criteria.
    private static PeriodEntry? Entry(JsonElement element, string where, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number when element.TryGetDecimal(out var score):
                return PeriodEntry.FromScore(score);
            case JsonValueKind.Object when element.EnumerateObject().All(p => p.Name == "values") && element.TryGetProperty("values", out _):
                return PeriodEntry.FromValues(RecordReader.ReadValues(element, "values", problems));
            default:
                problems.Add($"a period of {where} must be a score (a number), {{ \"values\": {{ … }} }} or null for a missing period.");
                return null;
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string name, string[] fields, List<string> problems)
    {
        if (!element.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (list.ValueKind == JsonValueKind.Array && list.EnumerateArray().All(i => i.ValueKind == JsonValueKind.Object))
        {
            foreach (var unknown in list.EnumerateArray().SelectMany(i => i.EnumerateObject()).Select(p => p.Name).Where(n => !fields.Contains(n, StringComparer.Ordinal)).Distinct())
            {
                problems.Add($"\"{unknown}\" is not a field of \"{name}\" (use {RuleFileVocabulary.List(fields)}).");
            }

            return [.. list.EnumerateArray()];
        }

        problems.Add($"\"{name}\" must be a list of objects.");
        return [];
    }

    private static DateOnly Date(JsonElement element, string name, string what, List<string> problems)
    {
        if (Has(element, name) && element.GetProperty(name).ValueKind != JsonValueKind.String)
        {
            return Problem(problems, DateOnly.MinValue, $"{what}'s field \"{name}\" must be text (a date written yyyy-MM-dd), not {Kind(element.GetProperty(name))}.");
        }

        return CycleRulesBuilder.ParseDate(RecordReader.Text(element, name)) is { } date
            ? date
            : Problem(problems, DateOnly.MinValue, $"{what} needs its \"{name}\" as a date written yyyy-MM-dd (found {(element.TryGetProperty(name, out var v) ? v.GetRawText() : "nothing")}).");
    }

    private static int AssessedYear(JsonElement determination, List<string> problems)
    {
        if (!determination.TryGetProperty("assessedYear", out var year) || year.ValueKind == JsonValueKind.Null)
        {
            return Problem(problems, 0, "a determination needs its \"assessedYear\" (a whole number).");
        }

        return year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var assessed)
            ? assessed
            : Problem(problems, 0, $"a determination's field \"assessedYear\" must be a whole number, not {(year.ValueKind == JsonValueKind.Number ? year.GetRawText() : Kind(year))}.");
    }

    // A text field: absent or null is no value; any other JSON type is a problem naming the field, never silently dropped.
    private static string? Text(JsonElement element, string name, List<string> problems, string? owner = null)
    {
        if (!Has(element, name))
        {
            return null;
        }

        var value = element.GetProperty(name);
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problems.Add(owner is null ? $"the field \"{name}\" must be text, not {Kind(value)}." : $"{owner}'s field \"{name}\" must be text, not {Kind(value)}.");
        return null;
    }

    private static string Required(JsonElement element, string name, string what, List<string> problems, string noun = "text") =>
        Text(element, name, problems, what) ?? (Has(element, name) ? string.Empty : Problem(problems, $"{what} needs its \"{name}\" {noun}."));

    private static bool Has(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    private static string Kind(JsonElement element) => RecordReader.Kind(element);

    private static string Problem(List<string> problems, string message) => Problem(problems, string.Empty, message);

    private static T Problem<T>(List<string> problems, T fallback, string message)
    {
        problems.Add(message);
        return fallback;
    }

    private static HistoryReadResult Rejected(string? id, int line, List<string> problems) =>
        HistoryReadResult.Rejected(new RecordRejection(id, line, CycleRejectionCodes.Malformed, string.Join(" ", problems)));
}
