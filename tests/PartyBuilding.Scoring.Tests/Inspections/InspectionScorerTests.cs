using System.Text.Json.Nodes;
using PartyBuilding.Scoring.Inspections;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.Inspections;

// 党建工作巡查: findings deduct per item with a cap, areas start at their max, each finding becomes a dated problem,
// and an item added later (a 27th) is a rule-file edit only, in effect from its date.
public sealed class InspectionScorerTests
{
    private static readonly InspectionScorer Scorer = new(RuleSets.MonthlyInspection());

    private static InspectionReadResult Inspection(string date, params (string Item, int Count)[] findings) => new(
        new InspectionRecord("i1", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "t01")
        {
            Responsible = "张伟",
            Findings = [.. findings.SelectMany(f => Enumerable.Repeat(new InspectionFinding(f.Item, null), f.Count))],
            SourceLine = 2,
        }, null);

    [Fact]
    public void Score_Findings_DeductPerItemAndMakeDatedProblems()
    {
        var batch = Scorer.Score([new(new InspectionRecord("i1", new DateOnly(2026, 1, 15), "t01")
        {
            Responsible = "张伟",
            Findings = [new("threeMeetingsOneLesson", "1月份党课未开展"), new("threeMeetingsOneLesson", "支委会会议记录不全"), new("environmentSanitation", null)],
        }, null)]);

        var result = Assert.Single(batch.Inspections);
        Assert.Equal(95m, result.Result.Score);
        Assert.Equal([("basicSystems", 16m), ("environment", 14m)],
            result.Result.Areas.Where(a => a.Points < a.Max).Select(a => (a.Id, a.Points)));
        Assert.Equal(
            [
                ("i1-threeMeetingsOneLesson-1", "1月份党课未开展", new DateOnly(2026, 1, 30)),
                ("i1-threeMeetingsOneLesson-2", "支委会会议记录不全", new DateOnly(2026, 1, 30)),
                ("i1-environmentSanitation-1", "环境卫生整治", new DateOnly(2026, 1, 22)),
            ],
            result.Problems.Select(p => (p.Id, p.Description, p.Deadline)));
        Assert.All(result.Problems, p => Assert.Equal((ProblemSource.Inspection, "张伟", (DateOnly?)new DateOnly(2026, 1, 15), "i1"), (p.Source, p.Responsible, p.Found, p.Reference)));
    }

    [Fact]
    public void Score_MoreFindingsThanTheItemCap_DeductsTheCap()
    {
        // workStyle: 1 point per finding, at most 4.
        var line = Scorer.Score([Inspection("2026-03-10", ("workStyle", 7))]).Inspections.Single().Result.Trace.Single(t => t.CriterionId == "workStyle");

        Assert.Equal(-4m, line.Points);
        Assert.Equal("7 to deduct; capped at 4", line.Note);
        Assert.Equal("发现问题7个,每个扣1分,本项最多扣4分;扣4分,限7日内整改。", line.Message);
    }

    [Fact]
    public void Score_AreaDeductionsBeyondItsMax_StopAtZero()
    {
        // cleanGovernance (15): 6 + 6 + 4 + 4 = 20 to deduct.
        var result = Scorer.Score([Inspection("2026-03-10", ("integrityEducation", 3), ("threeImportantOne", 2), ("fundsUse", 3), ("workStyle", 4))]).Inspections.Single().Result;

        Assert.Equal(0m, result.Areas.Single(a => a.Id == "cleanGovernance").Points);
        Assert.Equal(85m, result.Score);
    }

    [Fact]
    public void Score_NoFindings_FullMarks()
    {
        var result = Scorer.Score([Inspection("2026-02-14")]).Inspections.Single();

        Assert.Equal(100m, result.Result.Score);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Score_UnknownItemOrDuplicateId_RejectedWhileOthersAreScored()
    {
        InspectionReadResult[] records =
        [
            Inspection("2026-01-10", ("parkingOrder", 1)),
            new(new InspectionRecord("i2", new DateOnly(2026, 1, 11), "v01") { SourceLine = 5 }, null),
            new(new InspectionRecord("i2", new DateOnly(2026, 1, 12), "v01") { SourceLine = 6 }, null),
            new(new InspectionRecord("i3", new DateOnly(2026, 1, 12), "v02") { SourceLine = 7 }, null),
        ];

        var batch = Scorer.Score(records);

        Assert.Equal(
            [
                "i1 (line 2): PBR311: \"parkingOrder\" is not an inspection item of rule set \"monthly-inspection\".",
                "i2 (line 5): PBR002: the inspection id \"i2\" is used by 2 records; ids must be unique, so none of them is scored.",
                "i2 (line 6): PBR002: the inspection id \"i2\" is used by 2 records; ids must be unique, so none of them is scored.",
            ],
            batch.Rejected.Select(r => r.ToString()));
        Assert.Equal("i3", Assert.Single(batch.Inspections).Inspection.Id);
        Assert.Equal(batch.Read, batch.Inspections.Count + batch.Rejected.Count);
    }

    [Fact]
    public void Score_InspectionsInAnyOrder_GiveTheSameReport()
    {
        var records = InspectionReader.ReadFile(Repository.File("samples/data/inspections.json"));

        Assert.Equal(InspectionReport.Json(Scorer.Score(records)), InspectionReport.Json(Scorer.Score(records.Reverse())));
    }

    [Fact]
    public void Score_A27thItemAddedToTheRuleFile_CountsFromItsEffectiveDate()
    {
        var scorer = new InspectionScorer(ScoringEngine.Parse(With27thItem(), "monthly-inspection-27.json"));
        var item = ("parkingOrder", 2);

        var before = scorer.Score([Inspection("2026-06-30", item)]);
        var from = scorer.Score([Inspection("2026-07-01", item)]).Inspections.Single();
        var withoutFindings = scorer.Score([Inspection("2026-06-30")]).Inspections.Single();

        Assert.Equal(27, scorer.Engine.RuleSet.Areas.Sum(a => a.Criteria.Count));
        Assert.Equal(
            "i1 (line 2): PBR311: the item \"parkingOrder\" (停车秩序) is in effect from 2026-07-01; the inspection on 2026-06-30 cannot report findings for it.",
            Assert.Single(before.Rejected).ToString());
        Assert.Equal(98m, from.Result.Score);
        Assert.Equal([("i1-parkingOrder-1", new DateOnly(2026, 7, 11)), ("i1-parkingOrder-2", new DateOnly(2026, 7, 11))], from.Problems.Select(p => (p.Id, p.Deadline)));
        Assert.Contains(from.Result.Trace, t => t.CriterionId == "parkingOrder");
        Assert.DoesNotContain(withoutFindings.Result.Trace, t => t.CriterionId == "parkingOrder");
        Assert.Equal(100m, withoutFindings.Result.Score);
    }

    // The edit a local administrator makes: one input and one criterion in the public-order area, nothing else.
    private static string With27thItem()
    {
        var file = JsonNode.Parse(File.ReadAllText(Repository.File("rules/monthly-inspection.json")))!;
        file["inputs"]!.AsArray().Add(JsonNode.Parse("""{ "id": "parkingOrderFindings", "title": "停车秩序发现问题数", "type": "count", "min": 0, "max": 100, "default": 0 }"""));
        file["areas"]!.AsArray().Single(a => (string?)a!["id"] == "publicOrder")!["criteria"]!.AsArray().Add(JsonNode.Parse("""
            { "id": "parkingOrder", "title": "停车秩序", "kind": "penalty", "max": 3, "method": "deduction", "input": "parkingOrderFindings",
              "perOccurrence": 1, "deadlineDays": 10, "effectiveFrom": "2026-07-01", "message": "发现问题{value}个,扣{deducted}分。" }
            """));
        return file.ToJsonString();
    }

    [Fact]
    public void Score_InspectionBeforeTheRuleFileTakesEffect_IsRejectedNamingTheRulesPeriod()
    {
        var batch = Scorer.Score([Inspection("2019-06-01", ("workStyle", 1))]);

        Assert.Empty(batch.Inspections);
        Assert.Equal(
            "i1 (line 2): PBR340: the inspection on 2019-06-01 is outside the period of rule set \"monthly-inspection\" 2026.1, which is in force from 2026-01-01; score it with the rules in force on that date.",
            Assert.Single(batch.Rejected).ToString());
    }

    [Fact]
    public void Score_InspectionAfterTheRuleFileEnds_IsRejectedNamingTheRulesPeriod()
    {
        var json = JsonNode.Parse(File.ReadAllText(Repository.File("rules/monthly-inspection.json")))!;
        json["effectiveUntil"] = "2026-12-31";
        var scorer = new InspectionScorer(ScoringEngine.Parse(json.ToJsonString(), "limited.json"));

        var batch = scorer.Score([Inspection("2027-01-05", ("workStyle", 1))]);

        Assert.Equal(
            "i1 (line 2): PBR340: the inspection on 2027-01-05 is outside the period of rule set \"monthly-inspection\" 2026.1, which is in force from 2026-01-01 to 2026-12-31; score it with the rules in force on that date.",
            Assert.Single(batch.Rejected).ToString());
    }

    [Fact]
    public void Score_DeadlineBeyondTheLastCalendarDay_IsRejectedNotACrash()
    {
        // workStyle gives 7 days to rectify: 9999-12-30 + 7 days cannot be represented.
        var batch = Scorer.Score([Inspection("9999-12-30", ("workStyle", 1)), Inspection("2026-03-10", ("workStyle", 1)) with { Record = Inspection("2026-03-10", ("workStyle", 1)).Record! with { Id = "i2" } }]);

        Assert.Equal("i2", Assert.Single(batch.Inspections).Inspection.Id);
        Assert.Equal(
            "i1 (line 2): PBR310: the inspection date 9999-12-30 plus the 7-day deadline of item \"workStyle\" is after the last date the calendar can hold (9999-12-31); check the date.",
            Assert.Single(batch.Rejected).ToString());
    }
}
