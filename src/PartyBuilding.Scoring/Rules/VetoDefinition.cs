namespace PartyBuilding.Scoring.Rules;

/// <summary>A veto (一票否决) or conditional cap: a condition over the record's inputs and what it does.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Title">Display title.</param>
/// <param name="When">The condition, an expression over declared inputs.</param>
/// <param name="Action">What happens when the condition holds.</param>
/// <param name="Levels">Levels lowered by <see cref="VetoAction.LowerBand"/>.</param>
/// <param name="MaxLevel">Highest level allowed by <see cref="VetoAction.CapBand"/>.</param>
/// <param name="MaxScore">Highest score allowed by <see cref="VetoAction.CapScore"/>.</param>
/// <param name="Message">The human text shown in the explanation.</param>
public sealed record VetoDefinition(
    string Id, string Title, string When, VetoAction Action, int? Levels, int? MaxLevel, decimal? MaxScore, string Message);
