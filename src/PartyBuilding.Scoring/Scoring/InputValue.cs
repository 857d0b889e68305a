using System.Globalization;

namespace PartyBuilding.Scoring;

/// <summary>
/// One value supplied by a record for a declared input: a number, a boolean or a text.
/// Conversions from <see cref="decimal"/>, <see cref="int"/>, <see cref="bool"/> and <see cref="string"/> make records easy to build:
/// <code>Values = new Dictionary&lt;string, InputValue&gt; { ["newMembers"] = 3, ["teamUnity"] = "好", ["seriousViolation"] = false }</code>
/// </summary>
public readonly record struct InputValue
{
    private readonly decimal number;
    private readonly bool boolean;
    private readonly string? text;

    private InputValue(InputValueKind kind, decimal number, bool boolean, string? text)
    {
        Kind = kind;
        this.number = number;
        this.boolean = boolean;
        this.text = text;
    }

    /// <summary>The kind of value.</summary>
    public InputValueKind Kind { get; }

    /// <summary>The number; throws when the value is not a number.</summary>
    public decimal Number => Kind == InputValueKind.Number ? number : throw new InvalidOperationException($"The value {this} is not a number.");

    /// <summary>The boolean; throws when the value is not a boolean.</summary>
    public bool Boolean => Kind == InputValueKind.Boolean ? boolean : throw new InvalidOperationException($"The value {this} is not true or false.");

    /// <summary>The text; throws when the value is not a text.</summary>
    public string Text => Kind == InputValueKind.Text ? text! : throw new InvalidOperationException($"The value {this} is not a text.");

    /// <summary>A number value.</summary>
    /// <param name="value">The number.</param>
    public static InputValue FromNumber(decimal value) => new(InputValueKind.Number, value, false, null);

    /// <summary>A boolean value.</summary>
    /// <param name="value">The boolean.</param>
    public static InputValue FromBoolean(bool value) => new(InputValueKind.Boolean, 0m, value, null);

    /// <summary>A text value.</summary>
    /// <param name="value">The text.</param>
    public static InputValue FromText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(InputValueKind.Text, 0m, false, value);
    }

    /// <summary>Converts a number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator InputValue(decimal value) => FromNumber(value);

    /// <summary>Converts a whole number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator InputValue(int value) => FromNumber(value);

    /// <summary>Converts a boolean.</summary>
    /// <param name="value">The boolean.</param>
    public static implicit operator InputValue(bool value) => FromBoolean(value);

    /// <summary>Converts a text.</summary>
    /// <param name="value">The text.</param>
    public static implicit operator InputValue(string value) => FromText(value);

    /// <summary>The value as written in JSON, invariant culture: <c>3.5</c>, <c>true</c>, <c>好</c>.</summary>
    public override string ToString() => Kind switch
    {
        InputValueKind.Number => DecimalText.Format(number),
        InputValueKind.Boolean => boolean ? "true" : "false",
        _ => text ?? string.Empty,
    };
}
