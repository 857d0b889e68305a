using CsCheck;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Hierarchy;

// Aggregates of the organizations under a record, usable in the record's own criteria.
public sealed class ChildInputTests
{
    private const string Inputs = """
        { "id": "x", "title": "X", "type": "number", "min": 0, "max": 80 },
        { "id": "branchMean", "title": "所属支部平均分", "type": "number", "min": 0, "max": 100, "default": 0 },
        { "id": "topShare", "title": "所属支部优秀比例", "type": "number", "min": 0, "max": 1, "default": 0 }
        """;

    private const string Areas = """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "own", "title": "本级", "max": 80, "method": "points", "input": "x", "message": "{points}" },
          { "id": "branches", "title": "所属支部", "max": 10, "method": "formula", "expression": "branchMean * 0.1", "message": "{points}" },
          { "id": "top", "title": "优秀比例", "max": 10, "method": "formula", "expression": "topShare * 10", "message": "{points}" }
        ] }
        """;

    private const string Bands = """
        [
          { "id": "top", "label": "优", "level": 2, "range": "[70, 100]" },
          { "id": "rest", "label": "其他", "level": 1, "range": "[0, 70)" }
        ]
        """;

    private static readonly ScoringEngine Engine = RuleFiles.Engine(Inputs, Areas, Bands, """
         "childInputs": [
           { "input": "branchMean", "statistic": "mean", "over": "children" },
           { "input": "topShare", "statistic": "shareInBands", "bands": ["top"], "over": "descendants" }
         ],
        """);

    private static OrganizationRecord Org(string id, string? parent, decimal x) =>
        new(id) { Parent = parent, Values = new Dictionary<string, InputValue> { ["x"] = x } };

    [Fact]
    public void ScoreBatch_ParentAfterItsChildrenInTheInput_StillSeesTheirResults()
    {
        var batch = Engine.ScoreBatch([Org("c", null, 50), Org("g", "c", 60), Org("b1", "g", 80), Org("b2", "g", 40), Org("b3", "c", 75)]);

        // g: children b1 80, b2 40 → mean 60 → 6; share of 优 (≥70) among b1, b2 = 0.5 → 5; 60 + 6 + 5 = 71.
        Assert.Equal(71m, batch.Result("g").Score);
        Assert.Equal(60m, batch.Result("g").Line("branches").Inputs.Single().Value.Number);
        // c: children g 71, b3 75 → mean 73 → 7.3; descendants g, b1, b2, b3: 优 are g, b1, b3 → 0.75 → 7.5; 50 + 7.3 + 7.5 = 64.8.
        Assert.Equal(64.8m, batch.Result("c").Score);
        Assert.Equal(80m, batch.Result("b1").Score);
    }

    [Fact]
    public void ScoreBatch_ChildInputs_DoNotDependOnInputOrder()
    {
        OrganizationRecord[] records = [Org("c", null, 50), Org("g", "c", 60), Org("b1", "g", 80), Org("b2", "g", 40), Org("b3", "c", 75), Org("b4", "x", 10)];

        Gen.Shuffle(records).Sample(shuffled =>
            Assert.Equal(ResultJson.Serialize(Engine.ScoreBatch(records)), ResultJson.Serialize(Engine.ScoreBatch(shuffled))), iter: 200);
    }

    [Fact]
    public void ScoreBatch_DuplicateChildren_CountInNoParentsAggregate()
    {
        // b1 appears twice (under g and under c): both copies are rejected and neither counts for g or c.
        OrganizationRecord[] records = [Org("c", null, 50), Org("g", "c", 60), Org("b1", "g", 80), Org("b2", "g", 40), Org("b1", "c", 10)];

        var batch = Engine.ScoreBatch(records);
        var reversed = Engine.ScoreBatch([.. records.Reverse()]);

        // g: b2 40 alone → mean 40 → 4; no 优 among b2 → 0; 60 + 4 = 64. c: child g 64 → 6.4; descendants g, b2 → no 优; 50 + 6.4 = 56.4.
        Assert.Equal((64m, 56.4m), (batch.Result("g").Score, batch.Result("c").Score));
        Assert.Equal(ResultJson.Serialize(batch), ResultJson.Serialize(reversed));
        Assert.Equal(["PBR002", "PBR002"], batch.Rejected.Select(r => r.Code));
    }

    [Fact]
    public void Load_ShareWithoutBands_ReportsLocatedError()
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleFiles.Engine(Inputs, Areas, Bands, """ "childInputs": [ { "input": "topShare", "statistic": "shareInBands" } ],"""));

        var error = Assert.Single(ex.Errors);
        Assert.EndsWith("PBS010: \"shareInBands\" needs \"bands\": the band ids counted. (at $.childInputs[0].bands)", error.ToString(), StringComparison.Ordinal);
    }
}
