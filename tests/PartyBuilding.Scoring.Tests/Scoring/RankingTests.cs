using PartyBuilding.Scoring.Tests.TestSupport;
using static PartyBuilding.Scoring.Tests.TestSupport.RecordBuilder;

namespace PartyBuilding.Scoring.Tests.Scoring;

// Batch ranking: score descending, then band level, then id; equal scores share a rank and the next rank skips.
public sealed class RankingTests
{
    private static readonly ScoringEngine Engine = RuleFiles.SinglePoints();

    [Fact]
    public void ScoreBatch_EqualScores_ShareARankAndTheNextRankSkips()
    {
        var batch = Engine.ScoreBatch([Record("c", ("x", 70)), Record("a", ("x", 90)), Record("b", ("x", 90)), Record("d", ("x", 50))]);

        Assert.Equal([(1, "a"), (1, "b"), (3, "c"), (4, "d")], batch.Results.Select(r => (r.Rank, r.Result.Id)));
    }

    [Fact]
    public void ScoreBatch_EqualScoresWithARevokedBand_RanksTheBandedOneFirst()
    {
        var engine = RuleFiles.Engine(
            """
            { "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 },
            { "id": "v", "title": "V", "type": "boolean", "default": false }
            """,
            """
            { "id": "a", "title": "A", "max": 100, "criteria": [
              { "id": "c", "title": "C", "max": 100, "method": "points", "input": "x", "message": "{points}" } ] }
            """,
            more: """  "vetoes": [ { "id": "r", "title": "R", "when": "v", "action": "revoke", "message": "撤销" } ],""");

        var batch = engine.ScoreBatch([Record("a", ("x", 80), ("v", true)), Record("b", ("x", 80))]);

        Assert.Equal([(1, "b", "pass"), (1, "a", null)], batch.Results.Select(r => (r.Rank, r.Result.Id, r.Result.Band?.Id)));
    }
}
