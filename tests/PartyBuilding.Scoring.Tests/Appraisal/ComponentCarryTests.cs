using PartyBuilding.Scoring.Appraisal;
using PartyBuilding.Scoring.Records;
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
    public void Apply_BandLabelOfRevokedOutcome_RejectsAsMissing()
    {
        var engine = RuleFiles.Engine(
            """{ "id": "grade", "title": "等次", "type": "grade", "choices": ["好", "差"] }""",
            """{ "id": "a", "title": "A", "max": 100, "criteria": [ { "id": "g", "title": "G", "max": 100, "method": "grade", "input": "grade", "points": { "好": 100, "差": 0 }, "message": "{points}" } ] }""",
            more: """ "components": [ { "id": "c", "title": "党建等次", "input": "grade", "from": "party", "take": "bandLabel" } ],""");
        var carry = new ComponentCarry(engine.RuleSet, [Source(("o1", 95, new BandResult("good", "好", 2)), ("o2", 40, null))]);

        var good = carry.Apply(new OrganizationRecord("o1"));
        var revoked = carry.Apply(new OrganizationRecord("o2") { SourceLine = 3 });

        Assert.Equal("好", good.Record!.Values["grade"].Text);
        Assert.Equal("o2 (line 3): PBR100: the organization has no band (revoked) in \"party\" (1), so the component \"党建等次\" cannot be carried.", revoked.Rejection!.ToString());
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
    [InlineData("""{ "id": "c", "title": "T", "input": "pb", "from": "party", "take": "rank" }""", "PBS014: \"rank\" is not something a component can take: use one of \"score\", \"bandLevel\", \"bandLabel\". (at $.components[0].take)")]
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
