using System.Globalization;

namespace PartyBuilding.Scoring;

// One place that turns decimals into text, so every output (JSON, tables, messages) agrees:
// invariant culture, no exponent, trailing zeros dropped (95.0 and 95 are the same score).
internal static class DecimalText
{
    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    public static string Format(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    // Dividing by 1 with 28 zeros strips the scale down to what the value needs.
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
