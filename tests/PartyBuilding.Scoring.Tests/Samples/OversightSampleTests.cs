using PartyBuilding.Scoring.Appraisal;
using PartyBuilding.Scoring.Inspections;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rectification;
using PartyBuilding.Scoring.Review;
using Snapshooter.Xunit3;

namespace PartyBuilding.Scoring.Tests.Samples;

// The duty-report review, inspection and rectification samples: hand-checked figures (samples/data/EXPECTED.md)
// and the full reports pinned as snapshots.
public sealed class OversightSampleTests
{
    private static readonly ScoringEngine ReviewRules = RuleSets.DutyReportReview();
    private static readonly ScoringEngine InspectionRules = RuleSets.MonthlyInspection();
    private static readonly ScoringEngine YearEndRules = ScoringEngine.Load(Repository.File("samples/rules/year-end-assessment.json"));

    private static DutyReviewResult Review() => new DutyReviewScorer(ReviewRules).Score(
        RecordReader.ReadFile(Repository.File("samples/data/duty-report-secretaries.json"), ReviewRules.RuleSet),
        ReviewRecordReader.ReadFile(Repository.File("samples/data/duty-report-reviews.json")));

    private static InspectionBatchResult Inspections() =>
        new InspectionScorer(InspectionRules).Score(InspectionReader.ReadFile(Repository.File("samples/data/inspections.json")));

    private static RectificationResult Rectification() =>
        RectificationTracker.Evaluate(ProblemReader.ReadFile(Repository.File("samples/data/problems.json")), new DateOnly(2026, 3, 31));

    [Fact]
    public void Review_Sample_GivesTheHandCalculatedScores()
    {
        var result = Review();

        Assert.Equal([("s01", 87.45m), ("s02", 95m), ("s03", 67m), ("s04", 82.75m)], result.Subjects.Select(s => (s.SubjectId, s.Score)));
        Assert.Equal([("s02", 96m, "好"), ("s01", 88.96m, "较好"), ("s04", 84.2m, "较好"), ("s03", 58.6m, "差")],
            result.Batch.Results.Select(r => (r.Result.Id, r.Result.Score, r.Result.Band!.Label)));
        Assert.Equal(["PBR301", "PBR301", "PBR300", "PBR302", "PBR304"], result.RejectedReviews.Select(r => r.Code));
        Assert.Equal((39, 34), (result.ReviewsRead, result.ReviewsAccepted));
    }

    [Fact]
    public void Review_Sample_TextMatchesSnapshot() => Snapshot.Match(DutyReviewReport.Text(Review(), ReviewRules.RuleSet));

    [Fact]
    public void Review_Sample_JsonMatchesSnapshot() => Snapshot.Match(DutyReviewReport.Json(Review()));

    [Fact]
    public void Inspections_Sample_GiveTheHandCalculatedScores()
    {
        var batch = Inspections();

        Assert.Equal([95m, 95m, 100m, 90m, 86m], batch.Inspections.Select(i => i.Result.Score));
        Assert.Equal([("e01", 90m), ("t01", 97.5m), ("v01", 90.5m)], batch.Organizations.Select(o => (o.Organization, o.MeanScore)));
        Assert.Equal(25, batch.Inspections.Sum(i => i.Problems.Count));
        Assert.Equal("PBR311", Assert.Single(batch.Rejected).Code);
    }

    [Fact]
    public void Inspections_Sample_TextMatchesSnapshot() => Snapshot.Match(InspectionReport.Text(Inspections(), InspectionRules.RuleSet));

    [Fact]
    public void Inspections_Sample_JsonMatchesSnapshot() => Snapshot.Match(InspectionReport.Json(Inspections()));

    [Fact]
    public void Rectification_SampleAtFirstQuarterEnd_GivesTheHandCheckedCounts()
    {
        var status = Rectification();
        var records = new ComponentCarry(YearEndRules.RuleSet, [Inspections().ToOutcomeSet()])
            .Apply(RecordReader.ReadFile(Repository.File("samples/data/year-end-organizations.json"), YearEndRules.RuleSet));
        var yearEnd = YearEndRules.ScoreBatch(RectificationTracker.AddCounts(YearEndRules.RuleSet, status, records));

        Assert.Equal((30, 28, 1, 1), (status.Read, status.Problems.Count, status.NotYetFound, status.Rejected.Count));
        Assert.Equal(new RectificationTally("inspection", null, 25, 4, 0, 3, 21, 1), status.BySource.Single(s => s.Key == "inspection"));
        Assert.Equal([("t01", 93.5m, "优秀"), ("e01", 92m, "良好"), ("v01", 88.2m, "良好")],
            yearEnd.Results.Select(r => (r.Result.Id, r.Result.Score, r.Result.Band!.Label)));
    }

    [Fact]
    public void Review_CarriedIntoLeadershipTeamAppraisal_ThirtyPerCentOfTheFinalScore()
    {
        var engine = ScoringEngine.Load(Repository.File("samples/rules/leadership-team-appraisal.json"));
        var carry = new ComponentCarry(engine.RuleSet, [OutcomeSet.From(Review().Batch)]);

        var batch = engine.ScoreBatch(carry.Apply(RecordReader.ReadFile(Repository.File("samples/data/leadership-teams.json"), engine.RuleSet)));

        // s01: 88.96 × 0.3 + 64 = 90.688 → 90.69
        Assert.Equal([("s02", 94.8m), ("s01", 90.69m), ("s04", 85.26m), ("s03", 75.58m)], batch.Results.Select(r => (r.Result.Id, r.Result.Score)));
    }

    [Fact]
    public void Inspections_JsonReport_ReadsBackAsOutcomesForCarrying()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(InspectionReport.Json(Inspections())));

        var outcomes = PartyBuilding.Scoring.Reporting.ResultJson.ReadOutcomes(stream, "inspections.json");

        Assert.Equal("monthly-inspection", outcomes.RuleSet.Id);
        Assert.Equal(Inspections().ToOutcomeSet().Outcomes, outcomes.Outcomes);
    }

    [Fact]
    public void Rectification_Sample_TextMatchesSnapshot() => Snapshot.Match(RectificationReport.Text(Rectification()));

    [Fact]
    public void Rectification_Sample_JsonMatchesSnapshot() => Snapshot.Match(RectificationReport.Json(Rectification()));

    [Fact]
    public void ProblemReader_InspectionOutput_ReadsBackTheSameProblems()
    {
        var problems = Inspections().Inspections.SelectMany(i => i.Problems).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"pbs-problems-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, System.Text.Json.Nodes.JsonNode.Parse(InspectionReport.Json(Inspections()))!["problems"]!.ToJsonString());
            var read = ProblemReader.ReadFile(path);

            // History lists are compared by content, the rest as records.
            Assert.Equal(problems.Select(p => p with { History = [] }), read.Select(r => r.Problem! with { SourceLine = null, History = [] }));
            Assert.All(read, r => Assert.Empty(r.Problem!.History));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
