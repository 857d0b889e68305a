using System.Text;
using PartyBuilding.Scoring.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
// The first Ctrl+C stops a batch before its next record (exit 130, with how far it got); a second one ends the process.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!cancel.IsCancellationRequested)
    {
        e.Cancel = true;
        cancel.Cancel();
    }
};
return PbScore.RunCancellable(args, Console.Out, Console.Error, cancel.Token);
