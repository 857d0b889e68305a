using System.Globalization;
using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Cli;

// pbscore history: per-year results and star histories of organizations over several years, each year under the
// rule-set version in force then. Without --rules the shipped star-rating-cycle versions (2024.1, 2026.1) are used.
// --as-of is required so that the output is the same whatever day it runs.
internal static class HistoryCommand
{
    public static int Run(CommandLine line, TextWriter stdout)
    {
        var files = line.All("rules");
        var versions = files.Count > 0
            ? files.Select(f => ScoringEngine.Load(f)).ToList()
            : [RuleSets.Load("star-rating-cycle-2024"), RuleSets.Load("star-rating-cycle-2026")];
        RuleSetCatalog catalog;
        try
        {
            catalog = RuleSetCatalog.Create(versions);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }

        var format = line.Choice("format", "text", "text", "json");
        // Required, as for rectification: a default taken from the system clock would make the output depend on the day it runs.
        var text = line.Required("as-of");
        var asOf = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--as-of must be a date written yyyy-MM-dd, not \"{text}\".");
        var result = new AssessmentCycle(catalog).Compute(HistoryReader.ReadFile(line.Required("input")), asOf);
        stdout.Write(format == "json" ? CycleJson.Serialize(result, catalog) + "\n" : CycleText.Format(result, catalog));
        return PbScore.Ok;
    }
}
