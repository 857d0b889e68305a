using CsCheck;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Samples;

// samples/rules/department-ranking.json: peer-relative points (proportional to the best, by rank with a step), the
// branches' mean in their party committee's score (childInputs) and a quota on 优秀; checked against EXPECTED.md.
public sealed class DepartmentRankingSampleTests
{
    private static readonly ScoringEngine Engine = ScoringEngine.Load(Repository.File("samples/rules/department-ranking.json"));

    private static BatchResult Score() =>
        Engine.ScoreBatch(RecordReader.StreamFile(Repository.File("samples/data/department-ranking.json"), Engine.RuleSet));

    [Fact]
    public void ScoreBatch_Sample_GivesTheHandCalculatedScoresBandsAndGroupRanks()
    {
        var batch = Score();

        Assert.Equal(
            [
                ("z21", 97.5m, "优秀", 1), ("k01", 94.8m, "优秀", 1), ("z11", 93.0m, "良好", 2), ("k03", 88.8m, "良好", 2),
                ("k02", 87.7m, "良好", 3), ("z12", 81.0m, "良好", 3), ("z31", 78.5m, "一般", 4), ("k04", 66.5m, "一般", 4),
                ("z22", 65.0m, "一般", 5), ("z41", 53.0m, "较差", 6),
            ],
            batch.Results.Select(r => (r.Result.Id, r.Result.Score, r.Result.Band!.Label, r.GroupRank!.Value)));
        Assert.Equal((10, 0), (batch.Read, batch.Rejected.Count));
        Assert.Equal("z41", Assert.Single(batch.Lagging).Id);
    }

    [Fact]
    public void ScoreBatch_Sample_FillsPeerAndChildInputsAsHandCalculated()
    {
        var batch = Score();

        // z12: 90 % of the branches' best 100 % → 45; 8 votes, third with z31 (z21 15, z11 12) → 20 − 2 × 4 = 12.
        var z12 = batch.Result("z12");
        Assert.Equal((100m, 45m), (z12.Line("taskCompletion").Inputs.Single(i => i.Id == "bestCompletionRate").Value.Number, z12.Line("taskCompletion").Points));
        Assert.Equal((3m, 12m), (z12.Line("innovationByRank").Inputs.Single().Value.Number, z12.Line("innovationByRank").Points));
        Assert.Equal(3m, batch.Result("z31").Line("innovationByRank").Inputs.Single().Value.Number);

        // k01: branches z11 93 and z12 81 → mean 87; (95 + 87) / 2 × 0.3 = 27.3. k01 and k03 tie on 10 votes: both first.
        var k01 = batch.Result("k01").Line("basicWork");
        Assert.Equal((87m, 2m, 27.3m), (k01.Inputs.Single(i => i.Id == "branchMean").Value.Number, k01.Inputs.Single(i => i.Id == "branchCount").Value.Number, k01.Points));
        Assert.Equal((20m, 20m), (batch.Result("k01").Line("innovationByRank").Points, batch.Result("k03").Line("innovationByRank").Points));
    }

    [Fact]
    public void ScoreBatch_Sample_QuotaMovesTheSecondExcellentBranchToGood()
    {
        var z11 = Score().Result("z11");

        // Six branches × 0.3 = 1.8 → one 优秀 place, taken by z21 (97.5); z11 (93.0) moves down.
        Assert.Equal(("优秀", "良好"), (z11.BandBeforeVetoes!.Label, z11.Band!.Label));
        var quota = Assert.Single(z11.Quotas);
        Assert.Equal("优秀等次不超过同类组织的30%,超出名额按排名评为良好。", quota.Message);
    }

    [Fact]
    public void ScoreBatch_SampleInAnyOrder_GivesTheSameResultJson()
    {
        var records = RecordReader.ReadFile(Repository.File("samples/data/department-ranking.json"), Engine.RuleSet)
            .Select(i => i.Record!).Select(r => r with { SourceLine = null }).ToArray();
        var expected = ResultJson.Serialize(Engine.ScoreBatch(records));

        Gen.Shuffle(records).Sample(shuffled => ResultJson.Serialize(Engine.ScoreBatch(shuffled)) == expected, iter: 20);
    }
}
