using PartyBuilding.Scoring.Appraisal;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rectification;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.Rectification;

// 整改: status at a quarter end from the reported history, counts per organization and source, and what an overdue
// problem costs in the year-end score (penalty per item with a cap, band blocked) as the sample year-end file declares.
public sealed class RectificationTrackerTests
{
    private static readonly ScoringEngine YearEnd = ScoringEngine.Load(Repository.File("samples/rules/year-end-assessment.json"));

    private static ProblemReadResult Problem(string id, string deadline, params ProblemReport[] history) => new(
        new Problem(id, "e01", ProblemSource.Inspection, "问题" + id, Date(deadline)) { Found = new DateOnly(2026, 1, 10), Reference = "i1", History = history }, null);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static ProblemReport Report(string date, ProblemProgress progress) => new(Date(date), progress, null);

    // The mean inspection score 90 is carried in as the year-end file's "inspection" component.
    private static readonly ComponentCarry Inspections = new(YearEnd.RuleSet,
        [new OutcomeSet(new RuleSetIdentity("monthly-inspection", "2026.1", "sample"), [new OrganizationOutcome("e01", null, null, null, 90m, null)])]);

    private static readonly IEnumerable<RecordReadResult> E01 = Inspections.Apply(
        [RecordReadResult.Read(new OrganizationRecord("e01") { Values = new Dictionary<string, InputValue> { ["basicWorkScore"] = 58 } })]);

    [Fact]
    public void Evaluate_AtQuarterEnd_ClassifiesEachProblem()
    {
        var result = RectificationTracker.Evaluate(
        [
            Problem("open", "2026-04-15", Report("2026-03-31", ProblemProgress.InProgress)),
            Problem("overdue", "2026-03-20", Report("2026-03-31", ProblemProgress.InProgress)),
            Problem("onTime", "2026-03-20", Report("2026-03-20", ProblemProgress.Rectified)),
            Problem("late", "2026-03-20", Report("2026-03-25", ProblemProgress.Rectified)),
            Problem("afterDate", "2026-03-20", Report("2026-04-02", ProblemProgress.Rectified)),
        ], new DateOnly(2026, 3, 31));

        Assert.Equal(
            [("afterDate", ProblemStatus.Overdue), ("late", ProblemStatus.RectifiedLate), ("onTime", ProblemStatus.Rectified), ("open", ProblemStatus.Open), ("overdue", ProblemStatus.Overdue)],
            result.Problems.Select(p => (p.Problem.Id, p.Status)));
        Assert.Equal(new RectificationTally("e01", null, 5, 1, 1, 2, 1, 1), Assert.Single(result.ByOrganization));
        Assert.Equal(new RectificationTally("inspection", null, 5, 1, 1, 2, 1, 1), Assert.Single(result.BySource));
    }

    [Fact]
    public void Quarterly_ProblemRectifiedLateInTheSecondQuarter_OverdueAtTheFirstQuarterEndOnly()
    {
        var results = RectificationTracker.Quarterly([Problem("p1", "2026-03-20", Report("2026-03-31", ProblemProgress.InProgress), Report("2026-04-15", ProblemProgress.Rectified))], 2026);

        Assert.Equal(
            [(new DateOnly(2026, 3, 31), ProblemStatus.Overdue), (new DateOnly(2026, 6, 30), ProblemStatus.RectifiedLate),
             (new DateOnly(2026, 9, 30), ProblemStatus.RectifiedLate), (new DateOnly(2026, 12, 31), ProblemStatus.RectifiedLate)],
            results.Select(r => (r.AsOf, Assert.Single(r.Problems).Status)));
    }

    [Fact]
    public void Evaluate_DuplicateIdAndProblemFoundLater_AccountedForInRead()
    {
        ProblemReadResult later = new(new Problem("later", "e01", ProblemSource.Review, "后来发现", new DateOnly(2026, 5, 1)) { Found = new DateOnly(2026, 4, 2) }, null);
        ProblemReadResult first = new(new Problem("p1", "e01", ProblemSource.Review, "甲", new DateOnly(2026, 5, 1)) { SourceLine = 2 }, null);
        ProblemReadResult second = new(new Problem("p1", "e01", ProblemSource.Review, "乙", new DateOnly(2026, 5, 1)) { SourceLine = 3 }, null);

        var result = RectificationTracker.Evaluate([first, later, second], new DateOnly(2026, 3, 31));

        Assert.Equal(
            [
                "p1 (line 2): PBR321: the problem id \"p1\" is used more than once (lines 2, 3); none of them is counted.",
                "p1 (line 3): PBR321: the problem id \"p1\" is used more than once (lines 2, 3); none of them is counted.",
            ],
            result.Rejected.Select(r => r.ToString()));
        Assert.Equal((3, 0, 1), (result.Read, result.Problems.Count, result.NotYetFound));
    }

    [Fact]
    public void AddCounts_OverdueProblemAtQuarterEnd_LowersTheYearEndScoreAndBlocksTheTopBand()
    {
        var clean = YearEnd.ScoreBatch(RectificationTracker.AddCounts(YearEnd.RuleSet, RectificationTracker.Evaluate([], new DateOnly(2026, 3, 31)), E01));
        var status = RectificationTracker.Evaluate([Problem("p1", "2026-03-22", Report("2026-03-31", ProblemProgress.InProgress))], new DateOnly(2026, 3, 31));
        var overdue = YearEnd.ScoreBatch(RectificationTracker.AddCounts(YearEnd.RuleSet, status, E01));

        var before = Assert.Single(clean.Results).Result;
        var after = Assert.Single(overdue.Results).Result;
        Assert.Equal((94m, "优秀"), (before.Score, before.Band!.Label));
        Assert.Equal((92m, "良好", "优秀"), (after.Score, after.Band!.Label, after.BandBeforeVetoes!.Label));
        Assert.Equal("有逾期未整改问题", Assert.Single(after.Vetoes).Title);
        Assert.Equal(-2m, after.Trace.Single(t => t.CriterionId == "overdueProblemCost").Points);
    }

    [Fact]
    public void AddCounts_ManyOverdueProblems_CostAtMostTheCap()
    {
        var problems = Enumerable.Range(1, 7).Select(i => Problem($"p{i}", "2026-03-22")).ToList();

        var result = YearEnd.ScoreBatch(RectificationTracker.AddCounts(YearEnd.RuleSet, RectificationTracker.Evaluate(problems, new DateOnly(2026, 3, 31)), E01)).Results.Single().Result;

        var line = result.Trace.Single(t => t.CriterionId == "overdueProblemCost");
        Assert.Equal((-10m, "14 to deduct; capped at 10"), (line.Points, line.Note));
        Assert.Equal(84m, result.Score);
    }

    [Fact]
    public void AddCounts_SourceNotCounted_LeavesTheScore()
    {
        var engine = ScoringEngine.Parse(File.ReadAllText(Repository.File("samples/rules/year-end-assessment.json"))
            .Replace("\"counts\": {", "\"sources\": [\"review\"], \"counts\": {", StringComparison.Ordinal), "year-end-review-only.json");
        var status = RectificationTracker.Evaluate([Problem("p1", "2026-03-22")], new DateOnly(2026, 3, 31));

        var result = engine.ScoreBatch(RectificationTracker.AddCounts(engine.RuleSet, status, E01)).Results.Single().Result;

        Assert.Equal([ProblemSource.Review], engine.RuleSet.Rectification!.Sources);
        Assert.Equal(94m, result.Score);
    }

    [Fact]
    public void AddCounts_RecordGivesTheCountItself_IsRejected()
    {
        var records = Inspections.Apply([RecordReadResult.Read(new OrganizationRecord("e01") { SourceLine = 4, Values = new Dictionary<string, InputValue> { ["basicWorkScore"] = 58, ["overdueProblems"] = 0 } })]);

        var batch = YearEnd.ScoreBatch(RectificationTracker.AddCounts(YearEnd.RuleSet, RectificationTracker.Evaluate([], new DateOnly(2026, 12, 31)), records));

        Assert.Equal(
            "e01 (line 4): PBR307: the record gives \"overdueProblems\" itself; problem counts come from the problem list as of 2026-12-31.",
            Assert.Single(batch.Rejected).ToString());
    }

    [Fact]
    public void Evaluate_ProblemsWithoutReference_AreNotClaimedAsOccasionsOfTheirOwn()
    {
        ProblemReadResult Unreferenced(string id) => new(new Problem(id, "e01", ProblemSource.Inspection, "问题" + id, new DateOnly(2026, 5, 1)) { Found = new DateOnly(2026, 1, 10) }, null);

        var none = RectificationTracker.Evaluate([Unreferenced("u1"), Unreferenced("u2")], new DateOnly(2026, 3, 31));
        var mixed = RectificationTracker.Evaluate([Unreferenced("u1"), Problem("p1", "2026-05-01"), Problem("p2", "2026-05-01")], new DateOnly(2026, 3, 31));

        Assert.Equal((2, 0, 2), (none.BySource[0].Found, none.BySource[0].Occasions, none.BySource[0].Unreferenced));
        Assert.Equal((3, 1, 1), (mixed.BySource[0].Found, mixed.BySource[0].Occasions, mixed.BySource[0].Unreferenced));
        Assert.Contains("inspection: 2 problems found (no reference to the inspection that found them), 0 rectified (0 late), 0 overdue, 2 open", RectificationReport.Text(none), StringComparison.Ordinal);
        Assert.Contains("inspection: 3 problems found in 1 inspection and 1 without a reference, 0 rectified (0 late), 0 overdue, 3 open", RectificationReport.Text(mixed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "p1", "organization": "e01", "source": "inspection", "description": "甲", "deadline": "2026-02-01" }""",
        "p1 (line 2): PBR320: the problem needs \"found\".")]
    [InlineData("""{ "id": "p1", "organization": "e01", "source": "inspection", "description": "甲", "found": "2026-01-10", "deadline": "2026-02-01", "history": [ { "date": "2026-01-20", "status": "rectified" }, { "date": "2026-03-31", "status": "rectified" } ] }""",
        "p1 (line 2): PBR320: the problem is reported rectified twice (2026-01-20 and 2026-03-31); keep the one report of the day it was rectified.")]
    public void ReadFile_ProblemWithoutFoundOrRectifiedTwice_IsRejectedWithItsLine(string item, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"problems-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "[\n" + item + "\n]");
        try
        {
            var read = Assert.Single(ProblemReader.ReadFile(path));

            Assert.Null(read.Problem);
            Assert.Equal(expected, read.Rejection!.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
