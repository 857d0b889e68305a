using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

// The full-marks record (满分模板): what staff fill in as a template, and a check that full marks are reachable.
public sealed class FullMarksTests
{
    [Theory]
    [InlineData("agency")]
    [InlineData("stateEnterprise")]
    [InlineData("community")]
    [InlineData("village")]
    [InlineData("twoNew")]
    public void CreateFullMarksRecord_StarRating_Scores100AndFiveStarsForEveryType(string type)
    {
        var engine = RuleSets.StarRating();
        var record = engine.CreateFullMarksRecord(type);

        var result = engine.Score(record);

        Assert.Equal(type, record.Type);
        Assert.Equal((100m, (decimal?)100m, "fiveStar", "fiveStar"), (result.Score, result.Total, result.Band?.Id, result.BandBeforeVetoes?.Id));
        Assert.Empty(result.Vetoes);
        Assert.All(result.Trace, t => Assert.Equal(t.Max, t.Points));
    }

    [Fact]
    public void CreateFullMarksRecord_StarRating_ListsEveryDeclaredInputInFileOrder()
    {
        var engine = RuleSets.StarRating();

        var record = engine.CreateFullMarksRecord("agency");

        Assert.Equal(engine.RuleSet.Inputs.Select(i => i.Id), record.Values.Keys);
        Assert.Equal((false, 0m), (record.Values["seriousViolation"].Boolean, record.Values["disciplineViolations"].Number));
    }

    [Fact]
    public void CreateFullMarksRecord_WithoutType_UsesTheFirstCategory()
    {
        Assert.Equal("agency", RuleSets.StarRating().CreateFullMarksRecord().Type);
    }

    [Theory]
    [InlineData("agency")]
    [InlineData("institution")]
    public void CreateFullMarksRecord_FiveGoods_Scores100AndTheTopBand(string type)
    {
        var engine = RuleSets.FiveGoodsThreeReviews();

        var result = engine.Score(engine.CreateFullMarksRecord(type));

        Assert.Equal((100m, "good"), (result.Score, result.Band?.Id));
        Assert.Equal([100m, 100m, 100m], result.Reviews.Select(r => r.Score));
    }

    // A template that listed the carried input branchStarRatioMet made every filled-in record be rejected (PBR101).
    [Fact]
    public void CreateFullMarksRecord_FiveGoods_LeavesOutTheInputTheComponentCarries()
    {
        var engine = RuleSets.FiveGoodsThreeReviews();

        var record = engine.CreateFullMarksRecord("agency");

        Assert.Equal(engine.RuleSet.Inputs.Select(i => i.Id).Where(i => i != "branchStarRatioMet"), record.Values.Keys);
        Assert.Equal(engine.RuleSet.RecordInputs.Select(i => i.Id), record.Values.Keys);
        Assert.DoesNotContain("branchStarRatioMet", PartyBuilding.Scoring.Reporting.RecordTemplate.Json(record, engine.RuleSet), StringComparison.Ordinal);
        Assert.DoesNotContain("branchStarRatioMet", PartyBuilding.Scoring.Reporting.RecordTemplate.Csv(record, engine.RuleSet), StringComparison.Ordinal);
    }

    [Fact]
    public void HandWrittenPerfectRecord_AgreesWithTheTemplate()
    {
        foreach (var type in StarRating.Types)
        {
            Assert.Equal(100m, StarRating.Engine.Score(StarRating.Perfect("p", type)).Score);
        }
    }
}
