using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Periods;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// Formats assessment cycles as text for people: the rule-set versions, then per organization each year's result
/// (components, weights, rounding, band, version) and the star history with causes; rejections last.
/// </summary>
public static class CycleText
{
    /// <summary>Formats cycles.</summary>
    /// <param name="result">The cycles.</param>
    /// <param name="catalog">The rule-set versions used.</param>
    /// <returns>The text, \n line ends.</returns>
    public static string Format(CycleResult result, RuleSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder();
        Line(text, $"Assessment cycle as of {Date(result.AsOf)}: {result.Read} organizations read, {result.Organizations.Count} computed, {result.Rejected.Count} rejections");
        Line(text, "Rule sets:");
        foreach (var rules in catalog.Versions.Select(v => v.RuleSet))
        {
            Line(text, $"  {rules.Identity.Id} {rules.Identity.Version}  in force {Date(rules.EffectiveFrom)} – {(rules.EffectiveUntil is { } until ? Date(until) : "(open)")}  sha256 {rules.Identity.Sha256}");
        }

        foreach (var organization in result.Organizations)
        {
            Line(text, string.Empty);
            Line(text, $"{organization.Id} {organization.Name} ({organization.Type})");
            foreach (var year in organization.Years)
            {
                FormatYear(text, year);
            }

            Line(text, "  star history:");
            if (organization.Stars.Count == 0)
            {
                Line(text, "    (none)");
            }

            foreach (var change in organization.Stars)
            {
                var valid = change.ValidUntil is { } until ? $", valid through {Date(until)}" : string.Empty;
                Line(text, $"    {Date(change.Date)}  {JsonValues.Word(change.Kind),-10}  {change.From?.Label ?? "—"} → {change.To?.Label ?? "—"}{valid}  [{change.RuleSet.Id} {change.RuleSet.Version}]");
                Line(text, $"                {change.Cause}");
            }
        }

        if (result.Rejected.Count > 0)
        {
            Line(text, string.Empty);
            Line(text, "Rejected:");
            foreach (var rejection in result.Rejected)
            {
                Line(text, "  " + rejection);
            }
        }

        return text.ToString();
    }

    private static void FormatYear(StringBuilder text, AnnualResult year)
    {
        var band = year.Band?.Label ?? "no band (revoked)";
        var vetoes = year.Vetoes.Count > 0 ? $" (before vetoes {year.BandBeforeVetoes.Label}; {string.Join(", ", year.Vetoes.Select(v => v.Title))})" : string.Empty;
        Line(text, $"  {year.Year}  {Number(year.Score)} {band}{vetoes}  [{year.RuleSet.Id} {year.RuleSet.Version}]");
        foreach (var component in year.Components)
        {
            var missing = component.MissingPeriods.Count > 0
                ? $"; missing {string.Join(", ", component.MissingPeriods)} ({JsonValues.Word(component.Missing)})"
                : string.Empty;
            var periods = string.Join(" ", component.PeriodScores.Select(p => p is { } v ? Number(v) : "–"));
            Line(text, $"        {TextWidth.PadRight(component.Title, 18)} {JsonValues.Word(component.Method),-4} {Number(component.Score)} × {Number(component.AppliedWeight)}  [{periods}]{missing}");
        }

        Line(text, $"        = {Number(year.Unrounded)} → {Number(year.Score)}");
    }

    private static string Number(decimal? value) => value is { } v ? DecimalText.Format(decimal.Round(v, 4, MidpointRounding.AwayFromZero)) : "left out";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line.TrimEnd()).Append('\n');
}
