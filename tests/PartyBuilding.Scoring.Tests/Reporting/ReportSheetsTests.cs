using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.Tests.Reporting;

// Report documents (bulletins) as worksheets: fields in "summary", a sheet per table, numbers typed, names made valid.
public sealed class ReportSheetsTests
{
    [Fact]
    public void Create_Document_GivesSummaryAndOneTypedSheetPerTable()
    {
        var document = new ReportDocument("bulletin", "通报",
            [new ReportField("ruleSet", "Rule set", "star-rating 2026.1")],
            [
                new ReportTable("ranked", "排名", [new ReportColumn("id", "编号"), new ReportColumn("score", "得分", Numeric: true), new ReportColumn("note", "得分")],
                    [["b01", "95.5", ""], ["b02", "n/a", "x"]]),
                new ReportTable("a:very/long*table?name[with]bad-characters", "t", [new ReportColumn("c", "c")], []),
            ],
            null);

        var sheets = ReportSheets.Create(document);

        Assert.Equal(["summary", "ranked", "a_very_long_table_name_with_bad"], sheets.Select(s => s.Name));
        Assert.Equal(["field", "title", "value"], sheets[0].Header);
        Assert.Equal<object?>(["ruleSet", "Rule set", "star-rating 2026.1"], sheets[0].Rows[0]);
        Assert.Equal(["编号", "得分 (score)", "得分 (note)"], sheets[1].Header);
        Assert.Equal<object?>(["b01", 95.5m, null], sheets[1].Rows[0]);
        Assert.Equal<object?>(["b02", "n/a", "x"], sheets[1].Rows[1]);
    }
}
