using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;
using Snapshooter;
using Snapshooter.Xunit3;

namespace PartyBuilding.Scoring.Tests.Records.Malformed;

// Organization data with every kind of damage (TestData/Malformed, files named by what is wrong with them; the largest
// are generated here). Every test checks the same promise: each bad record is reported with its id (when it can be read),
// line and reason, every good record is scored, and records read = scored + rejected; a damaged or truncated file is
// refused whole (InvalidDataException naming the line and the records read before it), never half read. .ci/run prints the
// suite's counts over the committed files.
[Trait("Suite", "MalformedInput")]
public sealed class MalformedInputTests
{
    private static readonly ScoringEngine Engine = ScoringEngine.Load(File("rules/malformed-input.json"));

    private static string File(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Malformed", name);

    public static TheoryData<string, int, string[]> DamagedRecords => new()
    {
        { "nan-and-infinity-literals.json", 6, ["a01", "a05"] },
        { "nan-and-infinity-as-text.json", 5, ["a01", "a05"] },
        { "numbers-as-strings.json", 5, ["a05"] },
        { "empty-values.json", 8, ["a03", "a07"] },
        { "extra-and-missing-fields.json", 7, ["a06"] },
        { "duplicate-ids.json", 6, ["a01"] },
        { "parent-cycle.json", 6, ["c01", "b05"] },
        { "number-beyond-decimal-range.json", 5, ["a03", "a05"] },
        { "mixed-encoding-latin1-gbk.json", 4, ["a01", "a04"] },
        { "lone-surrogate-escapes.json", 5, ["a01", "a05"] },
        { "utf8-bom.json", 2, ["a01", "a02"] },
        { "nan-infinity-and-symbols.csv", 10, ["a01", "a10"] },
        { "empty-cells.csv", 7, ["a03", "a05", "a06"] },
        { "extra-and-missing-cells.csv", 5, ["a01", "a05"] },
        { "missing-column.csv", 2, [] },
        { "duplicate-ids.csv", 6, ["a01", "a04"] },
        { "parent-cycle.csv", 6, ["c01", "b05"] },
        { "mixed-encoding-latin1-gbk.csv", 5, ["a01", "a05"] },
        { "utf8-bom.csv", 2, ["a01", "a02"] },
        { "utf16-with-bom.csv", 2, ["a01", "a02"] },
    };

    [Theory]
    [MemberData(nameof(DamagedRecords))]
    public void ScoreBatch_FileWithDamagedRecords_RejectsEachWithIdLineAndReasonAndScoresTheRest(string file, int read, string[] scored)
    {
        var batch = Score(file);

        Assert.Equal(read, batch.Read);
        Assert.Equal(scored.Order(StringComparer.Ordinal), batch.Results.Select(r => r.Result.Id).Order(StringComparer.Ordinal));
        Assert.All(batch.Rejected, r => Assert.NotNull(r.Line));
        Snapshot.Match(Describe(batch), SnapshotNameExtension.Create(file));
    }

    [Fact]
    public void ScoreBatch_NanAndInfinityLiterals_RejectTheirRecordsNamingTheValueAndReadingGoesOn()
    {
        var batch = Score("nan-and-infinity-literals.json");

        const string Why = "is not a number: JSON has no NaN or Infinity (the program that wrote the file puts them for a missing or invalid number); give a number, or leave the value out.";
        Assert.Equal(
            [
                $"a02 (line 3): PBR005: the value of \"studyScore\" on line 3, NaN, {Why}",
                $"a03 (line 4): PBR005: the value of \"studyScore\" on line 4, Infinity, {Why}",
                $"(no id) (line 5): PBR005: the value NaN on line 5 {Why}",
                $"a04 (line 6): PBR005: the value of \"latePayments\" on line 6, -Infinity, {Why}",
            ],
            batch.Rejected.Select(r => r.ToString()));
        Assert.Equal(["a01", "a05"], batch.Results.Select(r => r.Result.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ScoreBatch_LatinAndGbkBytesInUtf8Json_RejectThoseRecordsInsteadOfFailing()
    {
        var batch = Score("mixed-encoding-latin1-gbk.json");

        const string Why = "(text saved as GBK, ANSI or Latin-1 and pasted into a UTF-8 file?); it is not scored: enter the text again in a UTF-8 file.";
        Assert.Equal(
            [
                $"a02 (line 3): PBR625: the record holds bytes that are not UTF-8 text on line 3 {Why}",
                $"a03 (line 4): PBR625: the record holds bytes that are not UTF-8 text on line 4 {Why}",
            ],
            batch.Rejected.Select(r => r.ToString()));
    }

    // Regression: a \u escape of half a character (a lone surrogate, as Python's json writes for undecodable bytes) ended
    // the whole batch with an internal error (InvalidOperationException from JsonElement.GetString); no record was reported.
    [Fact]
    public void ScoreBatch_LoneSurrogateEscapeInJsonRecord_RejectsThatRecordNamingLineAndPropertyAndScoresTheRest()
    {
        var batch = Score("lone-surrogate-escapes.json");

        const string Why = "holds an escape such as \\ud800 that stands for half a character (a program wrote text it could not decode this way); the record is not scored: enter the text again in a UTF-8 file.";
        Assert.Equal(
            [
                $"a02 (line 3): PBR625: the text of \"name\" on line 3 {Why}",
                $"(no id) (line 4): PBR625: the text of \"id\" on line 4 {Why}",
                $"a04 (line 6): PBR625: a text on line 7 {Why}",
            ],
            batch.Rejected.Select(r => r.ToString()));
        Assert.Equal("\U0001F31F 第五党支部", batch.Results.Single(r => r.Result.Id == "a05").Result.Name);
    }

    // Regression: the same escape in an organization tree stopped pbscore with an internal error.
    [Fact]
    public void ReadFile_OrganizationTreeWithLoneSurrogateEscape_IsRefusedNamingTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbs-tree-{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(path, "[\n  { \"id\": \"c01\",\n    \"name\": \"x\\udc00\" }\n]\n");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => PartyBuilding.Scoring.Hierarchy.OrganizationTree.ReadFile(path));

            Assert.Equal(
                $"{path}: The organization tree file cannot be read: the text of \"name\" at line 3 holds an escape such as \\ud800 that stands for half a character (a program wrote text it could not decode this way). Nothing was read: enter the text again and save the file as UTF-8.",
                ex.Message);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    // Regression: ReadJsonRecord reported any InvalidOperationException as "not UTF-8"; a lone surrogate escape is named as such.
    [Fact]
    public void ReadJsonRecord_ElementWithLoneSurrogateEscape_IsRejectedNamingTheEscapeNotAsBadBytes()
    {
        using var document = System.Text.Json.JsonDocument.Parse("{ \"id\": \"a01\", \"name\": \"x\\udc00\" }");

        var read = RecordReader.ReadJsonRecord(document.RootElement);

        Assert.Equal(
            "(no id): PBR625: the text of \"name\" holds an escape such as \\ud800 that stands for half a character (a program wrote text it could not decode this way); the record is not scored: send the text again as UTF-8.",
            read.Rejection!.ToString());
    }

    [Fact]
    public void ScoreBatch_LatinAndGbkBytesInUtf8Csv_RejectThoseRowsNamingTheColumnInsteadOfGarblingTheName()
    {
        var batch = Score("mixed-encoding-latin1-gbk.csv");

        const string Why = "holds bytes that are not UTF-8 text (saved as GBK, ANSI or Latin-1 and pasted into a UTF-8 file?); the row is not scored: save the file as UTF-8 (Excel: CSV UTF-8).";
        Assert.Equal(
            [
                $"a02 (line 3): PBR625: the cell of the record field \"name\" (column 2) {Why}",
                $"a03 (line 4): PBR625: the cell of the record field \"name\" (column 2) {Why}",
                $"a04 (line 5): PBR625: the cell of input \"systemsEstablished\" (column 7) {Why}",
            ],
            batch.Rejected.Select(r => r.ToString()));
        Assert.DoesNotContain(batch.Results, r => r.Result.Name?.Contains('\uFFFD', StringComparison.Ordinal) == true);
    }

    // Regression: a genuine U+FFFD written in a UTF-8 CSV was taken for bad bytes (PBR625, "not UTF-8"); whether bytes were
    // bad is now decided from the bytes, so only the row that holds Latin-1 bytes is rejected.
    [Fact]
    public void ScoreBatch_GenuineReplacementCharacterInUtf8Csv_IsReadAsTextNotAsBadBytes()
    {
        byte[] csv = [.. "id,name,type,parent,studyScore,latePayments,systemsEstablished\na01,第一\uFFFD党支部,agency,,50,0,是\na02,caf"u8, 0xE9, .. ",agency,,50,0,是\n"u8];
        using var stream = new MemoryStream(csv);

        var batch = Engine.ScoreBatch(RecordReader.ReadCsv(stream, Engine.RuleSet));

        AssertCounts(batch);
        Assert.Equal("第一\uFFFD党支部", Assert.Single(batch.Results).Result.Name);
        Assert.Equal(
            "a02 (line 3): PBR625: the cell of the record field \"name\" (column 2) holds bytes that are not UTF-8 text (saved as GBK, ANSI or Latin-1 and pasted into a UTF-8 file?); the row is not scored: save the file as UTF-8 (Excel: CSV UTF-8).",
            Assert.Single(batch.Rejected).ToString());
    }

    [Fact]
    public void ScoreBatch_GenuineReplacementCharacterInUtf8CsvHeader_IsAnUnknownColumnNotBadBytes()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("id,type,note\uFFFD\na01,agency,x\n"));

        var ex = Assert.Throws<InvalidDataException>(() => Engine.ScoreBatch(RecordReader.ReadCsv(stream, Engine.RuleSet)));

        Assert.StartsWith("The CSV header has column(s) that are not record fields, declared inputs or reviews of rule set \"malformed-input\": \"note\uFFFD\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreBatch_Utf16CsvWithByteOrderMark_ReadsLikeUtf8()
    {
        var utf16 = Score("utf16-with-bom.csv");
        var utf8 = Score("utf8-bom.csv");

        Assert.Equal(ResultJson.Serialize(utf8), ResultJson.Serialize(utf16));
        Assert.Equal("第一党支部", utf16.Results.Single(r => r.Result.Id == "a01").Result.Name);
    }

    public static TheoryData<string, string> RefusedFiles => new()
    {
        { "truncated-mid-record-refused.json", "The records file is not valid JSON at line 3: the file ends before its array is closed (is it truncated?). Records read before it: 1. Nothing was scored: a damaged file must be fixed, not half read." },
        { "truncated-mid-string-refused.json", "The records file is not valid JSON at line 3: the file ends before its array is closed (is it truncated?). Records read before it: 1. Nothing was scored: a damaged file must be fixed, not half read." },
        { "truncated-missing-closing-bracket-refused.json", "The records file is not valid JSON at line 4: the file ends before its array is closed (is it truncated?). Records read before it: 3. Nothing was scored: a damaged file must be fixed, not half read." },
        { "truncated-mid-quoted-field-refused.csv", "The records file cannot be read from line 3: a quoted field opened on that row is never closed (an unclosed quote, or a truncated file), so where the next row starts cannot be known. Records read before it: 1. Nothing was scored: a damaged file must be fixed, not half read." },
        { "utf16-refused.json", "The records file is UTF-16 text, not UTF-8 (it starts with a UTF-16 byte order mark or zero bytes). Nothing was scored: save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)." },
        { "utf16-without-bom-refused.csv", "The CSV header holds zero bytes: the file is UTF-16 text without a byte order mark. Nothing was scored: save it as UTF-8 (Excel: CSV UTF-8)." },
        { "extra-column-refused.csv", "The CSV header has column(s) that are not record fields, declared inputs or reviews of rule set \"malformed-input\": \"totalScore\"." },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public void ScoreBatch_TruncatedOrUnreadableFile_IsRefusedWholeNamingTheLineAndWhatWasRead(string file, string message)
    {
        var path = File(file);

        var ex = Assert.Throws<InvalidDataException>(() => Engine.ScoreBatch(RecordReader.StreamFile(path, Engine.RuleSet)));

        Assert.Equal($"{path}: {message}", ex.Message);
    }

    [Fact]
    public void ScoreBatch_JsonTruncatedAfterManyRecords_NamesTheLastLineAndEveryRecordReadBeforeIt()
    {
        var records = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"  {{ \"id\": \"r{i:0000}\", \"type\": \"agency\", \"values\": {{ \"studyScore\": 50, \"systemsEstablished\": true }} }},\n"));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("[\n" + records + "  { \"id\": \"cut\", \"values\": { \"studyScore\": 5"));

        var ex = Assert.Throws<InvalidDataException>(() => Engine.ScoreBatch(RecordReader.ReadJson(stream)));

        Assert.Equal(
            "The records file is not valid JSON at line 5002: the file ends before its array is closed (is it truncated?). Records read before it: 5000. Nothing was scored: a damaged file must be fixed, not half read.",
            ex.Message);
    }

    [Fact]
    public void ScoreBatch_JsonDamagedAfterALongSkippedRecord_NamesTheRightLine()
    {
        // A record over the size limit spread over many lines is skipped unread; the line of damage after it must still be right.
        var huge = "  { \"id\": \"huge\", \"name\": \"x\",\n" + string.Concat(Enumerable.Repeat("    \"padding\": \"" + new string('x', 1_000) + "\",\n", 40)) + "    \"type\": \"agency\" }";
        var json = "[\n" + Good("a01") + ",\n" + huge + ",\n" + Good("a02") + ",\n  { \"id\": \"a03\" \"type\": \"agency\" }\n]\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var ex = Assert.Throws<InvalidDataException>(() => Engine.ScoreBatch(RecordReader.ReadJson(stream, new RecordReadOptions { MaxRecordBytes = 10_000 })));

        Assert.StartsWith("The records file is not valid JSON at line 46: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(" Records read before it: 3. Nothing was scored: a damaged file must be fixed, not half read.", ex.Message, StringComparison.Ordinal);
    }

    // Regression: NaN, Infinity or -Infinity cut by the end of the reader's first 64 KiB block refused the whole file as
    // damaged JSON, while the same file with the token a few bytes earlier rejected only its record.
    [Theory]
    [InlineData("NaN", 65_533)]
    [InlineData("NaN", 65_534)]
    [InlineData("NaN", 65_535)]
    [InlineData("Infinity", 65_530)]
    [InlineData("Infinity", 65_533)]
    [InlineData("Infinity", 65_535)]
    [InlineData("-Infinity", 65_528)]
    [InlineData("-Infinity", 65_534)]
    [InlineData("-Infinity", 65_535)]
    public void ScoreBatch_NanOrInfinityCutByTheReadBlock_RejectsOnlyItsRecord(string token, int offset)
    {
        var head = "[\n" + Good("pad")[..^2] + ", \"name\": \"";
        var next = "\" },\n  { \"id\": \"bad\", \"type\": \"agency\", \"values\": { \"studyScore\": ";
        var json = head + new string('x', offset - head.Length - next.Length) + next + token + " } },\n" + Good("a02") + "\n]\n";
        Assert.Equal(offset, json.IndexOf(token, StringComparison.Ordinal));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var batch = Engine.ScoreBatch(RecordReader.ReadJson(stream));

        AssertCounts(batch);
        Assert.Equal(["a02", "pad"], batch.Results.Select(r => r.Result.Id).Order(StringComparer.Ordinal));
        Assert.Equal(
            $"bad (line 3): PBR005: the value of \"studyScore\" on line 3, {token}, is not a number: JSON has no NaN or Infinity (the program that wrote the file puts them for a missing or invalid number); give a number, or leave the value out.",
            Assert.Single(batch.Rejected).ToString());
    }

    // A cell of ten million characters (30 MB of UTF-8), generated as it is read: rejected by the record size limit with
    // its id, line and size, without the reader holding it, and the record after it is scored.
    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void ScoreBatch_TenMillionCharacterCell_IsRejectedByTheSizeLimitWithoutBeingHeldAndTheNextRecordIsScored(string format)
    {
        const int Characters = 10_000_000;
        var (prefix, suffix) = format == "json"
            ? ("[\n" + Good("a01") + ",\n  { \"id\": \"huge\", \"type\": \"agency\", \"name\": \"", "\", \"values\": { \"studyScore\": 50, \"systemsEstablished\": true } },\n" + Good("a02") + "\n]\n")
            : ("id,name,type,parent,studyScore,latePayments,systemsEstablished\na01,,agency,,50,0,是\nhuge,\"", "\",agency,,50,0,是\na02,,agency,,40,0,是\n");
        using var stream = new RepeatedStream(Encoding.UTF8.GetBytes(prefix), Encoding.UTF8.GetBytes("党"), Characters, Encoding.UTF8.GetBytes(suffix));
        var items = format == "json" ? RecordReader.ReadJson(stream) : RecordReader.ReadCsv(stream, Engine.RuleSet);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var batch = Engine.ScoreBatch(items);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        AssertCounts(batch);
        Assert.Equal(["a01", "a02"], batch.Results.Select(r => r.Result.Id).Order(StringComparer.Ordinal));
        var rejection = Assert.Single(batch.Rejected);
        Assert.Equal(("huge", 3), (rejection.Id, rejection.Line));
        var size = (3L * Characters) + Encoding.UTF8.GetByteCount(format == "json" ? prefix[prefix.LastIndexOf('{')..] + suffix[..(suffix.IndexOf('}') + 3)] : "huge,\"\",agency,,50,0,是");
        Assert.Equal(format == "json" ? RecordRejectionCodes.RecordTooLarge : RecordRejectionCodes.RowTooLarge, rejection.Code);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $" {size} bytes, more than the limit of 1048576 bytes per record"), rejection.Reason, StringComparison.Ordinal);
        // Held whole, the cell alone would take 30 MB as bytes and 20 MB as a string.
        Assert.True(allocated < 16_000_000, $"reading allocated {allocated:N0} bytes");
    }

    [Fact]
    public void ScoreBatch_WorkbookWithDamagedCells_RejectsEachRowWithItsRowNumber()
    {
        using var stream = new MemoryStream();
        XlsxWorkbook.Write(stream, [new XlsxSheet("records", ["id", "name", "type", "parent", "studyScore", "latePayments", "systemsEstablished"],
        [
            ["a01", "一", "agency", null, 50m, 0m, true],
            ["a02", "二", "agency", null, "NaN", 0m, true],
            ["a03", "三", "agency", null, "∞", 0m, true],
            ["a04", "四", "agency", null, "50", 0m, true],
            ["a05", "五", "agency", null, null, 0m, true],
            ["a05", "五", "agency", null, 40m, 0m, true],
            ["a06", "六", "agency", "a06", 40m, 0m, true],
            [null, "七", "agency", null, 40m, 0m, "是"],
            ["a08", "八", "agency", null, 45m, 2.5m, "是"],
            ["a09", "九", "agency", null, 45m, 1m, "是"],
        ])]);
        stream.Position = 0;

        var batch = Engine.ScoreBatch(RecordReader.ReadXlsx(stream, Engine.RuleSet));

        AssertCounts(batch);
        Assert.Equal(10, batch.Read);
        Assert.Equal(["a01", "a04", "a09"], batch.Results.Select(r => r.Result.Id).Order(StringComparer.Ordinal));
        Assert.Equal([3, 4, 6, 7, 8, 9, 10], batch.Rejected.Select(r => r.Line!.Value));
        Snapshot.Match(Describe(batch));
    }

    [Fact]
    public void ReadXlsx_TruncatedWorkbook_IsRefusedWhole()
    {
        using var whole = new MemoryStream();
        XlsxWorkbook.Write(whole, [new XlsxSheet("records", ["id", "studyScore", "systemsEstablished"], [["a01", 50m, true], ["a02", 40m, false]])]);
        using var cut = new MemoryStream(whole.ToArray()[..(int)(whole.Length / 2)]);

        var ex = Assert.Throws<InvalidDataException>(() => Engine.ScoreBatch(RecordReader.ReadXlsx(cut, Engine.RuleSet)));

        Assert.StartsWith("The workbook cannot be read as .xlsx (", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("). Nothing was scored: save it from Excel as an .xlsx workbook.", ex.Message, StringComparison.Ordinal);
    }

    // Regression: an organization tree with Latin-1 bytes stopped pbscore with an internal error (InvalidOperationException).
    [Fact]
    public void ReadFile_OrganizationTreeWithLatin1Bytes_IsRefusedNamingTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbs-tree-{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllBytes(path, [.. "[\n  { \"id\": \"c01\", \"name\": \"caf"u8, 0xE9, .. "\" }\n]\n"u8]);
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => PartyBuilding.Scoring.Hierarchy.OrganizationTree.ReadFile(path));

            Assert.Equal($"{path}: The organization tree file is not UTF-8 text at line 2 (saved as GBK, ANSI or Latin-1?). Nothing was read: save it as UTF-8.", ex.Message);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void ReadJsonRecord_ElementWithLatin1Bytes_IsRejectedNotThrown()
    {
        using var document = System.Text.Json.JsonDocument.Parse((byte[])[.. "{ \"id\": \"a01\", \"name\": \"caf"u8, 0xE9, .. "\" }"u8]);

        var read = RecordReader.ReadJsonRecord(document.RootElement);

        Assert.Equal(
            "(no id): PBR625: the record holds bytes that are not UTF-8 text (text saved as GBK, ANSI or Latin-1?); it is not scored: send it as UTF-8.",
            read.Rejection!.ToString());
    }

    private static BatchResult Score(string file)
    {
        var batch = Engine.ScoreBatch(RecordReader.StreamFile(File(file), Engine.RuleSet));
        AssertCounts(batch);
        return batch;
    }

    // The promise every test of the suite checks: nothing is lost.
    private static void AssertCounts(BatchResult batch) => Assert.Equal(batch.Read, batch.Results.Count + batch.Rejected.Count);

    private static string Good(string id) =>
        $"  {{ \"id\": \"{id}\", \"type\": \"agency\", \"values\": {{ \"studyScore\": 50, \"systemsEstablished\": true }} }}";

    private static string Describe(BatchResult batch) => string.Join("\n",
        [
            string.Create(CultureInfo.InvariantCulture, $"read {batch.Read} = scored {batch.Results.Count} + rejected {batch.Rejected.Count}"),
            .. batch.Results.OrderBy(r => r.Result.Id, StringComparer.Ordinal).Select(r => string.Create(CultureInfo.InvariantCulture, $"scored {r.Result.Id} {r.Result.Name} {r.Result.Score} {r.Result.Band?.Label}")),
            .. batch.Rejected.Select(r => "rejected " + r),
        ]);
}
