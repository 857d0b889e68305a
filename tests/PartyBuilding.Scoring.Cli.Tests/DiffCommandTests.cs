using Snapshooter;
using Snapshooter.Xunit3;

namespace PartyBuilding.Scoring.Cli.Tests;

public sealed class DiffCommandTests
{
    [Theory]
    [InlineData("md")]
    [InlineData("csv")]
    [InlineData("html")]
    [InlineData("json")]
    public void Diff_SameInputUnderTwoRuleVersions_MatchesSnapshot(string format)
    {
        var run = PbScoreRunner.Run("diff", "--rules", Repository.TestData("rules/star-rating-2024.json"), "--rules", Repository.File("rules/star-rating.json"),
            "--input", Repository.File("samples/data/organizations.json"), "--format", format);

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Snapshot.Match(run.Out, SnapshotNameExtension.Create(format));
    }

    [Fact]
    public void Diff_ShippedCycleVersions_MatchesSnapshot()
    {
        // The two shipped versions of the star rules (issue 5): five stars from 95 in 2024.1, from 92 in 2026.1.
        var run = PbScoreRunner.Run("diff", "--rules", Repository.File("rules/star-rating-cycle-2024.json"), "--rules", Repository.File("rules/star-rating-cycle-2026.json"),
            "--input", Repository.File("samples/data/organizations.json"), "--format", "md");

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("| b03 | 市财政局国库支付中心党支部 | 94 | 94 | 0 | 四星 | 五星 | promoted |\n", run.Out, StringComparison.Ordinal);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void Diff_TwoRuleVersions_NamesThePromotedBranch()
    {
        var run = PbScoreRunner.Run("diff", "--rules", Repository.TestData("rules/star-rating-2024.json"), "--rules", Repository.File("rules/star-rating.json"),
            "--input", Repository.File("samples/data/organizations.json"), "--format", "csv");

        // b02 scores 95: four stars under the 2024 bands ([96, 100] five), five stars under the shipped ones.
        Assert.Contains("b02,市财政局机关第二党支部,95,95,0,四星,五星,promoted\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_PreviousResultOfTheSameInput_IsAllUnchanged()
    {
        var previous = Path.Combine(Path.GetTempPath(), $"pbscore-previous-{Guid.NewGuid():N}.json");
        try
        {
            var score = PbScoreRunner.Run("score", "--input", Repository.File("samples/data/organizations.json"), "--format", "json");
            File.WriteAllText(previous, score.Out);

            var run = PbScoreRunner.Run("diff", "--previous", previous, "--input", Repository.File("samples/data/organizations.csv"), "--format", "json");

            Assert.Equal(PbScore.Ok, run.ExitCode);
            Assert.Contains("\"unchanged\": \"12\"", run.Out, StringComparison.Ordinal);
            Assert.Contains("\"promoted\": \"0\"", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(previous);
        }
    }

    [Fact]
    public void Diff_OneRuleFileWithoutPrevious_IsAUsageError()
    {
        var run = PbScoreRunner.Run("diff", "--rules", Repository.File("rules/star-rating.json"), "--input", Repository.File("samples/data/organizations.json"));

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.StartsWith("error: diff needs two rule files (--rules old.json --rules new.json) or --previous <result.json>.\n", run.Error, StringComparison.Ordinal);
    }
}
