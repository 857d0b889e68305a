using System.Globalization;
using CsCheck;

namespace PartyBuilding.Scoring.Tests.Scoring;

// Every decimal in every output is written by DecimalText: trailing zeros dropped, invariant, no exponent. The text is
// worked out without dividing, so it must be exactly the text of the normalized value, for any value and scale.
public sealed class DecimalTextTests
{
    private static string Normalized(decimal value) => DecimalText.Normalize(value).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Format_AnyDecimal_SameTextAsTheNormalizedValue() =>
        Gen.Decimal.Sample(value => Assert.Equal(Normalized(value), DecimalText.Format(value)));

    [Theory]
    [InlineData("0")]
    [InlineData("0.000")]
    [InlineData("-0.0")]
    [InlineData("-0")]
    [InlineData("95.0")]
    [InlineData("95.10")]
    [InlineData("100")]
    [InlineData("-3.500")]
    [InlineData("0.0001000")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335")]
    [InlineData("-0.0000000000000000000000000010")]
    public void Format_ScoreLikeValuesAndEdges_SameTextAsTheNormalizedValue(string text)
    {
        var value = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

        Assert.Equal(Normalized(value), DecimalText.Format(value));
    }

    [Theory]
    [InlineData(0, "96")]
    [InlineData(1, "95.5")]
    [InlineData(2, "95.50")]
    [InlineData(30, "95.500000000000000000000000000000")]
    public void Format_FixedDecimals_PadsOrRounds(int decimals, string expected) =>
        Assert.Equal(expected, DecimalText.Format(95.5m, decimals));
}
