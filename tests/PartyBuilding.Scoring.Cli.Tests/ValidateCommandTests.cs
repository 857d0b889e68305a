namespace PartyBuilding.Scoring.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_ShippedRuleFiles_ExitsZero()
    {
        var run = PbScoreRunner.Run("validate", Repository.File("rules/star-rating.json"), Repository.File("rules/five-goods-three-reviews.json"));

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("star-rating.json: ok (star-rating 2026.1, sha256 ", run.Out, StringComparison.Ordinal);
        Assert.Contains("five-goods-three-reviews.json: ok (five-goods-three-reviews 2026.1, sha256 ", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("band-gap.json", "(472,16): error PBS041: The score 94 falls in no band (final scores are rounded to 0 decimal places before banding); make the neighbouring bands meet. [$.bands[0].range]")]
    [InlineData("duplicate-criterion-id.json", "(257,17): error PBS012: The criterion id \"setupReasonable\" is used twice; criterion ids must be unique in the whole file. [$.areas[0].criteria[1].id]")]
    [InlineData("gettype-in-expression.json", "(275,41): error PBS061: Calling Object.GetType is not allowed; the functions allowed are Math.Min, Math.Max, Math.Abs, Math.Round, Math.Floor, Math.Ceiling, Math.Truncate. [$.areas[0].criteria[2].expression]")]
    public void Validate_InvalidRuleFile_ExitsTwoWithLocatedError(string file, string expected)
    {
        var path = Repository.TestData("invalid/" + file);

        var run = PbScoreRunner.Run("validate", path);

        Assert.Equal(PbScore.InvalidRules, run.ExitCode);
        Assert.Equal(path + expected + "\n", run.Error);
    }

    [Fact]
    public void Validate_MixOfValidAndInvalid_ReportsBothAndExitsTwo()
    {
        var run = PbScoreRunner.Run("validate", Repository.File("rules/star-rating.json"), Repository.TestData("invalid/band-gap.json"));

        Assert.Equal(PbScore.InvalidRules, run.ExitCode);
        Assert.Contains("star-rating.json: ok", run.Out, StringComparison.Ordinal);
        Assert.Contains("error PBS041", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwoWithUnreadableCode()
    {
        var run = PbScoreRunner.Run("validate", "no-such-rules.json");

        Assert.Equal(PbScore.InvalidRules, run.ExitCode);
        Assert.Equal("no-such-rules.json(0,0): error PBS001: The rule file does not exist. [$]\n", run.Error);
    }

    [Fact]
    public void Run_UnknownCommand_ExitsOneWithUsage()
    {
        var run = PbScoreRunner.Run("publish");

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.StartsWith("error: Unknown command \"publish\".\n", run.Error, StringComparison.Ordinal);
    }
}
