using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>The explanation of one result as readable text: every criterion's points and why, area subtotals, reviews, vetoes and band.</summary>
public static class TraceText
{
    /// <summary>Formats the explanation of a result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="ruleSet">The rule set used (for area titles and rounding).</param>
    /// <returns>The explanation, lines ending with \n.</returns>
    public static string Format(ScoreResult result, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{result.Id} {result.Name} ({result.Type ?? "no type"})\n");
        text.Append(CultureInfo.InvariantCulture, $"Rules: {ruleSet.Title} — {result.RuleSet.Id} {result.RuleSet.Version} (sha256 {result.RuleSet.Sha256})\n\n");
        foreach (var group in result.Trace.GroupBy(t => t.Source))
        {
            if (group.Key is { } source)
            {
                var review = result.Reviews.First(r => r.Id == source);
                text.Append(CultureInfo.InvariantCulture, $"[{review.Title} {source}]\n");
            }

            foreach (var area in group.GroupBy(t => t.AreaId))
            {
                var subtotal = result.Areas.First(a => a.Id == area.Key && a.Source == group.Key);
                text.Append(CultureInfo.InvariantCulture, $"{subtotal.Title} ({area.Key}): {F(subtotal.Points)} / {F(subtotal.Max)}\n");
                foreach (var line in area)
                {
                    var inputs = string.Join(", ", line.Inputs.Select(i => $"{i.Id}={i.Value}"));
                    var sign = line.Points > 0 && line.Kind == CriterionKind.Bonus ? "+" : string.Empty;
                    text.Append(CultureInfo.InvariantCulture,
                        $"  {line.Title} ({line.CriterionId}, {JsonValues.Word(line.Method)}): {sign}{F(line.Points)} / {F(line.Max)}  [{inputs}]  {line.Message}");
                    if (line.Note is { } note)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"  ({note})");
                    }

                    text.Append('\n');
                }
            }
        }

        if (result.Total is { } total)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nTotal: {F(total)}\n");
        }

        foreach (var review in result.Reviews)
        {
            text.Append(CultureInfo.InvariantCulture, $"Review {review.Title} ({review.Id}): {F(review.Score)} × {F(review.Weight)} = {F(review.Weighted)}\n");
        }

        foreach (var veto in result.Vetoes)
        {
            text.Append(CultureInfo.InvariantCulture, $"Veto {veto.Title} ({veto.Id}, {JsonValues.Word(veto.Action)}): {veto.Message}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Score: {F(result.Score)}\n");
        text.Append(CultureInfo.InvariantCulture, $"Band: {Band(result.Band)}");
        if (result.BandBeforeVetoes is { } before && before != result.Band)
        {
            text.Append(CultureInfo.InvariantCulture, $" (the score alone earned {Band(before)})");
        }

        return text.Append('\n').ToString();
    }

    private static string Band(BandResult? band) => band is null ? "none (revoked)" : $"{band.Label} (level {band.Level})";

    private static string F(decimal value) => DecimalText.Format(value);
}
