using PartyBuilding.Scoring.Cli.Commands;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Cli.Tests;

// Excel through pbscore: the template as a workbook, scored back into a results workbook; progress only at a terminal.
public sealed class ExcelCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pbs-cli-xlsx-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void TemplateThenScore_Xlsx_RoundTripsToAResultsWorkbook()
    {
        var template = Path.Combine(directory, "template.xlsx");
        var results = Path.Combine(directory, "results.xlsx");

        var made = PbScoreRunner.Run("template", "--format", "xlsx", "--type", "village", "--out", template);
        var scored = PbScoreRunner.Run("score", "--input", template, "--format", "xlsx", "--out", results);

        Assert.Equal((PbScore.Ok, "", PbScore.Ok, ""), (made.ExitCode, made.Error, scored.ExitCode, scored.Error));
        using var stream = File.OpenRead(results);
        var row = Assert.Single(MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "results").Cast<IDictionary<string, object?>>());
        Assert.Equal(("template", "village", 100.0, "fiveStar"), ((string)row["id"]!, (string)row["type"]!, (double)row["score"]!, (string)row["band"]!));
    }

    [Fact]
    public void Bulletin_XlsxInput_WritesABulletinWorkbook()
    {
        var template = Path.Combine(directory, "organizations.xlsx");
        var bulletin = Path.Combine(directory, "bulletin.xlsx");
        PbScoreRunner.Run("template", "--format", "xlsx", "--out", template);

        var run = PbScoreRunner.Run("bulletin", "--input", template, "--format", "xlsx", "--out", bulletin);

        Assert.Equal((PbScore.Ok, "", ""), (run.ExitCode, run.Out, run.Error));
        using var stream = File.OpenRead(bulletin);
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(stream);
        Assert.Equal("summary", sheets[0]);
        Assert.True(sheets.Count > 1);
        stream.Position = 0;
        var fields = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "summary").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(fields, f => (string?)f["value"] == PartyBuilding.Scoring.Reporting.PublishedHash.OfFile(template));
    }

    [Fact]
    public void Score_XlsxWithoutOutput_IsAUsageError()
    {
        var run = PbScoreRunner.Run("score", "--input", Repository.File("samples/data/organizations.json"), "--format", "xlsx");

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.StartsWith("error: --format xlsx writes a workbook: give the file with --out <file.xlsx>.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OutputFile_WritesTheTableThereAndNothingToTheTerminal()
    {
        var output = Path.Combine(directory, "ranked.txt");

        var run = PbScoreRunner.Run("score", "--input", Repository.File("samples/data/organizations.json"), "--out", output);

        Assert.Equal((PbScore.Ok, ""), (run.ExitCode, run.Out));
        Assert.Equal(PbScoreRunner.Run("score", "--input", Repository.File("samples/data/organizations.json")).Out, File.ReadAllText(output));
    }

    [Fact]
    public void BatchProgress_LongBatchAtATerminal_CountsEveryHundredThenClearsTheLine()
    {
        var items = Enumerable.Range(0, 250).Select(i => RecordReadResult.Read(new OrganizationRecord($"r{i:D4}"))).ToList();
        using var terminal = new StringWriter();

        var passed = BatchProgress.Track(items, terminal).ToList();

        Assert.Equal(items, passed);
        Assert.Equal("\rscored 100 records\rscored 200 records\r" + new string(' ', 40) + "\r", terminal.ToString());
    }

    [Fact]
    public void BatchProgress_NoTerminal_PassesTheItemsThrough()
    {
        var items = new[] { RecordReadResult.Read(new OrganizationRecord("b01")) };

        Assert.Same(items, BatchProgress.Track(items, null));
    }
}
