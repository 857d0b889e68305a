using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.DependencyInjection.Tests;

// services.AddPartyBuildingScoring(...) and reloading: a valid change takes effect, an invalid one is logged and ignored.
public sealed class ScoringEngineProviderTests : IDisposable
{
    private static readonly string StarRatingText = File.ReadAllText(Repository.File("rules/star-rating.json"));
    private readonly string directory = Directory.CreateTempSubdirectory("pbs-di-").FullName;
    private readonly CollectingLogger<ScoringEngineProvider> log = new();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void AddPartyBuildingScoring_ShippedRuleSet_ResolvesItsEngine()
    {
        using var services = new ServiceCollection().AddPartyBuildingScoring(o => o.RuleSet = "five-goods-three-reviews").BuildServiceProvider();

        var engine = services.GetRequiredService<ScoringEngine>();

        Assert.Equal("five-goods-three-reviews", engine.RuleSet.Identity.Id);
        Assert.Same(engine, services.GetRequiredService<ScoringEngineProvider>().Engine);
    }

    [Fact]
    public void AddPartyBuildingScoring_ConfigurationSection_LoadsTheRuleFileAndLogsIt()
    {
        var path = Write("local.json", StarRatingText);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PartyBuildingScoring:RuleFile"] = path, ["PartyBuildingScoring:ReloadOnChange"] = "false" })
            .Build();
        using var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(log)
            .AddPartyBuildingScoring(configuration.GetSection("PartyBuildingScoring"))
            .BuildServiceProvider();

        var engine = services.GetRequiredService<ScoringEngine>();

        Assert.Equal(("star-rating", "2026.1"), (engine.RuleSet.Identity.Id, engine.RuleSet.Identity.Version));
        var entry = Assert.Single(log.Entries);
        Assert.Equal((LogLevel.Information, 1), (entry.Level, entry.EventId));
        Assert.Equal($"Loaded rule set star-rating 2026.1 (sha256 {engine.RuleSet.Identity.Sha256}) from {path}.", entry.Message);
    }

    [Fact]
    public void Constructor_RelativeRuleFileWithBasePath_IsTakenFromTheBasePathNotTheCurrentDirectory()
    {
        var path = Write("local.json", StarRatingText);
        Assert.NotEqual(Path.GetFullPath(directory), Path.GetFullPath(Environment.CurrentDirectory));

        using var provider = new ScoringEngineProvider(
            new PartyBuildingScoringOptions { RuleFile = "local.json", RuleFileBasePath = directory, ReloadOnChange = false }, log, TimeProvider.System);

        Assert.Equal("star-rating", provider.Engine.RuleSet.Identity.Id);
        Assert.EndsWith($" from {path}.", Assert.Single(log.Entries).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RelativeRuleFileWithoutBasePath_IsTakenFromTheApplicationDirectory()
    {
        var name = $"pbs-di-{Guid.NewGuid():N}.json";
        var path = Path.Combine(AppContext.BaseDirectory, name);
        File.WriteAllText(path, StarRatingText);
        try
        {
            using var provider = new ScoringEngineProvider(new PartyBuildingScoringOptions { RuleFile = name, ReloadOnChange = false }, log, TimeProvider.System);

            Assert.Equal("star-rating", provider.Engine.RuleSet.Identity.Id);
            Assert.EndsWith($" from {Path.GetFullPath(path)}.", Assert.Single(log.Entries).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddPartyBuildingScoring_BasePathFromConfiguration_ResolvesTheRelativeRuleFile()
    {
        Write("local.json", StarRatingText);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["PartyBuildingScoring:RuleFile"] = "local.json",
                ["PartyBuildingScoring:RuleFileBasePath"] = directory,
                ["PartyBuildingScoring:ReloadOnChange"] = "false",
            })
            .Build();
        using var services = new ServiceCollection().AddPartyBuildingScoring(configuration.GetSection("PartyBuildingScoring")).BuildServiceProvider();

        Assert.Equal("star-rating", services.GetRequiredService<ScoringEngine>().RuleSet.Identity.Id);
    }

    [Fact]
    public void Constructor_AbsoluteRuleFile_IgnoresTheBasePath()
    {
        var path = Write("local.json", StarRatingText);

        using var provider = new ScoringEngineProvider(
            new PartyBuildingScoringOptions { RuleFile = path, RuleFileBasePath = Path.Combine(directory, "elsewhere"), ReloadOnChange = false }, log, TimeProvider.System);

        Assert.EndsWith($" from {path}.", Assert.Single(log.Entries).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPartyBuildingScoring_NoSource_ThrowsSayingWhatToSet()
    {
        using var services = new ServiceCollection().AddPartyBuildingScoring(_ => { }).BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<ScoringEngine>());

        Assert.Equal($"Set either RuleFile (a rule file path) or RuleSet (a shipped rule set: {string.Join(", ", RuleSets.Names)}) in PartyBuildingScoringOptions, not both or neither.", ex.Message);
    }

    [Fact]
    public void Constructor_InvalidRuleFile_LogsCriticalAndThrows()
    {
        var path = Write("broken.json", Broken(StarRatingText));

        var ex = Assert.Throws<RuleFileException>(() => Create(path, reloadOnChange: false));

        var entry = Assert.Single(log.Entries);
        Assert.Equal((LogLevel.Critical, 4), (entry.Level, entry.EventId));
        Assert.Equal($"The rule file {path} is invalid, so no scoring engine can start. 1 error(s):\n{ex.Errors[0]}", entry.Message);
        Assert.Equal(RuleFileErrorCodes.BandGap, ex.Errors[0].Code);
    }

    [Fact]
    public void Reload_InvalidFileSaved_KeepsTheLastGoodRulesAndLogsWhy()
    {
        var path = Write("local.json", StarRatingText);
        using var provider = Create(path, reloadOnChange: false);
        var before = provider.Engine;
        File.WriteAllText(path, Broken(StarRatingText));

        var reloaded = provider.Reload();

        Assert.False(reloaded);
        Assert.Same(before, provider.Engine);
        var error = Assert.IsType<RuleFileException>(provider.LastReloadError);
        var entry = log.Entries[^1];
        Assert.Equal((LogLevel.Error, 2), (entry.Level, entry.EventId));
        Assert.Equal(
            $"The rule file {path} is invalid; rule set star-rating 2026.1 (sha256 {before.RuleSet.Identity.Sha256}) stays in force. 1 error(s):\n{error.Errors[0]}",
            entry.Message);
        Assert.StartsWith($"{path}(", error.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_FileDeleted_KeepsTheLastGoodRulesAndWarns()
    {
        var path = Write("local.json", StarRatingText);
        using var provider = Create(path, reloadOnChange: false);
        File.Delete(path);

        Assert.False(provider.Reload());

        Assert.Equal("star-rating", provider.Engine.RuleSet.Identity.Id);
        Assert.Equal((LogLevel.Warning, 3, $"The rule file {path} cannot be read (The rule file does not exist.); rule set star-rating 2026.1 stays in force."),
            (log.Entries[^1].Level, log.Entries[^1].EventId, log.Entries[^1].Message));
    }

    [Fact]
    public async Task Watch_ValidThenInvalidFileSaved_TakesTheValidOneAndKeepsItAfterTheInvalidOne()
    {
        var path = Write("local.json", StarRatingText);
        using var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(log)
            .AddPartyBuildingScoring(o => { o.RuleFile = path; o.ReloadDelay = TimeSpan.FromMilliseconds(50); })
            .BuildServiceProvider();
        var provider = services.GetRequiredService<ScoringEngineProvider>();

        await SaveAndWaitForReload(provider, path, StarRatingText.Replace("\"version\": \"2026.1\"", "\"version\": \"2026.2\"", StringComparison.Ordinal));
        Assert.Equal("2026.2", services.GetRequiredService<ScoringEngine>().RuleSet.Identity.Version);

        await SaveAndWaitForReload(provider, path, Broken(StarRatingText));
        Assert.Equal("2026.2", services.GetRequiredService<ScoringEngine>().RuleSet.Identity.Version);
        Assert.IsType<RuleFileException>(provider.LastReloadError);
        Assert.Contains(log.Entries, e => e.EventId == 2 && e.Message.Contains("rule set star-rating 2026.2", StringComparison.Ordinal));
    }

    // A change is expected to reach the provider; the timeout only keeps a broken watcher from hanging the run.
    private static async Task SaveAndWaitForReload(ScoringEngineProvider provider, string path, string text)
    {
        var reloaded = new TaskCompletionSource();
        using var registration = provider.GetReloadToken().RegisterChangeCallback(_ => reloaded.TrySetResult(), null);
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    private ScoringEngineProvider Create(string path, bool reloadOnChange) =>
        new(new PartyBuildingScoringOptions { RuleFile = path, ReloadOnChange = reloadOnChange }, log, TimeProvider.System);

    // Raising the five-star threshold to 96 leaves 95 in no band: a load error (PBS041).
    private static string Broken(string text) => text.Replace("\"range\": \"[95, 100]\"", "\"range\": \"[96, 100]\"", StringComparison.Ordinal);

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
