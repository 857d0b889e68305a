namespace PartyBuilding.Scoring.Cycle;

/// <summary>
/// A kind of event and what it does to the star level, declared in the rule file's <c>events</c> section
/// (e.g. 违规违纪 lowers by one level, 严重违规违纪 revokes: no life tenure, 星级不搞终身制).
/// </summary>
/// <param name="Kind">The event kind, as histories name it.</param>
/// <param name="Title">Display title.</param>
/// <param name="Action">Lower or revoke.</param>
/// <param name="Levels">Levels to lower by; null for <see cref="StarEventAction.Revoke"/>.</param>
public sealed record StarEventRule(string Kind, string Title, StarEventAction Action, int? Levels);
