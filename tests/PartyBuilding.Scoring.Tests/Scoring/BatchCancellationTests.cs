using System.Text;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

// BatchOptions.CancellationToken: the batch stops before its next record and says how far it got
// (BatchCancelledException: read = scored + rejected so far); the source is not read further.
public sealed class BatchCancellationTests
{
    private static readonly ScoringEngine Engine = RuleFiles.SinglePoints();

    // Records r000… with x = i; every tenth is out of range (rejected). The token is cancelled as record `cancelAt` is read.
    private static IEnumerable<RecordReadResult> Records(int count, int cancelAt, CancellationTokenSource source, List<int> handedOut)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == cancelAt)
            {
                source.Cancel();
            }

            handedOut.Add(i);
            yield return RecordReadResult.Read(new OrganizationRecord($"r{i:000}") { Values = RecordBuilder.Values(("x", i % 10 == 9 ? 500 : i % 100)) });
        }
    }

    [Theory]
    [InlineData(0, 1, 1, 0)]
    [InlineData(37, 38, 35, 3)]
    [InlineData(999, 1_000, 900, 100)]
    public void ScoreBatch_CancelledWhileReading_StopsBeforeTheNextRecordAndReportsHowFarItGot(int cancelAt, int read, int scored, int rejected)
    {
        using var source = new CancellationTokenSource();
        var handedOut = new List<int>();

        var ex = Assert.Throws<BatchCancelledException>(() =>
            Engine.ScoreBatch(Records(2_000, cancelAt, source, handedOut), new BatchOptions { CancellationToken = source.Token }));

        Assert.Equal((read, scored, rejected), (ex.Read, ex.Scored, ex.Rejected));
        Assert.Equal(ex.Read, ex.Scored + ex.Rejected);
        Assert.Equal(cancelAt + 1, handedOut.Count);
        Assert.Equal(source.Token, ex.CancellationToken);
        Assert.IsAssignableFrom<OperationCanceledException>(ex);
        Assert.Equal(
            $"The batch was cancelled after {read} records were read: {scored} scored and {rejected} rejected so far. Nothing was ranked or written: score the batch again for a result.",
            ex.Message);
    }

    [Fact]
    public void ScoreBatch_TokenCancelledBeforeTheBatch_ReadsNothing()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var handedOut = new List<int>();

        var ex = Assert.Throws<BatchCancelledException>(() =>
            Engine.ScoreBatch(Records(10, -1, source, handedOut), new BatchOptions { CancellationToken = source.Token, Trace = BatchTrace.Spool }));

        Assert.Equal((0, 0, 0), (ex.Read, ex.Scored, ex.Rejected));
        Assert.Empty(handedOut);
    }

    [Fact]
    public void ScoreBatch_DuplicateIdsBeforeTheCancellation_CountAsRejectedSoFar()
    {
        using var source = new CancellationTokenSource();
        IEnumerable<RecordReadResult> Items()
        {
            yield return RecordReadResult.Read(new OrganizationRecord("a") { Values = RecordBuilder.Values(("x", 70)) });
            yield return RecordReadResult.Read(new OrganizationRecord("a") { Values = RecordBuilder.Values(("x", 80)) });
            yield return RecordReadResult.Read(new OrganizationRecord("b") { Values = RecordBuilder.Values(("x", 90)) });
            source.Cancel();
            yield return RecordReadResult.Read(new OrganizationRecord("c") { Values = RecordBuilder.Values(("x", 90)) });
        }

        var ex = Assert.Throws<BatchCancelledException>(() => Engine.ScoreBatch(Items(), new BatchOptions { CancellationToken = source.Token }));

        Assert.Equal((4, 2, 2), (ex.Read, ex.Scored, ex.Rejected));
    }

    [Fact]
    public void ScoreBatch_StreamedFileCancelled_StopsReadingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbs-cancel-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "[\n" + string.Join(",\n", Enumerable.Range(0, 50_000).Select(i => $"{{ \"id\": \"r{i:00000}\", \"values\": {{ \"x\": {i % 100} }} }}")) + "\n]\n", Encoding.UTF8);
        try
        {
            using var source = new CancellationTokenSource();
            var items = RecordReader.StreamFile(path, Engine.RuleSet).Select((item, i) =>
            {
                if (i == 1_234)
                {
                    source.Cancel();
                }

                return item;
            });

            var ex = Assert.Throws<BatchCancelledException>(() => Engine.ScoreBatch(items, new BatchOptions { CancellationToken = source.Token }));

            Assert.Equal((1_235, 1_235, 0), (ex.Read, ex.Scored, ex.Rejected));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Review 3, finding 5: a single-use input read in whole for peers reported 0 records read when cancelled.
    [Fact]
    public void ScoreBatch_PeersCancelledWhileReadingIn_ReportsTheRecordsReadAndNothingScored()
    {
        var engine = ScoringEngine.Load(Repository.File("samples/rules/department-ranking.json"));
        using var source = new CancellationTokenSource();
        var items = RecordReader.ReadFile(Repository.File("samples/data/department-ranking.json"), engine.RuleSet).Select((item, i) =>
        {
            if (i == 3)
            {
                source.Cancel();
            }

            return item;
        });

        var ex = Assert.Throws<BatchCancelledException>(() => engine.ScoreBatch(items, new BatchOptions { CancellationToken = source.Token }));

        Assert.Equal((4, 0, 0), (ex.Read, ex.Scored, ex.Rejected));
    }

    // Review 3, finding 5: once a single-use input was read in for peers, a cancel was ignored by every later pass and the
    // batch ran to the end. The input ends, the token is cancelled, and the batch stops before the first pass.
    [Fact]
    public void ScoreBatch_PeersCancelledAfterTheInputWasReadIn_StopsAndReportsEveryRecordRead()
    {
        var engine = ScoringEngine.Load(Repository.File("samples/rules/department-ranking.json"));
        var read = RecordReader.ReadFile(Repository.File("samples/data/department-ranking.json"), engine.RuleSet).ToList();
        using var source = new CancellationTokenSource();
        IEnumerable<RecordReadResult> ThenCancel()
        {
            foreach (var item in read)
            {
                yield return item;
            }

            source.Cancel();
        }

        var ex = Assert.Throws<BatchCancelledException>(() => engine.ScoreBatch(ThenCancel(), new BatchOptions { CancellationToken = source.Token }));

        Assert.True(read.Count > 4);
        Assert.Equal((read.Count, 0, 0), (ex.Read, ex.Scored, ex.Rejected));
    }

    // Review 3, finding 10e: embedders catch the exception, never create it; a public constructor would freeze its shape.
    [Fact]
    public void BatchCancelledException_PublicConstructors_None() =>
        Assert.Empty(typeof(BatchCancelledException).GetConstructors());

    [Fact]
    public void ScoreBatch_TokenNeverCancelled_GivesTheSameResultAsWithoutOne()
    {
        using var source = new CancellationTokenSource();
        var records = Enumerable.Range(0, 200).Select(i => RecordReadResult.Read(new OrganizationRecord($"r{i:000}") { Values = RecordBuilder.Values(("x", i % 100)) })).ToList();

        var with = Engine.ScoreBatch(records, new BatchOptions { CancellationToken = source.Token });
        var without = Engine.ScoreBatch(records);

        Assert.Equal(ResultJson.Serialize(without), ResultJson.Serialize(with));
    }
}
