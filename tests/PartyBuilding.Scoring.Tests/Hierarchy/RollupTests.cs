using CsCheck;
using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Hierarchy;

public sealed class RollupTests
{
    private const string Bands = """
        [
          { "id": "top", "label": "优", "level": 3, "range": "[90, 100]" },
          { "id": "pass", "label": "合格", "level": 2, "range": "[60, 90)" },
          { "id": "fail", "label": "不合格", "level": 1, "range": "[0, 60)" }
        ]
        """;

    private static readonly OrganizationTree Tree = new(
    [
        new OrganizationNode("w01", "工委", "committee", null),
        new OrganizationNode("c01", "党委", "partyCommittee", "w01"),
        new OrganizationNode("g01", "党总支", "generalBranch", "c01"),
    ]);

    private static ScoringEngine Engine(string over) => RuleFiles.SinglePoints(Bands, $$"""
         "rollups": [ { "id": "r", "title": "五个好资格", "over": "{{over}}", "parentTypes": ["partyCommittee", "generalBranch"],
           "bands": ["top"], "minimumShare": 0.5, "message": "优秀比例不足" } ],
        """);

    private static OrganizationRecord Org(string id, string parent, decimal x) => new(id) { Parent = parent, Values = new Dictionary<string, InputValue> { ["x"] = x } };

    private static readonly OrganizationRecord[] Records = [Org("b1", "c01", 95), Org("b2", "c01", 70), Org("b3", "g01", 92), Org("b4", "g01", 91), Org("b5", "g01", 50)];

    [Fact]
    public void Rollups_Descendants_CountBranchesUnderGeneralBranchesToo()
    {
        var batch = Engine("descendants").ScoreBatch(Records.Select(RecordReadResult.Read), Tree);

        Assert.Equal(
            ["c01 党委 5 3 True", "g01 党总支 3 2 True"],
            batch.Rollups.Select(r => $"{r.OrganizationId} {r.Name} {r.Aggregate.Count} {r.Aggregate.InBands} {r.Passed}"));
        Assert.Equal((50m, 95m, 79.6m), (batch.Rollups[0].Aggregate.Min, batch.Rollups[0].Aggregate.Max, batch.Rollups[0].Aggregate.Mean));
    }

    [Fact]
    public void Rollups_Children_CountOnlyDirectChildren()
    {
        var batch = Engine("children").ScoreBatch(Records.Select(RecordReadResult.Read), Tree);

        Assert.Equal(["c01 2 1 True", "g01 3 2 True"], batch.Rollups.Select(r => $"{r.OrganizationId} {r.Aggregate.Count} {r.Aggregate.InBands} {r.Passed}"));
    }

    [Fact]
    public void Rollups_ShareBelowMinimum_Fails()
    {
        var batch = Engine("children").ScoreBatch([.. Records.Select(RecordReadResult.Read), RecordReadResult.Read(Org("b6", "c01", 60))], Tree);

        var c01 = batch.Rollups.Single(r => r.OrganizationId == "c01");
        Assert.Equal((3, 1, false), (c01.Aggregate.Count, c01.Aggregate.InBands, c01.Passed));
    }

    [Fact]
    public void GroupAggregate_MergeOfAnyPartition_EqualsTheAggregateOfTheWhole()
    {
        var gen =
            from scores in Gen.Int[0, 10_000].Select(i => i / 100m).Array[0, 30]
            from flags in Gen.Bool.Array[scores.Length]
            from cut in Gen.Int[0, scores.Length]
            select (scores, flags, cut);

        gen.Sample((scores, flags, cut) =>
        {
            var parts = scores.Select((s, i) => GroupAggregate.Of(s, flags[i])).ToArray();
            var whole = parts.Aggregate(GroupAggregate.Empty, (a, b) => a.Merge(b));
            var left = parts[..cut].Aggregate(GroupAggregate.Empty, (a, b) => a.Merge(b));
            var right = parts[cut..].Reverse().Aggregate(GroupAggregate.Empty, (a, b) => a.Merge(b));

            Assert.Equal(whole, left.Merge(right));
            Assert.Equal(whole, right.Merge(left));
            Assert.Equal(scores.Length, whole.Count);
        });
    }

    [Theory]
    [InlineData("""[ { "id": "r", "title": "T", "bands": ["gold"], "minimumShare": 0.5, "message": "m" } ]""", "PBS100: \"gold\" is not the id of a band; the bands are \"fail\", \"pass\", \"top\". (at $.rollups[0].bands[0])")]
    [InlineData("""[ { "id": "r", "title": "T", "bands": ["top"], "minimumShare": 50, "message": "m" } ]""", "PBS013: \"minimumShare\" is a share: more than 0 and at most 1 (0.05 is 5%), not 50. (at $.rollups[0].minimumShare)")]
    [InlineData("""[ { "id": "r", "title": "T", "over": "siblings", "bands": ["top"], "minimumShare": 0.5, "message": "m" } ]""", "PBS014: \"siblings\" is not a roll-up scope: use one of \"children\", \"descendants\". (at $.rollups[0].over)")]
    [InlineData("""[ { "id": "r", "title": "T", "bands": ["top"], "message": "m" } ]""", "PBS010: The roll-up \"r\" needs \"minimumShare\", a share between 0 and 1 such as 0.5. (at $.rollups[0].minimumShare)")]
    public void Load_InvalidRollup_ReportsLocatedError(string rollups, string expected)
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleFiles.SinglePoints(Bands, $"\"rollups\": {rollups},"));

        var error = Assert.Single(ex.Errors);
        Assert.EndsWith(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }
    [Fact]
    public void Rollups_AllChildrenRejected_ListParentWithZeroCountedNotEvaluated()
    {
        OrganizationRecord[] records = [Org("b1", "c01", 95), Org("b3", "g01", 200), Org("b4", "g01", 300)];

        var batch = Engine("children").ScoreBatch(records.Select(RecordReadResult.Read), Tree);

        Assert.Equal(2, batch.Rejected.Count);
        Assert.Equal(
            ["c01 1 1 True -", "g01 0 0 False no organization under it was scored"],
            batch.Rollups.Select(r => $"{r.OrganizationId} {r.Aggregate.Count} {r.Aggregate.InBands} {r.Passed} {r.NotEvaluated ?? "-"}"));
    }

    [Fact]
    public void Rollups_WithoutOrganizationTree_ListParentsAsNotEvaluatedWithTheReason()
    {
        var batch = Engine("children").ScoreBatch(Records.Select(RecordReadResult.Read));

        Assert.Equal(
            [
                "c01 2 False its type is unknown: give the organization tree (--organizations) so roll-ups limited to parent types can be evaluated",
                "g01 3 False its type is unknown: give the organization tree (--organizations) so roll-ups limited to parent types can be evaluated",
            ],
            batch.Rollups.Select(r => $"{r.OrganizationId} {r.Aggregate.Count} {r.Passed} {r.NotEvaluated}"));
    }
}
