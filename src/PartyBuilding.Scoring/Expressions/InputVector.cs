namespace PartyBuilding.Scoring.Expressions;

// The values of one evaluation context, by input index: what compiled expressions read.
// Numbers and counts live in Numbers, booleans in Flags, grades in Texts; Present says which were given
// (or defaulted). One array per kind keeps compiled expressions free of boxing.
internal sealed class InputVector
{
    public InputVector(int count)
    {
        Numbers = new decimal[count];
        Flags = new bool[count];
        Texts = new string?[count];
        Present = new bool[count];
    }

    public decimal[] Numbers { get; }

    public bool[] Flags { get; }

    public string?[] Texts { get; }

    public bool[] Present { get; }

    public void Set(int index, InputValue value)
    {
        switch (value.Kind)
        {
            case InputValueKind.Number:
                Numbers[index] = value.Number;
                break;
            case InputValueKind.Boolean:
                Flags[index] = value.Boolean;
                break;
            default:
                Texts[index] = value.Text;
                break;
        }

        Present[index] = true;
    }

    public InputValue Get(int index, Rules.InputType type) => type switch
    {
        Rules.InputType.Number or Rules.InputType.Count => InputValue.FromNumber(Numbers[index]),
        Rules.InputType.Boolean => InputValue.FromBoolean(Flags[index]),
        _ => InputValue.FromText(Texts[index] ?? string.Empty),
    };

    public void CopyFrom(InputVector source)
    {
        source.Numbers.CopyTo(Numbers, 0);
        source.Flags.CopyTo(Flags, 0);
        source.Texts.CopyTo(Texts, 0);
        source.Present.CopyTo(Present, 0);
    }

    public InputVector Clone()
    {
        var copy = new InputVector(Numbers.Length);
        Numbers.CopyTo(copy.Numbers, 0);
        Flags.CopyTo(copy.Flags, 0);
        Texts.CopyTo(copy.Texts, 0);
        Present.CopyTo(copy.Present, 0);
        return copy;
    }
}
