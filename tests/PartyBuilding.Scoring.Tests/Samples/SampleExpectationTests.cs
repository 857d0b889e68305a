using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Samples;

// The hand calculation in samples/data/EXPECTED.md, table by table.
public sealed class SampleExpectationTests
{
    [Fact]
    public void Organizations_AllTwelveAreScored()
    {
        var batch = SampleData.OrganizationsUnderStarRating;

        Assert.Equal((12, 12, 0), (batch.Read, batch.Results.Count, batch.Rejected.Count));
    }

    // id, total before rounding, rounded score, band by score, vetoes, final band (null: revoked).
    [Theory]
    [InlineData("b01", 100, 100, "五星", "", "五星")]
    [InlineData("b02", 94.5, 95, "五星", "", "五星")]
    [InlineData("b03", 94.4, 94, "四星", "", "四星")]
    [InlineData("b04", 90, 90, "四星", "", "四星")]
    [InlineData("b05", 76.5, 77, "二星", "lowerForDisciplineViolation", "一星")]
    [InlineData("b06", 86, 86, "三星", "revokeForSeriousViolation", null)]
    [InlineData("b07", 87.5, 88, "三星", "", "三星")]
    [InlineData("b08", 82.82, 83, "三星", "", "三星")]
    [InlineData("b09", 69.5, 70, "二星", "", "二星")]
    [InlineData("b10", 79.5, 80, "三星", "", "三星")]
    [InlineData("b11", 91.64, 92, "四星", "", "四星")]
    [InlineData("b12", 75.5, 76, "二星", "", "二星")]
    public void Organizations_ScoresAndBands_MatchExpected(string id, double total, int score, string bandByScore, string vetoes, string? band)
    {
        var result = SampleData.OrganizationsUnderStarRating.Result(id);

        Assert.Equal(
            ((decimal?)(decimal)total, (decimal)score, bandByScore, vetoes, band),
            (result.Total, result.Score, result.BandBeforeVetoes?.Label, string.Join(", ", result.Vetoes.Select(v => v.Id)), result.Band?.Label));
    }

    // 班子建设 25 / 党员队伍建设 25 / 制度建设 15 / 工作业绩 20 / 群众满意 15
    [Theory]
    [InlineData("b01", 25, 25, 15, 20, 15)]
    [InlineData("b02", 24, 24, 13.5, 19.5, 13.5)]
    [InlineData("b03", 24, 21, 15, 20, 14.4)]
    [InlineData("b04", 24.5, 22, 14, 17.5, 12)]
    [InlineData("b05", 17, 15.5, 12, 20, 12)]
    [InlineData("b06", 24.2, 22, 12, 14.3, 13.5)]
    [InlineData("b07", 24, 19.5, 13.5, 18.5, 12)]
    [InlineData("b08", 22.5, 20, 13, 16.72, 10.6)]
    [InlineData("b09", 18.5, 13, 10, 14.8, 13.2)]
    [InlineData("b10", 20, 19, 12, 17.5, 11)]
    [InlineData("b11", 23, 23, 13.5, 18.94, 13.2)]
    [InlineData("b12", 18.5, 16, 14, 15, 12)]
    public void Organizations_AreaSubtotals_MatchExpected(string id, double team, double members, double institutions, double performance, double masses)
    {
        var result = SampleData.OrganizationsUnderStarRating.Result(id);

        Assert.Equal(
            new[] { team, members, institutions, performance, masses }.Select(v => (decimal)v),
            result.Areas.Select(a => a.Points));
        Assert.Equal(["teamBuilding", "memberBuilding", "institutionBuilding", "performance", "massSatisfaction"], result.Areas.Select(a => a.Id));
    }

    [Fact]
    public void Organizations_BandCounts_MatchExpected()
    {
        var counts = SampleData.OrganizationsUnderStarRating.Results
            .GroupBy(r => r.Result.Band?.Label ?? "revoked")
            .ToDictionary(g => g.Key, g => string.Join(",", g.Select(r => r.Result.Id).Order(StringComparer.Ordinal)));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["五星"] = "b01,b02", ["四星"] = "b03,b04,b11", ["三星"] = "b07,b08,b10", ["二星"] = "b09,b12", ["一星"] = "b05", ["revoked"] = "b06",
            },
            counts);
    }

    [Fact]
    public void Organizations_EdgeCriteria_MatchTheExplanation()
    {
        var batch = SampleData.OrganizationsUnderStarRating;

        // b01: activitiesHeld 14 gives 7 by formula, kept at 6.
        var b01 = batch.Result("b01").Line("regularActivities");
        Assert.Equal((6m, "formula gave 7; kept within 0 to 6"), (b01.Points, b01.Note));

        // b12 (twoNew): studyScore 5 is above the twoNew maximum 4 and is clamped.
        var b12 = batch.Result("b12").Line("studyEducation");
        Assert.Equal((4m, 4m, "5 entered; clamped to the maximum 4"), (b12.Points, b12.Max, b12.Note));

        // b11 (twoNew): 3 new members + 2 activists = 7 counts in full under maxByType.
        Assert.Equal((7m, 7m), (batch.Result("b11").Line("memberRecruitment").Points, batch.Result("b11").Line("memberRecruitment").Max));

        // b08: 96% completion × 0.07 = 6.72 exactly.
        Assert.Equal(6.72m, batch.Result("b08").Line("tasksCompleted").Points);
    }

    [Fact]
    public void OrganizationsCsv_GivesTheSameResultsAsJson()
    {
        var csv = SampleData.Score("rules/star-rating.json", "samples/data/organizations.csv");
        var json = SampleData.OrganizationsUnderStarRating;

        Assert.Equal(
            json.Results.Select(r => (r.Rank, r.Result.Id, r.Result.Score, r.Result.Band?.Id)),
            csv.Results.Select(r => (r.Rank, r.Result.Id, r.Result.Score, r.Result.Band?.Id)));
    }

    [Fact]
    public void FiveGoods_AllTenAreScored()
    {
        var batch = SampleData.FiveGoodsUnderThreeReviews;

        Assert.Equal((10, 10, 0), (batch.Read, batch.Results.Count, batch.Rejected.Count));
    }

    // id, 基层评, 群众评, 组织评 (rounded to 2 decimals), final, band by score, vetoes, final band (null: revoked).
    [Theory]
    [InlineData("u01", 95, 93.5, 98.5, 95.95, "好", "", "好")]
    [InlineData("u02", 90.6, 90.5, 89.17, 90.00, "好", "", "好")]
    [InlineData("u03", 80, 80, 80, 80.00, "较好", "", "较好")]
    [InlineData("u04", 80, 79.9, 80, 79.97, "一般", "", "一般")]
    [InlineData("u05", 88, 86, 90, 88.20, "较好", "majorCaseVeto", null)]
    [InlineData("u06", 60, 55.5, 37.33, 49.58, "差", "", "差")]
    [InlineData("u07", 75, 70.5, 77.33, 74.58, "一般", "", "一般")]
    [InlineData("u08", 86, 84.5, 93.5, 88.55, "较好", "", "较好")]
    [InlineData("c01", 94, 92, 100, 95.80, "好", "", "好")]
    [InlineData("c02", 93, 91, 98, 94.40, "好", "fiveStarShareCap", "较好")]
    public void FiveGoods_ReviewsScoresAndBands_MatchExpected(
        string id, double grassroots, double masses, double organization, double score, string bandByScore, string vetoes, string? band)
    {
        var result = SampleData.FiveGoodsUnderThreeReviews.Result(id);

        Assert.Equal(
            new[] { grassroots, masses, organization }.Select(v => (decimal)v),
            result.Reviews.Select(r => r.Score));
        Assert.Equal([0.3m, 0.3m, 0.4m], result.Reviews.Select(r => r.Weight));
        Assert.Equal(
            ((decimal)score, bandByScore, vetoes, band),
            (result.Score, result.BandBeforeVetoes?.Label, string.Join(", ", result.Vetoes.Select(v => v.Id)), result.Band?.Label));
        Assert.Null(result.Total);
    }

    [Fact]
    public void FiveGoods_U02_RoundsTheCompositeUpIntoTheTopBand()
    {
        var result = SampleData.FiveGoodsUnderThreeReviews.Result("u02");

        // 理论学习 11 × 10 / 12 = 9.1666…; 组织评 89.1666… → 89.17; composite 89.998 → 90.00 → 好.
        Assert.Equal(110m / 12m, result.Line("theoryStudy").Points);
        Assert.Equal(89.998m, result.Reviews.Sum(r => r.Weighted));
        Assert.Equal(90m, result.Score);
    }

    [Fact]
    public void FiveGoods_Ranking_IsByScoreDescending()
    {
        Assert.Equal(
            ["u01", "c01", "c02", "u02", "u08", "u05", "u03", "u04", "u07", "u06"],
            SampleData.FiveGoodsUnderThreeReviews.Results.Select(r => r.Result.Id));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], SampleData.FiveGoodsUnderThreeReviews.Results.Select(r => r.Rank));
    }

    [Fact]
    public void FiveGoods_CommitteeBelowTheFiveStarRatio_IsKeptOutOfFiveGoodsWithTheReason()
    {
        // c02 has 0 five-star branches of 6 under it in the star rating (ratio 0.4 in star-rating.json): 94.40 would be 好.
        var c02 = SampleData.FiveGoodsUnderThreeReviews.Result("c02");
        var c01 = SampleData.FiveGoodsUnderThreeReviews.Result("c01");

        Assert.Equal(("好", "较好"), (c02.BandBeforeVetoes?.Label, c02.Band?.Label));
        var veto = Assert.Single(c02.Vetoes);
        Assert.Equal(("fiveStarShareCap", "所属党支部中五星级党支部比例低于党支部星级管理规定的比例,不能评为“五个好”党组织,等次最高为“较好”。"), (veto.Id, veto.Message));
        Assert.Equal(("好", 0), (c01.Band?.Label, c01.Vetoes.Count));
    }
}
