using Snapshooter.Xunit3;

namespace PartyBuilding.Scoring.Cli.Tests;

public sealed class ScoreCommandTests
{
    [Fact]
    public void Score_SampleOrganizationsWithDefaultRules_PrintsRankedTable()
    {
        var run = PbScoreRunner.Run("score", "--input", Repository.File("samples/data/organizations.json"));

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void Score_SampleOrganizationsAsJson_MatchesSnapshot()
    {
        var run = PbScoreRunner.Run("score", "--input", Repository.File("samples/data/organizations.json"), "--format", "json");

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void Score_CsvAndJsonOfSameRecords_GiveIdenticalJson()
    {
        var json = PbScoreRunner.Run("score", "--input", Repository.File("samples/data/organizations.json"), "--format", "json");
        var csv = PbScoreRunner.Run("score", "--input", Repository.File("samples/data/organizations.csv"), "--format", "json");

        // Line numbers differ between the two files; everything else must be the same.
        Assert.Equal(json.Out, csv.Out);
    }

    [Fact]
    public void Score_FiveGoodsSamples_MatchesSnapshot()
    {
        var stars = PbScoreRunner.StarRatingResultFile();
        try
        {
            var run = PbScoreRunner.Run("score", "--rules", Repository.File("rules/five-goods-three-reviews.json"), "--input", Repository.File("samples/data/five-goods.json"), "--carry", stars);

            Assert.Equal(PbScore.Ok, run.ExitCode);
            Snapshot.Match(run.Out);
        }
        finally
        {
            File.Delete(stars);
        }
    }

    [Fact]
    public void Explain_CommitteeBelowTheFiveStarRatio_ShowsTheCapWithItsReason()
    {
        var stars = PbScoreRunner.StarRatingResultFile();
        try
        {
            var run = PbScoreRunner.Run("explain", "--rules", Repository.File("rules/five-goods-three-reviews.json"), "--input", Repository.File("samples/data/five-goods.json"), "--id", "c02", "--carry", stars);

            Assert.Equal(PbScore.Ok, run.ExitCode);
            Snapshot.Match(run.Out);
        }
        finally
        {
            File.Delete(stars);
        }
    }

    [Fact]
    public void Score_FiveGoodsWithoutTheStarRatingResult_SaysWhichResultIsMissing()
    {
        var run = PbScoreRunner.Run("score", "--rules", Repository.File("rules/five-goods-three-reviews.json"), "--input", Repository.File("samples/data/five-goods.json"));

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.Equal("error: The component \"fiveStarBranchShare\" (党支部星级管理“五个好”评定资格) comes from the results of \"star-rating\", which were not given. Give it with --carry <result.json>.\n", run.Error);
    }

    [Fact]
    public void Score_FiveGoodsWithStarRatingScoredWithoutTree_SaysTheRollupIsMissing()
    {
        var stars = PbScoreRunner.ResultFile("--input", Repository.File("samples/data/organizations.json"));
        try
        {
            var run = PbScoreRunner.Run("score", "--rules", Repository.File("rules/five-goods-three-reviews.json"), "--input", Repository.File("samples/data/five-goods.json"), "--carry", stars);

            Assert.Equal(PbScore.UsageError, run.ExitCode);
            Assert.StartsWith("error: The component \"fiveStarBranchShare\" (党支部星级管理“五个好”评定资格) takes the roll-up \"fiveGoodsEligibility\" of \"star-rating\", but those results hold no standing for it", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(stars);
        }
    }

    [Fact]
    public void Explain_LoweredBranch_MatchesSnapshot()
    {
        var run = PbScoreRunner.Run("explain", "--input", Repository.File("samples/data/organizations.json"), "--id", "b05");

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void Explain_UnknownId_ExitsOne()
    {
        var run = PbScoreRunner.Run("explain", "--input", Repository.File("samples/data/organizations.json"), "--id", "zz");

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.Contains("No record with id \"zz\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TruncatedJson_IsAnErrorNotAPartialResult()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbscore-truncated-{Guid.NewGuid():N}.json");
        var text = File.ReadAllText(Repository.File("samples/data/organizations.json"));
        File.WriteAllText(path, text[..(text.Length / 2)]);
        try
        {
            var run = PbScoreRunner.Run("score", "--input", path);

            Assert.Equal(PbScore.UsageError, run.ExitCode);
            Assert.Equal(string.Empty, run.Out);
            Assert.Contains("not valid JSON", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
