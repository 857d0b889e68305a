using System.Text.Json;

namespace PartyBuilding.Scoring.Reporting;

// An input value written as its own JSON kind, numbers exactly and without trailing zeros.
internal static class JsonValues
{
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
}
