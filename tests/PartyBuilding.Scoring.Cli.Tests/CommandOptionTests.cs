namespace PartyBuilding.Scoring.Cli.Tests;

// Each command takes its own options: an option of another command is a usage error, never silently ignored.
public sealed class CommandOptionTests
{
    [Theory]
    [InlineData(new[] { "inspect", "--input", "x.json", "--as-of", "2026-01-01" }, "error: \"inspect\" does not take --as-of; its options are --rules, --input, --format.")]
    [InlineData(new[] { "review", "--input", "s.json", "--reviews", "r.json", "--organizations", "t.json" }, "error: \"review\" does not take --organizations; its options are --rules, --input, --reviews, --format.")]
    [InlineData(new[] { "explain", "--input", "x.json", "--id", "b01", "--format", "json" }, "error: \"explain\" does not take --format; its options are --rules, --input, --id, --carry, --organizations, --problems, --as-of, --max-record-bytes.")]
    [InlineData(new[] { "validate", "--rules", "r.json" }, "error: \"validate\" takes no options, not --rules.")]
    public void Run_OptionOfAnotherCommand_IsAUsageErrorNamingTheCommandsOptions(string[] args, string expected)
    {
        var run = PbScoreRunner.Run(args);

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith(expected + "\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_IsAUsageError()
    {
        var run = PbScoreRunner.Run("scroe", "--input", "x.json");

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.StartsWith("error: Unknown command \"scroe\".\n", run.Error, StringComparison.Ordinal);
    }
}
