using Snapshooter;
using Snapshooter.Xunit3;

namespace PartyBuilding.Scoring.Cli.Tests;

// pbscore review, inspect and rectification on the samples.
public sealed class OversightCommandTests
{
    [Fact]
    public void Review_Samples_PrintsRankedTableAndWhoGaveWhichScore()
    {
        var run = PbScoreRunner.Run("review", "--rules", Repository.File("rules/duty-report-review.json"),
            "--input", Repository.File("samples/data/duty-report-secretaries.json"), "--reviews", Repository.File("samples/data/duty-report-reviews.json"));

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void Review_CsvReviewsEqualToTheJsonSample_PrintTheSameReport()
    {
        string Run(string reviews) => PbScoreRunner.Run("review", "--rules", Repository.File("rules/duty-report-review.json"),
            "--input", Repository.File("samples/data/duty-report-secretaries.json"), "--reviews", Repository.File(reviews), "--format", "json").Out;

        var fromCsv = Run("samples/data/duty-report-reviews.csv");

        Assert.Equal(Run("samples/data/duty-report-reviews.json"), fromCsv);
        Assert.Contains("\"reviewsRead\": 39", fromCsv, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_RulesWithoutDutyReview_ExitsOne()
    {
        var run = PbScoreRunner.Run("review", "--rules", Repository.File("rules/star-rating.json"),
            "--input", Repository.File("samples/data/organizations.json"), "--reviews", Repository.File("samples/data/duty-report-reviews.json"));

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.StartsWith($"error: The rule file {Repository.File("rules/star-rating.json")} has no \"dutyReview\" section;", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_SamplesWithShippedRules_PrintsInspectionsOrganizationsAndProblems()
    {
        var run = PbScoreRunner.Run("inspect", "--input", Repository.File("samples/data/inspections.json"));

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void Rectification_SamplesAtQuarterEndWithYearEnd_PrintsStatusAndYearEndTable()
    {
        var inspections = Path.Combine(Path.GetTempPath(), $"pbs-inspections-{Guid.NewGuid():N}.json");
        try
        {
            var inspect = PbScoreRunner.Run("inspect", "--input", Repository.File("samples/data/inspections.json"), "--format", "json");
            File.WriteAllText(inspections, inspect.Out);

            var run = PbScoreRunner.Run("rectification", "--problems", Repository.File("samples/data/problems.json"), "--as-of", "2026-03-31",
                "--rules", Repository.File("samples/rules/year-end-assessment.json"), "--input", Repository.File("samples/data/year-end-organizations.json"),
                "--carry", inspections);

            Assert.Equal(PbScore.Ok, run.ExitCode);
            Assert.Equal(string.Empty, run.Error);
            Snapshot.Match(run.Out);
        }
        finally
        {
            File.Delete(inspections);
        }
    }

    [Fact]
    public void Score_LeadershipTeamsWithReviewCarried_TakesThirtyPerCentOfTheReview()
    {
        var review = Path.Combine(Path.GetTempPath(), $"pbs-review-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(review, PbScoreRunner.Run("review", "--rules", Repository.File("rules/duty-report-review.json"),
                "--input", Repository.File("samples/data/duty-report-secretaries.json"), "--reviews", Repository.File("samples/data/duty-report-reviews.json"),
                "--format", "json").Out);

            var run = PbScoreRunner.Run("score", "--rules", Repository.File("samples/rules/leadership-team-appraisal.json"),
                "--input", Repository.File("samples/data/leadership-teams.json"), "--carry", review);

            Assert.Equal(PbScore.Ok, run.ExitCode);
            Snapshot.Match(run.Out);
        }
        finally
        {
            File.Delete(review);
        }
    }

    [Fact]
    public void Rectification_QuartersOfTheYear_PrintsTheStatusAtEachQuarterEnd()
    {
        var run = PbScoreRunner.Run("rectification", "--problems", Repository.File("samples/data/problems.json"), "--quarters", "2026");

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void Rectification_AtYearEnd_AllInspectionProblemsRectified()
    {
        var run = PbScoreRunner.Run("rectification", "--problems", Repository.File("samples/data/problems.json"), "--as-of", "2026-12-31");

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Contains("inspection: 26 problems found in 5 inspections, all rectified (4 late)\n", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("review", "md")]
    [InlineData("inspect", "html")]
    [InlineData("rectification", "csv")]
    public void Reports_AsDocuments_MatchSnapshots(string command, string format)
    {
        string[] args = command switch
        {
            "review" => ["review", "--input", Repository.File("samples/data/duty-report-secretaries.json"), "--reviews", Repository.File("samples/data/duty-report-reviews.json")],
            "inspect" => ["inspect", "--input", Repository.File("samples/data/inspections.json")],
            _ => ["rectification", "--problems", Repository.File("samples/data/problems.json"), "--as-of", "2026-03-31"],
        };

        var run = PbScoreRunner.Run([.. args, "--format", format]);

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Snapshot.Match(run.Out, SnapshotNameExtension.Create(command + "-" + format));
    }

    [Fact]
    public void Rectification_AsOfNotADate_ExitsOne()
    {
        var run = PbScoreRunner.Run("rectification", "--problems", Repository.File("samples/data/problems.json"), "--as-of", "31.03.2026");

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.StartsWith("error: --as-of must be a date written as yyyy-MM-dd, not \"31.03.2026\".", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_DamagedFile_ExitsOneAndReadsNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbs-inspections-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "[ { \"id\": \"i1\", ");
        try
        {
            var run = PbScoreRunner.Run("inspect", "--input", path);

            Assert.Equal(PbScore.UsageError, run.ExitCode);
            Assert.Equal(string.Empty, run.Out);
            Assert.Contains("the inspection file is not valid JSON", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
