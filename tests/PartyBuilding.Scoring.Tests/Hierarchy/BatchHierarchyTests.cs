using CsCheck;
using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Hierarchy;

public sealed class BatchHierarchyTests
{
    private static readonly ScoringEngine Engine = RuleFiles.SinglePoints(more: """ "ranking": { "groupBy": "parent" },""");

    private static readonly OrganizationTree Tree = new(
    [
        new OrganizationNode("w01", "工委", "committee", null),
        new OrganizationNode("c01", "机关党委", "partyCommittee", "w01"),
    ]);

    private static OrganizationRecord Org(string id, string? parent, decimal x, int? line = null) =>
        new(id) { Parent = parent, Values = new Dictionary<string, InputValue> { ["x"] = x }, SourceLine = line };

    private static BatchResult Score(params OrganizationRecord[] records) => Engine.ScoreBatch(records.Select(RecordReadResult.Read), Tree);

    [Fact]
    public void ScoreBatch_ParentNeitherRecordNorInTree_RejectsOnlyThatRecord()
    {
        var batch = Score(Org("b01", "c01", 90, 2), Org("b02", "c09", 80, 3), Org("b03", "b01", 70, 4));

        Assert.Equal(["b01", "b03"], batch.Results.Select(r => r.Result.Id).Order(StringComparer.Ordinal));
        Assert.Equal("b02 (line 3): PBR102: the parent \"c09\" is neither a record of this batch nor an organization of the organization tree.",
            Assert.Single(batch.Rejected).ToString());
        Assert.Equal(3, batch.Read);
    }

    [Fact]
    public void ScoreBatch_ParentCycle_RejectsEveryRecordOnTheCycle()
    {
        var batch = Score(Org("b01", "b02", 90, 2), Org("b02", "b03", 80, 3), Org("b03", "b01", 70, 4), Org("b04", "b01", 60, 5), Org("b05", "b05", 50, 6));

        Assert.Equal(
        [
            "b01 (line 2): PBR103: the parent chain b01 → b02 → b03 → b01 returns to this organization; an organization cannot be above itself.",
            "b02 (line 3): PBR103: the parent chain b02 → b03 → b01 → b02 returns to this organization; an organization cannot be above itself.",
            "b03 (line 4): PBR103: the parent chain b03 → b01 → b02 → b03 returns to this organization; an organization cannot be above itself.",
            "b05 (line 6): PBR103: the parent chain b05 → b05 returns to this organization; an organization cannot be above itself.",
        ], batch.Rejected.Select(r => r.ToString()));
        Assert.Equal("b04", Assert.Single(batch.Results).Result.Id);
    }

    [Fact]
    public void ScoreBatch_WithoutTree_AcceptsParentsOutsideTheBatch()
    {
        var batch = Engine.ScoreBatch([Org("b01", "c09", 90)]);

        Assert.Empty(batch.Rejected);
    }

    [Fact]
    public void ScoreBatch_GroupedByParent_RanksWithinEachParent()
    {
        var batch = Score(Org("b01", "c01", 90), Org("b02", "c01", 95), Org("b03", "w01", 92), Org("b04", "c01", 95));

        Assert.Equal(
            ["1 b02 c01 1", "1 b04 c01 1", "3 b03 w01 1", "4 b01 c01 3"],
            batch.Results.Select(r => $"{r.Rank} {r.Result.Id} {r.Group} {r.GroupRank}"));
    }

    [Fact]
    public void OrganizationTree_ParentOutsideTreeAndCycle_ListsEveryProblem()
    {
        var ex = Assert.Throws<InvalidDataException>(() => new OrganizationTree(
        [
            new OrganizationNode("a", null, null, "b"), new OrganizationNode("b", null, null, "a"),
            new OrganizationNode("c", null, null, "x"), new OrganizationNode("c", null, null, null),
        ]));

        Assert.Equal(
            "The organization tree is not valid. The id \"c\" is used twice. The parent chain of \"a\" returns to itself (a → b → a). "
            + "The parent chain of \"b\" returns to itself (b → a → b). The parent \"x\" of \"c\" is not in the tree.",
            ex.Message);
    }

    [Fact]
    public void ScoreBatch_ShuffledHierarchyWithDuplicatesAndCycles_GivesByteIdenticalResult()
    {
        var ids = new[] { "b0", "b1", "b2", "b3", "b4", "b5", "b6" };
        var parents = ids.Append("c01").Append("w01").Append("c09").Select(p => (string?)p).Append(null).ToArray();
        var record =
            from id in Gen.OneOf(ids)
            from parent in Gen.OneOf(parents)
            from x in Gen.Int[0, 20]
            select Org(id, parent, x * 5);
        var gen =
            from records in record.Array[1, 12]
            from shuffled in Gen.Shuffle(records.ToArray())
            select (records, shuffled);

        gen.Sample((records, shuffled) =>
        {
            var original = Score(records);
            var reordered = Score(shuffled);

            Assert.Equal(records.Length, original.Read);
            Assert.Equal(original.Read, original.Results.Count + original.Rejected.Count);
            Assert.Equal(ResultJson.Serialize(original), ResultJson.Serialize(reordered));
        }, iter: 500, print: t => string.Join("; ", t.Item1.Select(r => $"{r.Id}<{r.Parent} {r.Values["x"]}")));
    }
}
