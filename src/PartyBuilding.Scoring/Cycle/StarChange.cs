using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Cycle;

/// <summary>One entry of a star history (no life tenure, 星级不搞终身制): what changed on which day, and why.</summary>
/// <param name="Date">The day the change takes effect.</param>
/// <param name="Kind">What happened.</param>
/// <param name="From">The level held before; null when none was held.</param>
/// <param name="To">The level held after; null when none is held.</param>
/// <param name="Cause">Why: the determination's assessed year and score, the event's title and recorded cause, or the expiry.</param>
/// <param name="ValidUntil">The last day the level held after this change is valid; null when none is held.</param>
/// <param name="RuleSet">The rule set in force on that day, which decided the change.</param>
public sealed record StarChange(
    DateOnly Date, StarChangeKind Kind, BandResult? From, BandResult? To, string Cause, DateOnly? ValidUntil, RuleSetIdentity RuleSet);
