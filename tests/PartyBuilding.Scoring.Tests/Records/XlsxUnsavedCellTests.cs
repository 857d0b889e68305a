using System.IO.Compression;
using System.Security;
using System.Text;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Records;

// Review 2 #2: cells whose value the workbook does not hold — a formula never calculated (openpyxl, EPPlus and web
// exporters write <c><f>…</f></c> without <v>) and the cells of a merged range other than its top-left one — were
// read as empty, so an input's default (0 for a veto input) was used silently. They now reject the row naming the cell.
// The workbooks are minimal SpreadsheetML written here, so the cell XML under test is visible in the test.
public sealed class XlsxUnsavedCellTests
{
    private static readonly ScoringEngine Engine = StarRating.Engine;

    [Fact]
    public void ReadXlsx_FormulaWithoutSavedValueOnVetoInput_RejectsTheRowNamingTheCell()
    {
        var rows = SampleRows();
        using var workbook = Workbook(rows, cells: new() { ["Z2"] = "<c r=\"Z2\"><f>1+1</f></c>" });

        var batch = Engine.ScoreBatch(RecordReader.ReadXlsx(workbook, Engine.RuleSet));

        Assert.Equal((12, 11), (batch.Read, batch.Results.Count));
        var rejection = Assert.Single(batch.Rejected);
        Assert.Equal("b01 (line 2): PBR011: cell Z2 holds a formula with no saved value; open and save the workbook in Excel, or enter the value.", rejection.ToString());
    }

    [Fact]
    public void ReadXlsx_FormulaWithEmptyValueElementAsOpenpyxlWrites_RejectsTheRowNamingTheCell()
    {
        using var workbook = Workbook(SampleRows(), cells: new() { ["G3"] = "<c r=\"G3\"><f>10+2</f><v/></c>" });

        var rejection = Assert.Single(RecordReader.ReadXlsx(workbook, Engine.RuleSet), i => i.Rejection is not null).Rejection!;

        Assert.Equal("b02 (line 3): PBR011: cell G3 holds a formula with no saved value; open and save the workbook in Excel, or enter the value.", rejection.ToString());
    }

    [Fact]
    public void ReadXlsx_FormulaWhoseSavedTextIsEmpty_ReadsAnEmptyCell()
    {
        using var workbook = Workbook(SampleRows(), cells: new() { ["Z2"] = "<c r=\"Z2\" t=\"str\"><f>\"\"</f><v></v></c>" });

        var items = RecordReader.ReadXlsx(workbook, Engine.RuleSet);

        Assert.All(items, i => Assert.Null(i.Rejection));
        Assert.False(items[0].Record!.Values.ContainsKey("disciplineViolations"));
    }

    [Fact]
    public void ReadXlsx_FormulaWithSavedValue_ReadsTheSavedValue()
    {
        var rows = SampleRows();
        using var workbook = Workbook(rows, cells: new() { ["Z2"] = "<c r=\"Z2\"><f>1+1</f><v>2</v></c>" });

        var items = RecordReader.ReadXlsx(workbook, Engine.RuleSet);

        Assert.All(items, i => Assert.Null(i.Rejection));
        Assert.Equal(2m, items[0].Record!.Values["disciplineViolations"].Number);
    }

    [Fact]
    public void ReadXlsx_MergedParentCells_RejectsTheRowsBelowTheTopLeftNamingTheRange()
    {
        var rows = SampleRows();
        using var workbook = Workbook(rows, cells: new() { ["D6"] = string.Empty }, merges: ["D5:D6"]);

        var batch = Engine.ScoreBatch(RecordReader.ReadXlsx(workbook, Engine.RuleSet));

        Assert.Equal((12, 11), (batch.Read, batch.Results.Count));
        var rejection = Assert.Single(batch.Rejected);
        Assert.Equal("b05 (line 6): PBR011: cell D6 is inside the merged range D5:D6, whose value is stored only in its top-left cell D5; unmerge the range and enter the value in every row.", rejection.ToString());
    }

    private static List<string[]> SampleRows() =>
        [.. File.ReadAllLines(Repository.File("samples/data/organizations.csv")).Where(l => l.Length > 0).Select(l => l.Split(','))];

    // A workbook with one sheet of inline strings; `cells` replaces the XML of the named cells.
    private static MemoryStream Workbook(List<string[]> rows, Dictionary<string, string> cells, string[]? merges = null)
    {
        var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 0; r < rows.Count; r++)
        {
            sheet.Append("<row r=\"").Append(r + 1).Append("\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var name = $"{(char)('A' + c)}{r + 1}";
                sheet.Append(cells.TryGetValue(name, out var xml) ? xml : $"<c r=\"{name}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(rows[r][c])}</t></is></c>");
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData>");
        if (merges is { Length: > 0 })
        {
            sheet.Append("<mergeCells>").AppendJoin(string.Empty, merges.Select(m => $"<mergeCell ref=\"{m}\"/>")).Append("</mergeCells>");
        }

        sheet.Append("</worksheet>");
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"records\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Add(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
        }

        stream.Position = 0;
        return stream;
    }

    private static void Add(ZipArchive zip, string path, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
