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

    // Scores with --format json into a temporary file (the caller deletes it), for --carry.
    public static string ResultFile(params string[] args)
    {
        var run = Run(["score", .. args, "--format", "json"]);
        Assert.Equal(PbScore.Ok, run.ExitCode);
        var path = Path.Combine(Path.GetTempPath(), $"pbscore-result-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, run.Out);
        return path;
    }

    // The star-rating sample with the organization tree: its roll-ups say which committees may be rated 五个好.
    public static string StarRatingResultFile() => ResultFile(
        "--input", Repository.File("samples/data/organizations.json"), "--organizations", Repository.File("samples/data/organization-tree.json"));
}
