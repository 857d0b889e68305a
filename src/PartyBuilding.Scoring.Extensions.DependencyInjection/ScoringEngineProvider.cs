using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.DependencyInjection;

/// <summary>
/// Holds the current <see cref="ScoringEngine"/> of an application and, for a rule file with
/// <see cref="PartyBuildingScoringOptions.ReloadOnChange"/>, replaces it when the file changes. A changed file that is
/// invalid (or unreadable) is logged with every error and the last good engine stays in force. Thread-safe.
/// Inject this provider into singletons; a <see cref="ScoringEngine"/> resolved from the container is the current one.
/// </summary>
public sealed class ScoringEngineProvider : IDisposable
{
    private readonly PartyBuildingScoringOptions options;
    private readonly ILogger logger;
    private readonly TimeProvider timeProvider;
    private readonly string source;
    private readonly PhysicalFileProvider? files;
    private readonly IDisposable? watch;
    private readonly Lock gate = new();
    private volatile ScoringEngine engine;
    private CancellationTokenSource reloaded = new();
    private int pendingChanges;

    /// <summary>Loads the configured rules; with a rule file and <see cref="PartyBuildingScoringOptions.ReloadOnChange"/>, starts watching it.</summary>
    /// <param name="options">Where the rules come from.</param>
    /// <param name="logger">Receives load diagnostics.</param>
    /// <param name="timeProvider">Time for the reload delay; <see cref="TimeProvider.System"/> in applications.</param>
    /// <exception cref="InvalidOperationException">Neither or both of RuleFile and RuleSet are set.</exception>
    /// <exception cref="RuleFileException">The rule file is invalid at start (logged as critical first).</exception>
    public ScoringEngineProvider(PartyBuildingScoringOptions options, ILogger<ScoringEngineProvider> logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.options = options;
        this.logger = logger;
        this.timeProvider = timeProvider;
        if (string.IsNullOrEmpty(options.RuleFile) == string.IsNullOrEmpty(options.RuleSet))
        {
            throw new InvalidOperationException(
                $"Set either RuleFile (a rule file path) or RuleSet (a shipped rule set: {string.Join(", ", RuleSets.Names)}) in PartyBuildingScoringOptions, not both or neither.");
        }

        source = options.RuleFile is { Length: > 0 } file
            ? Path.GetFullPath(file, Path.GetFullPath(options.RuleFileBasePath is { Length: > 0 } basePath ? basePath : AppContext.BaseDirectory))
            : $"{options.RuleSet}.json (embedded)";
        try
        {
            engine = options.RuleFile is { Length: > 0 } ? ScoringEngine.Load(source, options.LoadOptions) : RuleSets.Load(options.RuleSet!);
        }
        catch (RuleFileException ex)
        {
            Log.InvalidAtStart(logger, source, ex.Errors.Count, Lines(ex));
            throw;
        }

        LogLoaded(engine);
        if (options.RuleFile is { Length: > 0 } && options.ReloadOnChange)
        {
            files = new PhysicalFileProvider(Path.GetDirectoryName(source)!, ExclusionFilters.None)
            {
                UsePollingFileWatcher = options.UsePollingFileWatcher,
                UseActivePolling = options.UsePollingFileWatcher,
            };
            var name = Path.GetFileName(source);
            watch = ChangeToken.OnChange(() => files.Watch(name), OnFileChanged);
        }
    }

    /// <summary>The engine in force: the last rules that loaded without error.</summary>
    public ScoringEngine Engine => engine;

    /// <summary>Why the last reload was refused, or null when the last reload (or the start) succeeded.</summary>
    public Exception? LastReloadError { get; private set; }

    /// <summary>A token that fires after the next reload attempt, successful or not (like <c>IConfiguration.GetReloadToken</c>).</summary>
    public IChangeToken GetReloadToken() => new CancellationChangeToken(reloaded.Token);

    /// <summary>Reloads the rule file now. Keeps the engine in force when the file is invalid or unreadable.</summary>
    /// <returns>True when new rules are in force.</returns>
    /// <exception cref="InvalidOperationException">The rules come from a shipped rule set, not a file.</exception>
    public bool Reload()
    {
        if (string.IsNullOrEmpty(options.RuleFile))
        {
            throw new InvalidOperationException("Only rules loaded from a rule file can be reloaded.");
        }

        bool loaded;
        lock (gate)
        {
            var current = engine;
            try
            {
                var next = ScoringEngine.Load(source, options.LoadOptions);
                engine = next;
                LastReloadError = null;
                LogLoaded(next);
                loaded = true;
            }
            catch (RuleFileException ex) when (ex.Errors is [{ Code: RuleFileErrorCodes.Unreadable }])
            {
                LastReloadError = ex;
                Log.UnreadableReloadKept(logger, source, ex.Errors[0].Message, current.RuleSet.Identity.Id, current.RuleSet.Identity.Version);
                loaded = false;
            }
            catch (RuleFileException ex)
            {
                LastReloadError = ex;
                var identity = current.RuleSet.Identity;
                Log.InvalidReloadKept(logger, source, identity.Id, identity.Version, identity.Sha256, ex.Errors.Count, Lines(ex));
                loaded = false;
            }
        }

        var fired = Interlocked.Exchange(ref reloaded, new CancellationTokenSource());
        fired.Cancel();
        fired.Dispose();
        return loaded;
    }

    /// <summary>Stops watching the rule file.</summary>
    public void Dispose()
    {
        watch?.Dispose();
        files?.Dispose();
    }

    // Editors save in several writes: wait, and let only the last of a burst of changes reload.
    private void OnFileChanged()
    {
        var change = Interlocked.Increment(ref pendingChanges);
        _ = Task.Run(async () =>
        {
            await Task.Delay(options.ReloadDelay, timeProvider).ConfigureAwait(false);
            if (Volatile.Read(ref pendingChanges) == change)
            {
                Reload();
            }
        });
    }

    private void LogLoaded(ScoringEngine loaded)
    {
        var identity = loaded.RuleSet.Identity;
        Log.Loaded(logger, identity.Id, identity.Version, identity.Sha256, source);
    }

    private static string Lines(RuleFileException ex) => string.Join("\n", ex.Errors.Select(e => e.ToString()));
}
