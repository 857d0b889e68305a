using CsCheck;
using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

// Batches that keep no trace (Omit) or spool it to a file (Spool) give the same outcomes, bulletin, result JSON and
// result hash as batches that keep every trace (Keep).
public sealed class BatchTraceTests
{
    private const int Iterations = 200;

    private static readonly OrganizationTree Tree = new(
    [
        new OrganizationNode("w01", "工委", "committee", null),
        new OrganizationNode("c01", "机关党委", "partyCommittee", "w01"),
        new OrganizationNode("c02", "国资委党委", "partyCommittee", "w01"),
        new OrganizationNode("g01", "非公党总支", "generalBranch", "c02"),
    ]);

    private static readonly ScoringEngine QuotaEngine = RuleFiles.SinglePoints(
        """
        [
          { "id": "top", "label": "优", "level": 3, "range": "[90, 100]" },
          { "id": "pass", "label": "合格", "level": 2, "range": "[60, 90)" },
          { "id": "fail", "label": "不合格", "level": 1, "range": "[0, 60)" }
        ]
        """,
        """
        "ranking": { "groupBy": "parent" },
        "quotas": [ { "id": "q", "title": "优秀名额", "band": "top", "within": "parent", "maxShare": 0.3, "message": "超出名额" } ],
        "lagging": { "title": "后进", "bottomShare": 0.1, "bands": ["fail"] },
        """);

    private static BatchResult Score(ScoringEngine engine, IEnumerable<OrganizationRecord> records, BatchTrace trace) =>
        engine.ScoreBatch(records.Select(RecordReadResult.Read), new BatchOptions { Organizations = Tree, Trace = trace });

    // Everything but the trace: ranks, groups, scores, bands, area subtotals, vetoes, quotas, lagging, roll-ups, rejections.
    private static string Outcomes(BatchResult batch) => string.Join("\n",
    [
        $"read {batch.Read} scored {batch.Results.Count} rejected {batch.Rejected.Count}",
        .. batch.Results.Select(r =>
            $"{r.Rank} {r.Group} {r.GroupRank} {r.Result.Id} {r.Result.Parent} {r.Result.Score} {r.Result.Total} {r.Result.Band} {r.Result.BandBeforeVetoes} "
            + string.Join(";", r.Result.Areas) + " | " + string.Join(";", r.Result.Reviews) + " | " + string.Join(";", r.Result.Vetoes)
            + " | " + string.Join(";", r.Result.Quotas)),
        .. batch.Rejected.Select(r => r.ToString()),
        .. batch.Lagging.Select(l => $"{l.Id} {l.Rank} {string.Join(",", l.Reasons)}"),
        .. batch.Rollups.Select(r => $"{r.Rollup.Id} {r.OrganizationId} {r.Aggregate} {r.Passed}"),
    ]);

    private static Gen<OrganizationRecord[]> StarRatingBatch =>
        from records in RecordGen.Batch(StarRating.Engine, 16)
        from parents in Gen.OneOf(Gen.Const("c01"), Gen.Const("c02"), Gen.Const("g01")).Array[records.Length]
        select records.Select((r, i) => r with { Parent = parents[i] }).ToArray();

    private static Gen<OrganizationRecord[]> QuotaBatch =>
        from count in Gen.Int[1, 30]
        from xs in Gen.Int[40, 100].Array[count]
        from parents in Gen.OneOf(Gen.Const("c01"), Gen.Const("c02")).Array[count]
        select xs.Select((x, i) => new OrganizationRecord($"b{i:00}")
        {
            Parent = parents[i],
            Values = new Dictionary<string, InputValue> { ["x"] = x },
            SourceLine = i + 2,
        }).ToArray();

    [Fact]
    public void ScoreBatch_StarRatingWithoutOrSpooledTrace_SameOutcomesBulletinJsonAndHashAsKept() =>
        StarRatingBatch.Sample(records => AssertSameAsKept(StarRating.Engine, records), iter: Iterations,
            print: records => string.Join(Environment.NewLine, records.Select(RecordGen.Print)));

    [Fact]
    public void ScoreBatch_QuotasAndLaggingWithoutOrSpooledTrace_SameOutcomesBulletinJsonAndHashAsKept() =>
        QuotaBatch.Sample(records => AssertSameAsKept(QuotaEngine, records), iter: Iterations,
            print: records => string.Join(", ", records.Select(r => $"{r.Id}/{r.Parent}/{r.Values["x"]}")));

    private static void AssertSameAsKept(ScoringEngine engine, OrganizationRecord[] records)
    {
        var kept = Score(engine, records, BatchTrace.Keep);
        var omitted = Score(engine, records, BatchTrace.Omit);
        using var spooled = Score(engine, records, BatchTrace.Spool);

        Assert.Equal(kept.Read, kept.Results.Count + kept.Rejected.Count);
        Assert.Equal(Outcomes(kept), Outcomes(omitted));
        Assert.Equal(Outcomes(kept), Outcomes(spooled));
        Assert.All(omitted.Results, r => Assert.Empty(r.Result.Trace));
        Assert.All(spooled.Results, r => Assert.Empty(r.Result.Trace));
        Assert.Equal(ResultJson.Serialize(kept), ResultJson.Serialize(spooled));
        Assert.Equal(PublishedHash.OfResult(kept), PublishedHash.OfResult(spooled));
        var options = new BulletinOptions { Organizations = Tree, InputSha256 = "input" };
        var keptBulletin = ReportWriter.Write(Bulletin.Build(kept, engine.RuleSet, options), ReportFormat.Json);
        Assert.Equal(keptBulletin, ReportWriter.Write(Bulletin.Build(spooled, engine.RuleSet, options), ReportFormat.Json));
        // The content hash covers the result hash, so it differs when the result hash is left out.
        static string WithoutHashes(string text) => string.Join("\n", text.Split('\n')
            .Where(l => !l.Contains("\"resultSha256\"", StringComparison.Ordinal) && !l.Contains("\"contentSha256\"", StringComparison.Ordinal)));
        Assert.Equal(WithoutHashes(keptBulletin), WithoutHashes(ReportWriter.Write(Bulletin.Build(omitted, engine.RuleSet, options), ReportFormat.Json)));
    }

    private static readonly ScoringEngine PeerEngine = RuleFiles.Engine(
        """
        { "id": "rate", "title": "完成率", "type": "number", "min": 0, "max": 100 },
        { "id": "bestRate", "title": "同类最高完成率", "type": "number", "min": 0, "max": 100 }
        """,
        """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "proportional", "title": "按最高值折算", "max": 100, "method": "formula", "expression": "rate / bestRate * 100", "message": "{points}" }
        ] }
        """,
        more: """ "peers": [ { "input": "bestRate", "of": "rate", "statistic": "highest", "within": "parent" } ],""");

    // Peers score the batch again when a record that gave a peer value is rejected (here a duplicate id): the spool then
    // holds each trace twice and the last one is read back.
    [Fact]
    public void ScoreBatch_PeersScoredAgainAfterARejection_SpooledJsonSameAsKept()
    {
        OrganizationRecord Org(string id, decimal rate, int line) =>
            new(id) { Parent = "c01", Values = new Dictionary<string, InputValue> { ["rate"] = rate }, SourceLine = line };
        OrganizationRecord[] records = [Org("a", 80, 2), Org("b", 100, 3), Org("b", 90, 4), Org("c", 40, 5)];

        var kept = Score(PeerEngine, records, BatchTrace.Keep);
        using var spooled = Score(PeerEngine, records, BatchTrace.Spool);

        Assert.Equal(["a 100", "c 50"], kept.Results.Select(r => $"{r.Result.Id} {DecimalText.Normalize(r.Result.Score)}"));
        Assert.Equal(ResultJson.Serialize(kept), ResultJson.Serialize(spooled));
    }

    [Fact]
    public void ResultJsonWrite_SpooledBatch_WritesTheBytesOfSerialize()
    {
        var records = StarRating.Types.Select((type, i) => StarRating.Perfect($"p{i}", type)).ToList();
        var kept = Score(StarRating.Engine, records, BatchTrace.Keep);
        using var spooled = Score(StarRating.Engine, records, BatchTrace.Spool);
        using var stream = new MemoryStream();

        ResultJson.Write(stream, spooled);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(ResultJson.Serialize(kept)), stream.ToArray());
        Assert.Contains("\"trace\": [\n        {", ResultJson.Serialize(spooled), StringComparison.Ordinal);
    }

    [Fact]
    public void ResultJson_BatchWithoutTrace_ThrowsAndSaysHowToGetOne()
    {
        var batch = Score(StarRating.Engine, [StarRating.Perfect()], BatchTrace.Omit);

        var ex = Assert.Throws<InvalidOperationException>(() => PublishedHash.OfResult(batch));

        Assert.Equal(
            "This batch was scored without traces (BatchTrace.Omit); its result JSON and result hash include them: score it with BatchTrace.Keep or BatchTrace.Spool.",
            ex.Message);
        Assert.Equal(BatchTrace.Omit, batch.Trace);
    }

    [Fact]
    public void Score_WithoutTrace_BuildsNoTraceLine()
    {
        var engine = StarRating.Engine;
        var record = StarRating.Perfect();
        Assert.True(engine.TryScore(record, null, out var full, out _));
        Assert.True(engine.TryScore(record, null, out var bare, out _, withTrace: false));

        // The empty array singleton: no trace list was created, not one emptied afterwards.
        Assert.Same(Array.Empty<TraceLine>(), bare.Trace);
        Assert.Equal(full with { Trace = [] }, bare with { Trace = [] }, ResultComparer.Instance);
        Assert.NotEmpty(full.Trace);
    }

    [Fact]
    public void Score_WithoutTrace_AllocatesFarLessThanWithTrace()
    {
        var engine = StarRating.Engine;
        var record = StarRating.Perfect();
        long Allocated(bool trace)
        {
            engine.TryScore(record, null, out _, out _, trace);
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 50; i++)
            {
                engine.TryScore(record, null, out _, out _, trace);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var without = Allocated(false);
        var with = Allocated(true);

        Assert.True(without * 2 < with, $"without trace {without} bytes, with trace {with} bytes");
    }

    [Fact]
    public void Dispose_SpooledBatch_DeletesTheTraceFile()
    {
        var batch = Score(StarRating.Engine, [StarRating.Perfect()], BatchTrace.Spool);
        var path = batch.Spool!.FilePath;
        Assert.Equal(OperatingSystem.IsWindows(), File.Exists(path));

        batch.Dispose();

        Assert.False(File.Exists(path));
    }

    // Review 2 #7: an undisposed spooled batch left its trace file in /tmp after the process ended.
    [Fact]
    public void Spool_UndisposedBatch_LeavesNoTraceFileBehind()
    {
        using var batch = Score(StarRating.Engine, [StarRating.Perfect()], BatchTrace.Spool);
        using var kept = Score(StarRating.Engine, [StarRating.Perfect()], BatchTrace.Keep);

        Assert.True(TraceSpool.OpenOptions.HasFlag(FileOptions.DeleteOnClose));
        if (!OperatingSystem.IsWindows())
        {
            // Unix: the name is gone while the batch is alive, so nothing can outlive the process; the traces still read back.
            Assert.False(File.Exists(batch.Spool!.FilePath));
        }

        Assert.Equal(ResultJson.Serialize(kept), ResultJson.Serialize(batch));
    }

    // Results compared by their outcome lists' contents (records compare lists by reference).
    private sealed class ResultComparer : IEqualityComparer<ScoreResult>
    {
        public static ResultComparer Instance { get; } = new();

        public bool Equals(ScoreResult? x, ScoreResult? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Score == y.Score && x.Total == y.Total && x.Band == y.Band
            && x.BandBeforeVetoes == y.BandBeforeVetoes && x.Areas.SequenceEqual(y.Areas) && x.Reviews.SequenceEqual(y.Reviews)
            && x.Vetoes.SequenceEqual(y.Vetoes) && x.Quotas.SequenceEqual(y.Quotas);

        public int GetHashCode(ScoreResult obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
