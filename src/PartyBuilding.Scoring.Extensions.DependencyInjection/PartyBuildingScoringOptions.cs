using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.DependencyInjection;

/// <summary>
/// Where the scoring engine's rules come from. Set exactly one of <see cref="RuleFile"/> and <see cref="RuleSet"/>.
/// Bindable from configuration, e.g. <c>{ "PartyBuildingScoring": { "RuleFile": "rules/local.json" } }</c>.
/// </summary>
public sealed class PartyBuildingScoringOptions
{
    /// <summary>
    /// Path of a rule file. A relative path is taken from <see cref="RuleFileBasePath"/> (by default the application's
    /// directory, <see cref="AppContext.BaseDirectory"/>), never from the current directory. Null by default.
    /// </summary>
    public string? RuleFile { get; set; }

    /// <summary>
    /// The directory a relative <see cref="RuleFile"/> is taken from. Null (the default) means
    /// <see cref="AppContext.BaseDirectory"/>, the directory of the application's assemblies, where a rule file copied to
    /// the output (<c>CopyToOutputDirectory</c>) lies, however the process was started. A hosted application that keeps
    /// its rule files in the content root sets <c>IHostEnvironment.ContentRootPath</c> here. A relative base path is
    /// itself taken from the current directory; an absolute <see cref="RuleFile"/> ignores it.
    /// </summary>
    public string? RuleFileBasePath { get; set; }

    /// <summary>Name of a rule set shipped in the package (<see cref="RuleSets.Names"/>, e.g. <c>star-rating</c>). Null by default.</summary>
    public string? RuleSet { get; set; }

    /// <summary>Reload <see cref="RuleFile"/> when it changes on disk; an invalid new file leaves the last good rules in force. Default true.</summary>
    public bool ReloadOnChange { get; set; } = true;

    /// <summary>How long to wait after a change before reading the file, so an editor's save is complete. Default 300 ms.</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Watch by polling instead of file-system events (for network shares and some containers). Default false.</summary>
    public bool UsePollingFileWatcher { get; set; }

    /// <summary>Load limits; <see cref="RuleSetLoadOptions.Default"/> when null.</summary>
    public RuleSetLoadOptions? LoadOptions { get; set; }
}
