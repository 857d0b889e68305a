using PartyBuilding.Scoring.Tests.TestSupport;
using static PartyBuilding.Scoring.Tests.TestSupport.RecordBuilder;

namespace PartyBuilding.Scoring.Tests.Scoring;

// How criteria add up: the area max, bonus items above it, the area cap, the total's score range,
// and maxima and criteria that depend on the organization type.
public sealed class AreaAndTotalTests
{
    private const string TwoNumberInputs = """
        { "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 },
        { "id": "y", "title": "Y", "type": "number", "min": 0, "max": 100 }
        """;

    private static ScoringEngine BonusEngine(string areaExtra = "", decimal areaMax = 10, decimal bonusMax = 5) => RuleFiles.Engine(
        TwoNumberInputs,
        $$"""
        { "id": "a", "title": "A", "max": {{areaMax}}, {{areaExtra}} "criteria": [
          { "id": "c", "title": "C", "max": {{areaMax}}, "method": "points", "input": "x", "message": "{points}" },
          { "id": "b", "title": "B", "max": {{bonusMax}}, "kind": "bonus", "method": "points", "input": "y", "message": "{points}" }
        ] }
        """);

    [Fact]
    public void Bonus_OnTopOfAFullArea_GoesAboveTheAreaMax()
    {
        var result = BonusEngine().Score(Record("r1", ("x", 10), ("y", 3)));

        Assert.Equal(new AreaScore(null, "a", "A", 13m, 10m), result.Area("a"));
        Assert.Equal(13m, result.Score);
    }

    [Fact]
    public void PenaltiesOnlyArea_StartsAtItsMaxAndStopsAtZero()
    {
        var engine = RuleFiles.Engine(
            """{ "id": "n", "title": "N", "type": "count", "max": 50 }, { "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 }""",
            """
            { "id": "p", "title": "扣分制", "max": 20, "criteria": [
              { "id": "pc", "title": "PC", "kind": "penalty", "max": 30, "method": "deduction", "input": "n", "perOccurrence": 3, "message": "{deducted}" }
            ] },
            { "id": "a", "title": "A", "max": 80, "criteria": [
              { "id": "c", "title": "C", "max": 80, "method": "points", "input": "x", "message": "{points}" }
            ] }
            """);

        Assert.Equal(20m, engine.Score(Record("r0", ("n", 0), ("x", 80))).Area("p").Points);
        Assert.Equal(14m, engine.Score(Record("r2", ("n", 2), ("x", 80))).Area("p").Points);
        Assert.Equal(0m, engine.Score(Record("r9", ("n", 9), ("x", 80))).Area("p").Points);
    }

    // Review finding 8: an area of penalties plus a bonus item started at 0, so it was worth 0 / 20 without findings.
    private static ScoringEngine DeductionAreaEngine(bool withRegular = false) => RuleFiles.Engine(
        """{ "id": "n", "title": "N", "type": "count", "max": 50 }, { "id": "y", "title": "Y", "type": "number", "min": 0, "max": 100 }, { "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 }""",
        $$"""
        { "id": "p", "title": "扣分制", "max": 20, "cap": 22, "criteria": [
          {{(withRegular ? """{ "id": "r", "title": "R", "max": 20, "method": "points", "input": "x", "message": "{points}" },""" : "")}}
          { "id": "pc", "title": "PC", "kind": "penalty", "max": 10, "method": "deduction", "input": "n", "perOccurrence": 2, "message": "{deducted}" },
          { "id": "b", "title": "B", "max": 2, "kind": "bonus", "method": "points", "input": "y", "message": "{points}" }
        ] },
        { "id": "a", "title": "A", "max": 80, "criteria": [
          { "id": "c", "title": "C", "max": 80, "method": "points", "input": "x", "message": "{points}" }
        ] }
        """);

    [Fact]
    public void DeductionAreaWithBonus_NoFindingsNoBonus_IsWorthItsMaxNotZero()
    {
        var result = DeductionAreaEngine().Score(Record("r0", ("n", 0), ("y", 0), ("x", 80)));

        Assert.Equal(new AreaScore(null, "p", "扣分制", 20m, 20m), result.Area("p"));
        Assert.Equal(100m, result.Score);
    }

    [Fact]
    public void DeductionAreaWithBonus_OneFindingAndBonus_LosesThePenaltyAndGainsTheBonus()
    {
        var result = DeductionAreaEngine().Score(Record("r1", ("n", 1), ("y", 1), ("x", 80)));

        Assert.Equal((-2m, 1m, 19m), (result.Line("pc").Points, result.Line("b").Points, result.Area("p").Points));
    }

    [Fact]
    public void DeductionAreaWithBonus_FullBonus_GoesAboveMaxUpToTheCap()
    {
        var engine = DeductionAreaEngine();

        Assert.Equal(22m, engine.Score(Record("r2", ("n", 0), ("y", 2), ("x", 80))).Area("p").Points);
        Assert.Equal(10m, engine.Score(Record("r3", ("n", 50), ("y", 0), ("x", 80))).Area("p").Points);
        Assert.Equal(12m, engine.Score(Record("r4", ("n", 50), ("y", 2), ("x", 80))).Area("p").Points);
    }

    [Fact]
    public void AreaWithRegularPenaltyAndBonus_StartsFromTheRegularPoints()
    {
        var engine = DeductionAreaEngine(withRegular: true);

        Assert.Equal(17m, engine.Score(Record("r1", ("n", 2), ("y", 1), ("x", 20))).Area("p").Points);
        Assert.Equal(0m, engine.Score(Record("r0", ("n", 0), ("y", 0), ("x", 0))).Area("p").Points);
        Assert.Equal(22m, engine.Score(Record("r9", ("n", 0), ("y", 2), ("x", 20))).Area("p").Points);
    }

    [Fact]
    public void BonusOnlyArea_StillStartsAtZero()
    {
        var engine = RuleFiles.Engine(
            TwoNumberInputs,
            """
            { "id": "a", "title": "A", "max": 10, "criteria": [
              { "id": "b", "title": "B", "max": 5, "kind": "bonus", "method": "points", "input": "y", "message": "{points}" }
            ] }
            """);

        Assert.Equal(3m, engine.Score(Record("r1", ("y", 3))).Area("a").Points);
    }

    [Fact]
    public void Bonus_WithAreaCap_IsLimitedByTheCap()
    {
        var result = BonusEngine("\"cap\": 12,").Score(Record("r1", ("x", 10), ("y", 5)));

        Assert.Equal(12m, result.Area("a").Points);
    }

    [Fact]
    public void Bonus_WithAreaCapNotReached_CountsInFull()
    {
        var result = BonusEngine("\"cap\": 12,").Score(Record("r1", ("x", 8), ("y", 3)));

        Assert.Equal(11m, result.Area("a").Points);
    }

    [Fact]
    public void RegularCriteria_AboveTheAreaMax_AreLimitedToIt()
    {
        var engine = RuleFiles.Engine(
            TwoNumberInputs,
            """
            { "id": "a", "title": "A", "max": 8, "criteria": [
              { "id": "c1", "title": "C1", "max": 5, "method": "points", "input": "x", "message": "{points}" },
              { "id": "c2", "title": "C2", "max": 5, "method": "points", "input": "y", "message": "{points}" }
            ] }
            """);

        var result = engine.Score(Record("r1", ("x", 5), ("y", 4.5m)));

        Assert.Equal((5m, 4.5m, 8m), (result.Line("c1").Points, result.Line("c2").Points, result.Area("a").Points));
    }

    [Fact]
    public void Total_AboveTheScoreRange_IsClampedToItsMax()
    {
        var engine = BonusEngine(areaMax: 100, bonusMax: 10);

        var result = engine.Score(Record("r1", ("x", 100), ("y", 10)));

        Assert.Equal(110m, result.Area("a").Points);
        Assert.Equal((100m, (decimal?)100m), (result.Score, result.Total));
        Assert.Equal("pass", result.Band?.Id);
    }

    [Fact]
    public void Total_OfSeveralAreas_IsTheirSum()
    {
        var engine = RuleFiles.Engine(
            TwoNumberInputs,
            """
            { "id": "a1", "title": "A1", "max": 40, "criteria": [
              { "id": "c1", "title": "C1", "max": 40, "method": "points", "input": "x", "message": "{points}" } ] },
            { "id": "a2", "title": "A2", "max": 60, "criteria": [
              { "id": "c2", "title": "C2", "max": 60, "method": "points", "input": "y", "message": "{points}" } ] }
            """);

        var result = engine.Score(Record("r1", ("x", 33.25m), ("y", 41.5m)));

        Assert.Equal([new AreaScore(null, "a1", "A1", 33.25m, 40m), new AreaScore(null, "a2", "A2", 41.5m, 60m)], result.Areas);
        Assert.Equal(74.75m, result.Score);
    }

    // agency: area max 10, c max 10, d not applied, area "v" not applied.
    // village: area max 20, c max 15, d (check, 5) applies, area "v" applies.
    private static ScoringEngine TypedEngine() => RuleFiles.Engine(
        """
        { "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 },
        { "id": "b", "title": "B", "type": "boolean" },
        { "id": "y", "title": "Y", "type": "number", "min": 0, "max": 100 }
        """,
        """
        { "id": "a", "title": "A", "max": 10, "maxByType": { "village": 20 }, "criteria": [
          { "id": "c", "title": "C", "max": 10, "maxByType": { "village": 15 }, "method": "points", "input": "x", "message": "{points}/{max}" },
          { "id": "d", "title": "D", "max": 5, "appliesTo": ["village"], "method": "check", "input": "b", "message": "{points}" }
        ] },
        { "id": "v", "title": "V", "max": 30, "appliesTo": ["village"], "criteria": [
          { "id": "e", "title": "E", "max": 30, "method": "points", "input": "y", "message": "{points}" }
        ] }
        """,
        more: """  "categories": [{ "id": "agency", "title": "机关" }, { "id": "village", "title": "村" }],""");

    [Fact]
    public void MaxByTypeAndAppliesTo_ForADefaultType_UseTheDefaultMaxAndSkipOtherTypesCriteria()
    {
        // b and y are not needed: nothing an agency is scored on reads them.
        var result = TypedEngine().Score(new OrganizationRecord("r1") { Type = "agency", Values = Values(("x", 14)) });

        Assert.Equal(["c"], result.Trace.Select(t => t.CriterionId));
        Assert.Equal((10m, "10/10"), (result.Line("c").Points, result.Line("c").Message));
        Assert.Equal([new AreaScore(null, "a", "A", 10m, 10m)], result.Areas);
        Assert.Equal(10m, result.Score);
    }

    [Fact]
    public void MaxByTypeAndAppliesTo_ForTheNamedType_UseItsMaxAndItsCriteria()
    {
        var record = new OrganizationRecord("r1") { Type = "village", Values = Values(("x", 14), ("b", true), ("y", 20)) };

        var result = TypedEngine().Score(record);

        Assert.Equal(["c", "d", "e"], result.Trace.Select(t => t.CriterionId));
        Assert.Equal((14m, "14/15"), (result.Line("c").Points, result.Line("c").Message));
        Assert.Equal([new AreaScore(null, "a", "A", 19m, 20m), new AreaScore(null, "v", "V", 20m, 30m)], result.Areas);
        Assert.Equal(39m, result.Score);
    }

    [Fact]
    public void MaxByType_ShippedTwoNewStudyScore_IsClampedToTheTypesMax()
    {
        var twoNew = StarRating.Perfect("t", "twoNew").With(("studyScore", 5));

        var line = StarRating.Engine.Score(twoNew).Line("studyEducation");

        Assert.Equal((4m, 4m, "5 entered; clamped to the maximum 4"), (line.Points, line.Max, line.Note));
    }
}
