using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Review;

namespace PartyBuilding.Scoring.Cli.Commands;

// pbscore review: scores a duty-report review (述职评议) from the subjects and the real-name review records.
internal static class ReviewCommand
{
    public static int Run(CommandLine line, TextWriter stdout)
    {
        var rules = line.Single("rules");
        var engine = rules is not null ? ScoringEngine.Load(rules) : RuleSets.DutyReportReview();
        if (engine.RuleSet.DutyReview is null)
        {
            throw new UsageException($"The rule file {rules} has no \"dutyReview\" section; review needs one (e.g. rules/duty-report-review.json).");
        }

        var format = ReportOutput.Choose(line);
        var scorer = new DutyReviewScorer(engine);
        var result = scorer.Score(RecordReader.ReadFile(line.Required("input"), engine.RuleSet), ReviewRecordReader.ReadFile(line.Required("reviews")));
        stdout.Write(format switch
        {
            "json" => DutyReviewReport.Json(result) + "\n",
            "table" => DutyReviewReport.Text(result, engine.RuleSet),
            _ => ReportOutput.Document(DutyReviewReport.Document(result, engine.RuleSet), format),
        });
        return PbScore.Ok;
    }
}
