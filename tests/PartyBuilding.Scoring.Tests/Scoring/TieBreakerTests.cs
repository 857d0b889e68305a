using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

public sealed class TieBreakerTests
{
    private const string Inputs = """
        { "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 },
        { "id": "late", "title": "迟缴", "type": "count", "max": 10, "default": 0 },
        { "id": "model", "title": "示范", "type": "boolean", "default": false }
        """;

    private const string Areas = """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "c", "title": "C", "max": 100, "method": "points", "input": "x", "message": "{points}" }
        ] }
        """;

    private static OrganizationRecord Org(string id, decimal x, int late = 0, bool model = false) =>
        new(id) { Values = new Dictionary<string, InputValue> { ["x"] = x, ["late"] = late, ["model"] = model } };

    [Fact]
    public void ScoreBatch_TieBreakers_OrderEqualScoresAndShareRankOnlyWhenAllEqual()
    {
        var engine = RuleFiles.Engine(Inputs, Areas, more: """ "ranking": { "tieBreakers": [ { "input": "late", "order": "ascending" }, { "input": "model" } ] },""");

        var batch = engine.ScoreBatch([Org("a", 90, late: 2), Org("b", 90, late: 1), Org("c", 90, late: 1, model: true), Org("d", 90, late: 2), Org("e", 95, late: 9)]);

        Assert.Equal(["1 e", "2 c", "3 b", "4 a", "4 d"], batch.Results.Select(r => $"{r.Rank} {r.Result.Id}"));
    }

    [Fact]
    public void ScoreBatch_NoTieBreakers_SharesRanks()
    {
        var engine = RuleFiles.Engine(Inputs, Areas);

        var batch = engine.ScoreBatch([Org("a", 90, late: 2), Org("b", 90, late: 1), Org("c", 80)]);

        Assert.Equal(["1 a", "1 b", "3 c"], batch.Results.Select(r => $"{r.Rank} {r.Result.Id}"));
    }

    [Theory]
    [InlineData("""{ "groupBy": "region" }""", "PBS014: \"region\" is not a ranking group: use one of \"type\", \"parent\". (at $.ranking.groupBy)")]
    [InlineData("""{ "tieBreakers": [ { "input": "nope" } ] }""", "PBS020: The tie-breaker reads \"nope\", which is not a declared input. (at $.ranking.tieBreakers[0].input)")]
    [InlineData("""{ "tieBreakers": [ { "input": "late", "order": "up" } ] }""", "PBS014: \"up\" is not a sort order: use one of \"descending\", \"ascending\". (at $.ranking.tieBreakers[0].order)")]
    [InlineData("""{ "tieBreakers": [ { "input": "late" }, { "input": "late" } ] }""", "PBS012: The input \"late\" is already a tie-breaker. (at $.ranking.tieBreakers[1].input)")]
    public void Load_InvalidRanking_ReportsLocatedError(string ranking, string expected)
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleFiles.Engine(Inputs, Areas, more: $"\"ranking\": {ranking},"));

        var error = Assert.Single(ex.Errors);
        Assert.EndsWith(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }
}
