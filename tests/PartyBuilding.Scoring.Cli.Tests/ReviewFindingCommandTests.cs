using System.Text.Json.Nodes;

namespace PartyBuilding.Scoring.Cli.Tests;

// What the review of main found at the command line (findings 7, 17 and 21): crashes with stack traces, output that
// depended on the day it ran, and messages that leaked .NET parameter names.
public sealed class ReviewFindingCommandTests
{
    private static string TempFile(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbscore-finding-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Run_UnexpectedExceptionInACommand_PrintsOneInternalErrorLineWithoutStackTraceAndExits4()
    {
        using var stdout = new FailingWriter();
        using var stderr = new StringWriter { NewLine = "\n" };

        var exit = PbScore.Run(["validate", Repository.File("rules/star-rating.json")], stdout, stderr);

        Assert.Equal(PbScore.InternalError, exit);
        Assert.Equal(
            "internal error: NotSupportedException: the writer broke. (this is a bug in pbscore; please report it with the command line and the input files).\n",
            stderr.ToString());
    }

    [Fact]
    public void Inspect_InspectionDatedAtTheEndOfTheCalendar_RejectsItInsteadOfCrashing()
    {
        var input = TempFile("""
            [
              {"id":"x","date":"9999-12-30","organization":"t01","findings":{"annualTasks":1}},
              {"id":"old","date":"2019-06-01","organization":"t01","findings":{"annualTasks":1}}
            ]
            """);
        try
        {
            var run = PbScoreRunner.Run("inspect", "--input", input, "--format", "json");

            Assert.Equal((PbScore.Ok, string.Empty), (run.ExitCode, run.Error));
            var rejected = JsonNode.Parse(run.Out)!["rejected"]!.AsArray().Select(r => $"{r!["id"]} {r["code"]}").ToList();
            Assert.Equal(["x PBR310", "old PBR340"], rejected);
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void History_WithoutAsOf_IsAUsageErrorInsteadOfUsingTheClock()
    {
        var run = PbScoreRunner.Run("history", "--input", Repository.File("samples/data/branch-history.json"));

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith("error: The option --as-of is required for \"history\".\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_CarryWithADuplicatedResultId_NamesTheFileWithoutParameterText()
    {
        var stars = PbScoreRunner.StarRatingResultFile();
        var result = JsonNode.Parse(File.ReadAllText(stars))!;
        File.Delete(stars);
        var results = result["results"]!.AsArray();
        results.Add(results[0]!.DeepClone());
        var carry = TempFile(result.ToJsonString());
        try
        {
            var run = PbScoreRunner.Run("score", "--rules", Repository.File("rules/five-goods-three-reviews.json"),
                "--input", Repository.File("samples/data/five-goods.json"), "--carry", carry);

            Assert.Equal(PbScore.UsageError, run.ExitCode);
            Assert.Equal(
                $"error: {carry}: the result id \"{results[0]!["id"]}\" appears twice; a result file gives each organization once, so it cannot be carried.\n",
                run.Error);
        }
        finally
        {
            File.Delete(carry);
        }
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new NotSupportedException("the writer broke.");

        public override void Write(string? value) => throw new NotSupportedException("the writer broke.");

        public override void WriteLine(string? value) => throw new NotSupportedException("the writer broke.");
    }
}
