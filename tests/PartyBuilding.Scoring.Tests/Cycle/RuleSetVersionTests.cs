using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Cycle;

public sealed class RuleSetVersionTests
{
    [Theory]
    [InlineData("2023-12-31", null)]
    [InlineData("2024-01-01", "2024.1")]
    [InlineData("2025-12-31", "2024.1")]
    [InlineData("2026-01-01", "2026.1")]
    [InlineData("2040-06-30", "2026.1")]
    public void InForceOn_Date_PicksTheVersionInForce(string date, string? version)
    {
        var engine = CycleData.StarRatingCycle.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(version, engine?.RuleSet.Identity.Version);
    }

    [Fact]
    public void TryComputeYear_YearOneAfterRuleChange_UsesYearOneRulesAndNamesThem()
    {
        var history = CycleData.SampleHistory("b21");
        var before = new AssessmentCycle(CycleData.Catalog("rules/star-rating-cycle-2024.json"));
        var after = new AssessmentCycle(CycleData.StarRatingCycle);

        Assert.True(before.TryComputeYear(history, 2024, out var original, out _));
        Assert.True(after.TryComputeYear(history, 2024, out var recomputed, out _));

        // 93 is five stars under 2026.1 (threshold 92), but 2024 is assessed under 2024.1 (threshold 95): four stars.
        Assert.Equal("四星", recomputed.Band?.Label);
        Assert.Equal(ScoringEngine.Load(Repository.File("rules/star-rating-cycle-2024.json")).RuleSet.Identity, recomputed.RuleSet);
        Assert.Equal("2024.1", recomputed.RuleSet.Version);
        Assert.Equal((original.RuleSet, original.Unrounded, original.Score, original.Band), (recomputed.RuleSet, recomputed.Unrounded, recomputed.Score, recomputed.Band));
        Assert.Equal(original.Components.Select(c => c.Score), recomputed.Components.Select(c => c.Score));
    }

    [Fact]
    public void TryComputeYear_SameFiguresInNewRuleYear_UseTheNewThreshold()
    {
        var history = CycleData.SampleHistory("b21");
        var cycle = new AssessmentCycle(CycleData.StarRatingCycle);

        Assert.True(cycle.TryComputeYear(history, 2026, out var result, out _));

        Assert.Equal(93m, result.Score);
        Assert.Equal("五星", result.Band?.Label);
        Assert.Equal("2026.1", result.RuleSet.Version);
    }

    [Fact]
    public void TryComputeYear_NoVersionInForce_IsRejected()
    {
        var history = CycleData.SampleHistory("b21");
        var cycle = new AssessmentCycle(CycleData.Catalog("rules/star-rating-cycle-2026.json"));

        Assert.False(cycle.TryComputeYear(history, 2024, out _, out var rejection));

        Assert.Equal("b21 (line 2): PBR200: year 2024: no version of the rule set is in force on 2024-12-31.", rejection.ToString());
    }

    [Fact]
    public void Create_VersionsInForceOnTheSameDay_ReportsLocatedOverlap()
    {
        var old = ScoringEngine.Parse(Versioned("1", "2024-01-01", "\"effectiveUntil\": \"2026-06-30\","), "old.json");
        var current = ScoringEngine.Parse(Versioned("2", "2026-01-01", string.Empty), "new.json");

        var ex = Assert.Throws<RuleFileException>(() => RuleSetCatalog.Create([current, old]));

        Assert.Equal(
            "new.json(5,20): error PBS203: Version 2 takes effect on 2026-01-01, while version 1 (old.json) is in force until 2026-06-30; only one version may be in force on a day. (at $.effectiveFrom)",
            Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Create_TwoFilesWithOneVersionText_ReportsDuplicate()
    {
        var first = ScoringEngine.Parse(Versioned("1", "2024-01-01", string.Empty), "a.json");
        var second = ScoringEngine.Parse(Versioned("1", "2026-01-01", string.Empty), "b.json");

        var ex = Assert.Throws<RuleFileException>(() => RuleSetCatalog.Create([first, second]));

        Assert.Equal(
            "b.json(5,20): error PBS203: The version \"1\" is also the version of a.json; each version of a rule set needs its own version text. (at $.effectiveFrom)",
            Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void ScoreBatch_SampleOrganizationsUnderBothVersions_OnlyScores92To94BecomeFiveStars()
    {
        var before = SampleData.Score("rules/star-rating-cycle-2024.json", "samples/data/organizations.json");
        var after = SampleData.Score("rules/star-rating-cycle-2026.json", "samples/data/organizations.json");

        var changed = before.Results.Join(after.Results, b => b.Result.Id, a => a.Result.Id, (b, a) => (b.Result, After: a.Result))
            .Where(p => p.Result.Band?.Id != p.After.Band?.Id)
            .Select(p => $"{p.Result.Id} {p.Result.Score} {p.Result.Band?.Label}>{p.After.Band?.Label}");

        Assert.Equal(["b03 94 四星>五星", "b11 92 四星>五星"], changed);
        Assert.Equal(before.Results.Select(r => r.Result.Score), after.Results.Select(r => r.Result.Score));
    }

    [Fact]
    public void Create_DifferentRuleSets_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => RuleSetCatalog.Create([RuleSets.StarRating(), RuleSets.FiveGoodsThreeReviews()]));

        Assert.Equal("A catalog holds the versions of one rule set, but these have the ids \"five-goods-three-reviews\", \"star-rating\". (Parameter 'versions')", ex.Message);
    }

    private static string Versioned(string version, string from, string more) => $$"""
        {
          "id": "test",
          "title": "测试规则",
          "version": "{{version}}",
          "effectiveFrom": "{{from}}",
          {{more}}
          "scoreRange": { "min": 0, "max": 100 },
          "inputs": [ { "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 } ],
          "areas": [ { "id": "a", "title": "A", "max": 100, "criteria": [
            { "id": "c", "title": "C", "max": 100, "method": "points", "input": "x", "message": "{points}" } ] } ],
          "bands": {{RuleFiles.PassFailBands}}
        }
        """;
}
