using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

// Star bands under rules/star-rating.json: the total is rounded to whole points, half away from zero, before banding,
// so [90, 94] and [95, 100] meet without a gap.
public sealed class BandEdgeTests
{
    [Theory]
    [InlineData(100, 100, "fiveStar", 5)]
    [InlineData(95, 95, "fiveStar", 5)]
    [InlineData(94.6, 95, "fiveStar", 5)]
    [InlineData(94.5, 95, "fiveStar", 5)]
    [InlineData(94.49, 94, "fourStar", 4)]
    [InlineData(94.4, 94, "fourStar", 4)]
    [InlineData(90, 90, "fourStar", 4)]
    [InlineData(89.5, 90, "fourStar", 4)]
    [InlineData(89.4, 89, "threeStar", 3)]
    [InlineData(79.5, 80, "threeStar", 3)]
    [InlineData(79.49, 79, "twoStar", 2)]
    [InlineData(69.5, 70, "twoStar", 2)]
    [InlineData(69.4, 69, "oneStar", 1)]
    [InlineData(67, 67, "oneStar", 1)]
    public void StarRating_TotalAtABandEdge_GetsTheBandOfItsRoundedScore(double total, int score, string band, int level)
    {
        var record = StarRating.WithTotal((decimal)total);

        var result = StarRating.Engine.Score(record);

        Assert.Equal((decimal)total, result.Total);
        Assert.Equal(score, result.Score);
        Assert.Equal((band, level), (result.Band?.Id, result.Band?.Level));
        Assert.Equal(result.Band, result.BandBeforeVetoes);
    }

    [Fact]
    public void StarRating_BandTable_IsTheShippedOne()
    {
        Assert.Equal(
            ["[95, 100]", "[90, 94]", "[80, 89]", "[70, 79]", "[0, 69]"],
            StarRating.Engine.RuleSet.Bands.Select(b => b.Range));
    }

    // At one decimal the same table leaves 94.1 to 94.9 (and the other seams) uncovered.
    [Fact]
    public void StarRatingBands_WithOneDecimalRounding_ReportTheGaps()
    {
        var json = File.ReadAllText(Repository.File("rules/star-rating.json"))
            .Replace("\"decimals\": 0", "\"decimals\": 1", StringComparison.Ordinal);

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Parse(json, "star-rating-1dp.json"));

        Assert.Equal(
            [
                "Scores from 94.1 to 94.9 fall in no band (final scores are rounded to 1 decimal place before banding); make the neighbouring bands meet.",
                "Scores from 89.1 to 89.9 fall in no band (final scores are rounded to 1 decimal place before banding); make the neighbouring bands meet.",
                "Scores from 79.1 to 79.9 fall in no band (final scores are rounded to 1 decimal place before banding); make the neighbouring bands meet.",
                "Scores from 69.1 to 69.9 fall in no band (final scores are rounded to 1 decimal place before banding); make the neighbouring bands meet.",
            ],
            ex.Errors.Select(e => e.Message));
        Assert.All(ex.Errors, e => Assert.Equal("PBS041", e.Code));
    }

    [Fact]
    public void BandsByType_RecordOfThatType_IsBandedWithItsOwnTable()
    {
        var engine = RuleFiles.SinglePoints(more: """
              "categories": [{ "id": "agency", "title": "机关" }, { "id": "village", "title": "村" }],
              "bandsByType": {
                "village": [
                  { "id": "good", "label": "好", "level": 2, "range": "[50, 100]" },
                  { "id": "poor", "label": "差", "level": 1, "range": "[0, 50)" }
                ]
              },
            """);

        var agency = engine.Score(new OrganizationRecord("a") { Type = "agency", Values = RecordBuilder.Values(("x", 55)) });
        var village = engine.Score(new OrganizationRecord("v") { Type = "village", Values = RecordBuilder.Values(("x", 55)) });

        Assert.Equal(("fail", "good"), (agency.Band?.Id, village.Band?.Id));
        Assert.Equal(["good", "poor"], engine.RuleSet.BandsFor("village").Select(b => b.Id));
    }
}
