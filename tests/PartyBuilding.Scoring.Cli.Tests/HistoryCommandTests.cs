using Snapshooter.Xunit3;

namespace PartyBuilding.Scoring.Cli.Tests;

public sealed class HistoryCommandTests
{
    [Fact]
    public void History_SampleBranchesWithShippedVersions_MatchesSnapshot()
    {
        var run = PbScoreRunner.Run("history", "--input", Repository.File("samples/data/branch-history.json"), "--as-of", "2027-12-31");

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void History_ExplicitVersionFiles_GiveTheSameJsonAsTheShippedOnes()
    {
        var shipped = PbScoreRunner.Run("history", "--input", Repository.File("samples/data/branch-history.json"), "--as-of", "2027-12-31", "--format", "json");
        var files = PbScoreRunner.Run("history", "--rules", Repository.File("rules/star-rating-cycle-2026.json"), "--rules", Repository.File("rules/star-rating-cycle-2024.json"),
            "--input", Repository.File("samples/data/branch-history.json"), "--as-of", "2027-12-31", "--format", "json");

        Assert.Equal(PbScore.Ok, files.ExitCode);
        Assert.Equal(shipped.Out, files.Out);
    }

    [Fact]
    public void History_OnlyTheNewVersion_RejectsTheYearsBeforeIt()
    {
        var run = PbScoreRunner.Run("history", "--rules", Repository.File("rules/star-rating-cycle-2026.json"),
            "--input", Repository.File("samples/data/branch-history.json"), "--as-of", "2027-12-31");

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Contains("b21 (line 2): PBR200: year 2024: no version of the rule set is in force on 2024-12-31.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void History_BadAsOfDate_IsAUsageError()
    {
        var run = PbScoreRunner.Run("history", "--input", Repository.File("samples/data/branch-history.json"), "--as-of", "31.12.2027");

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.StartsWith("error: --as-of must be a date written yyyy-MM-dd, not \"31.12.2027\".\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void History_RuleFilesOfDifferentRuleSets_IsAUsageError()
    {
        var run = PbScoreRunner.Run("history", "--rules", Repository.File("rules/star-rating.json"), "--rules", Repository.File("rules/star-rating-cycle-2026.json"),
            "--input", Repository.File("samples/data/branch-history.json"), "--as-of", "2027-12-31");

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.StartsWith("error: A catalog holds the versions of one rule set, but these have the ids \"star-rating\", \"star-rating-cycle\".", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void History_EmptyInputFile_SaysItIsEmptyNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbscore-history-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "\n");
        try
        {
            var run = PbScoreRunner.Run("history", "--input", path, "--as-of", "2027-12-31");

            Assert.Equal(PbScore.UsageError, run.ExitCode);
            Assert.Equal($"error: {path}: The history file is empty: it holds no JSON array of organizations (is the upload truncated?). Nothing was computed.\n", run.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
