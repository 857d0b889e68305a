using System.Globalization;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Cli.Commands;

// A one-line progress display on stderr ("\rscored 1200 records") while a long batch streams through the engine,
// only when stderr is a terminal: redirected output and logs stay byte-identical whatever the size of the batch.
internal static class BatchProgress
{
    public const int Every = 100;

    public static TextWriter? Terminal => Console.IsErrorRedirected ? null : Console.Error;

    // A re-openable source (RecordReader.StreamFile) stays re-openable, counted anew on each reading, so a batch with
    // peers or childInputs reads the file once per pass instead of keeping every record in memory.
    public static IEnumerable<RecordReadResult> Track(IEnumerable<RecordReadResult> items, TextWriter? terminal) => (items, terminal) switch
    {
        (_, null) => items,
        (ReopenableRecords reopenable, _) => reopenable.Each(reading => Counted(reading, terminal)),
        _ => Counted(items, terminal),
    };

    private static IEnumerable<RecordReadResult> Counted(IEnumerable<RecordReadResult> items, TextWriter terminal)
    {
        var count = 0;
        try
        {
            foreach (var item in items)
            {
                yield return item;
                if (++count % Every == 0)
                {
                    terminal.Write(string.Create(CultureInfo.InvariantCulture, $"\rscored {count} records"));
                }
            }
        }
        finally
        {
            // Also when the batch stops (Ctrl+C, a damaged file): its message must not run on after the counter.
            if (count >= Every)
            {
                terminal.Write("\r" + new string(' ', 40) + "\r");
            }
        }
    }
}
