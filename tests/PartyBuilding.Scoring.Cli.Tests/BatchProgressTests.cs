using PartyBuilding.Scoring.Cli.Commands;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Cli.Tests;

// fix-r4 left `pbscore` wrapping RecordReader.StreamFile in its progress counter, a plain IEnumerable, so a batch with
// peers or childInputs kept every record in memory instead of re-opening the file for each pass. The counter now keeps
// the source re-openable, and counts each reading.
public sealed class BatchProgressTests
{
    private const string Rules = "samples/rules/department-ranking.json";

    [Fact]
    public void Track_PeersRuleFileFromStreamFile_ReopensTheFileInsteadOfBuffering()
    {
        var engine = ScoringEngine.Load(Repository.File(Rules));
        var path = Generated(150);
        try
        {
            using var terminal = new StringWriter();
            var tracked = BatchProgress.Track(RecordReader.StreamFile(path, engine.RuleSet), terminal);
            var first = tracked.Count();
            File.WriteAllText(path, string.Join('\n', File.ReadLines(path).Take(3)) + "\n");

            Assert.IsType<ReopenableRecords>(tracked);
            Assert.Equal((150, 2), (first, tracked.Count()));
            Assert.Equal("\rscored 100 records" + "\r" + new string(' ', 40) + "\r", terminal.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Track_PeersRuleFileBatch_ScoresEveryRecordAndShowsProgressOnEachPass()
    {
        var engine = ScoringEngine.Load(Repository.File(Rules));
        var path = Generated(150);
        try
        {
            using var terminal = new StringWriter();

            using var batch = engine.ScoreBatch(BatchProgress.Track(RecordReader.StreamFile(path, engine.RuleSet), terminal));

            Assert.Equal((150, 150, 0), (batch.Read, batch.Results.Count, batch.Rejected.Count));
            Assert.True(terminal.ToString().Split("scored 100 records").Length > 2, terminal.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Track_BatchCancelledPartWay_ClearsTheCounterBeforeTheMessage()
    {
        var engine = ScoringEngine.Load(Repository.File("rules/star-rating.json"));
        var record = engine.CreateFullMarksRecord();
        using var source = new CancellationTokenSource();
        using var terminal = new StringWriter();
        var items = Enumerable.Range(0, 1_000).Select(i =>
        {
            if (i == 150)
            {
                source.Cancel();
            }

            return RecordReadResult.Read(new OrganizationRecord($"r{i:0000}") { Type = record.Type, Values = record.Values });
        });

        var ex = Assert.Throws<BatchCancelledException>(() =>
            engine.ScoreBatch(BatchProgress.Track(items, terminal), new BatchOptions { CancellationToken = source.Token, Trace = BatchTrace.Omit }));

        Assert.Equal(151, ex.Read);
        Assert.Equal("\rscored 100 records" + "\r" + new string(' ', 40) + "\r", terminal.ToString());
    }

    [Fact]
    public void Track_NoTerminal_ReturnsTheSourceItself()
    {
        var engine = ScoringEngine.Load(Repository.File(Rules));
        var source = RecordReader.StreamFile(Repository.File(Rules), engine.RuleSet);

        Assert.Same(source, BatchProgress.Track(source, null));
    }

    private static string Generated(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbscore-progress-{Guid.NewGuid():N}.csv");
        var run = PbScoreRunner.Run("generate", "--rules", Repository.File(Rules), "--count", $"{count}", "--seed", "5", "--format", "csv", "--out", path);
        Assert.Equal(PbScore.Ok, run.ExitCode);
        return path;
    }
}
