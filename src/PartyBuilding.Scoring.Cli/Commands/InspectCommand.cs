using PartyBuilding.Scoring.Inspections;

namespace PartyBuilding.Scoring.Cli.Commands;

// pbscore inspect: scores monthly inspections (党建工作巡查) and lists the problems they produce.
internal static class InspectCommand
{
    public static int Run(CommandLine line, TextWriter stdout)
    {
        var engine = line.Single("rules") is { } path ? ScoringEngine.Load(path) : RuleSets.MonthlyInspection();
        var format = ReportOutput.Choose(line);
        var batch = new InspectionScorer(engine).Score(InspectionReader.ReadFile(line.Required("input")));
        stdout.Write(format switch
        {
            "json" => InspectionReport.Json(batch) + "\n",
            "table" => InspectionReport.Text(batch, engine.RuleSet),
            _ => ReportOutput.Document(InspectionReport.Document(batch, engine.RuleSet), format),
        });
        return PbScore.Ok;
    }
}
