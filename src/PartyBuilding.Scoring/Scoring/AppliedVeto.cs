using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

/// <summary>A veto or conditional cap whose condition held for the record.</summary>
/// <param name="Id">Veto id.</param>
/// <param name="Title">Veto title.</param>
/// <param name="Action">What it did.</param>
/// <param name="Message">The rule file's message.</param>
public sealed record AppliedVeto(string Id, string Title, VetoAction Action, string Message);
