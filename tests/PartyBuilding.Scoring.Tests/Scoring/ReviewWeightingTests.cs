using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;
using static PartyBuilding.Scoring.Tests.TestSupport.RecordBuilder;

namespace PartyBuilding.Scoring.Tests.Scoring;

// 三评: the composite is Σ weight × source score; a criteria-supplying source is scored with the file's criteria
// from its own values, taking what it lacks from the record's values.
public sealed class ReviewWeightingTests
{
    private static ScoringEngine Engine(string weights) => RuleFiles.Engine(
        """
        { "id": "x", "title": "X", "type": "number", "min": 0, "max": 60 },
        { "id": "y", "title": "Y", "type": "number", "min": 0, "max": 40 }
        """,
        """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "cx", "title": "CX", "max": 60, "method": "points", "input": "x", "message": "{points}" },
          { "id": "cy", "title": "CY", "max": 40, "method": "points", "input": "y", "message": "{points}" }
        ] }
        """,
        more: $$"""
              "reviews": [
                { "id": "grassroots", "title": "基层评", "weight": {{weights.Split(',')[0]}}, "supplies": "score" },
                { "id": "masses", "title": "群众评", "weight": {{weights.Split(',')[1]}}, "supplies": "score" },
                { "id": "organization", "title": "组织评", "weight": {{weights.Split(',')[2]}}, "supplies": "criteria" }
              ],
            """);

    private static OrganizationRecord Reviewed(IReadOnlyDictionary<string, InputValue>? organization, params (string Id, InputValue Value)[] values)
    {
        var reviews = new Dictionary<string, ReviewInput>
        {
            ["grassroots"] = ReviewInput.FromScore(90),
            ["masses"] = ReviewInput.FromScore(80.5m),
        };
        if (organization is not null)
        {
            reviews["organization"] = ReviewInput.FromValues(organization);
        }

        return new OrganizationRecord("r1") { Values = Values(values), Reviews = reviews };
    }

    [Theory]
    [InlineData("0.3,0.3,0.4")]
    [InlineData("30,30,40")]
    public void Composite_IsTheWeightedSumOfTheSourceScores(string weights)
    {
        var result = Engine(weights).Score(Reviewed(Values(("x", 50), ("y", 20))));

        // 0.3 × 90 + 0.3 × 80.5 + 0.4 × 70 = 27 + 24.15 + 28 = 79.15
        Assert.Equal(
            [
                new ReviewScore("grassroots", "基层评", ReviewSupply.Score, 0.3m, 90m, 27m),
                new ReviewScore("masses", "群众评", ReviewSupply.Score, 0.3m, 80.5m, 24.15m),
                new ReviewScore("organization", "组织评", ReviewSupply.Criteria, 0.4m, 70m, 28m),
            ],
            result.Reviews);
        Assert.Equal(79.15m, result.Score);
        Assert.Null(result.Total);
        Assert.Equal([new AreaScore("organization", "a", "A", 70m, 100m)], result.Areas);
        Assert.All(result.Trace, t => Assert.Equal("organization", t.Source));
    }

    [Fact]
    public void Weights_InPerCent_AreReadAsFractions()
    {
        Assert.Equal([0.3m, 0.3m, 0.4m], Engine("30,30,40").RuleSet.Reviews.Select(r => r.Weight));
    }

    [Fact]
    public void Weights_SummingTo99_AreRejected()
    {
        var ex = Assert.Throws<RuleFileException>(() => Engine("30,30,39"));

        Assert.Equal(
            "The review weights add up to 99; they must add up to exactly 1 (or 100 when written in per cent).",
            Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void CriteriaSource_WithoutItsOwnValues_TakesThemFromTheRecordsValues()
    {
        var result = Engine("0.3,0.3,0.4").Score(Reviewed(null, ("x", 50), ("y", 20)));

        Assert.Equal(70m, result.Reviews[2].Score);
        Assert.Equal(79.15m, result.Score);
    }

    [Fact]
    public void CriteriaSource_WithSomeValues_TakesTheRestFromTheRecordsValues()
    {
        var result = Engine("0.3,0.3,0.4").Score(Reviewed(Values(("x", 60)), ("y", 20)));

        Assert.Equal(80m, result.Reviews[2].Score);
    }

    [Fact]
    public void CriteriaSource_ValueGivenTwice_UsesTheSourcesOwn()
    {
        var result = Engine("0.3,0.3,0.4").Score(Reviewed(Values(("x", 60), ("y", 40)), ("x", 10), ("y", 10)));

        Assert.Equal(100m, result.Reviews[2].Score);
    }

    [Fact]
    public void CriteriaSource_ValueMissingEverywhere_RejectsTheRecord()
    {
        var rejection = Engine("0.3,0.3,0.4").Rejection(Reviewed(Values(("x", 60))));

        Assert.Equal(new RecordRejection("r1", null, RecordRejectionCodes.MissingValue, "input \"y\" (Y) has no value in review \"organization\"."), rejection);
    }

    [Fact]
    public void ShippedFiveGoods_SplitSource_MatchesHandCalculation()
    {
        // u08 of samples/data/five-goods.json: grades in the source, ledger facts in values.
        var record = new OrganizationRecord("u08")
        {
            Type = "institution",
            Values = Values(
                ("orgSetupCompliant", true), ("missedSessions", 0), ("studySessions", 12), ("volunteerActivities", 5),
                ("styleComplaints", 1), ("rulesEstablished", true), ("integrityEducationHeld", true), ("minorDisciplineCases", 0)),
            Reviews = new Dictionary<string, ReviewInput>
            {
                ["grassroots"] = ReviewInput.FromScore(86),
                ["masses"] = ReviewInput.FromScore(84.5m),
                ["organization"] = ReviewInput.FromValues(Values(
                    ("memberWorkGrade", "较好"), ("ideologyGrade", "好"), ("rulesImplementedScore", 11), ("cleanResponsibilityGrade", "较好"))),
            },
        };

        var result = RuleSets.FiveGoodsThreeReviews().Score(record);

        Assert.Equal([86m, 84.5m, 93.5m], result.Reviews.Select(r => r.Score));
        Assert.Equal(88.55m, result.Score);
        Assert.Equal("较好", result.Band?.Label);
    }
}
