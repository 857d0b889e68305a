using System.Text;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Tests.Records;

// The JSON reader streams: records spanning the reader's 64 KiB buffer, records larger than it, and lines counted across refills.
public sealed class JsonRecordStreamTests
{
    // A stream that hands out a few bytes per read, as a pipe does, so every record crosses buffer refills.
    private sealed class TrickleStream(byte[] bytes, int step) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, step));
    }

    private static string Records(int count, int padding) => "[\n" + string.Join(",\n", Enumerable.Range(0, count).Select(i =>
        $"  {{ \"id\": \"r{i:00000}\", \"name\": \"{new string('党', padding)}\",\n    \"values\": {{ \"x\": {i % 100} }} }}")) + "\n]\n";

    [Theory]
    [InlineData(5_000, 3, 65_536)]
    [InlineData(3, 70_000, 65_536)]
    [InlineData(50, 10, 7)]
    public void ReadJson_ManyOrLargeRecordsInPieces_ReadsEveryRecordWithItsLine(int count, int padding, int step)
    {
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(Records(count, padding)), step);

        var items = RecordReader.ReadJson(stream).ToList();

        Assert.Equal(count, items.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal($"r{i:00000}", items[i].Record!.Id);
            Assert.Equal(2 + (2 * i), items[i].Record!.SourceLine);
            Assert.Equal(i % 100, items[i].Record!.Values["x"].Number);
        }
    }

    [Fact]
    public void ReadJson_IsLazy_ReadsOnlyWhatIsEnumerated()
    {
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(Records(20_000, 3)), 65_536);

        var first = RecordReader.ReadJson(stream).First();

        Assert.Equal("r00000", first.Record!.Id);
        Assert.True(stream.Position < stream.Length / 4, $"read {stream.Position} of {stream.Length} bytes for the first record");
    }

    [Theory]
    [InlineData("[ { \"id\": \"a\" }, { \"id\": \"b\" ", "The records file is not valid JSON at line 1: ")]
    [InlineData("[ { \"id\": \"a\" } ] x", "The records file is not valid JSON at line 1: something follows the closing ']' of the array.")]
    [InlineData("[\n{ \"id\": \"a\" },\n{ \"id\": \"b\", }\n]", "The records file is not valid JSON at line 3: ")]
    [InlineData("{ \"id\": \"a\" }", "The records file must hold a JSON array of records")]
    public void ReadJson_DamagedFile_IsRefusedWhole(string json, string expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var ex = Assert.Throws<InvalidDataException>(() => RecordReader.ReadJson(stream).ToList());

        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }
}
