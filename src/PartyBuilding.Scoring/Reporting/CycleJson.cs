using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Periods;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// Writes assessment cycles as JSON: per organization the annual results (each naming its rule-set version and content
/// hash, with every component's period scores) and the star history. Deterministic, like <see cref="ResultJson"/>.
/// </summary>
public static class CycleJson
{
    /// <summary>Serializes cycles: <c>{ asOf, read, ruleSets: [...], organizations: [ { years: [...], stars: [...] } ], rejected: [...] }</c>.</summary>
    /// <param name="result">The cycles.</param>
    /// <param name="catalog">The rule-set versions used, listed with their effective dates.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(CycleResult result, RuleSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalog);
        return JsonValues.ToText(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("asOf", Date(result.AsOf));
            writer.WriteNumber("read", result.Read);
            writer.WriteStartArray("ruleSets");
            foreach (var rules in catalog.Versions.Select(v => v.RuleSet))
            {
                writer.WriteStartObject();
                writer.WriteString("id", rules.Identity.Id);
                writer.WriteString("version", rules.Identity.Version);
                writer.WriteString("sha256", rules.Identity.Sha256);
                writer.WriteString("effectiveFrom", Date(rules.EffectiveFrom));
                writer.WriteString("effectiveUntil", rules.EffectiveUntil is { } until ? Date(until) : null);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("organizations");
            foreach (var organization in result.Organizations)
            {
                writer.WriteStartObject();
                writer.WriteString("id", organization.Id);
                writer.WriteString("name", organization.Name);
                writer.WriteString("type", organization.Type);
                writer.WriteStartArray("years");
                foreach (var year in organization.Years)
                {
                    WriteYear(writer, year);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("stars");
                foreach (var change in organization.Stars)
                {
                    writer.WriteStartObject();
                    writer.WriteString("date", Date(change.Date));
                    writer.WriteString("kind", JsonValues.Word(change.Kind));
                    ResultJson.WriteBand(writer, "from", change.From);
                    ResultJson.WriteBand(writer, "to", change.To);
                    writer.WriteString("validUntil", change.ValidUntil is { } until ? Date(until) : null);
                    writer.WriteString("cause", change.Cause);
                    ResultJson.WriteRuleSet(writer, change.RuleSet);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            ResultJson.WriteRejections(writer, "rejected", result.Rejected);
            writer.WriteEndObject();
        });
    }

    private static void WriteYear(Utf8JsonWriter writer, AnnualResult year)
    {
        writer.WriteStartObject();
        writer.WriteNumber("year", year.Year);
        ResultJson.WriteRuleSet(writer, year.RuleSet);
        ResultJson.Number(writer, "unrounded", year.Unrounded);
        ResultJson.Number(writer, "score", year.Score);
        ResultJson.WriteBand(writer, "band", year.Band);
        ResultJson.WriteBand(writer, "bandBeforeVetoes", year.BandBeforeVetoes);
        writer.WriteStartArray("components");
        foreach (var component in year.Components)
        {
            writer.WriteStartObject();
            writer.WriteString("id", component.Id);
            writer.WriteString("title", component.Title);
            writer.WriteString("method", JsonValues.Word(component.Method));
            writer.WriteString("missing", JsonValues.Word(component.Missing));
            ResultJson.Number(writer, "weight", component.Weight);
            ResultJson.Number(writer, "appliedWeight", component.AppliedWeight);
            if (component.Score is { } score)
            {
                ResultJson.Number(writer, "score", score);
            }
            else
            {
                writer.WriteNull("score");
            }

            writer.WriteStartArray("periods");
            foreach (var period in component.PeriodScores)
            {
                if (period is { } value)
                {
                    writer.WriteNumberValue(DecimalText.Normalize(value));
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("vetoes");
        foreach (var veto in year.Vetoes)
        {
            writer.WriteStringValue(veto.Id);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
