using System.Text.Json;

namespace PartyBuilding.Scoring.Rules;

// Whether a value fits a declared input: the single check used for defaults in rule files and for
// every value of every record, so both are held to the same rules.
internal static class InputConstraint
{
    public static (string Code, string Reason)? Check(InputValue value, InputDefinition input)
    {
        var expected = input.Type switch
        {
            InputType.Number or InputType.Count => InputValueKind.Number,
            InputType.Boolean => InputValueKind.Boolean,
            _ => InputValueKind.Text,
        };
        if (value.Kind != expected)
        {
            var wanted = input.Type switch
            {
                InputType.Number => "a number",
                InputType.Count => "a whole number",
                InputType.Boolean => "true or false",
                _ => "one of " + RuleFileVocabulary.List(input.Choices),
            };
            return (RecordRejectionCodes.WrongType, $"input \"{input.Id}\" ({input.Title}) must be {wanted}, but the record gives {Describe(value)}.");
        }

        switch (input.Type)
        {
            case InputType.Count when value.Number != decimal.Truncate(value.Number) || value.Number < 0:
                return (RecordRejectionCodes.OutOfRange, $"input \"{input.Id}\" ({input.Title}) counts occurrences and must be a whole number of 0 or more, but the record gives {value}.");
            case InputType.Number or InputType.Count when input.Min is { } min && value.Number < min:
                return (RecordRejectionCodes.OutOfRange, $"input \"{input.Id}\" ({input.Title}) must be at least {DecimalText.Format(min)}, but the record gives {value}.");
            case InputType.Number or InputType.Count when input.Max is { } max && value.Number > max:
                return (RecordRejectionCodes.OutOfRange, $"input \"{input.Id}\" ({input.Title}) must be at most {DecimalText.Format(max)}, but the record gives {value}.");
            case InputType.Grade when !input.Choices.Contains(value.Text, StringComparer.Ordinal):
                return (RecordRejectionCodes.OutOfRange, $"input \"{input.Id}\" ({input.Title}) must be one of {RuleFileVocabulary.List(input.Choices)}, but the record gives \"{value.Text}\".");
            default:
                return null;
        }
    }

    public static InputValue? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetDecimal(out var number) => InputValue.FromNumber(number),
        JsonValueKind.True => InputValue.FromBoolean(true),
        JsonValueKind.False => InputValue.FromBoolean(false),
        JsonValueKind.String => InputValue.FromText(element.GetString()!),
        _ => (InputValue?)null,
    };

    private static string Describe(InputValue value) => value.Kind switch
    {
        InputValueKind.Number => "the number " + value,
        InputValueKind.Boolean => value.ToString(),
        _ => $"the text \"{value.Text}\"",
    };
}
