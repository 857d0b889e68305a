using System.Globalization;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Cli.Commands;

// A one-line progress display on stderr ("\rscored 1200 records") while a long batch streams through the engine,
// only when stderr is a terminal: redirected output and logs stay byte-identical whatever the size of the batch.
internal static class BatchProgress
{
    public const int Every = 100;

    public static TextWriter? Terminal => Console.IsErrorRedirected ? null : Console.Error;

    public static IEnumerable<RecordReadResult> Track(IEnumerable<RecordReadResult> items, TextWriter? terminal) =>
        terminal is null ? items : Counted(items, terminal);

    private static IEnumerable<RecordReadResult> Counted(IEnumerable<RecordReadResult> items, TextWriter terminal)
    {
        var count = 0;
        foreach (var item in items)
        {
            yield return item;
            if (++count % Every == 0)
            {
                terminal.Write(string.Create(CultureInfo.InvariantCulture, $"\rscored {count} records"));
            }
        }

        if (count >= Every)
        {
            terminal.Write("\r" + new string(' ', 40) + "\r");
        }
    }
}
