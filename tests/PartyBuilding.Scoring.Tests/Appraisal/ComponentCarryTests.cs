using PartyBuilding.Scoring.Appraisal;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Appraisal;

public sealed class ComponentCarryTests
{
    private const string ReceivingInputs = """
        { "id": "pb", "title": "党建", "type": "number", "min": 0, "max": 100 },
        { "id": "other", "title": "其他", "type": "number", "min": 0, "max": 60 }
        """;

    private const string ReceivingAreas = """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "share", "title": "党建40%", "max": 40, "method": "formula", "expression": "pb * 0.4", "message": "{points}" },
          { "id": "rest", "title": "其他", "max": 60, "method": "points", "input": "other", "message": "{points}" }
        ] }
        """;

    private static readonly ScoringEngine Departmental = ScoringEngine.Load(Repository.File("rules/departmental-appraisal.json"));

    private static OutcomeSet Source(params (string Id, decimal Score, BandResult? Band)[] outcomes) =>
        new(new RuleSetIdentity("party", "1", "abc"), outcomes.Select(o => new OrganizationOutcome(o.Id, null, null, null, o.Score, o.Band)));

    private static ScoringEngine Receiving(string component) =>
        RuleFiles.Engine(ReceivingInputs, ReceivingAreas, more: $"\"components\": [ {component} ],");

    [Fact]
    public void Apply_DepartmentalSample_CarriesFortyPercentOfThePartyBuildingScore()
    {
        var partyBuilding = OutcomeSet.From(SampleData.FiveGoodsUnderThreeReviews);
        var carry = new ComponentCarry(Departmental.RuleSet, [partyBuilding]);

        var batch = Departmental.ScoreBatch(carry.Apply(RecordReader.StreamFile(Repository.File("samples/data/departments.json"), Departmental.RuleSet)));

        // u01: 五好三评 score 95.95 (EXPECTED.md) → 38.38 points; other components 32.5 + 14 + 9.5 = 56 → 94.38.
        var u01 = batch.Result("u01");
        Assert.Equal(partyBuilding.Find("u01")!.Score * 0.4m, u01.Line("partyBuildingShare").Points);
        Assert.Equal(partyBuilding.Find("u01")!.Score, u01.Line("partyBuildingShare").Inputs.Single().Value.Number);
        Assert.Equal(9, batch.Read);
        Assert.Equal(8, batch.Results.Count);
        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal("u09 (line 10): PBR100: the organization has no result in \"five-goods-three-reviews\" (2026.1), so the component \"党建考评(五好三评一定一通报)\" cannot be carried.", rejected.ToString());
    }

    [Fact]
    public void Apply_BandLabelOfRevokedOutcome_IsRejectedAsRevoked()
    {
        var engine = RuleFiles.Engine(
            """{ "id": "grade", "title": "等次", "type": "grade", "choices": ["好", "差"] }""",
            """{ "id": "a", "title": "A", "max": 100, "criteria": [ { "id": "g", "title": "G", "max": 100, "method": "grade", "input": "grade", "points": { "好": 100, "差": 0 }, "message": "{points}" } ] }""",
            more: """ "components": [ { "id": "c", "title": "党建等次", "input": "grade", "from": "party", "take": "bandLabel" } ],""");
        var carry = new ComponentCarry(engine.RuleSet, [Source(("o1", 95, new BandResult("good", "好", 2)), ("o2", 40, null))]);

        var good = carry.Apply(new OrganizationRecord("o1"));
        var revoked = carry.Apply(new OrganizationRecord("o2") { SourceLine = 3 });

        Assert.Equal("好", good.Record!.Values["grade"].Text);
        Assert.Equal("o2 (line 3): PBR130: the organization's result in \"party\" (1) was revoked by a veto, and the component \"党建等次\" carries nothing for a revoked result (whenRevoked: reject).", revoked.Rejection!.ToString());
    }

    [Theory]
    [InlineData(null, 88, 85.2)]
    [InlineData("score", 88, 85.2)]
    [InlineData("zero", 0, 50)]
    [InlineData("default", 60, 74)]
    public void Apply_RevokedScore_CarriesWhatWhenRevokedSays(string? whenRevoked, double carried, double total)
    {
        var option = whenRevoked is null ? string.Empty : $", \"whenRevoked\": \"{whenRevoked}\"";
        var engine = RuleFiles.Engine(
            """{ "id": "pb", "title": "党建", "type": "number", "min": 0, "max": 100, "default": 60 }, { "id": "other", "title": "其他", "type": "number", "min": 0, "max": 60 }""",
            ReceivingAreas,
            more: $$""" "components": [ { "id": "c", "title": "党建", "input": "pb", "from": "party", "take": "score"{{option}} } ],""");
        var carry = new ComponentCarry(engine.RuleSet, [Source(("o1", 88, null), ("o2", 90, new BandResult("good", "好", 2)))]);

        var revoked = engine.Score(carry.Apply(new OrganizationRecord("o1") { Values = new Dictionary<string, InputValue> { ["other"] = 50 } }).Record!);
        var kept = carry.Apply(new OrganizationRecord("o2")).Record!;

        Assert.Equal((decimal)carried, revoked.Line("share").Inputs.Single().Value.Number);
        Assert.Equal((decimal)total, revoked.Score);
        Assert.Equal(90m, kept.Values["pb"].Number);
    }

    [Fact]
    public void Apply_RevokedScoreWithReject_IsRejectedWithTheReason()
    {
        var engine = Receiving("""{ "id": "c", "title": "党建", "input": "pb", "from": "party", "take": "score", "whenRevoked": "reject" }""");
        var carry = new ComponentCarry(engine.RuleSet, [Source(("o1", 88, null))]);

        var item = carry.Apply(new OrganizationRecord("o1") { SourceLine = 4 });

        Assert.Equal("o1 (line 4): PBR130: the organization's result in \"party\" (1) was revoked by a veto, and the component \"党建\" carries nothing for a revoked result (whenRevoked: reject).", item.Rejection!.ToString());
    }

    [Fact]
    public void Apply_DepartmentalSample_CarriesZeroForTheVetoedPartyBuildingResult()
    {
        // u05's 五好三评 band was revoked (一票否决, score 88.20): departmental-appraisal.json says whenRevoked: zero.
        var carry = new ComponentCarry(Departmental.RuleSet, [OutcomeSet.From(SampleData.FiveGoodsUnderThreeReviews)]);

        var batch = Departmental.ScoreBatch(carry.Apply(RecordReader.StreamFile(Repository.File("samples/data/departments.json"), Departmental.RuleSet)));

        var u05 = batch.Result("u05");
        Assert.Equal((0m, 0m), (u05.Line("partyBuildingShare").Inputs.Single().Value.Number, u05.Line("partyBuildingShare").Points));
        Assert.Equal((58.5m, "较差"), (u05.Score, u05.Band?.Label));
    }

    [Fact]
    public void Apply_RollupPassedAndShare_FillTheInputsFromTheSourceStandings()
    {
        var engine = RuleFiles.Engine(
            """
            { "id": "eligible", "title": "资格", "type": "boolean", "default": true },
            { "id": "share", "title": "比例", "type": "number", "min": 0, "max": 1, "default": 1 },
            { "id": "other", "title": "其他", "type": "number", "min": 0, "max": 100 }
            """,
            """{ "id": "a", "title": "A", "max": 100, "criteria": [ { "id": "rest", "title": "其他", "max": 100, "method": "points", "input": "other", "message": "{points}" } ] }""",
            more: """
             "components": [
               { "id": "p", "title": "资格", "input": "eligible", "from": "stars", "take": "rollupPassed", "rollup": "fiveGoods", "whenMissing": "default" },
               { "id": "s", "title": "比例", "input": "share", "from": "stars", "take": "rollupShare", "rollup": "fiveGoods", "whenMissing": "reject" }
             ],
             "vetoes": [ { "id": "cap", "title": "比例不足", "when": "!eligible", "action": "capBand", "maxLevel": 1, "message": "五星级比例不足。" } ],
            """);
        var stars = new OutcomeSet(new RuleSetIdentity("stars", "1", "abc"), [],
            [new RollupStanding("fiveGoods", "c1", 0.4m, true), new RollupStanding("fiveGoods", "c2", 0.1667m, false)]);
        var carry = new ComponentCarry(engine.RuleSet, [stars]);
        static OrganizationRecord Org(string id) => new(id) { Values = new Dictionary<string, InputValue> { ["other"] = 100 } };

        var passed = carry.Apply(Org("c1")).Record!;
        var failed = engine.Score(carry.Apply(Org("c2")).Record!);
        var none = carry.Apply(Org("u1") with { SourceLine = 2 });

        Assert.Equal((true, 0.4m), (passed.Values["eligible"].Boolean, passed.Values["share"].Number));
        Assert.Equal("cap", Assert.Single(failed.Vetoes).Id);
        Assert.Equal("u1 (line 2): PBR100: the organization has no standing under the roll-up \"fiveGoods\" (nothing scored under it, or not one of the roll-up's parent types) in \"stars\" (1), so the component \"比例\" cannot be carried.", none.Rejection!.ToString());
    }

    [Fact]
    public void Constructor_SourceWithoutTheRollup_Throws()
    {
        var engine = RuleFiles.Engine(
            """{ "id": "eligible", "title": "资格", "type": "boolean", "default": true }, { "id": "other", "title": "其他", "type": "number", "min": 0, "max": 100 }""",
            """{ "id": "a", "title": "A", "max": 100, "criteria": [ { "id": "rest", "title": "其他", "max": 100, "method": "points", "input": "other", "message": "{points}" } ] }""",
            more: """ "components": [ { "id": "p", "title": "资格", "input": "eligible", "from": "stars", "take": "rollupPassed", "rollup": "fiveGoods", "whenMissing": "default" } ],""");

        var ex = Assert.Throws<ArgumentException>(() => new ComponentCarry(engine.RuleSet, [new OutcomeSet(new RuleSetIdentity("stars", "1", "abc"), [])]));

        Assert.StartsWith("The component \"p\" (资格) takes the roll-up \"fiveGoods\" of \"stars\", but those results hold no standing for it: check the roll-up id, and score \"stars\" with the organization tree (--organizations) when the roll-up is limited to parent types.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOutcomes_StarRatingResultWithTree_ReadsBackTheRollupStandings()
    {
        var batch = SampleData.OrganizationsUnderStarRatingInTree;
        var path = Path.Combine(Path.GetTempPath(), $"stars-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ResultJson.Serialize(batch));
        try
        {
            var read = ResultJson.ReadOutcomes(path);

            Assert.Equal(OutcomeSet.From(batch).Rollups, read.Rollups);
            Assert.Equal(
                [("c01", 0.4m, true), ("c02", 0m, false), ("c03", 0m, false), ("g21", 0m, false)],
                read.Rollups.Select(r => (r.OrganizationId, r.Share, r.Passed)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Apply_MissingWithDefault_UsesTheInputDefault()
    {
        var engine = RuleFiles.Engine(
            """{ "id": "pb", "title": "党建", "type": "number", "min": 0, "max": 100, "default": 60 }, { "id": "other", "title": "其他", "type": "number", "min": 0, "max": 60 }""",
            ReceivingAreas,
            more: """ "components": [ { "id": "c", "title": "党建", "input": "pb", "from": "party", "take": "score", "whenMissing": "default" } ],""");
        var carry = new ComponentCarry(engine.RuleSet, [Source(("o1", 90, null))]);

        var result = engine.Score(carry.Apply(new OrganizationRecord("o2") { Values = new Dictionary<string, InputValue> { ["other"] = 50 } }).Record!);

        Assert.Equal(74m, result.Score);
    }

    [Fact]
    public void Apply_RecordGivesTheCarriedInput_IsRejectedNotOverwritten()
    {
        var engine = Receiving("""{ "id": "c", "title": "党建", "input": "pb", "from": "party", "take": "score" }""");
        var carry = new ComponentCarry(engine.RuleSet, [Source(("o1", 90, null))]);

        var item = carry.Apply(new OrganizationRecord("o1") { Values = new Dictionary<string, InputValue> { ["pb"] = 100 } });

        Assert.Equal("o1: PBR101: the record gives \"pb\", which the component \"党建\" fills from the results of \"party\"; leave it out of the record.", item.Rejection!.ToString());
    }

    [Fact]
    public void Constructor_SourceNotGiven_Throws()
    {
        var engine = Receiving("""{ "id": "c", "title": "党建", "input": "pb", "from": "elsewhere", "take": "score" }""");

        var ex = Assert.Throws<ArgumentException>(() => new ComponentCarry(engine.RuleSet, [Source()]));

        Assert.StartsWith("The component \"c\" (党建) comes from the results of \"elsewhere\", which were not given.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "c", "title": "T", "input": "nope", "from": "party", "take": "score" }""", "PBS020: The component \"c\" fills \"nope\", which is not a declared input. (at $.components[0].input)")]
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "from": "party", "take": "bandLabel" }""", "PBS021: The component \"c\" takes the bandLabel, which needs a grade input; \"pb\" is a number input. (at $.components[0].input)")]
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "from": "party", "take": "rank" }""", "PBS014: \"rank\" is not something a component can take: use one of \"score\", \"bandLevel\", \"bandLabel\", \"rollupPassed\", \"rollupShare\". (at $.components[0].take)")]
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "from": "party", "take": "score", "whenRevoked": "nothing" }""", "PBS014: \"nothing\" is not a choice for \"whenRevoked\": use one of \"score\", \"zero\", \"reject\", \"default\". (at $.components[0].whenRevoked)")]
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "from": "party", "take": "score", "whenRevoked": "default" }""", "PBS017: The component \"c\" uses the default for a revoked result, but the input \"pb\" has no \"default\". (at $.components[0].whenRevoked)")]
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "from": "party", "take": "bandLevel", "whenRevoked": "score" }""", "PBS017: The component \"c\" takes the bandLevel, and a revoked result has no band; \"whenRevoked\": \"score\" only fits \"take\": \"score\". (at $.components[0].whenRevoked)")]
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "from": "party", "take": "rollupShare" }""", "PBS010: The component \"c\" takes rollupShare, so it needs \"rollup\": the id of a roll-up in the rule set \"party\". (at $.components[0].rollup)")]
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "from": "party", "take": "score", "rollup": "x" }""", "PBS017: The component \"c\" takes the score, not a roll-up; remove \"rollup\" or take rollupPassed or rollupShare. (at $.components[0].rollup)")]
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "from": "party", "take": "rollupPassed", "rollup": "x" }""", "PBS021: The component \"c\" takes the rollupPassed, which needs a boolean input; \"pb\" is a number input. (at $.components[0].input)")]
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "from": "party", "take": "rollupShare", "rollup": "x", "whenRevoked": "zero" }""", "PBS017: The component \"c\" takes a roll-up, which no veto revokes; remove \"whenRevoked\". (at $.components[0].whenRevoked)")]
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "from": "party", "take": "score", "whenMissing": "default" }""", "PBS017: The component \"c\" uses the default when an organization has no result, but the input \"pb\" has no \"default\". (at $.components[0].whenMissing)")]
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "take": "score" }""", "PBS010: The component \"c\" needs \"from\": the id of the rule set whose results it carries. (at $.components[0].from)")]
    public void Load_InvalidComponent_ReportsLocatedError(string component, string expected)
    {
        var ex = Assert.Throws<RuleFileException>(() => Receiving(component));

        var error = Assert.Single(ex.Errors);
        Assert.EndsWith(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }
}
