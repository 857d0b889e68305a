using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Cli;

// Writes the full-marks record in the same formats pbscore score reads, so staff can fill it in and score it.
internal static class TemplateText
{
    public static string Json(OrganizationRecord record, RuleSet ruleSet)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteString("id", record.Id);
            writer.WriteString("name", record.Name);
            writer.WriteString("type", record.Type);
            writer.WriteNull("parent");
            writer.WriteStartObject("values");
            foreach (var input in ruleSet.Inputs)
            {
                writer.WritePropertyName(input.Id);
                Write(writer, record.Values[input.Id]);
            }

            writer.WriteEndObject();
            if (record.Reviews.Count > 0)
            {
                writer.WriteStartObject("reviews");
                foreach (var review in ruleSet.Reviews.Where(r => record.Reviews.ContainsKey(r.Id)))
                {
                    writer.WriteNumber(review.Id, record.Reviews[review.Id].Score!.Value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string Csv(OrganizationRecord record, RuleSet ruleSet)
    {
        var reviews = ruleSet.Reviews.Where(r => record.Reviews.ContainsKey(r.Id)).ToList();
        var header = new[] { "id", "name", "type", "parent" }
            .Concat(ruleSet.Inputs.Select(i => i.Id))
            .Concat(reviews.Select(r => "reviews." + r.Id));
        var row = new[] { record.Id, record.Name ?? string.Empty, record.Type ?? string.Empty, string.Empty }
            .Concat(ruleSet.Inputs.Select(i => record.Values[i.Id].ToString()))
            .Concat(reviews.Select(r => record.Reviews[r.Id].Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return string.Join(',', header.Select(Quote)) + "\n" + string.Join(',', row.Select(Quote)) + "\n";
    }

    private static void Write(Utf8JsonWriter writer, InputValue value)
    {
        switch (value.Kind)
        {
            case InputValueKind.Number:
                writer.WriteRawValue(value.ToString());
                break;
            case InputValueKind.Boolean:
                writer.WriteBooleanValue(value.Boolean);
                break;
            default:
                writer.WriteStringValue(value.Text);
                break;
        }
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
