using System.Text;
using CsCheck;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Tests.Records;

// The quote-aware row limiter in front of CsvHelper (review 2 #5): rows within the limit pass untouched, longer rows are
// replaced by as many empty lines as they held and reported with their first line and size.
public sealed class CsvRowLimiterTests
{
    private static readonly string[] Parts = ["a", "市", ",", "\"", "\"\"", "\n", "\r\n", "x,\"q\n\""];

    private static readonly Gen<string> Text = Gen.Int[0, Parts.Length - 1].Array[0, 60].Select(picks => string.Concat(picks.Select(i => Parts[i])));

    [Fact]
    public void Read_RowsWithinTheLimit_PassEveryByteUnchangedOrEndInsideAQuote() => Text.Sample(text =>
    {
        var bytes = Encoding.UTF8.GetBytes("h\n" + text);
        using var limiter = new CsvRowLimiter(new MemoryStream(bytes), skipAbove: 10_000);
        using var copy = new MemoryStream();

        if (EndsInsideQuotes("h\n" + text))
        {
            // A truncated file (or a stray quote): the rest of the file would be one field, so the file is refused.
            Assert.StartsWith("The records file cannot be read from line ", Assert.Throws<InvalidDataException>(() => limiter.CopyTo(copy, 7)).Message, StringComparison.Ordinal);
            return;
        }

        limiter.CopyTo(copy, 7);

        Assert.Equal(bytes, copy.ToArray());
        Assert.False(limiter.TryTakeOversized(int.MaxValue, out _));
    }, iter: 500);

    // RFC 4180 read with lookahead (the limiter reads byte by byte): a quote opens a field only at its start; inside, "" is a quote.
    private static bool EndsInsideQuotes(string csv)
    {
        var (inQuotes, fieldStart) = (false, true);
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }

                continue;
            }

            inQuotes = c == '"' && fieldStart;
            fieldStart = c is ',' or '\n';
        }

        return inQuotes;
    }

    [Fact]
    public void Read_RowOverTheLimit_BecomesOneEmptyLinePerLineAndIsReported()
    {
        var csv = "id,name\nb1,short\nb2,\"" + new string('x', 50) + "\n" + new string('y', 50) + "\"\"q\"\"\"\nb3,ok\n";
        using var limiter = new CsvRowLimiter(new MemoryStream(Encoding.UTF8.GetBytes(csv)), skipAbove: 40);
        using var copy = new MemoryStream();
        limiter.CopyTo(copy);

        Assert.Equal("id,name\nb1,short\n\n\nb3,ok\n", Encoding.UTF8.GetString(copy.ToArray()));
        Assert.True(limiter.TryTakeOversized(int.MaxValue, out var row));
        Assert.Equal((3, 111L, "b2"), (row.Line, row.Size, row.Cell(0)));
    }
}
