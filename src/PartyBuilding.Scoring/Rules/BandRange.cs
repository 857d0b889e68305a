using System.Globalization;

namespace PartyBuilding.Scoring.Rules;

// A band's "range" in interval notation: "[90, 95)" means 90 <= score < 95.
internal readonly record struct BandRange(decimal Lower, bool LowerInclusive, decimal Upper, bool UpperInclusive)
{
    public static BandRange? TryParse(string text)
    {
        var match = RuleFileVocabulary.BandRange().Match(text);
        if (!match.Success
            || !decimal.TryParse(match.Groups[2].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var lower)
            || !decimal.TryParse(match.Groups[3].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var upper))
        {
            return null;
        }

        return new BandRange(lower, match.Groups[1].Value == "[", upper, match.Groups[4].Value == "]");
    }
}
