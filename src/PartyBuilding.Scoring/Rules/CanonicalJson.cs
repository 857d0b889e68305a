using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PartyBuilding.Scoring.Rules;

// The canonical form hashed into RuleSetIdentity.Sha256: properties sorted ordinally, no
// whitespace, numbers exactly as written, and no "$schema" (an editor hint, not content).
internal static class CanonicalJson
{
    public static string Sha256(byte[] utf8) => Convert.ToHexStringLower(SHA256.HashData(Write(utf8)));

    // The canonical form is also the rule file's saved form: loading it gives the same rule set (same identity,
    // same model, same results), and writing it again changes nothing (RuleFileLawTests).
    public static byte[] Write(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, document.RootElement, isRoot: true);
        }

        return buffer.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element, bool isRoot)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (isRoot && property.Name == "$schema")
                    {
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value, isRoot: false);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, isRoot: false);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            default:
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
        }
    }
}
