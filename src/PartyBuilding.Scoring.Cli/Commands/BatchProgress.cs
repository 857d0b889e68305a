using System.Globalization;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Cli.Commands;

// A one-line progress display on stderr ("\rscoring 1200/5000 (24%)") for long batches, only when stderr is a
// terminal: redirected output and logs stay byte-identical whatever the size of the batch.
internal sealed class BatchProgress(TextWriter terminal, int total) : IProgress<int>
{
    public const int MinimumRecords = 500;

    private int shownPercent = -1;

    public static BatchResult Score(ScoringEngine engine, IReadOnlyList<RecordReadResult> items) =>
        Score(engine, items, Console.IsErrorRedirected ? null : Console.Error);

    public static BatchResult Score(ScoringEngine engine, IReadOnlyList<RecordReadResult> items, TextWriter? terminal)
    {
        if (terminal is null || items.Count < MinimumRecords)
        {
            return engine.ScoreBatch(items);
        }

        var progress = new BatchProgress(terminal, items.Count);
        var batch = engine.ScoreBatch(items, progress);
        terminal.Write("\r" + new string(' ', 40) + "\r");
        return batch;
    }

    public void Report(int value)
    {
        var percent = (int)(value * 100L / total);
        if (percent != shownPercent)
        {
            shownPercent = percent;
            terminal.Write(string.Create(CultureInfo.InvariantCulture, $"\rscoring {value}/{total} ({percent}%)"));
        }
    }
}
