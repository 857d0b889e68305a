using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Lagging;

public sealed class LaggingTests
{
    private static OrganizationRecord Org(string id, decimal x) => new(id) { Values = new Dictionary<string, InputValue> { ["x"] = x } };

    private static ScoringEngine Engine(string lagging) => RuleFiles.SinglePoints(more: $"\"lagging\": {lagging},");

    [Fact]
    public void Lagging_BottomCountWithTieAtTheBoundary_NamesEveryTiedOrganization()
    {
        var engine = Engine("""{ "title": "后进", "bottomCount": 1 }""");

        var batch = engine.ScoreBatch([Org("a", 90), Org("b", 50), Org("c", 50), Org("d", 70)]);

        Assert.Equal(["b rank 3 among the last 1 of 4", "c rank 3 among the last 1 of 4"], batch.Lagging.Select(l => $"{l.Id} {string.Join("; ", l.Reasons)}"));
    }

    [Fact]
    public void Lagging_ScoreBelowAndBand_GiveEveryReasonAndTheRectification()
    {
        var engine = Engine("""
            { "title": "后进", "scoreBelow": 60, "bands": ["fail"], "bottomShare": 0.25,
              "rectification": { "plan": "整改方案", "responsible": "书记", "deadline": "2027-06-30" } }
            """);

        var batch = engine.ScoreBatch([Org("a", 90), Org("b", 59.5m), Org("c", 75), Org("d", 80)]);

        var lagging = Assert.Single(batch.Lagging);
        Assert.Equal(["score 59.50 below 60", "band 不合格", "rank 4 among the last 1 of 4"], lagging.Reasons);
        Assert.Equal(new RectificationPlan("整改方案", "书记", new DateOnly(2027, 6, 30)), lagging.Rectification);
    }

    [Fact]
    public void Lagging_PreviouslyLaggingReadBack_MarksTheOutcome()
    {
        var engine = Engine("""{ "title": "后进", "scoreBelow": 60 }""");
        var batch = engine.ScoreBatch([Org("a", 90), Org("b", 40)]);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ResultJson.Serialize(batch)));

        var outcomes = ResultJson.ReadOutcomes(stream);

        Assert.Equal(["a False", "b True"], outcomes.Outcomes.Select(o => $"{o.Id} {o.Lagging}"));
    }

    [Theory]
    [InlineData("""{ "title": "后进" }""", "PBS010: The lagging section needs at least one condition: \"scoreBelow\", \"bands\", \"revoked\", \"bottomCount\" or \"bottomShare\". (at $.lagging)")]
    [InlineData("""{ "title": "后进", "scoreBelow": 0 }""", "PBS013: \"scoreBelow\" must lie above the score range's min 0 and at most its max 100; 0 would name no organization or every one. (at $.lagging.scoreBelow)")]
    [InlineData("""{ "title": "后进", "bottomCount": 0 }""", "PBS013: \"bottomCount\" must be at least 1. (at $.lagging.bottomCount)")]
    [InlineData("""{ "title": "后进", "bands": ["worst"] }""", "PBS100: \"worst\" is not the id of a band; the bands are \"fail\", \"pass\". (at $.lagging.bands[0])")]
    [InlineData("""{ "title": "后进", "revoked": true, "rectification": { "plan": "p", "deadline": "2027/06/30" } }""", "PBS015: \"2027/06/30\" is not a date written as yyyy-MM-dd, e.g. 2027-06-30. (at $.lagging.rectification.deadline)")]
    public void Load_InvalidLagging_ReportsLocatedError(string lagging, string expected)
    {
        var ex = Assert.Throws<RuleFileException>(() => Engine(lagging));

        var error = Assert.Single(ex.Errors);
        Assert.EndsWith(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }
}
