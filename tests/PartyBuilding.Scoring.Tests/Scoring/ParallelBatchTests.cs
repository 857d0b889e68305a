using System.Globalization;
using CsCheck;
using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

// A batch scored on several threads (BatchOptions.MaxDegreeOfParallelism) gives the bytes of the one-thread batch:
// result JSON with every trace, bulletin JSON with its hashes, rejections and their order.
public sealed class ParallelBatchTests
{
    private static readonly OrganizationTree Tree = new(
    [
        new OrganizationNode("w01", "工委", "committee", null),
        new OrganizationNode("c01", "机关党委", "partyCommittee", "w01"),
        new OrganizationNode("c02", "国资委党委", "partyCommittee", "w01"),
        new OrganizationNode("g01", "非公党总支", "generalBranch", "c02"),
    ]);

    // Several chunks of records (a chunk is 512) with every kind of rejection spread through them: duplicate ids (also
    // across chunks and with an unreadable copy), unreadable records with and without an id, values out of range,
    // a parent cycle and a parent that is neither a record nor in the tree.
    private static List<RecordReadResult> MixedBatch()
    {
        var items = new List<RecordReadResult>();
        string[] parents = ["c01", "c02", "g01"];
        for (var i = 0; i < 2600; i++)
        {
            var line = items.Count + 2;
            var id = string.Create(CultureInfo.InvariantCulture, $"b{i:0000}");
            var record = StarRating.Perfect(id, StarRating.Types[i % StarRating.Types.Count]).With(
                ("activitiesHeld", i % 13),
                ("memberRoleScore", i % 8),
                ("unexcusedAbsences", i % 7 == 0 ? 2 : 0),
                ("massSatisfactionRate", 60 + (i % 41)),
                ("teamUnityGrade", i % 11 == 0 ? "差" : "好"));
            record = record with { Parent = parents[i % parents.Length], SourceLine = line };
            if (i % 97 == 0)
            {
                record = record.With(("studyScore", 99));
            }

            items.Add(i % 211 == 5 ? RecordReadResult.Rejected(new RecordRejection(id, line, RecordRejectionCodes.Malformed, "unreadable")) : RecordReadResult.Read(record));
            if (i % 389 == 7)
            {
                // A second copy of an id seen a chunk or more before.
                items.Add(RecordReadResult.Read(record with { SourceLine = items.Count + 2 }));
            }

            if (i % 503 == 11)
            {
                items.Add(RecordReadResult.Rejected(new RecordRejection(null, items.Count + 2, RecordRejectionCodes.MissingId, "no id")));
            }
        }

        items.Add(RecordReadResult.Read(StarRating.Perfect("x1") with { Parent = "x2", SourceLine = items.Count + 2 }));
        items.Add(RecordReadResult.Read(StarRating.Perfect("x2") with { Parent = "x1", SourceLine = items.Count + 2 }));
        items.Add(RecordReadResult.Read(StarRating.Perfect("x3") with { Parent = "nowhere", SourceLine = items.Count + 2 }));
        items.Add(RecordReadResult.Read(StarRating.Perfect("b0008") with { Parent = "c01", SourceLine = items.Count + 2 }));
        return items;
    }

    private static BatchResult Score(ScoringEngine engine, IEnumerable<RecordReadResult> items, BatchTrace trace, int threads) =>
        engine.ScoreBatch(items, new BatchOptions { Organizations = Tree, Trace = trace, MaxDegreeOfParallelism = threads });

    private static string BulletinJson(BatchResult batch, ScoringEngine engine) =>
        ReportWriter.Write(Bulletin.Build(batch, engine.RuleSet, new BulletinOptions { Organizations = Tree, InputSha256 = "input" }), ReportFormat.Json);

    [Fact]
    public void ScoreBatch_FourThreadsOverSeveralChunks_ResultAndBulletinBytesOfOneThread()
    {
        var items = MixedBatch();
        using var one = Score(StarRating.Engine, items, BatchTrace.Spool, 1);
        using var four = Score(StarRating.Engine, items, BatchTrace.Spool, 4);

        // The batch is what the test says it is: several chunks, every kind of rejection.
        Assert.Equal(items.Count, one.Read);
        Assert.Equal(one.Read, one.Results.Count + one.Rejected.Count);
        Assert.True(one.Results.Count > 2000);
        Assert.Equal(
            new HashSet<string> { RecordRejectionCodes.MissingId, RecordRejectionCodes.Malformed, RecordRejectionCodes.DuplicateId, RecordRejectionCodes.OutOfRange, RecordRejectionCodes.ParentCycle, RecordRejectionCodes.ParentMissing },
            one.Rejected.Select(r => r.Code).ToHashSet());
        Assert.Equal(one.Rejected, four.Rejected);
        Assert.Equal(ResultJson.Serialize(one), ResultJson.Serialize(four));
        Assert.Equal(BulletinJson(one, StarRating.Engine), BulletinJson(four, StarRating.Engine));
    }

    [Fact]
    public void ScoreBatch_EveryCoreWithoutTraces_SameBulletinAsOneThread()
    {
        var items = MixedBatch();

        var one = Score(StarRating.Engine, items, BatchTrace.Omit, 1);
        var all = Score(StarRating.Engine, items, BatchTrace.Omit, Math.Max(2, Environment.ProcessorCount));

        Assert.Equal(BulletinJson(one, StarRating.Engine), BulletinJson(all, StarRating.Engine));
    }

    // Review 3, finding 1: a streaming mapper that refills one values dictionary per row was scored with later rows'
    // values once the default read ahead on every core. The default scores each record before asking for the next.
    [Fact]
    public void ScoreBatch_DefaultOptionsOneValuesDictionaryRefilledPerRecord_EachRecordScoredWithItsOwnValues()
    {
        var values = new Dictionary<string, InputValue>(StarRating.Perfect().Values);
        IEnumerable<RecordReadResult> Rows()
        {
            for (var i = 0; i < 3 * 512; i++)
            {
                values["studyScore"] = i % 7;
                yield return RecordReadResult.Read(new OrganizationRecord(string.Create(CultureInfo.InvariantCulture, $"r{i:0000}")) { Type = "agency", Values = values, SourceLine = i + 2 });
            }
        }

        Assert.Equal(1, new BatchOptions().MaxDegreeOfParallelism);
        var batch = StarRating.Engine.ScoreBatch(Rows(), new BatchOptions { Trace = BatchTrace.Omit });

        Assert.Equal(3 * 512, batch.Results.Count);
        Assert.All(batch.Results, ranked =>
        {
            var i = int.Parse(ranked.Result.Id.AsSpan(1), CultureInfo.InvariantCulture);
            Assert.Equal(94m + Math.Min(i % 7, 6), ranked.Result.Score);
        });
    }

    [Fact]
    public void ScoreBatch_SmallBatchesWithSharedIds_ThreeThreadsSameResultJsonAsOne() =>
        RecordGen.Batch(StarRating.Engine, 40).Sample(
            records =>
            {
                var items = records.Select((r, i) => RecordReadResult.Read(r with { Parent = "c01", SourceLine = i + 2 })).ToList();
                Assert.Equal(ResultJson.Serialize(Score(StarRating.Engine, items, BatchTrace.Keep, 1)),
                    ResultJson.Serialize(Score(StarRating.Engine, items, BatchTrace.Keep, 3)));
            },
            iter: 50, print: records => string.Join(Environment.NewLine, records.Select(RecordGen.Print)));

    // The batch keeps a compact slot per organization and rebuilds each result when it is read: what it gives back is
    // the result the engine gave, trace included.
    [Fact]
    public void ScoreBatch_KeptTraces_EachResultAsTheEngineScoresItAlone()
    {
        var records = MixedBatch().Select(i => i.Record).OfType<OrganizationRecord>().Take(300).ToList();

        var batch = Score(StarRating.Engine, records.Select(RecordReadResult.Read), BatchTrace.Keep, 2);

        Assert.NotEmpty(batch.Results);
        foreach (var ranked in batch.Results)
        {
            var alone = StarRating.Engine.Score(records.First(r => r.Id == ranked.Result.Id));
            Assert.Equal(ResultJson.Serialize(alone), ResultJson.Serialize(ranked.Result));
        }
    }

    // Cancelled while chunks are still being scored on other threads: those already read are taken back first, so the
    // counts are those of the one-thread batch stopped at the same record.
    [Theory]
    [InlineData(1300)]
    [InlineData(511)]
    public void ScoreBatch_CancelledWithChunksInFlight_SameCountsAsOneThread(int cancelAt)
    {
        var items = MixedBatch();
        IEnumerable<RecordReadResult> CancelAt(CancellationTokenSource source)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i == cancelAt)
                {
                    source.Cancel();
                }

                yield return items[i];
            }
        }

        BatchCancelledException Cancelled(int threads)
        {
            using var source = new CancellationTokenSource();
            return Assert.Throws<BatchCancelledException>(() => StarRating.Engine.ScoreBatch(CancelAt(source),
                new BatchOptions { Organizations = Tree, Trace = BatchTrace.Omit, MaxDegreeOfParallelism = threads, CancellationToken = source.Token }));
        }

        var one = Cancelled(1);
        var four = Cancelled(4);

        Assert.Equal(cancelAt + 1, one.Read);
        Assert.Equal((one.Read, one.Scored, one.Rejected), (four.Read, four.Scored, four.Rejected));
    }

    // Review 3, finding 10d: when the input threw (a damaged file), the chunks already dispatched went on scoring the
    // caller's records on the thread pool after ScoreBatch had thrown. Now every chunk has finished when it throws.
    [Fact]
    public void ScoreBatch_InputThrowsWithChunksInFlight_NoChunkStillScoringOnceItThrows()
    {
        var touched = 0;
        var perfect = StarRating.Perfect().Values;
        IEnumerable<RecordReadResult> DamagedAfter(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var values = new TouchedValues(perfect, () =>
                {
                    Interlocked.Increment(ref touched);
                    Thread.Sleep(1);
                });
                yield return RecordReadResult.Read(new OrganizationRecord(string.Create(CultureInfo.InvariantCulture, $"d{i:0000}")) { Type = "agency", Values = values });
            }

            throw new InvalidDataException("the records file ends inside a record");
        }

        var ex = Assert.Throws<InvalidDataException>(() =>
            StarRating.Engine.ScoreBatch(DamagedAfter(3 * 512 + 10), new BatchOptions { Trace = BatchTrace.Omit, MaxDegreeOfParallelism = 4 }));
        var whenThrown = Volatile.Read(ref touched);
        Thread.Sleep(300);

        Assert.Equal("the records file ends inside a record", ex.Message);
        Assert.True(whenThrown > 0);
        Assert.Equal(whenThrown, Volatile.Read(ref touched));
    }

    // A record's values that report each time the scorer reads them.
    private sealed class TouchedValues(IReadOnlyDictionary<string, InputValue> inner, Action touch) : IReadOnlyDictionary<string, InputValue>
    {
        public int Count => inner.Count;

        public IEnumerable<string> Keys => inner.Keys;

        public IEnumerable<InputValue> Values => inner.Values;

        public InputValue this[string key]
        {
            get
            {
                touch();
                return inner[key];
            }
        }

        public bool ContainsKey(string key) => inner.ContainsKey(key);

        public bool TryGetValue(string key, out InputValue value)
        {
            touch();
            return inner.TryGetValue(key, out value!);
        }

        public IEnumerator<KeyValuePair<string, InputValue>> GetEnumerator()
        {
            touch();
            return inner.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void BatchOptions_ZeroThreads_Refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new BatchOptions { MaxDegreeOfParallelism = 0 });

        Assert.Equal("At least one thread scores the batch; give 1 to score on the calling thread only. (Parameter 'value')\nActual value was 0.", ex.Message.ReplaceLineEndings("\n"));
    }
}
