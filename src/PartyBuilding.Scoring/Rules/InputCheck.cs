using System.Collections.Frozen;

namespace PartyBuilding.Scoring.Rules;

// InputConstraint.Check for one declared input, reduced to plain compares for the binder's quick path: the kind the input
// takes, whether it must be whole and 0 or more (a count), its bounds (only those it has) and its choices as a set.
// Accepts(value) is true exactly when InputConstraint.Check(value, input) is null (a property test holds the two
// together); a value it refuses goes to the full binding, which words the reason with InputConstraint.
internal readonly struct InputCheck
{
    private readonly InputValueKind kind;
    private readonly bool whole;
    private readonly bool hasLow;
    private readonly bool hasHigh;
    private readonly decimal low;
    private readonly decimal high;
    private readonly FrozenSet<string>? choices;

    public InputCheck(InputDefinition input)
    {
        kind = input.Type switch
        {
            InputType.Number or InputType.Count => InputValueKind.Number,
            InputType.Boolean => InputValueKind.Boolean,
            _ => InputValueKind.Text,
        };
        if (kind == InputValueKind.Number)
        {
            whole = input.Type == InputType.Count;

            // A count is 0 or more, and at least its min: one lower bound, the larger of the two.
            var floor = whole ? Math.Max(0m, input.Min ?? 0m) : input.Min;
            (hasLow, low) = floor is { } l ? (true, l) : (false, 0m);
            (hasHigh, high) = input.Max is { } h ? (true, h) : (false, 0m);
        }
        else if (kind == InputValueKind.Text)
        {
            choices = input.Choices.ToFrozenSet(StringComparer.Ordinal);
        }
    }

    public bool Accepts(in InputValue value)
    {
        if (value.Kind != kind)
        {
            return false;
        }

        switch (kind)
        {
            case InputValueKind.Number:
                var number = value.Number;
                return (!whole || number.Scale == 0 || number == decimal.Truncate(number))
                    && (!hasLow || number >= low)
                    && (!hasHigh || number <= high);
            case InputValueKind.Text:
                return choices!.Contains(value.Text);
            default:
                return true;
        }
    }
}
