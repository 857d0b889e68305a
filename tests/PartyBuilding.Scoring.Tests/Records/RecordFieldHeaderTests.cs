using System.Text;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Records;

// The record fields id, name, type and parent accept the documented Chinese column titles in CSV and Excel headers.
public sealed class RecordFieldHeaderTests
{
    private static readonly ScoringEngine Engine = RuleFiles.SinglePoints();

    private static List<RecordReadResult> Csv(string csv) => [.. RecordReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Engine.RuleSet)];

    [Theory]
    [InlineData("编号,名称,类型,上级,x")]
    [InlineData("组织编号,组织名称,组织类型,上级组织,x")]
    [InlineData("组织编号,name,类型,上级组织编号,X")]
    public void ReadCsv_ChineseFieldTitles_ReadTheRecordFields(string header)
    {
        var record = Assert.Single(Csv(header + "\nb01,第一党支部,agency,c01,80\n")).Record!;

        Assert.Equal(("b01", "第一党支部", "agency", "c01", 80m), (record.Id, record.Name, record.Type, record.Parent, record.Values["x"].Number));
    }

    [Fact]
    public void ReadXlsx_ChineseFieldTitles_ReadTheRecordFields()
    {
        var stream = new MemoryStream();
        XlsxWorkbook.Write(stream, [new XlsxSheet("records", ["组织编号", "组织名称", "组织类型", "上级组织", "x"], [["b01", "第一党支部", "agency", "c01", 80]])]);
        stream.Position = 0;

        var record = Assert.Single(RecordReader.ReadXlsx(stream, Engine.RuleSet)).Record!;

        Assert.Equal(("b01", "第一党支部", "agency", "c01", 80m), (record.Id, record.Name, record.Type, record.Parent, record.Values["x"].Number));
    }

    [Theory]
    [InlineData("id,编号,x", "\"id\" (column 1) and \"编号\" (column 2) both give the record field \"id\"")]
    [InlineData("id,名称,组织名称,x", "\"名称\" (column 2) and \"组织名称\" (column 3) both give the record field \"name\"")]
    [InlineData("id,parent,上级,上级组织,x", "\"parent\" (column 2) and \"上级\" (column 3) and \"上级组织\" (column 4) all give the record field \"parent\"")]
    public void ReadCsv_FieldAndItsChineseTitle_RefusesTheWholeFile(string header, string columns)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Csv(header + "\nb01,b02,80\n"));

        Assert.Equal(
            $"The CSV header gives the same value in more than one column: {columns}. Every row would be ambiguous, so nothing was scored: keep one column for each field and input.",
            ex.Message);
    }

    [Fact]
    public void ReadCsv_InputTitledLikeAField_StaysTheInput()
    {
        var engine = RuleFiles.Engine(
            """{ "id": "x", "title": "类型", "type": "number", "min": 0, "max": 100 }""",
            """
            { "id": "a", "title": "A", "max": 100, "criteria": [
              { "id": "c", "title": "C", "max": 100, "method": "points", "input": "x", "message": "{points}" }
            ] }
            """);

        var record = Assert.Single(RecordReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes("编号,类型\nb01,80\n")), engine.RuleSet)).Record!;

        Assert.Equal(("b01", null, 80m), (record.Id, record.Type, record.Values["x"].Number));
    }

    [Fact]
    public void ReadCsv_NoIdColumn_NamesTheChineseTitles()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Csv("名称,x\n第一党支部,80\n"));

        Assert.Equal("The CSV header has no \"id\" column (or 编号/组织编号).", ex.Message);
    }
}
