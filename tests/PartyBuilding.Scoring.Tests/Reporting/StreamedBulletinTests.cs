using System.Text;
using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Reporting;

// The bulletin streamed for national batches (Bulletin.WriteJson, ReportWriter.Write to a stream) writes the bytes of the
// bulletin built in memory, content hash included.
public sealed class StreamedBulletinTests
{
    private static readonly string Tree = Repository.File("samples/data/organization-tree.json");

    private static BatchResult Sample(BatchTrace trace)
    {
        var engine = StarRating.Engine;
        return engine.ScoreBatch(RecordReader.StreamFile(Repository.File("samples/data/organizations.json"), engine.RuleSet),
            new BatchOptions { Organizations = OrganizationTree.ReadFile(Tree), Trace = trace });
    }

    private static BulletinOptions Options(bool withPrevious) => new()
    {
        Organizations = OrganizationTree.ReadFile(Tree),
        InputSha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        Previous = withPrevious ? ResultJson.ReadOutcomes(Repository.File("samples/data/previous-result.json")) : null,
    };

    [Theory]
    [InlineData(BatchTrace.Spool, true)]
    [InlineData(BatchTrace.Spool, false)]
    [InlineData(BatchTrace.Omit, false)]
    public void WriteJson_SampleCommittee_BytesOfTheBuiltBulletin(BatchTrace trace, bool withPrevious)
    {
        using var batch = Sample(trace);
        var built = ReportWriter.Write(Bulletin.Build(batch, StarRating.Engine.RuleSet, Options(withPrevious)), ReportFormat.Json);
        using var output = new MemoryStream();

        Bulletin.WriteJson(output, batch, StarRating.Engine.RuleSet, Options(withPrevious));

        Assert.Equal(built, Encoding.UTF8.GetString(output.ToArray()));
        Assert.Contains("\"contentSha256\": \"", built, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Csv)]
    [InlineData(ReportFormat.Html)]
    public void ReportWriterWrite_ToAStream_BytesOfTheText(ReportFormat format)
    {
        using var batch = Sample(BatchTrace.Spool);
        var document = Bulletin.Build(batch, StarRating.Engine.RuleSet, Options(withPrevious: true));
        using var output = new MemoryStream();

        ReportWriter.Write(output, document, format);

        Assert.Equal(ReportWriter.Write(document, format), Encoding.UTF8.GetString(output.ToArray()));
    }

    // Number cells written as they stand must be the numbers decimal formatting gives; other forms are parsed.
    [Theory]
    [InlineData("95", "95")]
    [InlineData("-3.50", "-3.50")]
    [InlineData("0.125", "0.125")]
    [InlineData("007", "7")]
    [InlineData("1,000", "1000")]
    [InlineData("-0", "0")]
    [InlineData("+4", "4")]
    public void ReportWriterWrite_NumberCell_WrittenAsDecimalFormattingGivesIt(string cell, string json)
    {
        var table = new ReportTable("t", "T", [new ReportColumn("n", "N", true)], [[cell]]);
        var document = new ReportDocument("r", "R", [], [table], null);

        var text = ReportWriter.Write(document, ReportFormat.Json);

        Assert.Contains($"\"n\": {json}\n", text, StringComparison.Ordinal);
    }
}
