using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PartyBuilding.Scoring.Reporting;

// The one way reports write JSON: indented, \n line ends, Chinese unescaped, input values as their own
// JSON kind with numbers exactly and without trailing zeros, enum values as camelCase words.
internal static class JsonValues
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = Encoder,
        NewLine = "\n",
    };

    // Writes straight to a stream; the writer is flushed as the body goes (e.g. after each result), so the output
    // is never held whole.
    public static void ToStream(Stream stream, Action<Utf8JsonWriter> body)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        body(writer);
    }

    public static string ToText(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, InputValue value)
    {
        switch (value.Kind)
        {
            case InputValueKind.Number:
                writer.WriteNumberValue(DecimalText.Normalize(value.Number));
                break;
            case InputValueKind.Boolean:
                writer.WriteBooleanValue(value.Boolean);
                break;
            default:
                writer.WriteStringValue(value.Text);
                break;
        }
    }

    // LowerBand → "lowerBand": the word the rule file uses.
    public static string Word<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }
}
