using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.DependencyInjection.Tests;

// A rule file reloaded while batches are being scored: a batch scores with the engine it started with (take
// provider.Engine once per batch), so every outcome of one batch names one rule-set version and no record is lost.
public sealed class ReloadDuringBatchTests : IDisposable
{
    private static readonly string VersionA = File.ReadAllText(Repository.File("rules/star-rating.json"));

    // Another version: five stars from 92 (so outcomes differ, not only the version).
    private static readonly string VersionB = VersionA
        .Replace("\"version\": \"2026.1\"", "\"version\": \"2026.2\"", StringComparison.Ordinal)
        .Replace("\"range\": \"[95, 100]\"", "\"range\": \"[92, 100]\"", StringComparison.Ordinal)
        .Replace("\"range\": \"[90, 94]\"", "\"range\": \"[90, 91]\"", StringComparison.Ordinal);

    private readonly string directory = Directory.CreateTempSubdirectory("pbs-reload-").FullName;
    private readonly CollectingLogger<ScoringEngineProvider> log = new();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void ScoreBatch_RuleFileReloadedHalfwayThrough_EveryOutcomeNamesTheVersionTheBatchStartedWith()
    {
        using var provider = Provider();
        var records = Records(provider.Engine, 1_200);
        var expectedA = ResultJson.Serialize(ScoringEngine.Parse(VersionA, "a.json").ScoreBatch(records));
        var expectedB = ResultJson.Serialize(ScoringEngine.Parse(VersionB, "b.json").ScoreBatch(records));
        Assert.NotEqual(expectedA, expectedB);

        IEnumerable<RecordReadResult> ReloadingHalfwayThrough()
        {
            for (var i = 0; i < records.Count; i++)
            {
                if (i == records.Count / 2)
                {
                    File.WriteAllText(Path.Combine(directory, "local.json"), VersionB);
                    Assert.True(provider.Reload());
                    Assert.Equal("2026.2", provider.Engine.RuleSet.Identity.Version);
                }

                yield return RecordReadResult.Read(records[i]);
            }
        }

        var batch = provider.Engine.ScoreBatch(ReloadingHalfwayThrough());
        var after = provider.Engine.ScoreBatch(records);

        Assert.Equal((1_200, 1_200), (batch.Read, batch.Results.Count + batch.Rejected.Count));
        Assert.All(batch.Results, r => Assert.Equal("2026.1", r.Result.RuleSet.Version));
        Assert.Equal(expectedA, ResultJson.Serialize(batch));
        Assert.Equal(expectedB, ResultJson.Serialize(after));
    }

    [Fact]
    public async Task ScoreBatch_ManyThreadsWhileTheRuleFileIsReloadedAgainAndAgain_EachBatchIsOneWholeVersion()
    {
        using var provider = Provider();
        var records = Records(provider.Engine, 240);
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["2026.1"] = ResultJson.Serialize(ScoringEngine.Parse(VersionA, "a.json").ScoreBatch(records)),
            ["2026.2"] = ResultJson.Serialize(ScoringEngine.Parse(VersionB, "b.json").ScoreBatch(records)),
        };
        using var stop = new CancellationTokenSource();
        var reloads = 0;
        var reloader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                File.WriteAllText(Path.Combine(directory, "local.json"), reloads % 2 == 0 ? VersionB : VersionA);
                Assert.True(provider.Reload());
                reloads++;
            }
        }, TestContext.Current.CancellationToken);

        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        var scorers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var round = 0; round < 15; round++)
            {
                var engine = provider.Engine;
                var batch = engine.ScoreBatch(records);
                var version = engine.RuleSet.Identity.Version;

                Assert.Equal(batch.Read, batch.Results.Count + batch.Rejected.Count);
                Assert.Equal(records.Count, batch.Read);
                Assert.Equal(expected[version], ResultJson.Serialize(batch));
                seen.Add(version);
            }
        }, TestContext.Current.CancellationToken)).ToArray();

        try
        {
            await Task.WhenAll(scorers);
        }
        finally
        {
            await stop.CancelAsync();
            await reloader;
        }

        Assert.True(reloads >= 2, $"{reloads} reloads");
        Assert.Equal(60, seen.Count);
    }

    private ScoringEngineProvider Provider()
    {
        var path = Path.Combine(directory, "local.json");
        File.WriteAllText(path, VersionA);
        return new ScoringEngineProvider(new PartyBuildingScoringOptions { RuleFile = path, ReloadOnChange = false }, log, TimeProvider.System);
    }

    // The sample organizations copied under new ids up to count records; every 25th gives an undeclared input (rejected).
    private static List<OrganizationRecord> Records(ScoringEngine engine, int count)
    {
        var sample = RecordReader.ReadFile(Repository.File("samples/data/organizations.json"), engine.RuleSet).Select(i => i.Record!).ToList();
        return [.. Enumerable.Range(0, count).Select(i => new OrganizationRecord($"o{i:0000}")
        {
            Name = sample[i % sample.Count].Name,
            Type = sample[i % sample.Count].Type,
            Values = i % 25 == 24 ? new Dictionary<string, InputValue>(sample[i % sample.Count].Values) { ["bonus"] = 1 } : sample[i % sample.Count].Values,
        })];
    }
}
