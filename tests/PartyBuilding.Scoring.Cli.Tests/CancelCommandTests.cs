namespace PartyBuilding.Scoring.Cli.Tests;

// Ctrl+C during a batch (Program.cs cancels the token PbScore.RunCancellable is given): the command says how far the batch got,
// writes nothing and exits with 130.
public sealed class CancelCommandTests
{
    [Theory]
    [InlineData("score")]
    [InlineData("bulletin")]
    [InlineData("explain")]
    public void Run_CancelledDuringTheBatch_PrintsHowFarItGotWritesNothingAndExits130(string command)
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        string[] args = command == "explain"
            ? [command, "--input", Repository.File("samples/data/organizations.json"), "--id", "b01"]
            : [command, "--input", Repository.File("samples/data/organizations.json")];

        var exit = PbScore.RunCancellable(args, stdout, stderr, source.Token);

        Assert.Equal((PbScore.Cancelled, 130), (exit, PbScore.Cancelled));
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.Equal(
            "cancelled: The batch was cancelled after 0 records were read: 0 scored and 0 rejected so far. Nothing was ranked or written: score the batch again for a result.\n",
            stderr.ToString());
    }
}
