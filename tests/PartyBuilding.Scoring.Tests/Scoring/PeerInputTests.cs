using CsCheck;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

// Peer-relative criteria: points proportional to the best value of the group, or by rank with a step.
public sealed class PeerInputTests
{
    private const string Inputs = """
        { "id": "rate", "title": "完成率", "type": "number", "min": 0, "max": 100 },
        { "id": "bestRate", "title": "同类最高完成率", "type": "number", "min": 0, "max": 100 },
        { "id": "rateRank", "title": "完成率名次", "type": "number", "min": 1 }
        """;

    private const string Areas = """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "proportional", "title": "按最高值折算", "max": 60, "method": "formula", "expression": "rate / bestRate * 60", "message": "{points}" },
          { "id": "byRank", "title": "按名次", "max": 40, "method": "formula", "expression": "Math.Max(0, 40 - (rateRank - 1) * 10)", "message": "{points}" }
        ] }
        """;

    private const string Peers = """
         "peers": [
           { "input": "bestRate", "of": "rate", "statistic": "highest", "within": "parent" },
           { "input": "rateRank", "of": "rate", "statistic": "rankDescending", "within": "parent" }
         ],
        """;

    private static readonly ScoringEngine Engine = RuleFiles.Engine(Inputs, Areas, more: Peers);

    private static OrganizationRecord Org(string id, string parent, decimal rate) =>
        new(id) { Parent = parent, Values = new Dictionary<string, InputValue> { ["rate"] = rate } };

    [Fact]
    public void ScoreBatch_PeerInputs_AwardPointsRelativeToTheBestAndByRankWithinTheGroup()
    {
        var batch = Engine.ScoreBatch([Org("a", "p1", 80), Org("b", "p1", 100), Org("c", "p1", 80), Org("d", "p2", 50)]);

        // p1: best 100; ranks b 1, a 2, c 2 (tied). p2: d alone is its own best and first.
        Assert.Equal([("b", 100m), ("d", 100m), ("a", 78m), ("c", 78m)], batch.Results.Select(r => (r.Result.Id, r.Result.Score)));
        var a = batch.Result("a");
        Assert.Equal(48m, a.Line("proportional").Points);
        Assert.Equal(100m, a.Line("proportional").Inputs.Single(i => i.Id == "bestRate").Value.Number);
        Assert.Equal(30m, a.Line("byRank").Points);
    }

    // Finding 5: a copy that cannot be read makes its valid twin a duplicate, so the twin must not set the group's best.
    [Fact]
    public void ScoreBatch_DuplicateWithAnUnreadableCopy_DoesNotChangePeers()
    {
        RecordReadResult[] items =
        [
            RecordReadResult.Read(Org("a", "p1", 80)),
            RecordReadResult.Read(Org("b", "p1", 100)),
            RecordReadResult.Rejected(new RecordRejection("b", 9, RecordRejectionCodes.Malformed, "\"bogus\" is not a record field.")),
        ];

        var batch = Engine.ScoreBatch(items);

        Assert.Equal([("a", 100m)], batch.Results.Select(r => (r.Result.Id, r.Result.Score)));
        Assert.Equal(["b PBR002", "b PBR002"], batch.Rejected.Select(r => $"{r.Id} {r.Code}"));
    }

    [Fact]
    public void ScoreBatch_PeerInputGivenByTheRecord_IsRejected()
    {
        var record = Org("a", "p1", 80) with { Values = new Dictionary<string, InputValue> { ["rate"] = 80, ["bestRate"] = 80 } };

        var batch = Engine.ScoreBatch([record, Org("b", "p1", 90)]);

        Assert.Equal("a: PBR104: the record gives \"bestRate\", which is filled from the other organizations' \"rate\"; leave it out of the record.",
            Assert.Single(batch.Rejected).ToString());
    }

    [Fact]
    public void ScoreBatch_StreamedFile_IsReadTwiceAndGivesTheSameResultAsInMemory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"peers-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """[ { "id": "a", "parent": "p1", "values": { "rate": 80 } }, { "id": "b", "parent": "p1", "values": { "rate": 100 } } ]""");
        try
        {
            var streamed = Engine.ScoreBatch(RecordReader.StreamFile(path, Engine.RuleSet));

            Assert.Equal([("b", 100m), ("a", 78m)], streamed.Results.Select(r => (r.Result.Id, r.Result.Score)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ScoreBatch_DuplicateIdRecords_GiveNoValueToTheirPeers(bool reversed)
    {
        // Regression: both records with id "x" are rejected (PBR002), but their 100 and 90 used to be the group's best.
        OrganizationRecord[] records = [Org("x", "p1", 100), Org("a", "p1", 80), Org("b", "p1", 60), Org("x", "p1", 90)];

        var batch = Engine.ScoreBatch(reversed ? [.. records.Reverse()] : records);

        Assert.Equal([("a", 100m), ("b", 75m)], batch.Results.Select(r => (r.Result.Id, r.Result.Score)));
        Assert.Equal(80m, batch.Result("b").Line("proportional").Inputs.Single(i => i.Id == "bestRate").Value.Number);
        Assert.Equal(["PBR002", "PBR002"], batch.Rejected.Select(r => r.Code));
        Assert.Equal(4, batch.Read);
    }

    [Fact]
    public void ScoreBatch_PeersWithRejectedRecords_DoNotDependOnInputOrder()
    {
        var bad = Org("z", "p1", 100) with { Values = new Dictionary<string, InputValue> { ["rate"] = 100, ["unknown"] = 1 } };
        OrganizationRecord[] records = [Org("x", "p1", 100), Org("a", "p1", 80), Org("b", "p1", 60), Org("x", "p2", 90), bad, Org("c", "p2", 70), Org("d", "p2", 35)];
        var expected = ResultJson.Serialize(Engine.ScoreBatch(records));

        Gen.Shuffle(records).Sample(shuffled => Assert.Equal(expected, ResultJson.Serialize(Engine.ScoreBatch(shuffled))), iter: 100);
        Assert.Contains("\"id\": \"c\"", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreBatch_RecordRejectedForAnotherInput_GivesNoValueToItsPeers()
    {
        var bad = Org("z", "p1", 100) with { Values = new Dictionary<string, InputValue> { ["rate"] = 100, ["unknown"] = 1 } };

        var batch = Engine.ScoreBatch([Org("a", "p1", 80), bad, Org("b", "p1", 40)]);

        Assert.Equal([("a", 100m), ("b", 60m)], batch.Results.Select(r => (r.Result.Id, r.Result.Score)));
        Assert.Equal("PBR004", Assert.Single(batch.Rejected).Code);
    }

    [Theory]
    [InlineData("""{ "input": "bestRate", "of": "rate", "statistic": "best" }""", "PBS014: \"statistic\" must be one of \"highest\", \"lowest\", \"mean\", \"rankDescending\", \"rankAscending\". (at $.peers[0].statistic)")]
    [InlineData("""{ "input": "bestRate", "of": "nope", "statistic": "highest" }""", "PBS020: The peer input names \"nope\", which is not a declared input. (at $.peers[0].of)")]
    public void Load_InvalidPeer_ReportsLocatedError(string peer, string expected)
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleFiles.Engine(Inputs, Areas, more: $"\"peers\": [ {peer} ],"));

        var error = Assert.Single(ex.Errors);
        Assert.EndsWith(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }
}
