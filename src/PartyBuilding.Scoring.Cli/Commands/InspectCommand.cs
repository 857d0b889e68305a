using PartyBuilding.Scoring.Inspections;

namespace PartyBuilding.Scoring.Cli.Commands;

// pbscore inspect: scores monthly inspections (党建工作巡查) and lists the problems they produce.
internal static class InspectCommand
{
    public static int Run(CommandLine line, TextWriter stdout)
    {
        var engine = line.Single("rules") is { } path ? ScoringEngine.Load(path) : RuleSets.MonthlyInspection();
        var format = line.Choice("format", "table", "table", "json");
        var batch = new InspectionScorer(engine).Score(InspectionReader.ReadFile(line.Required("input")));
        stdout.Write(format == "json" ? InspectionReport.Json(batch) + "\n" : InspectionReport.Text(batch, engine.RuleSet));
        return PbScore.Ok;
    }
}
