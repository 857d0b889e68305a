namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// A component carried in from another assessment (纳入): e.g. the party-building score flowing into the annual
/// departmental appraisal. The carried value fills an input of this rule set; the criteria of this rule set say what it
/// is worth (e.g. a formula <c>partyBuildingScore * 0.4</c>), so shares, caps and rounding stay in the rule file.
/// </summary>
/// <param name="Id">The component's id.</param>
/// <param name="Title">Display title.</param>
/// <param name="Input">The input of this rule set that the carried value fills.</param>
/// <param name="From">The id of the rule set whose outcomes are carried (<see cref="RuleSetIdentity.Id"/>).</param>
/// <param name="Take">What is carried: the score, the band level or the band label.</param>
/// <param name="WhenMissing">What happens when an organization has no outcome there.</param>
public sealed record ComponentDefinition(string Id, string Title, string Input, string From, ComponentValue Take, MissingComponentAction WhenMissing)
{
    /// <summary>
    /// What a result whose band was revoked by a veto (一票否决) carries. Defaults: the score for <see cref="ComponentValue.Score"/>,
    /// otherwise as <see cref="WhenMissing"/> says (a revoked result has no band to carry).
    /// </summary>
    public RevokedComponentAction WhenRevoked { get; init; } =
        Take == ComponentValue.Score ? RevokedComponentAction.Score
        : WhenMissing == MissingComponentAction.Default ? RevokedComponentAction.Default
        : RevokedComponentAction.Reject;

    /// <summary>The id of the other assessment's roll-up, for <see cref="ComponentValue.RollupPassed"/> and <see cref="ComponentValue.RollupShare"/>; otherwise null.</summary>
    public string? Rollup { get; init; }
}
