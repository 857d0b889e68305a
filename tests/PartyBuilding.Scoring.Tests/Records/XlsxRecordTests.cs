using System.Globalization;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Records;

// Excel in and out: organization inputs read from .xlsx through the same columns as CSV (Chinese titles accepted),
// the input template and ranked results written as .xlsx, byte-identical for the same tables.
public sealed class XlsxRecordTests
{
    private static readonly ScoringEngine Engine = StarRating.Engine;

    [Fact]
    public void ReadXlsx_SampleOrganizationsWithChineseTitles_ScoresLikeTheCsv()
    {
        using var csv = File.OpenRead(Repository.File("samples/data/organizations.csv"));
        var expected = ResultJson.Serialize(Engine.ScoreBatch(RecordReader.ReadCsv(csv, Engine.RuleSet)));
        using var workbook = SampleAsWorkbook(useTitles: true);

        var items = RecordReader.ReadXlsx(workbook, Engine.RuleSet);

        Assert.Equal(12, items.Count);
        Assert.Equal(Enumerable.Range(2, 12).Select(r => (int?)r), items.Select(i => i.Record!.SourceLine));
        Assert.Equal(expected, ResultJson.Serialize(Engine.ScoreBatch(items)));
    }

    [Fact]
    public void ReadXlsx_BadCellInOneRow_RejectsThatRowWithItsRowNumberAndScoresTheOthers()
    {
        var rows = SampleRows(useTitles: false);
        var column = rows.Header.IndexOf("activitiesHeld");
        rows.Cells[2][column] = "十二";
        using var workbook = Write(rows);

        var batch = Engine.ScoreBatch(RecordReader.ReadXlsx(workbook, Engine.RuleSet));

        Assert.Equal((12, 11), (batch.Read, batch.Results.Count));
        var rejection = Assert.Single(batch.Rejected);
        Assert.Equal("b03 (line 4): PBR005: input \"activitiesHeld\" (全年开展支部活动次数) cannot be \"十二\": a whole number is expected.", rejection.ToString());
    }

    [Fact]
    public void ReadXlsx_UnknownHeader_RefusesTheWholeFile()
    {
        using var workbook = Write(new SheetRows(["id", "teamUnityGrad"], [["b01", "好"]]));

        var ex = Assert.Throws<InvalidDataException>(() => RecordReader.ReadXlsx(workbook, Engine.RuleSet));

        Assert.Equal("The Excel header has column(s) that are not record fields, declared inputs or reviews of rule set \"star-rating\": \"teamUnityGrad\".", ex.Message);
    }

    [Fact]
    public void ReadXlsx_NotAWorkbook_RefusesTheWholeFile()
    {
        using var stream = new MemoryStream("id,name\nb01,x\n"u8.ToArray());

        var ex = Assert.Throws<InvalidDataException>(() => RecordReader.ReadXlsx(stream, Engine.RuleSet));

        Assert.StartsWith("The workbook cannot be read as .xlsx (", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateXlsx_ReadBack_IsTheFullMarksRecord()
    {
        var record = Engine.CreateFullMarksRecord("twoNew");
        using var stream = new MemoryStream();
        RecordTemplate.Xlsx(stream, record, Engine.RuleSet);
        stream.Position = 0;

        var read = Assert.Single(RecordReader.ReadXlsx(stream, Engine.RuleSet)).Record!;

        Assert.Equal((record.Id, record.Type), (read.Id, read.Type));
        Assert.Equal(record.Values.OrderBy(v => v.Key, StringComparer.Ordinal), read.Values.OrderBy(v => v.Key, StringComparer.Ordinal));
        Assert.Equal(100m, Engine.Score(read).Score);
    }

    [Fact]
    public void Write_SameTablesTwice_GivesIdenticalBytes()
    {
        var batch = Engine.ScoreBatch(RecordReader.ReadFile(Repository.File("samples/data/organizations.json"), Engine.RuleSet));

        Assert.Equal(Bytes(RankedSheets.Create(batch)), Bytes(RankedSheets.Create(batch)));
    }

    [Fact]
    public void RankedSheets_SampleBatch_ReadBackAsRankedRows()
    {
        var batch = Engine.ScoreBatch(RecordReader.ReadFile(Repository.File("samples/data/organizations.json"), Engine.RuleSet));
        using var stream = new MemoryStream(Bytes(RankedSheets.Create(batch)));

        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "results").Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(12, rows.Count);
        Assert.Equal(("b02", 95.0, "fiveStar", "五星"), ((string)rows[1]["id"]!, (double)rows[1]["score"]!, (string)rows[1]["band"]!, (string)rows[1]["bandLabel"]!));
        var b06 = rows.Single(r => (string)r["id"]! == "b06");
        Assert.Equal((86.0, null, "严重违规违纪撤销星级"), ((double)b06["score"]!, b06["band"], (string?)b06["vetoes"]));
        Assert.Equal(24.2, (double)b06["班子建设"]!);
    }

    [Fact]
    public void Write_RepeatedColumn_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Bytes([new XlsxSheet("s", ["a", "a"], [])]));

        Assert.StartsWith("The column \"a\" appears twice in sheet \"s\".", ex.Message, StringComparison.Ordinal);
    }

    private static byte[] Bytes(IReadOnlyList<XlsxSheet> sheets)
    {
        using var stream = new MemoryStream();
        XlsxWorkbook.Write(stream, sheets);
        return stream.ToArray();
    }

    private sealed record SheetRows(List<string> Header, List<object?[]> Cells);

    // The sample CSV as a worksheet the way staff keep it: numbers and booleans typed, optionally Chinese titles as headers.
    private static SheetRows SampleRows(bool useTitles)
    {
        var lines = File.ReadAllLines(Repository.File("samples/data/organizations.csv"));
        var titles = Engine.RuleSet.Inputs.ToDictionary(i => i.Id, i => i.Title, StringComparer.Ordinal);
        var header = lines[0].Split(',').Select(h => useTitles && titles.TryGetValue(h, out var title) ? title : h).ToList();
        var cells = lines.Skip(1).Select(l => l.Split(',').Select(Typed).ToArray()).ToList();
        return new SheetRows(header, cells);
    }

    private static object? Typed(string cell) =>
        cell is "true" or "false" ? cell == "true"
        : decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number
        : cell.Length == 0 ? null : cell;

    private static MemoryStream SampleAsWorkbook(bool useTitles) => Write(SampleRows(useTitles));

    private static MemoryStream Write(SheetRows rows)
    {
        var stream = new MemoryStream(Bytes([new XlsxSheet("records", rows.Header, [.. rows.Cells.Select(c => (IReadOnlyList<object?>)c)])]));
        return stream;
    }
}
