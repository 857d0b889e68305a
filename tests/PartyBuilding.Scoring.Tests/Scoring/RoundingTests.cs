using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;
using static PartyBuilding.Scoring.Tests.TestSupport.RecordBuilder;

namespace PartyBuilding.Scoring.Tests.Scoring;

// The one rounding policy: its modes, and the stages it applies to.
public sealed class RoundingTests
{
    [Theory]
    [InlineData("awayFromZero", 94.5, 95)]
    [InlineData("awayFromZero", 94.4, 94)]
    [InlineData("awayFromZero", 94.6, 95)]
    [InlineData("toEven", 94.5, 94)]
    [InlineData("toEven", 95.5, 96)]
    [InlineData("toEven", 94.6, 95)]
    [InlineData("towardZero", 94.6, 94)]
    [InlineData("towardZero", 94.5, 94)]
    [InlineData("down", 94.6, 94)]
    [InlineData("down", 94.5, 94)]
    [InlineData("up", 94.4, 95)]
    [InlineData("up", 94.5, 95)]
    [InlineData("up", 94, 94)]
    public void Final_EachMode_RoundsAsNamed(string mode, double total, int expected)
    {
        var engine = RuleFiles.SinglePoints(RuleFiles.WholePointBands, $$"""  "rounding": { "decimals": 0, "mode": "{{mode}}", "applyTo": ["final"] },""");

        var result = engine.Score(Record("r1", ("x", (decimal)total)));

        Assert.Equal(expected, result.Score);
        Assert.Equal((decimal)total, result.Total);
    }

    [Fact]
    public void Default_IsTwoDecimalsAwayFromZeroOnFinal()
    {
        var engine = RuleFiles.SinglePoints();

        Assert.Equal(new RoundingPolicy(2, MidpointRounding.AwayFromZero, RoundingStage.Final), engine.RuleSet.Rounding);
        Assert.Equal(66.67m, engine.Score(Record("r1", ("x", 66.665m))).Score);
    }

    // Two areas, each with two criteria of 0.25 points: unrounded the total is 1.
    private static ScoringEngine QuarterPoints(string applyTo) => RuleFiles.Engine(
        """
        { "id": "p", "title": "P", "type": "number", "min": 0, "max": 1 },
        { "id": "q", "title": "Q", "type": "number", "min": 0, "max": 1 },
        { "id": "r", "title": "R", "type": "number", "min": 0, "max": 1 },
        { "id": "s", "title": "S", "type": "number", "min": 0, "max": 1 }
        """,
        """
        { "id": "a1", "title": "A1", "max": 50, "criteria": [
          { "id": "c1", "title": "C1", "max": 1, "method": "points", "input": "p", "message": "{points}" },
          { "id": "c2", "title": "C2", "max": 1, "method": "points", "input": "q", "message": "{points}" } ] },
        { "id": "a2", "title": "A2", "max": 50, "criteria": [
          { "id": "c3", "title": "C3", "max": 1, "method": "points", "input": "r", "message": "{points}" },
          { "id": "c4", "title": "C4", "max": 1, "method": "points", "input": "s", "message": "{points}" } ] }
        """,
        more: $$"""  "rounding": { "decimals": 0, "mode": "awayFromZero", "applyTo": [{{applyTo}}] },""");

    private static readonly OrganizationRecord Quarters = Record("r1", ("p", 0.25m), ("q", 0.25m), ("r", 0.25m), ("s", 0.25m));

    [Fact]
    public void Stage_Criterion_RoundsEachCriterion()
    {
        var result = QuarterPoints("\"criterion\"").Score(Quarters);

        Assert.All(result.Trace, t => Assert.Equal(0m, t.Points));
        Assert.Equal(0m, result.Score);
    }

    [Fact]
    public void Stage_Area_RoundsEachAreaSubtotal()
    {
        var result = QuarterPoints("\"area\"").Score(Quarters);

        Assert.All(result.Trace, t => Assert.Equal(0.25m, t.Points));
        Assert.Equal([1m, 1m], result.Areas.Select(a => a.Points));
        Assert.Equal(2m, result.Score);
    }

    [Fact]
    public void Stage_Final_RoundsOnlyTheScore()
    {
        var result = QuarterPoints("\"final\"").Score(Record("r1", ("p", 0.25m), ("q", 0.25m), ("r", 0.25m), ("s", 0.1m)));

        Assert.Equal([0.5m, 0.35m], result.Areas.Select(a => a.Points));
        Assert.Equal((1m, (decimal?)0.85m), (result.Score, result.Total));
    }

    [Fact]
    public void Stage_None_KeepsEveryDigit()
    {
        var result = QuarterPoints(string.Empty).Score(Record("r1", ("p", 0.25m), ("q", 0.25m), ("r", 0.25m), ("s", 0.125m)));

        Assert.Equal(0.875m, result.Score);
    }

    // Two reviews: organization (criteria, weight 0.5) and masses (score, weight 0.5).
    private static ScoringEngine ReviewedQuarter(string applyTo) => RuleFiles.Engine(
        """{ "id": "p", "title": "P", "type": "number", "min": 0, "max": 1 }""",
        """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "c", "title": "C", "max": 1, "method": "points", "input": "p", "message": "{points}" } ] }
        """,
        more: $$"""
              "rounding": { "decimals": 0, "mode": "awayFromZero", "applyTo": [{{applyTo}}] },
              "reviews": [
                { "id": "organization", "title": "组织评", "weight": 0.5, "supplies": "criteria" },
                { "id": "masses", "title": "群众评", "weight": 0.5, "supplies": "score" }
              ],
            """);

    private static readonly OrganizationRecord ReviewedRecord = new("r1")
    {
        Reviews = new Dictionary<string, ReviewInput>
        {
            ["organization"] = ReviewInput.FromValues(Values(("p", 0.5m))),
            ["masses"] = ReviewInput.FromScore(0.5m),
        },
    };

    [Fact]
    public void Stage_Total_RoundsEachSourcesCriteriaTotalButNotTheComposite()
    {
        var result = ReviewedQuarter("\"total\"").Score(ReviewedRecord);

        Assert.Equal([1m, 0.5m], result.Reviews.Select(r => r.Score));
        Assert.Equal(0.75m, result.Score);
    }

    [Fact]
    public void Stage_FinalWithReviews_RoundsTheComposite()
    {
        var result = ReviewedQuarter("\"final\"").Score(ReviewedRecord);

        Assert.Equal([0.5m, 0.5m], result.Reviews.Select(r => r.Score));
        Assert.Equal(1m, result.Score);
    }
}
