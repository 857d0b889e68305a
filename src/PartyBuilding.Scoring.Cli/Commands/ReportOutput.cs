using System.Globalization;
using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.Cli.Commands;

// The output formats of review, inspect and rectification: the plain-text table, the report's own JSON, or its
// document as Markdown, CSV or HTML (the bulletin's writers).
internal static class ReportOutput
{
    public static string Choose(CommandLine line) => line.Choice("format", "table", "table", "json", "md", "csv", "html");

    public static string Document(ReportDocument document, string format) => ReportWriter.Write(document, format switch
    {
        "csv" => ReportFormat.Csv,
        "html" => ReportFormat.Html,
        _ => ReportFormat.Markdown,
    });

    // The year-end results scored with the problem counts, as one more table of the rectification document.
    public static ReportTable YearEnd(BatchResult batch, Rules.RuleSet ruleSet) => new("yearEnd", ruleSet.Title,
        [new("rank", "Rank", true), new("id", "Id"), new("name", "Name"), new("score", "Score", true), new("band", "Band"), new("vetoes", "Vetoes")],
        [
            .. batch.Results.Select(r => (IReadOnlyList<string>)
            [
                r.Rank.ToString(CultureInfo.InvariantCulture), r.Result.Id, r.Result.Name ?? string.Empty,
                r.Result.Score.ToString("F" + ruleSet.Rounding.FinalDecimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), r.Result.Band?.Label ?? "(revoked)",
                string.Join(", ", r.Result.Vetoes.Select(v => v.Title)),
            ]),
        ]);
}
