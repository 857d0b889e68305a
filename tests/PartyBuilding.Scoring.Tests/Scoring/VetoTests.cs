using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;
using static PartyBuilding.Scoring.Tests.TestSupport.RecordBuilder;

namespace PartyBuilding.Scoring.Tests.Scoring;

// 一票否决 and conditional caps. Order: capScore, banding, capBand, lowerBand (levels add up, never below the
// lowest band), revoke.
public sealed class VetoTests
{
    // Veto inputs have defaults, so a record gives only the one under test.
    private static readonly ScoringEngine Engine = RuleFiles.Engine(
        """
        { "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 },
        { "id": "serious", "title": "严重违纪", "type": "boolean", "default": false },
        { "id": "violations", "title": "违纪数", "type": "count", "max": 20, "default": 0 },
        { "id": "hasPlan", "title": "有计划", "type": "boolean", "default": true },
        { "id": "auditFindings", "title": "审计问题数", "type": "count", "max": 20, "default": 0 }
        """,
        """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "c", "title": "C", "max": 100, "method": "points", "input": "x", "message": "{points}" }
        ] }
        """,
        bands: """
        [
          { "id": "l5", "label": "五", "level": 5, "range": "[90, 100]" },
          { "id": "l4", "label": "四", "level": 4, "range": "[80, 90)" },
          { "id": "l3", "label": "三", "level": 3, "range": "[70, 80)" },
          { "id": "l2", "label": "二", "level": 2, "range": "[60, 70)" },
          { "id": "l1", "label": "一", "level": 1, "range": "[0, 60)" }
        ]
        """,
        more: """
          "vetoes": [
            { "id": "revoke", "title": "撤销", "when": "serious", "action": "revoke", "message": "撤销等次。" },
            { "id": "lowerOne", "title": "降一级", "when": "violations > 0", "action": "lowerBand", "levels": 1, "message": "降低一级。" },
            { "id": "lowerTwo", "title": "再降两级", "when": "violations > 2", "action": "lowerBand", "levels": 2, "message": "再降两级。" },
            { "id": "capBand", "title": "最高三级", "when": "!hasPlan", "action": "capBand", "maxLevel": 3, "message": "最高三级。" },
            { "id": "capScore", "title": "最高75分", "when": "auditFindings >= 2", "action": "capScore", "maxScore": 75, "message": "最高75分。" }
          ],
        """);

    private static OrganizationRecord Scored(decimal x, params (string Id, InputValue Value)[] vetoInputs) =>
        Record("r1", ("x", x)).With(vetoInputs);

    // Score, band, band before vetoes and the vetoes applied (in file order), in one comparable value.
    private static (decimal Score, string? Band, string? BandBeforeVetoes, string Vetoes) Outcome(ScoreResult result) =>
        (result.Score, result.Band?.Id, result.BandBeforeVetoes?.Id, string.Join(", ", result.Vetoes.Select(v => v.Id)));

    [Fact]
    public void NoVetoApplies_BandIsTheScoresBand()
    {
        var result = Engine.Score(Scored(95));

        Assert.Equal((95m, "l5", "l5"), (result.Score, result.Band?.Id, result.BandBeforeVetoes?.Id));
        Assert.Empty(result.Vetoes);
    }

    [Fact]
    public void Revoke_RemovesTheBandButKeepsScoreAndBandBeforeVetoes()
    {
        var result = Engine.Score(Scored(95, ("serious", true)));

        Assert.Equal((95m, (string?)null, (string?)"l5"), (result.Score, result.Band?.Id, result.BandBeforeVetoes?.Id));
        Assert.Equal([new AppliedVeto("revoke", "撤销", VetoAction.Revoke, "撤销等次。")], result.Vetoes);
    }

    [Theory]
    [InlineData(95, 1, "l4", new[] { "lowerOne" })]
    [InlineData(95, 3, "l2", new[] { "lowerOne", "lowerTwo" })]
    [InlineData(65, 1, "l1", new[] { "lowerOne" })]
    [InlineData(65, 3, "l1", new[] { "lowerOne", "lowerTwo" })]
    [InlineData(50, 1, "l1", new[] { "lowerOne" })]
    public void LowerBand_LevelsAddUpAndNeverGoBelowTheLowestBand(int score, int violations, string band, string[] vetoes)
    {
        var result = Engine.Score(Scored(score, ("violations", violations)));

        Assert.Equal(((decimal)score, (string?)band, Engine.Score(Scored(score)).Band?.Id), (result.Score, result.Band?.Id, result.BandBeforeVetoes?.Id));
        Assert.Equal(vetoes, result.Vetoes.Select(v => v.Id));
    }

    [Theory]
    [InlineData(95, "l3")]
    [InlineData(75, "l3")]
    [InlineData(65, "l2")]
    public void CapBand_LowersOnlyBandsAboveTheCap(int score, string band)
    {
        var result = Engine.Score(Scored(score, ("hasPlan", false)));

        Assert.Equal(band, result.Band?.Id);
        Assert.Equal(["capBand"], result.Vetoes.Select(v => v.Id));
    }

    [Fact]
    public void CapScore_CapsTheScoreBeforeBanding()
    {
        var result = Engine.Score(Scored(95, ("auditFindings", 2)));

        Assert.Equal((75m, "l3", "l5", "capScore"), Outcome(result));
        Assert.Equal((decimal?)95m, result.Total);
    }

    [Fact]
    public void CapScore_BelowTheCap_LeavesTheScore()
    {
        var result = Engine.Score(Scored(62.5m, ("auditFindings", 3)));

        Assert.Equal((62.5m, "l2", "l2", "capScore"), Outcome(result));
    }

    [Fact]
    public void CapBandThenLowerBand_LowerFromTheCappedLevel()
    {
        var result = Engine.Score(Scored(95, ("hasPlan", false), ("violations", 1)));

        Assert.Equal((95m, "l2", "l5", "lowerOne, capBand"), Outcome(result));
    }

    [Fact]
    public void CapScoreCapBandAndLowerBand_ApplyInOrder()
    {
        // 95 earns l5 (BandBeforeVetoes) → capScore 75 → 三 (l3) → capBand 3 → l3 → lower 1 + 2 → l1 (not below the lowest)
        var result = Engine.Score(Scored(95, ("auditFindings", 2), ("hasPlan", false), ("violations", 3)));

        Assert.Equal((75m, "l1", "l5", "lowerOne, lowerTwo, capBand, capScore"), Outcome(result));
    }

    [Fact]
    public void AllVetoes_RevokeWins()
    {
        var result = Engine.Score(Scored(95, ("serious", true), ("auditFindings", 2), ("hasPlan", false), ("violations", 1)));

        Assert.Equal((75m, (string?)null, "l5", "revoke, lowerOne, capBand, capScore"), Outcome(result));
    }

    [Fact]
    public void ShippedStarRating_DisciplineViolationOnAOneStarScore_StaysOneStar()
    {
        var result = StarRating.Engine.Score(StarRating.WithTotal(68).With(("disciplineViolations", 2)));

        Assert.Equal((68m, "oneStar", "oneStar", "lowerForDisciplineViolation"), Outcome(result));
    }

    // Regression: a veto input given only in a criteria review source's values was accepted and ignored
    // (vetoes read the record's own values), so a major case could pass unvetoed. Now the record is rejected.
    [Fact]
    public void VetoInputGivenOnlyInAReviewSource_IsRejected()
    {
        var engine = RuleSets.FiveGoodsThreeReviews();
        var template = engine.CreateFullMarksRecord("agency");
        var organization = template.Values.Where(v => v.Key != "majorCleanGovernanceCase").ToDictionary(v => v.Key, v => v.Value);
        organization["majorCleanGovernanceCase"] = true;
        var record = template with
        {
            Values = new Dictionary<string, InputValue>(),
            Reviews = new Dictionary<string, ReviewInput>(template.Reviews) { ["organization"] = ReviewInput.FromValues(organization) },
        };

        var scored = engine.TryScore(record, out _, out var rejection);

        Assert.False(scored);
        Assert.Equal(RecordRejectionCodes.MisplacedValue, rejection!.Code);
        Assert.Contains(
            "input \"majorCleanGovernanceCase\" (发生重大党风廉政案件) is read by a veto, which reads the record's own \"values\"; give it there, not only in review \"organization\".",
            rejection.Reason,
            StringComparison.Ordinal);
    }
}
