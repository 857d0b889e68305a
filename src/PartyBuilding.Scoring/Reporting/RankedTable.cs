using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>A readable ranked table of a batch, for a terminal or a plain-text report.</summary>
public static class RankedTable
{
    /// <summary>
    /// Formats the batch: one row per scored record in rank order, the count per band, the lagging organizations (后进) and
    /// the roll-up constraints when the rule set declares them, then the rejected records.
    /// </summary>
    /// <param name="batch">The batch result.</param>
    /// <param name="ruleSet">The rule set used (for its title, band labels and rounding).</param>
    /// <returns>The table, lines ending with \n.</returns>
    public static string Format(BatchResult batch, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var decimals = ruleSet.Rounding.FinalDecimals;
        var text = new StringBuilder();
        TextTable.AppendHeader(text, ruleSet, batch.Read, batch.Results.Count, batch.Rejected.Count);

        // Numbers (rank, score) line up on the right, words on the left.
        TextTable.Append(text, ["Rank", "Id", "Name", "Type", "Score", "Band", "Vetoes"], [0, 4], batch.Results.Select(r => new[]
        {
            r.Rank.ToString(CultureInfo.InvariantCulture),
            r.Result.Id,
            r.Result.Name ?? string.Empty,
            r.Result.Type ?? string.Empty,
            DecimalText.Format(r.Result.Score, decimals),
            r.Result.Band?.Label ?? "(revoked)",
            string.Join(", ", r.Result.Vetoes.Select(v => v.Title).Concat(r.Result.Quotas.Select(q => q.Title))),
        }));

        text.Append("\nBands:");
        foreach (var band in ruleSet.Bands)
        {
            var count = batch.Results.Count(r => r.Result.Band?.Id == band.Id);
            text.Append(CultureInfo.InvariantCulture, $" {band.Label} {count};");
        }

        text.Append(CultureInfo.InvariantCulture, $" revoked {batch.Results.Count(r => r.Result.Band is null)}\n");

        // The same lagging and roll-up tables as the bulletin, so the terminal shows what follows from the ranks.
        if (ruleSet.Lagging is { } lagging)
        {
            AppendTable(text, BulletinTables.Lagging(batch, lagging, decimals), "none");
        }

        if (ruleSet.Rollups.Count > 0)
        {
            AppendTable(text, BulletinTables.Rollups(batch), ruleSet.Rollups.Any(r => r.ParentTypes.Count > 0)
                ? "no parent organization of the roll-ups' types evaluated (parents' types come from the organization tree, --organizations)"
                : "no parent organization evaluated");
        }

        TextTable.AppendRejections(text, "Rejected", batch.Rejected);

        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, ReportTable table, string whenEmpty)
    {
        text.Append('\n').Append(table.Title).Append(':');
        if (table.Rows.Count == 0)
        {
            text.Append(' ').Append(whenEmpty).Append('\n');
            return;
        }

        text.Append('\n');
        TextTable.Append(
            text,
            [.. table.Columns.Select(c => c.Title)],
            [.. table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Numeric).Select(x => x.i)],
            table.Rows.Select(row => row.ToArray()));
    }
}
