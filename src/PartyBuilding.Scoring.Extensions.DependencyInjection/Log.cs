using Microsoft.Extensions.Logging;

namespace PartyBuilding.Scoring.DependencyInjection;

// Load diagnostics of ScoringEngineProvider, with stable event ids.
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Loaded rule set {RuleSetId} {RuleSetVersion} (sha256 {Sha256}) from {Source}.")]
    public static partial void Loaded(ILogger logger, string ruleSetId, string ruleSetVersion, string sha256, string source);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error,
        Message = "The rule file {Source} is invalid; rule set {RuleSetId} {RuleSetVersion} (sha256 {Sha256}) stays in force. {ErrorCount} error(s):\n{Errors}")]
    public static partial void InvalidReloadKept(ILogger logger, string source, string ruleSetId, string ruleSetVersion, string sha256, int errorCount, string errors);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "The rule file {Source} cannot be read ({Reason}); rule set {RuleSetId} {RuleSetVersion} stays in force.")]
    public static partial void UnreadableReloadKept(ILogger logger, string source, string reason, string ruleSetId, string ruleSetVersion);

    [LoggerMessage(EventId = 4, Level = LogLevel.Critical, Message = "The rule file {Source} is invalid, so no scoring engine can start. {ErrorCount} error(s):\n{Errors}")]
    public static partial void InvalidAtStart(ILogger logger, string source, int errorCount, string errors);
}
