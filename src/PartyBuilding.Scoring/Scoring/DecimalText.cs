using System.Globalization;

namespace PartyBuilding.Scoring;

// One place that turns decimals into text, so every output (JSON, tables, messages) agrees:
// invariant culture, no exponent, trailing zeros dropped (95.0 and 95 are the same score).
internal static class DecimalText
{
    private static readonly string[] FixedFormats = [.. Enumerable.Range(0, 29).Select(d => "F" + d.ToString(CultureInfo.InvariantCulture))];

    // The text of Normalize(value), without its division (millions of cells in a national bulletin): the zeros after the
    // point dropped from the invariant text.
    public static string Format(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (value.Scale == 0)
        {
            return text;
        }

        var end = text.Length;
        while (text[end - 1] == '0')
        {
            end--;
        }

        if (text[end - 1] == '.')
        {
            end--;
        }

        return end == text.Length ? text : text[..end];
    }

    public static string Format(decimal value, int decimals) =>
        value.ToString((uint)decimals < FixedFormats.Length ? FixedFormats[decimals] : "F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    // Dividing by 1 with 28 zeros strips the scale down to what the value needs.
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
