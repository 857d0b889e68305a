namespace PartyBuilding.Scoring.Cli.Tests;

internal sealed record PbScoreRun(int ExitCode, string Out, string Error);

internal static class PbScoreRunner
{
    public static PbScoreRun Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = PbScore.Run(args, stdout, stderr);
        return new PbScoreRun(exit, stdout.ToString(), stderr.ToString());
    }
}
