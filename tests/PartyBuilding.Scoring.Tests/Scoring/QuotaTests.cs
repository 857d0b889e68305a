using CsCheck;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

public sealed class QuotaTests
{
    private const string Bands = """
        [
          { "id": "top", "label": "优", "level": 3, "range": "[90, 100]" },
          { "id": "pass", "label": "合格", "level": 2, "range": "[60, 90)" },
          { "id": "fail", "label": "不合格", "level": 1, "range": "[0, 60)" }
        ]
        """;

    private static ScoringEngine Engine(string quota) => RuleFiles.SinglePoints(Bands, $"\"quotas\": [ {quota} ],");

    private static OrganizationRecord Org(string id, decimal x, string? parent = null) => new(id) { Parent = parent, Values = new Dictionary<string, InputValue> { ["x"] = x } };

    private static string[] Bands_(BatchResult batch) => [.. batch.Results.Select(r => $"{r.Result.Id} {r.Result.Band!.Label}")];

    [Fact]
    public void Quota_MaxCount_MovesTheLowestRankedHoldersDownOneBand()
    {
        var engine = Engine("""{ "id": "q", "title": "优秀名额", "band": "top", "maxCount": 2, "message": "超出名额" }""");

        var batch = engine.ScoreBatch([Org("a", 91), Org("b", 99), Org("c", 95), Org("d", 70)]);

        Assert.Equal(["b 优", "c 优", "a 合格", "d 合格"], Bands_(batch));
        var moved = Assert.Single(batch.Results[2].Result.Quotas);
        Assert.Equal(new AppliedQuota("q", "优秀名额", new BandResult("top", "优", 3), new BandResult("pass", "合格", 2), "超出名额"), moved);
        Assert.Contains("\"quotas\": [", ResultJson.Serialize(batch), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admitAll", new[] { "b 优", "a 优", "c 优", "d 合格" })]
    [InlineData("admitNone", new[] { "b 优", "a 合格", "c 合格", "d 合格" })]
    public void Quota_TieAcrossTheLimit_FollowsTheBoundaryPolicy(string boundary, string[] expected)
    {
        var engine = Engine($$"""{ "id": "q", "title": "T", "band": "top", "maxShare": 0.5, "atBoundary": "{{boundary}}", "message": "m" }""");

        var batch = engine.ScoreBatch([Org("a", 95), Org("b", 99), Org("c", 95), Org("d", 70)]);

        Assert.Equal(expected.Order(StringComparer.Ordinal), Bands_(batch).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Quota_WithinParent_CountsEachParentApart()
    {
        var engine = Engine("""{ "id": "q", "title": "T", "band": "top", "within": "parent", "maxCount": 1, "message": "m" }""");

        var batch = engine.ScoreBatch([Org("a", 95, "p1"), Org("b", 99, "p1"), Org("c", 92, "p2"), Org("d", 91, "p2")]);

        Assert.Equal(["a 合格", "b 优", "c 优", "d 合格"], Bands_(batch).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{ "id": "q", "title": "T", "band": "gold", "maxCount": 1, "message": "m" }""", "PBS100: \"gold\" is not the id of a band; the bands are \"fail\", \"pass\", \"top\". (at $.quotas[0].band)")]
    [InlineData("""{ "id": "q", "title": "T", "band": "top", "message": "m" }""", "PBS010: The quota \"q\" needs \"maxShare\" or \"maxCount\". (at $.quotas[0])")]
    [InlineData("""{ "id": "q", "title": "T", "band": "top", "maxCount": 1, "atBoundary": "random", "message": "m" }""", "PBS014: \"random\" is not a choice for ties at the quota's limit: use one of \"admitAll\", \"admitNone\". (at $.quotas[0].atBoundary)")]
    public void Load_InvalidQuota_ReportsLocatedError(string quota, string expected)
    {
        var ex = Assert.Throws<RuleFileException>(() => Engine(quota));

        var error = Assert.Single(ex.Errors);
        Assert.EndsWith(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Quota_DemotionPushesTheNextBandOverItsQuota_CascadesWhateverTheFileOrder(bool passFirst)
    {
        const string Top = """{ "id": "q1", "title": "优秀名额", "band": "top", "maxCount": 1, "message": "m1" }""";
        const string Pass = """{ "id": "q2", "title": "合格名额", "band": "pass", "maxCount": 1, "message": "m2" }""";
        var engine = Engine(passFirst ? Pass + ", " + Top : Top + ", " + Pass);

        var batch = engine.ScoreBatch([Org("a", 99), Org("b", 98), Org("c", 97), Org("d", 70)]);

        Assert.Equal(["a 优", "b 合格", "c 不合格", "d 不合格"], Bands_(batch));
        Assert.Equal(
            [
                new AppliedQuota("q1", "优秀名额", new BandResult("top", "优", 3), new BandResult("pass", "合格", 2), "m1"),
                new AppliedQuota("q2", "合格名额", new BandResult("pass", "合格", 2), new BandResult("fail", "不合格", 1), "m2"),
            ],
            batch.Results.Single(r => r.Result.Id == "c").Result.Quotas);
        Assert.Equal(["q2"], batch.Results.Single(r => r.Result.Id == "d").Result.Quotas.Select(q => q.Id));
    }

    [Fact]
    public void Quota_TwoQuotasOnOneBand_AdmitsInRankOrderWhateverTheFileOrder()
    {
        const string All = """{ "id": "all", "title": "T", "band": "top", "maxCount": 2, "message": "m" }""";
        const string Parent = """{ "id": "perParent", "title": "T", "band": "top", "within": "parent", "maxCount": 1, "message": "m" }""";
        OrganizationRecord[] records = [Org("a", 99, "p1"), Org("b", 98, "p1"), Org("c", 97, "p2")];

        var forward = Bands_(Engine(All + ", " + Parent).ScoreBatch(records));
        var backward = Bands_(Engine(Parent + ", " + All).ScoreBatch(records));

        Assert.Equal(["a 优", "b 合格", "c 优"], forward);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Load_QuotaOnTheLowestBand_ReportsLocatedError()
    {
        var ex = Assert.Throws<RuleFileException>(() => Engine("""{ "id": "q", "title": "T", "band": "fail", "maxCount": 1, "message": "m" }"""));

        var error = Assert.Single(ex.Errors);
        Assert.EndsWith(
            "PBS180: The quota \"q\" limits \"fail\", the lowest band of \"bands\": an organization beyond the limit cannot be moved further down. Limit a higher band, or use \"lagging\" to name the weakest. (at $.quotas[0].band)",
            error.ToString(), StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }
    [Fact]
    public void Quota_AnyScoresAndLimits_EveryQuotaHoldsWhateverTheFileOrder()
    {
        var gen =
            from scores in Gen.Int[0, 100].Array[0, 25]
            from top in Gen.Int[0, 5]
            from pass in Gen.Int[0, 5]
            select (scores, top, pass);

        gen.Sample((scores, top, pass) =>
        {
            var q1 = $$"""{ "id": "q1", "title": "T", "band": "top", "maxCount": {{top}}, "message": "m" }""";
            var q2 = $$"""{ "id": "q2", "title": "P", "band": "pass", "maxCount": {{pass}}, "message": "m" }""";
            OrganizationRecord[] records = [.. scores.Select((x, i) => Org($"o{i:D2}", x))];

            var forward = Engine(q1 + ", " + q2).ScoreBatch(records);
            var backward = Engine(q2 + ", " + q1).ScoreBatch(records);

            Assert.Equal(Bands_(forward), Bands_(backward));
            Assert.True(forward.Results.Count(r => r.Result.Band!.Id == "top") <= top);
            Assert.True(forward.Results.Count(r => r.Result.Band!.Id == "pass") <= pass);
            Assert.All(forward.Results, r => Assert.True(r.Result.Band!.Level <= r.Result.BandBeforeVetoes!.Level));
        });
    }
}
