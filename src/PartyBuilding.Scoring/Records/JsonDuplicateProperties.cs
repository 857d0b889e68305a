using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace PartyBuilding.Scoring.Records;

// JsonDocument keeps every copy of a repeated property and lookups find the last one, so a record such as
// { "values": { "v": 2, "v": 0 } } would silently lose a value (and with it a veto). This scan of the record's own
// bytes names each property given more than once, with its path and lines.
internal static class JsonDuplicateProperties
{
    // firstLine: the line the element starts on, or null when it stands alone (no lines are named then).
    public static IEnumerable<string> Find(JsonElement element, int? firstLine)
    {
        var utf8 = JsonMarshal.GetRawUtf8Value(element);
        var reader = new Utf8JsonReader(utf8);
        var objects = new Stack<(string Path, Dictionary<string, List<int>> Names)>();
        var repeated = new List<(string Path, List<int> Lines)>();
        var pending = string.Empty;
        var newlines = 0;
        var scanned = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    objects.Push((pending, new Dictionary<string, List<int>>(StringComparer.Ordinal)));
                    break;
                case JsonTokenType.EndObject:
                    repeated.AddRange(objects.Pop().Names.Where(n => n.Value.Count > 1).Select(n => (n.Key, n.Value)));
                    break;
                case JsonTokenType.PropertyName:
                    for (; scanned < reader.TokenStartIndex; scanned++)
                    {
                        newlines += utf8[scanned] == (byte)'\n' ? 1 : 0;
                    }

                    var (path, names) = objects.Peek();
                    var name = reader.GetString()!;
                    var full = path.Length == 0 ? name : $"{path}.{name}";
                    if (!names.TryGetValue(full, out var lines))
                    {
                        names[full] = lines = [];
                    }

                    lines.Add(newlines);
                    pending = full;
                    break;
            }
        }

        return repeated.OrderBy(r => r.Lines[0]).ThenBy(r => r.Path, StringComparer.Ordinal).Select(r => firstLine is { } start
            ? string.Create(CultureInfo.InvariantCulture, $"\"{r.Path}\" is given {r.Lines.Count} times ({Lines(r.Lines.Distinct().Select(l => start + l).ToList())}); give each field and value once.")
            : string.Create(CultureInfo.InvariantCulture, $"\"{r.Path}\" is given {r.Lines.Count} times; give each field and value once."));
    }

    private static string Lines(List<int> lines) =>
        lines.Count == 1 ? string.Create(CultureInfo.InvariantCulture, $"line {lines[0]}") : $"lines {string.Join(", ", lines.Select(l => l.ToString(CultureInfo.InvariantCulture)))}";
}
