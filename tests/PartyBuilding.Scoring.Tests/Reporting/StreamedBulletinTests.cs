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

    // seekable: a file-like output gets the JSON directly and the hash filled in; any other goes through a temporary file.
    [Theory]
    [InlineData(BatchTrace.Spool, true, true)]
    [InlineData(BatchTrace.Spool, false, true)]
    [InlineData(BatchTrace.Omit, false, true)]
    [InlineData(BatchTrace.Spool, true, false)]
    [InlineData(BatchTrace.Omit, false, false)]
    public void WriteJson_SampleCommittee_BytesOfTheBuiltBulletin(BatchTrace trace, bool withPrevious, bool seekable)
    {
        using var batch = Sample(trace);
        var built = ReportWriter.Write(Bulletin.Build(batch, StarRating.Engine.RuleSet, Options(withPrevious)), ReportFormat.Json);
        using var output = new MemoryStream();

        Bulletin.WriteJson(seekable ? output : new ForwardOnly(output), batch, StarRating.Engine.RuleSet, Options(withPrevious));

        Assert.Equal(built, Encoding.UTF8.GetString(output.ToArray()));
        Assert.Contains("\"contentSha256\": \"", built, StringComparison.Ordinal);
    }

    // Review 3, finding 7: the header field was searched for unescaped and in the first MiB only, so an input hash the
    // JSON writer escapes, or a title of more than a MiB, spliced the content hash into the wrong place (invalid JSON).
    [Theory]
    [InlineData("quote\"backslash\\tab\tnewline\n", 1)]
    [InlineData("<&'+ 党建 \u0001", 1)]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", (1 << 20) + 17)]
    public void WriteJson_InputHashEscapedOrTitleOverAMebibyte_BytesOfTheBuiltBulletin(string inputSha256, int titleLength)
    {
        using var batch = Sample(BatchTrace.Omit);
        var options = Options(withPrevious: false) with { InputSha256 = inputSha256, Title = new string('标', titleLength) };
        var built = ReportWriter.Write(Bulletin.Build(batch, StarRating.Engine.RuleSet, options), ReportFormat.Json);
        using var output = new MemoryStream();

        Bulletin.WriteJson(output, batch, StarRating.Engine.RuleSet, options);

        Assert.Equal(built, Encoding.UTF8.GetString(output.ToArray()));
        using var parsed = System.Text.Json.JsonDocument.Parse(output.ToArray());
        var fields = parsed.RootElement.GetProperty("fields");
        Assert.Equal(inputSha256, fields.GetProperty("inputSha256").GetString());
        Assert.Equal(64, fields.GetProperty("contentSha256").GetString()!.Length);

        // Forward only (through the temporary file): the same bytes.
        using var forward = new MemoryStream();
        Bulletin.WriteJson(new ForwardOnly(forward), batch, StarRating.Engine.RuleSet, options);
        Assert.Equal(built, Encoding.UTF8.GetString(forward.ToArray()));
    }

    [Fact]
    public void WriteJson_SeekableOutputAlreadyHoldingBytes_BulletinAfterThemWithItsHash()
    {
        using var batch = Sample(BatchTrace.Omit);
        var built = ReportWriter.Write(Bulletin.Build(batch, StarRating.Engine.RuleSet, Options(false)), ReportFormat.Json);
        using var output = new MemoryStream();
        output.Write("already here\n"u8);

        Bulletin.WriteJson(output, batch, StarRating.Engine.RuleSet, Options(false));

        Assert.Equal("already here\n" + built, Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(output.Length, output.Position);
    }

    // A pipe or console: written forward only.
    private sealed class ForwardOnly(Stream inner) : WriteOnlyStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override void Flush() => inner.Flush();
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
