using PartyBuilding.Scoring.Cli.Commands;

namespace PartyBuilding.Scoring.Cli.Tests;

public sealed class TestCommandTests
{
    [Fact]
    public void Test_ShippedStarRating_RunsItsTestsAndExitsZero()
    {
        var path = Repository.File("rules/star-rating.json");

        var run = PbScoreRunner.Run("test", path);

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith(path + ": star-rating 2026.1: 5 tests\n  ok    rounds-up-to-five-stars: score 95, band fiveStar\n", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("5 passed, 0 failed (star-rating 2026.1)\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_ThresholdChanged_ExitsThreeWithLocatedFailure()
    {
        var text = File.ReadAllText(Repository.File("rules/star-rating.json"))
            .Replace("\"range\": \"[95, 100]\"", "\"range\": \"[96, 100]\"", StringComparison.Ordinal)
            .Replace("\"range\": \"[90, 94]\"", "\"range\": \"[90, 95]\"", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"pbs-test-command-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);

        var run = PbScoreRunner.Run("test", path);

        Assert.Equal(TestCommand.TestsFailed, run.ExitCode);
        Assert.Contains("  FAIL  rounds-up-to-five-stars: score 95, band fourStar\n", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("4 passed, 1 failed (star-rating 2026.1)\n", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"^.*\(\d+,\d+\): error PBS411: Test ""rounds-up-to-five-stars"": expected band ""fiveStar"", got ""fourStar"" \(score 95\)\. \[\$\.tests\[0\]\.expect\]\n$", run.Error);
    }

    [Fact]
    public void Test_FileWithoutTests_ExitsThree()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbs-no-tests-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(Repository.File("rules/star-rating.json")).Split("\"tests\"")[0].TrimEnd().TrimEnd(',') + "\n}\n");

        var run = PbScoreRunner.Run("test", path);

        Assert.Equal(TestCommand.TestsFailed, run.ExitCode);
        Assert.Equal(path + "(1,1): error PBS413: The rule file has no \"tests\" section, so nothing was checked; add sample records with their expected score and band. [$]\n", run.Error);
    }

    // Review 2 #9a: an empty "tests": [] was reported as "no tests section".
    [Fact]
    public void Test_EmptyTestsSection_ReportsItEmptyAtItsLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbs-empty-tests-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(Repository.File("rules/star-rating.json")).Split("\"tests\"")[0].TrimEnd().TrimEnd(',') + ",\n  \"tests\": []\n}\n");
        var line = File.ReadAllLines(path).Length - 1;

        var run = PbScoreRunner.Run("test", path);

        Assert.Equal(TestCommand.TestsFailed, run.ExitCode);
        Assert.Equal($"{path}({line},12): error PBS413: The \"tests\" section is empty, so nothing was checked; add sample records with their expected score and band. [$.tests]\n", run.Error);
    }

    [Theory]
    [InlineData("validate", "pbscore validate <rule files…>")]
    [InlineData("template", "pbscore template [--rules <file>]")]
    [InlineData("score", "pbscore score [--rules <file>]")]
    [InlineData("explain", "pbscore explain [--rules <file>]")]
    [InlineData("test", "pbscore test <rule files…>")]
    [InlineData("history", "pbscore history [--rules <version file>]…")]
    [InlineData("diff", "pbscore diff --rules <old> --rules <new>")]
    [InlineData("inspect", "pbscore inspect [--rules <inspection rules>]")]
    [InlineData("rectification", "pbscore rectification --problems <problems.json>")]
    [InlineData("review", "pbscore review [--rules <file with dutyReview>]")]
    [InlineData("bulletin", "pbscore bulletin [--rules <file>]")]
    [InlineData("verify", "pbscore verify --bulletin <published.json>")]
    public void Help_EveryCommand_PrintsItsUsage(string command, string firstLine)
    {
        var run = PbScoreRunner.Run(command, "--help");

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.StartsWith(firstLine, run.Out, StringComparison.Ordinal);
    }
}
