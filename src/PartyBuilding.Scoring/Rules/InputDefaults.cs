using System.Text.Json;

namespace PartyBuilding.Scoring.Rules;

// Turns an input's "default" as written in the rule file into a value, or null when it does not fit.
internal static class InputDefaults
{
    public static InputValue? Convert(JsonElement element, InputDocument input, InputType type)
    {
        if (InputConstraint.FromJson(element) is not { } value)
        {
            return null;
        }

        var definition = new InputDefinition(
            input.Id ?? string.Empty, input.Title ?? string.Empty, type, input.Min, input.Max,
            [.. (input.Choices ?? []).OfType<string>()], input.Unit, input.Description, Default: null);
        return InputConstraint.Check(value, definition) is null ? value : (InputValue?)null;
    }
}
