using System.Text;
using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Records;

// Regressions for review findings 6, 9, 10 and 14 in the record readers: a value given twice was silently overwritten
// (last one wins, so a veto could be bypassed), non-text fields were dropped, a UTF-8 BOM broke the JSON readers, and an
// empty CSV was "Read 0" while an empty JSON file was an error.
public sealed class RecordFileReviewFindingTests
{
    private static readonly ScoringEngine Engine = RuleFiles.SinglePoints();

    private static List<RecordReadResult> Json(string json) => [.. RecordReader.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(json)))];

    private static List<RecordReadResult> Csv(string csv) => [.. RecordReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Engine.RuleSet)];

    // Finding 6: the veto's input given twice, the first time with a violation.
    [Fact]
    public void ReadJson_ValueGivenTwice_RejectsTheRecordNamingTheValueAndItsLines()
    {
        var items = Json("""
            [
              { "id": "b01", "values": {
                  "x": 20,
                  "x": 90 } },
              { "id": "b02", "values": { "x": 80 } }
            ]
            """);

        Assert.Equal("b01 (line 2): PBR011: \"values.x\" is given 2 times (lines 3, 4); give each field and value once.", items[0].Rejection!.ToString());
        Assert.Equal("b02", items[1].Record!.Id);
    }

    [Fact]
    public void ReadJson_FieldOrReviewGivenTwice_RejectsTheRecord()
    {
        var items = Json("""
            [
              { "id": "b01", "name": "甲", "name": "乙" },
              { "id": "b02", "reviews": { "masses": 90,
                                          "masses": 10 } }
            ]
            """);

        Assert.Equal(
            [
                "b01 (line 2): PBR011: \"name\" is given 2 times (line 2); give each field and value once.",
                "b02 (line 3): PBR011: \"reviews.masses\" is given 2 times (lines 3, 4); give each field and value once.",
            ],
            items.Select(i => i.Rejection!.ToString()));
    }

    [Fact]
    public void ReadJsonRecord_ValueGivenTwice_IsRejectedWithoutLines()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""{ "id": "b01", "values": { "x": 2, "x": 0 } }""");

        var item = RecordReader.ReadJsonRecord(document.RootElement);

        Assert.Equal("b01: PBR011: \"values.x\" is given 2 times; give each field and value once.", item.Rejection!.ToString());
    }

    [Theory]
    [InlineData("id,x,x\nb01,2,0\n", "\"x\" (column 2) and \"x\" (column 3) both give input \"x\"")]
    [InlineData("id,x,X\nb01,2,0\n", "\"x\" (column 2) and \"X\" (column 3) both give input \"x\"")]
    [InlineData("id,x,id\nb01,2,b02\n", "\"id\" (column 1) and \"id\" (column 3) both give the record field \"id\"")]
    public void ReadCsv_TwoColumnsForTheSameValue_RefusesTheWholeFile(string csv, string columns)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Csv(csv));

        Assert.Equal(
            $"The CSV header gives the same value in more than one column: {columns}. Every row would be ambiguous, so nothing was scored: keep one column for each field and input.",
            ex.Message);
    }

    [Fact]
    public void ReadXlsx_InputIdAndTitleColumns_RefusesTheWholeFile()
    {
        using var workbook = Workbook(["id", "activitiesHeld", "全年开展支部活动次数"], [["b01", 0, 12]]);

        var ex = Assert.Throws<InvalidDataException>(() => RecordReader.ReadXlsx(workbook, StarRating.Engine.RuleSet));

        Assert.Equal(
            "The Excel header gives the same value in more than one column: \"activitiesHeld\" (column 2) and \"全年开展支部活动次数\" (column 3) both give input \"activitiesHeld\". "
            + "Every row would be ambiguous, so nothing was scored: keep one column for each field and input.",
            ex.Message);
    }

    // Finding 9: a parent or name that is not text was dropped, so the record lost its group and roll-ups unnoticed.
    [Fact]
    public void ReadJson_NonTextNameTypeOrParent_RejectsTheRecordNamingTheField()
    {
        var items = Json("""
            [
              { "id": "b01", "name": 7, "type": true, "parent": 5, "values": { "x": 80 } },
              { "id": 5, "values": { "x": 80 } },
              { "id": "b03", "name": null, "values": { "x": 80 } }
            ]
            """);

        Assert.Equal(
            [
                "b01 (line 2): PBR011: the field \"name\" must be text, not number. the field \"type\" must be text, not true/false. the field \"parent\" must be text, not number.",
                "(no id) (line 3): PBR011: the field \"id\" must be text, not number.",
            ],
            items.Take(2).Select(i => i.Rejection!.ToString()));
        Assert.Equal(("b03", null), (items[2].Record!.Id, items[2].Record!.Name));
    }

    // Finding 10: Notepad and Excel write a BOM; the records and history readers refused it.
    [Fact]
    public void ReadJson_Utf8ByteOrderMark_IsSkippedAndLinesStayRight()
    {
        var items = RecordReader.ReadJson(new MemoryStream([0xEF, 0xBB, 0xBF, .. "[\n{ \"id\": \"b01\", \"values\": { \"x\": 80 } }\n]"u8])).ToList();

        Assert.Equal(("b01", (int?)2), (items.Single().Record!.Id, items.Single().Record!.SourceLine));
    }

    [Fact]
    public void ReadJson_Utf8ByteOrderMarkArrivingOneByteAtATime_IsSkipped()
    {
        using var stream = new OneByteStream([0xEF, 0xBB, 0xBF, .. "[{ \"id\": \"b01\" }]"u8]);

        Assert.Equal("b01", RecordReader.ReadJson(stream).Single().Record!.Id);
    }

    [Fact]
    public void HistoryRead_Utf8ByteOrderMark_ReadsAsWithout()
    {
        var bytes = File.ReadAllBytes(Repository.File("samples/data/branch-history.json"));

        var withMark = HistoryReader.Read([0xEF, 0xBB, 0xBF, .. bytes]);

        Assert.Equal(
            HistoryReader.Read(bytes).Select(h => (h.History?.Id, h.History?.SourceLine, h.History?.Years.Count, h.Rejection)),
            withMark.Select(h => (h.History?.Id, h.History?.SourceLine, h.History?.Years.Count, h.Rejection)));
        Assert.Equal(3, withMark.Count(h => h.History is not null));
    }

    // Finding 14: an empty upload is an error in every format, in the same words, naming the file.
    [Theory]
    [InlineData(".json", "", "it holds no JSON array of records")]
    [InlineData(".json", " \n", "it holds no JSON array of records")]
    [InlineData(".csv", "", "it has no header row")]
    [InlineData(".csv", "\n", "it has no header row")]
    public void StreamFile_EmptyFile_IsAnErrorNamingTheFile(string extension, string content, string what)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pb-empty-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => RecordReader.StreamFile(path, Engine.RuleSet).ToList());

            Assert.Equal($"{path}: The records file is empty: {what} (is the upload truncated?). Nothing was scored.", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadXlsx_EmptySheet_IsAnError()
    {
        using var workbook = Workbook([], []);

        var ex = Assert.Throws<InvalidDataException>(() => RecordReader.ReadXlsx(workbook, Engine.RuleSet));

        Assert.Equal("The records file is empty: the first worksheet has no header row (is the upload truncated?). Nothing was scored.", ex.Message);
    }

    [Fact]
    public void ReadCsv_HeaderWithoutRows_IsCheckedAndReadsNothing()
    {
        Assert.Empty(Csv("id,x\n"));
        var ex = Assert.Throws<InvalidDataException>(() => Csv("id,y\n"));
        Assert.Equal("The CSV header has column(s) that are not record fields, declared inputs or reviews of rule set \"test\": \"y\".", ex.Message);
    }

    private sealed class OneByteStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }

    private static MemoryStream Workbook(List<string> header, List<object?[]> rows)
    {
        var stream = new MemoryStream();
        XlsxWorkbook.Write(stream, [new XlsxSheet("records", header, [.. rows.Select(r => (IReadOnlyList<object?>)r)])]);
        stream.Position = 0;
        return stream;
    }
}
