using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Records;

// A record over RecordReadOptions.MaxRecordBytes is rejected with its id (when it comes before the limit), line and
// size, and the records after it are read: records read = scored + rejected still holds.
public sealed class RecordSizeLimitTests
{
    private sealed class TrickleStream(byte[] bytes, int step) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, step));
    }

    private static readonly RecordReadOptions Limit = new() { MaxRecordBytes = 10_000 };

    private static string Record(string id, int padding, int x) =>
        $"  {{ \"id\": \"{id}\", \"name\": \"{new string('党', padding)}\",\n    \"values\": {{ \"x\": {x} }} }}";

    private static List<RecordReadResult> Read(string json, int step) =>
        [.. RecordReader.ReadJson(new TrickleStream(Encoding.UTF8.GetBytes(json), step), Limit)];

    [Theory]
    [InlineData(200_000, 1_000, 600_055)]
    [InlineData(200_000, 65_536, 600_055)]
    [InlineData(4_000, 65_536, 12_055)]
    [InlineData(4_000, 7, 12_055)]
    public void ReadJson_RecordOverTheLimit_RejectedWithIdLineAndSizeAndTheNextRecordsRead(int padding, int step, int size)
    {
        var json = "[\n" + string.Join(",\n", Record("a", 1, 10), Record("huge", padding, 20), Record("b", 1, 30), Record("c", 1, 40)) + "\n]\n";

        var items = Read(json, step);

        Assert.Equal(["a", "b", "c"], items.Where(i => i.Record is not null).Select(i => i.Record!.Id));
        Assert.Equal([2, 6, 8], items.Where(i => i.Record is not null).Select(i => i.Record!.SourceLine!.Value));
        Assert.Equal(
            $"huge (line 4): PBR120: the record is {size} bytes, more than the limit of 10000 bytes per record; it is neither read nor scored, "
            + "and the records after it are read (the limit is RecordReadOptions.MaxRecordBytes; pbscore --max-record-bytes).",
            Assert.Single(items, i => i.Rejection is not null).Rejection!.ToString());
        Assert.Equal(4, items.Count);
    }

    [Fact]
    public void ReadJson_IdAfterTheLimitAndLastRecordTooLarge_RejectedWithoutIdAndLine()
    {
        var late = $"  {{ \"name\": \"{new string('x', 50_000)}\", \"id\": \"late\" }}";
        var json = "[\n" + string.Join(",\n", Record("a", 1, 10), late, $"  \"{new string('y', 30_000)}\"") + "\n]\n";

        var items = Read(json, 4_096);

        Assert.Equal("a", items[0].Record!.Id);
        Assert.Equal(
            [
                "(no id) (line 4): PBR120: the record is 50028 bytes, more than the limit of 10000 bytes per record; it is neither read nor scored, and the records after it are read (the limit is RecordReadOptions.MaxRecordBytes; pbscore --max-record-bytes).",
                "(no id) (line 5): PBR120: the record is 30002 bytes, more than the limit of 10000 bytes per record; it is neither read nor scored, and the records after it are read (the limit is RecordReadOptions.MaxRecordBytes; pbscore --max-record-bytes).",
            ],
            items.Skip(1).Select(i => i.Rejection!.ToString()));
    }

    [Fact]
    public void ReadJson_FileEndsInsideAnOversizedRecord_IsRefusedWhole()
    {
        var json = "[\n" + Record("a", 1, 10) + ",\n  { \"id\": \"cut\", \"name\": \"" + new string('x', 50_000);

        var ex = Assert.Throws<InvalidDataException>(() => Read(json, 4_096));

        Assert.StartsWith("The records file is not valid JSON at line 4: the file ends before its array is closed (is it truncated?).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreBatch_RecordOverTheLimit_ReadEqualsScoredPlusRejected()
    {
        var engine = RuleFiles.SinglePoints();
        var json = "[\n" + string.Join(",\n", Record("a", 1, 10), Record("huge", 200_000, 20), Record("b", 1, 30)) + "\n]\n";

        var batch = engine.ScoreBatch(RecordReader.ReadJson(new TrickleStream(Encoding.UTF8.GetBytes(json), 65_536), Limit));

        Assert.Equal(3, batch.Read);
        Assert.Equal(["b", "a"], batch.Results.Select(r => r.Result.Id));
        Assert.Equal(RecordRejectionCodes.RecordTooLarge, Assert.Single(batch.Rejected).Code);
    }

    [Fact]
    public void ReadCsv_RowOverTheLimit_RejectedWithIdAndLineAndTheNextRowsRead()
    {
        var ruleSet = StarRating.Engine.RuleSet;
        var lines = File.ReadAllLines(Repository.File("samples/data/organizations.csv"));
        var long_ = lines[2].Replace("市", new string('市', 100), StringComparison.Ordinal);
        var csv = string.Join("\n", lines[0], lines[1], long_, lines[3]) + "\n";

        var items = RecordReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), ruleSet, new RecordReadOptions { MaxRecordBytes = 300 }).ToList();

        Assert.Equal(3, items.Count);
        Assert.NotNull(items[0].Record);
        Assert.NotNull(items[2].Record);
        Assert.Equal(
            $"b02 (line 3): PBR121: the row holds {Encoding.UTF8.GetByteCount(long_)} bytes, more than the limit of 300 bytes per record; it is not scored, "
            + "and the rows after it are read (the limit is RecordReadOptions.MaxRecordBytes; pbscore --max-record-bytes).",
            items[1].Rejection!.ToString());
    }

    [Fact]
    public void ReadCsv_UnclosedQuoteBeyondTheLimit_IsRefusedWholeNamingTheLine()
    {
        var lines = File.ReadAllLines(Repository.File("samples/data/organizations.csv"));
        var csv = string.Join("\n", lines[0], lines[1], "b99,\"" + new string('x', 200_000)) + "\n";

        var ex = Assert.Throws<InvalidDataException>(() =>
            RecordReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), StarRating.Engine.RuleSet, new RecordReadOptions { MaxRecordBytes = 1_000 }).ToList());

        Assert.Equal(
            "The records file cannot be read from line 3: a quoted field opened on that row is never closed (an unclosed quote, or a truncated file), so where the next row starts cannot be known. "
            + "Records read before it: 1. Nothing was scored: a damaged file must be fixed, not half read.",
            ex.Message);
    }

    // Review 2 #5: a well-formed row longer than about twice the limit made the whole file fail ("an unclosed quote?", "Record 3").
    [Theory]
    [InlineData(1_000, 2_500, "\n")]
    [InlineData(1_000, 70_000, "\r\n")]
    [InlineData(1_048_576, 2_500_000, "\n")]
    public void ReadCsv_WellFormedRowFarOverTheLimit_RejectedWithPbr121AndTheNextRowsRead(int limit, int nameLength, string newline)
    {
        var ruleSet = StarRating.Engine.RuleSet;
        var lines = File.ReadAllLines(Repository.File("samples/data/organizations.csv"));
        var cells = lines[2].Split(',');
        cells[1] = new string('x', nameLength);
        var long_ = string.Join(",", cells);
        var csv = string.Join(newline, lines[0], lines[1], long_, lines[3], long_.Replace("b02,", "b98,", StringComparison.Ordinal), lines[4]) + newline;

        var items = RecordReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), ruleSet, new RecordReadOptions { MaxRecordBytes = limit }).ToList();

        Assert.Equal(5, items.Count);
        var message = string.Create(CultureInfo.InvariantCulture,
            $"PBR121: the row holds {Encoding.UTF8.GetByteCount(long_)} bytes, more than the limit of {limit} bytes per record; it is not scored, and the rows after it are read (the limit is RecordReadOptions.MaxRecordBytes; pbscore --max-record-bytes).");
        Assert.Equal($"b02 (line 3): {message}", items[1].Rejection!.ToString());
        Assert.Equal($"b98 (line 5): {message}", items[3].Rejection!.ToString());
        Assert.Equal([(2, "b01"), (4, "b03"), (6, "b04")], items.Where(i => i.Record is not null).Select(i => (i.Record!.SourceLine!.Value, i.Record.Id)));
        var batch = StarRating.Engine.ScoreBatch(RecordReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), ruleSet, new RecordReadOptions { MaxRecordBytes = limit }));
        Assert.Equal((5, 3, 2), (batch.Read, batch.Results.Count, batch.Rejected.Count));
    }

    [Fact]
    public void ReadCsv_LongQuotedRowOverManyLines_RejectedAtItsFirstLineAndLaterLinesStayRight()
    {
        var lines = File.ReadAllLines(Repository.File("samples/data/organizations.csv"));
        var cells = lines[2].Split(',');
        cells[1] = "\"" + string.Concat(Enumerable.Repeat("第一行,\"\"引号\"\"\n", 500)) + "\"";
        var long_ = string.Join(",", cells);
        var csv = string.Join("\n", lines[0], lines[1], long_, lines[3]) + "\n";

        var items = RecordReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), StarRating.Engine.RuleSet, new RecordReadOptions { MaxRecordBytes = 1_000 }).ToList();

        Assert.Equal(string.Create(CultureInfo.InvariantCulture,
            $"b02 (line 3): PBR121: the row holds {Encoding.UTF8.GetByteCount(long_)} bytes, more than the limit of 1000 bytes per record; it is not scored, and the rows after it are read (the limit is RecordReadOptions.MaxRecordBytes; pbscore --max-record-bytes)."),
            items[1].Rejection!.ToString());
        Assert.Equal([(2, "b01"), (504, "b03")], items.Where(i => i.Record is not null).Select(i => (i.Record!.SourceLine!.Value, i.Record.Id)));
    }

    [Fact]
    public void ReadCsv_HeaderFarOverTheLimit_IsRefusedWhole()
    {
        var csv = "id," + new string('x', 5_000) + "\nb01,1\n";

        var ex = Assert.Throws<InvalidDataException>(() =>
            RecordReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), StarRating.Engine.RuleSet, new RecordReadOptions { MaxRecordBytes = 1_000 }).ToList());

        Assert.Equal("The records file cannot be read: its header row is longer than 2016 bytes (an unclosed quote?). Nothing was scored.", ex.Message);
    }

    [Fact]
    public void RecordReadOptions_LimitBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordReadOptions { MaxRecordBytes = 0 });
}
