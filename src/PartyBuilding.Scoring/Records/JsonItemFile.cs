using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Records;

// Reads the JSON data files of reviews, inspections and problem lists: one array of objects, each item with the
// line it starts on (found with the rule loader's source map). A damaged file is an InvalidDataException, never a
// partial read; checking each item's fields is the caller's work, with the small readers below.
internal static class JsonItemFile
{
    public static IReadOnlyList<(JsonElement Item, int Line)> Read(string path, string what)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: the {what} file cannot be read: {ex.Message}", ex);
        }

        return Read(bytes, path, what);
    }

    public static IReadOnlyList<(JsonElement Item, int Line)> Read(byte[] utf8, string file, string what)
    {
        if (utf8 is [0xEF, 0xBB, 0xBF, ..])
        {
            utf8 = utf8[3..];
        }

        if (RecordReader.IsBlank(utf8))
        {
            throw new InvalidDataException($"{file}: {RecordReader.EmptyFile(what, "it holds no JSON array", "read")}");
        }

        try
        {
            RecordReader.RequireUtf8(utf8, what, "read");
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{file}: {ex.Message}", ex);
        }

        var errors = new List<RuleFileError>();
        var map = JsonSourceMap.Build(utf8, file, errors, $"{char.ToUpperInvariant(what[0])}{what[1..]} files");
        if (errors.Count > 0)
        {
            var error = errors[0];
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{file}({error.Line},{error.Column}): the {what} file is not valid JSON: {error.Message} Nothing was read: a damaged file must be fixed, not half read."));
        }

        using var document = JsonDocument.Parse(utf8);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{file}: the {what} file must hold a JSON array: [ {{ … }}, … ].");
        }

        var items = new List<(JsonElement, int)>();
        var index = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            items.Add((item.Clone(), map.Find($"$[{index}]").Line));
            index++;
        }

        return items;
    }

    public static string? Text(JsonElement item, string name, List<string> problems)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"\"{name}\" must be text in double quotes.");
            return null;
        }

        return value.GetString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text : null;
    }

    public static DateOnly? Date(JsonElement item, string name, List<string> problems)
    {
        var text = Text(item, name, problems);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"\"{name}\" is \"{text}\", not a date written as yyyy-MM-dd.");
        return null;
    }

    public static void OnlyKnown(JsonElement item, IReadOnlyCollection<string> known, List<string> problems)
    {
        foreach (var property in item.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            problems.Add($"\"{property.Name}\" is not a field here (use {RuleFileVocabulary.List(known)}).");
        }
    }
}
