using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Records;

// Reading records from JSON and CSV: values typed as declared, lines kept for error reports, damaged files refused whole.
public sealed class RecordReaderTests
{
    private static Stream Utf8(string text) => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void ReadJson_SampleFile_ReadsEveryRecordWithItsLine()
    {
        using var stream = File.OpenRead(Repository.File("samples/data/organizations.json"));

        var items = RecordReader.ReadJson(stream).ToList();

        Assert.Equal(12, items.Count);
        Assert.All(items, i => Assert.Null(i.Rejection));
        var b01 = items[0].Record!;
        Assert.Equal(("b01", "市财政局机关第一党支部", "agency", "c01", (int?)2), (b01.Id, b01.Name, b01.Type, b01.Parent, b01.SourceLine));
        Assert.Equal((true, "好", 14m), (b01.Values["branchSetupCompliant"].Boolean, b01.Values["teamUnityGrade"].Text, b01.Values["activitiesHeld"].Number));
        Assert.Equal(29, items[1].Record!.SourceLine);
    }

    [Fact]
    public void ReadCsv_SampleFile_GivesTheSameValuesAsTheJson()
    {
        var ruleSet = StarRating.Engine.RuleSet;
        using var csvStream = File.OpenRead(Repository.File("samples/data/organizations.csv"));
        using var jsonStream = File.OpenRead(Repository.File("samples/data/organizations.json"));

        var csv = RecordReader.ReadCsv(csvStream, ruleSet).Select(i => i.Record!).ToList();
        var json = RecordReader.ReadJson(jsonStream).Select(i => i.Record!).ToList();

        Assert.Equal(json.Select(r => (r.Id, r.Name, r.Type, r.Parent)), csv.Select(r => (r.Id, r.Name, r.Type, r.Parent)));
        for (var i = 0; i < json.Count; i++)
        {
            Assert.Equal(
                json[i].Values.OrderBy(v => v.Key, StringComparer.Ordinal),
                csv[i].Values.OrderBy(v => v.Key, StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("true", true)]
    public void ReadCsv_BooleanSpellings_AreRead(string cell, bool expected)
    {
        var engine = RuleFiles.Engine(
            """{ "id": "b", "title": "达标", "type": "boolean" }""",
            """{ "id": "a", "title": "A", "max": 100, "criteria": [ { "id": "c", "title": "C", "max": 100, "method": "check", "input": "b", "message": "{points}" } ] }""");
        using var stream = Utf8($"id,name,type,parent,b\nr1,,,,{cell}\n");

        var record = Assert.Single(RecordReader.ReadCsv(stream, engine.RuleSet)).Record!;

        Assert.Equal(expected, record.Values["b"].Boolean);
    }

    [Fact]
    public void ReadJson_TruncatedFile_IsRefusedWhole()
    {
        var text = File.ReadAllText(Repository.File("samples/data/organizations.json"));
        using var stream = Utf8(text[..(text.Length / 2)]);

        var ex = Assert.Throws<InvalidDataException>(() => RecordReader.ReadJson(stream).ToList());

        Assert.Contains("Nothing was scored: a damaged file must be fixed, not half read.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJson_NotAnArray_IsRefused()
    {
        using var stream = Utf8("""{ "id": "b01" }""");

        var ex = Assert.Throws<InvalidDataException>(() => RecordReader.ReadJson(stream).ToList());

        Assert.Equal("The records file must hold a JSON array of records: [ { \"id\": … }, … ].", ex.Message);
    }
}
