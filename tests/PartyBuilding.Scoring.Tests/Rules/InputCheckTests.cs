using CsCheck;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.Rules;

// The binder's quick path checks values with InputCheck (plain compares precomputed per input); the full binding words
// rejections with InputConstraint. A value the one accepts and the other refuses would be scored on one path and rejected
// on the other, so the two must agree on every value: of every kind, at and just past every bound, whole and not, with
// trailing zeros, negative zero, and texts that are near a choice.
public sealed class InputCheckTests
{
    private static readonly decimal[] Bounds = [-5m, -0.5m, 0m, 0.5m, 1m, 2.50m, 7m, 100m, decimal.MaxValue, decimal.MinValue];

    private static readonly string[][] ChoiceLists = [["好", "较好", "一般", "差"], ["yes"], [], ["a", "A", "a "]];

    private static readonly Gen<InputDefinition> Inputs =
        from type in Pick(InputType.Number, InputType.Count, InputType.Boolean, InputType.Grade)
        from min in Gen.OneOf(Gen.Const((decimal?)null), Pick(Bounds).Select(b => (decimal?)b))
        from max in Gen.OneOf(Gen.Const((decimal?)null), Pick(Bounds).Select(b => (decimal?)b))
        from choices in Pick(ChoiceLists)
        select new InputDefinition("i", "I", type, min, max, choices, null, null, null);

    [Fact]
    public void Accepts_AnyInputAndValue_SameAsInputConstraint() =>
        Inputs.SelectMany(input => Values(input).Select(value => (input, value))).Sample(
            pair => Assert.Equal(InputConstraint.Check(pair.value, pair.input) is null, new InputCheck(pair.input).Accepts(pair.value)),
            iter: 20_000,
            print: pair => $"{pair.input} / {pair.value.Kind} {pair.value}");

    [Theory]
    [InlineData(InputType.Count, 0, 10, "3.0", true)]
    [InlineData(InputType.Count, 0, 10, "3.5", false)]
    [InlineData(InputType.Count, null, null, "-1", false)]
    [InlineData(InputType.Count, 2, null, "1", false)]
    [InlineData(InputType.Number, 0, 10, "10.00", true)]
    [InlineData(InputType.Number, 0, 10, "10.0001", false)]
    [InlineData(InputType.Number, -1, 10, "-1", true)]
    [InlineData(InputType.Number, null, null, "-79228162514264337593543950335", true)]
    public void Accepts_NumberAtBound_AsInputConstraint(InputType type, int? min, int? max, string given, bool accepted)
    {
        var input = new InputDefinition("i", "I", type, min, max, [], null, null, null);
        var value = InputValue.FromNumber(decimal.Parse(given, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(accepted, new InputCheck(input).Accepts(value));
        Assert.Equal(accepted, InputConstraint.Check(value, input) is null);
    }

    private static Gen<T> Pick<T>(params T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    // Values of every kind, weighted towards the input's own bounds and choices.
    private static Gen<InputValue> Values(InputDefinition input)
    {
        var near = new List<decimal> { 0m, -0.0m, 0.000m, 1m, 1.0m, -1m, 3.5m };
        foreach (var bound in new[] { input.Min, input.Max })
        {
            if (bound is { } b)
            {
                near.AddRange([b, b * 1.000m]);
                if (b < decimal.MaxValue)
                {
                    near.AddRange([b + 0.0001m, b + 1m]);
                }

                if (b > decimal.MinValue)
                {
                    near.AddRange([b - 0.0001m, b - 1m]);
                }
            }
        }

        var numbers = Gen.OneOf(
            Pick([.. near]),
            Gen.Decimal[-1_000m, 1_000m],
            Gen.Int[-20, 200].Select(i => (decimal)i),
            Gen.Int[-20, 200].Select(i => i / 4m));
        var texts = Gen.OneOf(Pick<string>([.. input.Choices, "", "好 ", "差", "A", "no"]), Gen.String);
        return Gen.OneOf(
            numbers.Select(InputValue.FromNumber),
            Gen.Bool.Select(InputValue.FromBoolean),
            texts.Select(InputValue.FromText));
    }
}
